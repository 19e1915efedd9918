/**
 * The unit words of a quantity as the quantity parser reads them (from the domain's unit
 * lexicon, shared with the dashboard), and what may follow a number in a figure.
 */
import { UNIT_WORDS, type UnitWord } from '@gwr/domain';
import { MULTIPLIERS } from './numerals.js';
import { alternation } from './pattern.js';
import { SUFFIX_QUALIFIERS } from './qualifiers.js';

const BY_WORD = new Map<string, UnitWord>(UNIT_WORDS.map((u) => [u.word, u]));

/** The unit a word names (`万元` is not one: 万 is a multiplier). */
export function unitWord(word: string): UnitWord | undefined {
  return BY_WORD.get(word);
}

/**
 * A currency's name, said after an amount (`一万三千五百多亿元人民币`) or before it (`达人民币5.2兆元`,
 * `不低于人民币2000亿元`): the amount's unit says the currency already.
 */
export const CURRENCY_NAMES: readonly string[] = ['人民币'];

/** Unit words as a regex alternation, longest first (`万元` is read as 万 + `元`, `个百分点` before `个`). */
export const UNIT_PATTERN = alternation(BY_WORD.keys());
/** Multipliers as a regex alternation, longest first. */
export const MULTIPLIER_PATTERN = alternation(Object.keys(MULTIPLIERS));

/**
 * What a number may carry after it in any prose, figure or not: its multipliers and unit
 * (`3538万美元`), an approximation (`3000余`), a time (`3年`, `15天`), a count of times (`5次`).
 */
export const AFTER_A_NUMBER = new RegExp(
  `^(?:${MULTIPLIER_PATTERN}|千|百)*(?:${UNIT_PATTERN}|${alternation(['余', '多', '年', '月', '日', '天', '次', '米'])})?`,
);

const TAIL = new RegExp(
  `^(?:${MULTIPLIER_PATTERN}|${UNIT_PATTERN}|${alternation(SUFFIX_QUALIFIERS.flatMap(([words]) => words))}|余|多)`,
);

/**
 * Whether `text` at `at` goes on with what may follow a number inside a figure: a multiplier, a
 * unit or a qualifier (`亿元`, `%`, `万人`, `左右`). Layout between a number and these is noise.
 */
export function isQuantityTail(text: string, at: number): boolean {
  return TAIL.test(text.slice(at, at + 8));
}
