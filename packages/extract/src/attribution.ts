/**
 * Whether a figure is a result or a target, and which year it is about, from all the evidence
 * around it: the section it stands in, a year stated in its sentence, time words (今年, 去年),
 * the verbs and cues before it (力争, 预期目标 for targets; 同比, 预计全年 for results) and its
 * qualifier (左右 and 以内 are typical of goals). The evidence is weighed together, as the spam
 * detector weighs its own, and the fact keeps a short reason naming what decided.
 */
import type { FactKind, Qualifier, SectionKind } from '@gwr/domain';
import {
  BASE_YEAR_AFTER,
  BASE_YEAR_BEFORE,
  type CueKind,
  KIND_CUES,
  QUALIFIER_WEIGHT,
  TIME_WORDS,
} from './lexicon/cues.js';
import { isPlausibleYear, YEAR_RE, yearValue } from './years.js';

/** What a document says about time as a whole. */
export interface TimeFrame {
  /** The year a work report sets targets for (its results are of the year before); news: its year. */
  reportYear: number | null;
  /** A work report, or news that relays one: results are then of the year before `reportYear`. */
  reportLike: boolean;
}

export interface Attribution {
  kind: FactKind;
  year: number | null;
  /** What decided, in a few words: `review section; 同比` or `year 2014 stated`. */
  reason: string;
}

export interface FigureContext {
  section: SectionKind;
  /** The sentence from its start up to the figure's number (match text). */
  before: string;
  /** Where the figure's clause starts within `before`. */
  clauseStart: number;
  qualifier: Qualifier;
  frame: TimeFrame;
  /** The heading of the figure's part: its year or time words frame figures that name none. */
  heading?: string;
  /** The kind the construction already decides (`控制在预期4.2%以内` is a target): the year follows it. */
  kind?: FactKind;
}

/** The prior each kind of section gives: a review reports results, a targets statement sets goals. */
const SECTION_PRIOR: Partial<Record<SectionKind, { kind: CueKind; weight: number }>> = {
  review: { kind: 'actual', weight: 2 },
  targets: { kind: 'target', weight: 3 },
  tasks: { kind: 'target', weight: 2 },
  appendix: { kind: 'target', weight: 2 },
  closing: { kind: 'target', weight: 2 },
  body: { kind: 'actual', weight: 0.5 },
};

/** A stated year decides: a year before the report's is a result, a later one a goal. */
const STATED_YEAR_WEIGHT = 4;
/** Cues outside the figure's own clause count for less: the clause is where a figure is framed. */
const EARLIER_CLAUSE_FACTOR = 0.5;

interface Evidence {
  kind: CueKind;
  weight: number;
  cue: string;
}

/**
 * @example attribute({ section: 'review', before: '2014年,全省经济增速为', clauseStart: 6,
 *   qualifier: 'exact', frame: { reportYear: 2015, reportLike: true } })
 * // { kind: 'actual', year: 2014, reason: 'year 2014 stated; review section' }
 */
export function attribute(ctx: FigureContext): Attribution {
  const { frame } = ctx;
  if (ctx.section === 'body' && !frame.reportLike) {
    // News of projects and events reports what happened: `计划总投资50亿元` is the project's
    // announced size, not a goal. Its year is the one the sentence names, or the article's.
    const stated = statedYear(ctx.before);
    return stated !== null
      ? { kind: 'actual', year: stated, reason: `news; year ${stated} stated` }
      : { kind: 'actual', year: frame.reportYear, reason: 'news' };
  }
  const evidence: Evidence[] = [];
  const prior = SECTION_PRIOR[ctx.section];
  if (prior) evidence.push({ kind: prior.kind, weight: prior.weight, cue: `${ctx.section} section` });
  const stated =
    statedYear(ctx.before) ?? (ctx.heading && !nearestTimeWord(ctx.before) ? statedYear(ctx.heading) : null);
  let year: number | null = null;
  if (stated !== null) {
    year = stated;
    if (frame.reportYear !== null && stated !== frame.reportYear) {
      const kind = stated < frame.reportYear ? 'actual' : 'target';
      evidence.push({ kind, weight: STATED_YEAR_WEIGHT, cue: `year ${stated} stated` });
    } else if (frame.reportYear !== null && frame.reportLike) {
      evidence.push({ kind: 'target', weight: 1, cue: `year ${stated} stated` });
    }
  }
  const time =
    nearestTimeWord(ctx.before) ?? (ctx.heading && stated === null ? nearestTimeWord(ctx.heading) : null);
  if (time) {
    evidence.push({ kind: time.kind, weight: time.weight, cue: time.word });
    if (year === null && frame.reportYear !== null) year = frame.reportYear + time.offset;
  }
  for (const cue of kindCues(ctx.before, ctx.clauseStart)) evidence.push(cue);
  const q = QUALIFIER_WEIGHT[ctx.qualifier];
  if (q) evidence.push({ kind: 'target', weight: q, cue: ctx.qualifier });

  const score = { actual: 0, target: 0 };
  for (const e of evidence) score[e.kind] += e.weight;
  const kind: FactKind =
    ctx.kind ??
    (score.target > score.actual || (score.target === score.actual && prior?.kind === 'target')
      ? 'target'
      : 'actual');
  if (year === null && frame.reportYear !== null) {
    year = kind === 'actual' && frame.reportLike ? frame.reportYear - 1 : frame.reportYear;
  }
  const deciding = evidence
    .filter((e) => e.kind === kind)
    .sort((a, b) => b.weight - a.weight)
    .map((e) => e.cue);
  return { kind, year, reason: deciding.length > 0 ? deciding.join('; ') : 'no cue' };
}

/**
 * The year the sentence states for the figure: the last year before it that is not a comparison's
 * base (`比2000年`, `由2005年的`) or a period's start (`2012年以来`).
 */
export function statedYear(before: string): number | null {
  let found: number | null = null;
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(before); m; m = YEAR_RE.exec(before)) {
    const head = before.slice(Math.max(0, m.index - 4), m.index);
    const tail = before.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (BASE_YEAR_BEFORE.some((w) => head.endsWith(w))) continue;
    if (BASE_YEAR_AFTER.some((w) => tail.startsWith(w))) continue;
    const year = yearValue(m[1]!);
    if (isPlausibleYear(year)) found = year;
  }
  return found;
}

interface FoundTimeWord {
  word: string;
  offset: number;
  kind: CueKind;
  weight: number;
}

/** The time word nearest before the figure (`今年`, `去年`, `今年以来`). */
function nearestTimeWord(before: string): FoundTimeWord | null {
  let best: FoundTimeWord | null = null;
  let bestAt = -1;
  for (const t of TIME_WORDS) {
    for (const word of t.words) {
      const at = before.lastIndexOf(word);
      // The longer word wins at the same place (`今年以来` over `今年`).
      if (at > bestAt || (at === bestAt && best !== null && word.length > best.word.length)) {
        if (at < 0) continue;
        best = { word, offset: t.offset, kind: t.kind, weight: t.weight };
        bestAt = at;
      }
    }
  }
  return best;
}

/** Cue words before the figure, longest first where they overlap, each counted once. */
function kindCues(before: string, clauseStart: number): Evidence[] {
  const found: Evidence[] = [];
  const taken: [number, number][] = [];
  for (const { word, kind, weight } of CUE_WORDS) {
    for (let at = before.indexOf(word); at >= 0; at = before.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (taken.some(([s, e]) => at < e && s < end)) continue;
      taken.push([at, end]);
      if (found.some((f) => f.cue === word)) continue;
      found.push({ kind, weight: at >= clauseStart ? weight : weight * EARLIER_CLAUSE_FACTOR, cue: word });
    }
  }
  return found;
}

const CUE_WORDS = KIND_CUES.flatMap((c) =>
  c.words.map((word) => ({ word, kind: c.kind, weight: c.weight })),
).sort((a, b) => b.word.length - a.word.length);
