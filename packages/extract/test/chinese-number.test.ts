import { describe, expect, it } from 'vitest';
import { parseArabic, parseChineseNumeral } from '../src/chinese-number.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一百二十三', 123],
    ['两千', 2000],
    ['三万五千', 35000],
    ['一亿二千万', 120_000_000],
    ['二〇一八', 2018],
    ['一点五', 1.5],
  ])('%s is %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('rejects text that is not a numeral', () => {
    expect(parseChineseNumeral('大事')).toBeNaN();
    expect(parseChineseNumeral('')).toBeNaN();
  });
});

describe('parseArabic', () => {
  it('reads thousands separators and decimals', () => {
    expect(parseArabic('1,234.5')).toBe(1234.5);
    expect(parseArabic('33805')).toBe(33805);
  });
});
