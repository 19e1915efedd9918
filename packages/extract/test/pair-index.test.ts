import { describe, expect, it } from 'vitest';
import { PairIndex } from '../src/pair-index.js';

const at = (index: PairIndex<string>, text: string, i: number, to = text.length) =>
  index.longestAt(text, i, to, text.charCodeAt(i), text.charCodeAt(i + 1))?.value;

describe('PairIndex', () => {
  const index = new PairIndex([
    { word: '工业增加值', value: 'industry' },
    { word: '规模以上工业增加值', value: 'industry_above_scale' },
    { word: '工业', value: 'short' },
    { word: '固投', value: 'fai' },
    { word: '值', value: 'one character' },
  ]);

  it('finds the longest word starting at a position', () => {
    const text = '全县规模以上工业增加值增长8%';
    expect(at(index, text, 2)).toBe('industry_above_scale');
    expect(at(index, text, 6)).toBe('industry');
    expect(at(index, '工业园区', 0)).toBe('short');
  });

  it('finds nothing where no word starts, or where the longest would run past the end', () => {
    expect(at(index, '全县规模以上工业增加值', 0)).toBeUndefined();
    expect(at(index, '工业增加值', 0, 4)).toBe('short');
    expect(at(index, '工业增加值', 0, 1)).toBeUndefined();
  });

  it('leaves out words of one character, which no pair can start', () => {
    expect(at(index, '值得', 0)).toBeUndefined();
    expect(at(index, '固投增长', 0)).toBe('fai');
  });
});
