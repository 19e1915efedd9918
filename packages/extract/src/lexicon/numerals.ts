/**
 * Chinese numerals as data: the digits, the small units inside a numeral (十, 百, 千), and the
 * multipliers written between a number and its unit (`69.5亿元`, `1.6万人`).
 */

/**
 * Digit characters and their values (`两` counts like `二`; `〇` and `零` are zero, and so is the
 * white circle some typesetters put for 〇: `百分之○点一`).
 */
export const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The digit characters, as a string for character classes: `零〇一二两三四五六七八九`. */
export const DIGIT_CHARS = Object.keys(DIGITS).join('');

/** Units inside a numeral below 万: `三千五百` is 3 × 1000 + 5 × 100. */
export const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Multipliers after a number, longest first in any pattern built from them (`万亿` before `万`). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  万亿: 1e12,
  // `突破1千亿美元`
  千亿: 1e11,
  百亿: 1e10,
  千万: 1e7,
  百万: 1e6,
  亿: 1e8,
  万: 1e4,
};

/** Characters a Chinese numeral is written with (digits, units, 万/亿, 点 for the decimal point). */
export const NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千万亿点';

/**
 * The characters a counting numeral is written with: a part's or item's number (`三、`, `(十二)`),
 * a congress's term and session (`第十二届…第三次`), a month and day (`十二月二十八日`).
 */
export const COUNTING_DIGITS = '一二三四五六七八九十';
/** A counting numeral as a character class, for patterns: `[一二三四五六七八九十]`. */
export const COUNTING_NUMERAL = `[${COUNTING_DIGITS}]`;
/**
 * The characters of a year written digit by digit (`二〇一八年`), its zero also as the white circle
 * some typesetters put for 〇 (`二○二五年`).
 */
export const YEAR_DIGITS = '〇○零一二三四五六七八九';

/** Words that state a change without a figure: 翻番 doubles, 两位数增长 is at least 10%. */
export const DOUBLINGS: Readonly<Record<string, number>> = { 一: 1, 两: 2, 三: 3 };

/** A figure in digits with a unit or multiplier after it (`263.1亿元`, `7.5%`), as a regex source. */
export const FIGURE_WITH_UNIT = String.raw`\d(?:\.\d+)?\s*(?:%|亿|万|元)`;
