/**
 * Years as reports write them: `2018年`, and in numerals digit by digit, `二〇一八年`, `二00五年`
 * (a mix some typesetters produce).
 */
import { DIGITS, YEAR_DIGITS } from './lexicon/numerals.js';

/** A year followed by 年, as a pattern to build others from; group 1 is its digits or numerals. */
export const YEAR = String.raw`((?:19|20)\d{2}|[〇零一二][${YEAR_DIGITS}0]{3})\s*年`;
/** A year followed by 年; group 1 is the year's digits or numerals. Global: reset `lastIndex`. */
export const YEAR_RE = new RegExp(YEAR, 'g');

/** The value of a year's digits or numerals: `2018`, `二〇一八`, `二00五`. */
export function yearValue(text: string): number {
  let value = 0;
  for (const ch of text) value = value * 10 + (ch >= '0' && ch <= '9' ? Number(ch) : (DIGITS[ch] ?? 0));
  return value;
}

/** A plausible year of a report's figures. */
export const isPlausibleYear = (year: number) => year >= 1949 && year <= 2100;
