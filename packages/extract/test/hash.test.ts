import { describe, expect, it } from 'vitest';
import { StableHasher, stableHash } from '../src/hash.js';

describe('StableHasher', () => {
  it('hashes parts as stableHash hashes them joined', () => {
    const parts = (docId: string, at: number, numberAt: number, subject: string) =>
      new StableHasher()
        .text(docId)
        .char(124)
        .integer(at)
        .char(124)
        .integer(numberAt)
        .char(124)
        .text(subject)
        .hex();
    for (const [at, numberAt] of [
      [0, 0],
      [7, 10],
      [1_234_567, 99],
      [2 ** 40, 1_000_000_000_001],
    ]) {
      expect(parts('668c5de5e20a04cb', at!, numberAt!, '新增公共停车位')).toBe(
        stableHash(`668c5de5e20a04cb|${at}|${numberAt}|新增公共停车位`),
      );
    }
  });

  it('writes numbers that are not small non-negative integers as String() does', () => {
    for (const n of [-3, 2.5, 2 ** 60])
      expect(new StableHasher().integer(n).hex()).toBe(stableHash(String(n)));
  });

  it('hashes long texts across its chunks and renders 16 lower-case hex digits', () => {
    const long = '地区生产总值增长7.5%。'.repeat(500);
    expect(new StableHasher().text(long.slice(0, 3000)).text(long.slice(3000)).hex()).toBe(stableHash(long));
    expect(stableHash(long)).toMatch(/^[0-9a-f]{16}$/);
    expect(stableHash('a')).not.toBe(stableHash('b'));
  });
});
