import { describe, expect, it } from 'vitest';
import { CodePointOffsets, hasSurrogatePairs, surrogatePairs } from '../src/code-points.js';

describe('code-point offsets', () => {
  it('counts a character outside the Basic Multilingual Plane once, where JavaScript counts two units', () => {
    const file = '标题😀\n正文𠮷字😀增长7%';
    const bodyStart = file.indexOf('正');
    const body = file.slice(bodyStart);
    const offsets = new CodePointOffsets(body, bodyStart, surrogatePairs(file, 0, bodyStart));
    const chars = Array.from(file);
    const at = file.indexOf('增长');
    expect(chars.slice(offsets.of(at), offsets.of(file.length)).join('')).toBe('增长7%');
    expect(offsets.of(bodyStart)).toBe(Array.from(file.slice(0, bodyStart)).length);
    expect(offsets.unchanged).toBe(false);
  });

  it('leaves the offsets of a text without such characters as they are', () => {
    const offsets = new CodePointOffsets('地区生产总值增长7%', 10, 0);
    expect(offsets.unchanged).toBe(true);
    expect(offsets.of(15)).toBe(15);
    expect(hasSurrogatePairs('地区生产总值')).toBe(false);
    expect(hasSurrogatePairs('📈')).toBe(true);
  });
});
