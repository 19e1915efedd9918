/**
 * Chinese numerals: `三`, `十二`, `一百二十三`, `两千`, `三万五千`, `一点五`, and Arabic digits with
 * thousands separators (`1,234.5`). Multipliers 万/亿 inside a numeral (`三万五千`) are handled here;
 * a multiplier after an Arabic number (`69.5亿`) is the quantity parser's business.
 */
import { DIGITS, SMALL_UNITS } from './lexicon/numerals.js';

/**
 * Parses a Chinese numeral; returns NaN when the string is not one.
 * @example parseChineseNumeral('一百二十三') // 123
 * @example parseChineseNumeral('两万五千') // 25000
 */
export function parseChineseNumeral(text: string): number {
  if (text === '') return Number.NaN;
  const point = text.indexOf('点');
  if (point >= 0) {
    const whole = point === 0 ? 0 : parseChineseNumeral(text.slice(0, point));
    let fraction = '';
    for (const ch of text.slice(point + 1)) {
      const d = DIGITS[ch];
      if (d === undefined) return Number.NaN;
      fraction += d;
    }
    return fraction ? Number(`${whole}.${fraction}`) : Number.NaN;
  }
  let yi = 0; // the part before 亿
  let wan = 0; // the part between 亿 and 万
  let section = 0; // the part below 万
  let digit: number | null = null;
  let sawAny = false;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // Digits in a row without units read positionally (二〇一八 → 2018).
      digit = digit === null ? d : digit * 10 + d;
    } else if (SMALL_UNITS[ch] !== undefined) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else if (ch === '万') {
      wan = section + (digit ?? 0) || 1;
      section = 0;
      digit = null;
    } else if (ch === '亿') {
      yi = wan * 1e4 + section + (digit ?? 0) || 1;
      wan = 0;
      section = 0;
      digit = null;
    } else return Number.NaN;
    sawAny = true;
  }
  return sawAny ? yi * 1e8 + wan * 1e4 + section + (digit ?? 0) : Number.NaN;
}

/**
 * Parses an Arabic number that may carry thousands separators.
 * @example parseArabic('1,234.5') // 1234.5
 */
export function parseArabic(text: string): number {
  return Number(text.replace(/,/g, ''));
}
