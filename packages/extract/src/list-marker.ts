import { COUNTING_NUMERAL } from './lexicon/numerals.js';

/**
 * A list item or heading marker at the start of a text, after any spaces: `2.` or `02/` (not the
 * `2.5` of a decimal), `(八)`, `三、` (not the first of numerals counted out, `一、二、三次产业`). Its number
 * is group 1 (digits) or group 2 or 3 (numerals). The spam detector reads it to place a stranded
 * title; facts leave it out of their evidence.
 */
export const LIST_MARKER = new RegExp(
  `^\\s*(?:(\\d{1,2})[.、/](?!\\d)|\\((${COUNTING_NUMERAL}{1,3})\\)|(${COUNTING_NUMERAL}{1,3})、(?!${COUNTING_NUMERAL}、))`,
);
