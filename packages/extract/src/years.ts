/**
 * Years as reports write them: `2018年`, and in numerals digit by digit, `二〇一八年`, `二00五年`
 * (a mix some typesetters produce).
 */
import { parseChineseNumeral } from './chinese-number.js';
import { TARGETS_MET_BEFORE } from './lexicon/headings.js';
import { PLAN_NAME, PLAN_PERIOD } from './lexicon/link-words.js';
import { DIGITS, YEAR_DIGITS } from './lexicon/numerals.js';

/** A year followed by 年, as a pattern to build others from; group 1 is its digits or numerals. */
export const YEAR = String.raw`((?:19|20)\d{2}|[〇零一二][${YEAR_DIGITS}0]{3})\s*年`;
/** A year followed by 年; group 1 is the year's digits or numerals. Global: reset `lastIndex`. */
export const YEAR_RE = new RegExp(YEAR, 'g');
/**
 * Four digits that may be a year written without 年, as headlines and wires do (`2025北京全市…`):
 * what must follow them for that is the reader's to check. Global: reset `lastIndex`.
 */
export const BARE_YEAR_RE = /(?<![\d.])((?:19|20)\d{2})(?![\d.,%年])/g;

/** The value of a year's digits or numerals: `2018`, `二〇一八`, `二00五`. */
export function yearValue(text: string): number {
  let value = 0;
  for (const ch of text) value = value * 10 + (ch >= '0' && ch <= '9' ? Number(ch) : (DIGITS[ch] ?? 0));
  return value;
}

/** A plausible year of a report's figures. */
export const isPlausibleYear = (year: number) => year >= 1949 && year <= 2100;

/** The eleventh five-year plan (十一五) began in 2006; each plan runs five years. */
const FIRST_PLAN = 11;
const FIRST_PLAN_YEAR = 2006;

/** The first year of a five-year plan by its ordinal (`十一` → 2006). */
export function firstYearOfPlan(ordinal: string): number {
  return FIRST_PLAN_YEAR + (parseChineseNumeral(ordinal) - FIRST_PLAN) * 5;
}

/**
 * A five-year plan's period, which a figure reached by then is of (`“十二五”期间…达到1.5万亿元`,
 * `十三五末`), or its goals (`“十一五”经济社会发展的主要目标`), unless said to be met (`提前两年完成
 * “十一五”目标` frames nothing: the figures after it are the year's). Global: reset `lastIndex`.
 */
export const PLAN_PERIOD_RE = new RegExp(
  `${PLAN_PERIOD}|(?<!(?:${TARGETS_MET_BEFORE})了?[“"]?)${PLAN_NAME}(?=[^。,;:]{0,12}?目标)`,
  'g',
);

const PLAN_ORDINAL = /(?:十[一二三四五六七八九]?|九)(?=五)/;

/** The last year of the plan a text names first (`“十二五”期间` → 2015). */
export function lastYearOfPlan(text: string): number {
  return firstYearOfPlan(PLAN_ORDINAL.exec(text)![0]) + 4;
}
