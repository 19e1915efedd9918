/**
 * The small words around a figure that carry no subject of their own: framing (确保, 力争, 全年),
 * links (达到, 为, 控制在), change verbs (增长, 下降) and place words (全县, 我市). The fact rules use
 * them to decide whether the words between a subject and a number belong to that subject.
 */
import { type Region, regionCandidates } from '@gwr/domain';
import { isDigit } from './char-codes.js';
import {
  COUNTING_NOTE,
  DECREASE,
  ENUMERATION,
  FIELD_BEFORE_ITS_VERB,
  FRAME_WORDS,
  GOAL_SETTING_MEETING,
  INCREASE,
  LABEL_HEAD,
  LABEL_TAIL,
  LINK_PATTERNS,
  LINK_WORDS,
  LIST_JOINERS,
  OWN_SCOPE,
  PLACES_COUNTED,
  PLAN_PERIOD,
  RESTS_ON,
  SCOPE_NOTE,
  TARGETS_INTRO_FRAME,
  YEAR_FRAME,
  YEARS_SUMMED,
} from './lexicon/link-words.js';
import { alternation } from './lexicon/pattern.js';
import { CEILING_WORDS as CEILING } from './lexicon/qualifiers.js';
import { LIST_MARKER } from './list-marker.js';

/** Joiners and commas at either end of a label. */
const LIST_EDGES = new RegExp(
  `^(?:${alternation(LIST_JOINERS)}|,)+|(?:${alternation(LIST_JOINERS)}|,)+$`,
  'g',
);

function wordsRe(words: string[], patterns: string[] = []): RegExp {
  return new RegExp(
    `(?:${[YEAR_FRAME, PLAN_PERIOD, '\\s', ...patterns, alternation(words)].join('|')})`,
    'g',
  );
}

const LINK_RE = wordsRe(LINK_WORDS, LINK_PATTERNS);
// A list item's marker opens its text (`1、国内生产总值增长6.5%左右`, `二是规模以上工业增加值…`).
const FRAME_RE = wordsRe(FRAME_WORDS, [
  LIST_MARKER.source,
  ENUMERATION,
  TARGETS_INTRO_FRAME,
  GOAL_SETTING_MEETING,
  COUNTING_NOTE,
  SCOPE_NOTE,
  RESTS_ON,
  PLACES_COUNTED,
  FIELD_BEFORE_ITS_VERB,
  YEARS_SUMMED,
]);

/** Whether `text` between a subject and its number holds only link words. */
export function isLink(text: string): boolean {
  const listed = text.endsWith('(') ? PLACE_BEFORE_BRACKET.exec(text) : null;
  const rest = listed && bracketedPlace(listed[1]!) ? text.slice(0, listed.index) : text;
  return rest.replace(LINK_RE, '') === '';
}

/**
 * A round-up lists places, each with its figure in brackets (`湖北(10%以上)、海南(10%以上)`): the
 * place's name and its bracket before a figure (with the last item's close and the joiner) link it
 * to the subject the list is of. Group 1: the name.
 */
const PLACE_BEFORE_BRACKET = /\)?[、,;:]?([\u4e00-\u9fa5]{2,4})\($/;

/** The province or prefecture a name in such a list is (a county's short form is too often a word). */
function bracketedPlace(name: string): Region | undefined {
  const candidates = regionCandidates(name);
  return candidates.find((r) => r.level === 'province') ?? candidates.find((r) => r.level === 'prefecture');
}

/** The place whose bracket a figure stands in (`湖北(10%以上)`), if any. */
export function placeOfBracket(match: string, numberStart: number, end: number): Region | undefined {
  if (match[end] !== ')') return undefined;
  const listed = PLACE_BEFORE_BRACKET.exec(match.slice(Math.max(0, numberStart - 8), numberStart));
  return listed ? bracketedPlace(listed[1]!) : undefined;
}

/**
 * Where the brackets still open at `at` begin (the last `(` before it with no `)` after), looked for
 * back to `from` only; -1 when none is open.
 */
export function openBracketBefore(text: string, at: number, from = 0): number {
  for (let i = at - 1; i >= from; i--) {
    if (text[i] === ')') return -1;
    if (text[i] === '(') return i;
  }
  return -1;
}

/** Whether `text` before an indicator is only framing and place names (`温州市瓯海区全年`). */
export function isFrame(text: string, ownNames: readonly string[] = []): boolean {
  // (A zone's own text names itself as a region's does: `高新区实现地区生产总值` in a zone's page. The
  // bare word of a place's level is its name only as all the framing leaves, `完成区地方财政收入`: it
  // stands inside other words, `本区`, `区属`, `开发区`.)
  const rest = ownNames
    .reduce((t, name) => (name.length > 1 ? t.replaceAll(name, '') : t), text)
    .replace(FRAME_RE, '');
  // (`来源于惠州的财税总收入`: a region's name may take 的.)
  return (
    rest === '' ||
    ownNames.includes(rest) ||
    isRegionNames(rest.replace(/的$/, '')) ||
    OWN_SCOPE_AT_END.test(text)
  );
}

/**
 * Words before an indicator that make it the region's own whatever precedes them
 * (`该省满怀信心提出今年全省生产总值`, `报告提出今年的预期目标是生产总值`): a place word or this
 * year, closing a run of framing.
 */
const OWN_SCOPE_AT_END = new RegExp(
  `(?:${alternation(OWN_SCOPE)})(?:${alternation(FRAME_WORDS)}|${TARGETS_INTRO_FRAME})*$`,
);

/** Whether `text` is one or more region names in a row (`温州市瓯海区`, `瓯海`). */
function isRegionNames(text: string): boolean {
  const ok: boolean[] = new Array(text.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (!ok[i]) continue;
    for (let j = i + 2; j <= Math.min(text.length, i + 12); j++) {
      if (!ok[j] && regionCandidates(text.slice(i, j)).length > 0) ok[j] = true;
    }
  }
  return ok[text.length]!;
}

export {
  CUMULATIVE,
  CUMULATIVE_CHANGE,
  GROWTH_GIVEN,
  MULTI_YEAR,
  MULTI_YEAR_SPAN,
  PART_OF_YEAR,
  SPAN_LENGTH,
  WHOLE_YEAR,
  YEARLY_AVERAGE_RATES,
} from './lexicon/link-words.js';

/** The change a link states: +1 for a rise, −1 for a fall, 0 for a level or rate (`达到`, `下降到`). */
export function changeDirection(link: string): -1 | 0 | 1 {
  if (DECREASE.test(link)) return -1;
  if (INCREASE.test(link)) return 1;
  return 0;
}

/** A ceiling the text sets (`控制在`, `下降到`, `不超过`): read as at most, for a target. */
export const CEILING_WORDS = new RegExp(alternation(CEILING));

/** The words that name what a number counts (`新增公共停车位` from `力争新增公共停车位`). */
export function cleanLabel(text: string): string {
  // List numbering (`6.增设城区停车位`) is not part of the name.
  // (Each step tested first: this runs for every figure, and most labels need none of them.)
  let label = text.includes('\u2060') ? text.replace(/\u2060/g, '') : text;
  if (label.length > 0 && isDigit(label.charCodeAt(0))) label = label.replace(/^\d{1,2}\.(?!\d)/, '');
  for (let i = 0; i < 3; i++) {
    const next = label.replace(LABEL_HEAD, '').replace(LABEL_TAIL, '');
    if (next === label) break;
    label = next;
  }
  label = label.replace(LIST_EDGES, '');
  // A quotation cut in half by the clause (`丽水山耕”实现销售额`) reads better without its marks.
  if (!label.includes('“') && !label.includes('”')) return label;
  const opens = label.split('“').length;
  const closes = label.split('”').length;
  return opens === closes ? label : label.replace(/[“”]/g, '');
}
