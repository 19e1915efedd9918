/**
 * Some converters drop the percent signs of a page, every one or all but a few
 * (`同比增长7.2;…分别增长8.7、10.5`). On such a page, and only there, a bare number right after a
 * change word is the percent it lost.
 */

import { LOST_PERCENT_AFTER } from './lexicon/layout.js';
import { alternation } from './lexicon/pattern.js';
import { MULTIPLIER_PATTERN, UNIT_PATTERN } from './lexicon/units.js';
import { occurrences } from './occurrences.js';
import { type Quantity, qualify } from './quantity.js';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** No further digit, multiplier, unit or date after the number: it stood for a percent. */
const UNITLESS_AFTER = `(?![\\d.%‰]|\\s*(?:${MULTIPLIER_PATTERN}|${UNIT_PATTERN}|年|月|日))`;
/** A change word, then a bare number. */
const BARE_CHANGE = new RegExp(
  `(?:${alternation(LOST_PERCENT_AFTER)})(?:了|为|达)?(${NUMBER})${UNITLESS_AFTER}`,
  'g',
);
/** The next value of a run after a bare change (`8.7、10.5`, `9和9.5`). */
const NEXT_IN_RUN = new RegExp(`^(?:、|和|,)(${NUMBER})${UNITLESS_AFTER}`);

/**
 * Whether a text lost its percent signs: bare changes where they stood, at least two and more than
 * the signs left (a page may keep its first: `增长10.1%,…增长10.3。…分别增长9.7和13.4`). A text that
 * keeps many kept them all; its few bare numbers are slips.
 */
export function lostPercentSigns(text: string): boolean {
  const kept = occurrences(text, '%', MANY_KEPT - 1) + occurrences(text, '百分之', MANY_KEPT - 1);
  if (kept >= MANY_KEPT) return false;
  BARE_CHANGE.lastIndex = 0;
  let bare = 0;
  while ((bare < 2 || bare <= kept) && BARE_CHANGE.exec(text)) bare++;
  return bare >= 2 && bare > kept;
}
/** Percent signs enough to say a text kept them. */
const MANY_KEPT = 10;

/** The percents a page lost in `text` (offsets from `offset`), as quantities. */
export function findLostPercents(text: string, offset: number): Quantity[] {
  const found: Quantity[] = [];
  BARE_CHANGE.lastIndex = 0;
  for (let m = BARE_CHANGE.exec(text); m; m = BARE_CHANGE.exec(text)) {
    let start = m.index + m[0].length - m[1]!.length;
    let number = m[1]!;
    for (;;) {
      found.push(lostPercent(text, start, number, offset));
      const next = NEXT_IN_RUN.exec(text.slice(start + number.length));
      if (!next) break;
      start += number.length + next[0].length - next[1]!.length;
      number = next[1]!;
    }
  }
  return found;
}

function lostPercent(text: string, start: number, number: string, offset: number): Quantity {
  // Qualified as any figure is (`增长6.4左右`).
  const q = qualify(text, start, start + number.length, 'exact', null);
  return {
    start: q.start + offset,
    end: q.end + offset,
    numberStart: start + offset,
    value: Number(number),
    valueMax: null,
    unit: '%',
    qualifier: q.qualifier,
    qualifierWords: q.qualifierWords,
    percentagePoints: false,
    impliesChange: false,
  };
}
