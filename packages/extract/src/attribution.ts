/**
 * Whether a figure is a result or a target, and which year it is about, from all the evidence
 * around it: the section it stands in, a year stated in its sentence, time words (今年, 去年),
 * the verbs and cues before it (力争, 预期目标 for targets; 同比, 预计全年 for results) and its
 * qualifier (左右 and 以内 are typical of goals). The evidence is weighed together, as the spam
 * detector weighs its own, and the fact keeps a short reason naming what decided.
 */
import type { FactKind, Qualifier, SectionKind } from '@gwr/domain';
import { partEnd } from './clauses.js';
import {
  BASE_YEAR_AFTER,
  BASE_YEAR_BEFORE,
  COMPARED_WITH,
  COMPARED_WITH_A_GOAL,
  type CueKind,
  ESTIMATES,
  GOAL_NAMES,
  GOALS_CLOSING_A_LIST,
  GOALS_WORKED_TOWARDS,
  KIND_CUES,
  LAST_YEAR_COMPARISONS,
  MEASURED_AGAINST,
  MEASURED_GOAL_SCOPES,
  MULTIPLE_OF_A_YEAR,
  NAMELY,
  NOT_CUES,
  ON_A_BASE_CLOSE,
  PROPOSING,
  QUALIFIER_WEIGHT,
  SINCE_AN_EVENT,
  TIME_WORDS,
  YEAR_SINGLED_OUT,
} from './lexicon/cues.js';
import { NAMES_A_REPORT } from './lexicon/headings.js';
import { MULTI_YEAR_SPAN, ONE_JOINER, OWN_SCOPE, PART_OF_YEAR } from './lexicon/link-words.js';
import { alternation } from './lexicon/pattern.js';
import { quotationCloseAfter } from './quotation.js';
import { findRegionMentions } from './region-mentions.js';
import { openBracketBefore } from './wording.js';
import {
  BARE_YEAR_RE,
  isPlausibleYear,
  lastYearOfPlan,
  PLAN_PERIOD_RE,
  YEAR_RE,
  yearValue,
} from './years.js';

/** What a document says about time as a whole. */
export interface TimeFrame {
  /** The year a work report sets targets for (its results are of the year before); news: its year. */
  reportYear: number | null;
  /** A work report, or news that relays one: results are then of the year before `reportYear`. */
  reportLike: boolean;
  /** Spoken late in the year before `reportYear` (a December session): `今年` is the year reviewed. */
  lateInYear?: boolean;
  /** The year the document was published or delivered, when known: what news's `去年` counts from. */
  publishedYear?: number | null;
}

export interface Attribution {
  kind: FactKind;
  year: number | null;
  /** What decided, in a few words: `review section; 同比` or `year 2014 stated`. */
  reason: string;
  /** Framed by a span of years gone by (`五年来`) rather than by a year: a sum may be over them. */
  overSpan?: boolean;
}

export interface FigureContext {
  section: SectionKind;
  /** The time words, years and cues of the figure's sentence. */
  sentence: TimeEvidence;
  /** Where the figure's number stands in the sentence. */
  at: number;
  /** Where the figure's clause starts in the sentence. */
  clauseStart: number;
  qualifier: Qualifier;
  /** For a value a 分别 counts out, the qualifier the list ends on (`分别增长20%、13%和14%以上`). */
  listQualifier?: Qualifier;
  frame: TimeFrame;
  /** The heading of the figure's part: its year or time words frame figures that name none. */
  heading?: TimeEvidence;
  /** The year an earlier sentence of the figure's paragraph opens on with figures of its own. */
  paragraphYear?: number | null;
  /**
   * The paragraph's first sentence, in news (`市长在报告中说,过去的一年,是…的一年。…完成生产总值…`) or a
   * targets statement (`未来五年,…。主要目标是,…`): its time word frames a figure whose sentence names no
   * time or year.
   */
  paragraphOpening?: TimeEvidence;
  /**
   * The first sentence of a news article's lead (`一年来,在县委的坚强领导下,…`): a year gone by it
   * opens on frames the article's figures that name no time of their own.
   */
  lead?: TimeEvidence;
  /**
   * The year a news article last said it speaks in before the figure (`2011年是“十二五”开局之年`): the
   * year of the aims it sets after, if later than the article's.
   */
  yearSpokenIn?: number | null;
  /** The kind the construction already decides (`控制在预期4.2%以内` is a target): the year follows it. */
  kind?: FactKind;
  /** Whether a rank among peers follows the figure (`增长10.7%、增速居全省第一`): a result's mark. */
  ranked?: boolean;
}

/** The prior each kind of section gives: a review reports results, a targets statement sets goals. */
const SECTION_PRIOR: Partial<Record<SectionKind, Evidence>> = {
  review: { kind: 'actual', weight: 2, cue: 'review section' },
  targets: { kind: 'target', weight: 3, cue: 'targets section' },
  tasks: { kind: 'target', weight: 2, cue: 'tasks section' },
  appendix: { kind: 'target', weight: 2, cue: 'appendix section' },
  closing: { kind: 'target', weight: 2, cue: 'closing section' },
  body: { kind: 'actual', weight: 0.5, cue: 'body section' },
};

/**
 * A rank among peers after a figure: more than a tasks section's lean (2), less than a targets
 * statement's with a qualifier of a goal.
 */
const RANKED_WEIGHT = 3;
/** A stated year decides: a year before the report's is a result, a later one a goal. */
const STATED_YEAR_WEIGHT = 4;
/** The report's own year said in a figure's sentence: more than a review section's lean (2). */
const OWN_YEAR_PLANNED_WEIGHT = 2.5;
/** How much goal wording makes a news figure of a year to come an aim (`提出…将努力`). */
const AIMED_AT = 2;
const sumOf = (cues: readonly Evidence[]) => cues.reduce((sum, c) => sum + c.weight, 0);
/** Cues outside the figure's own clause count for less: the clause is where a figure is framed. */
const EARLIER_CLAUSE_FACTOR = 0.5;

interface Evidence {
  kind: CueKind;
  weight: number;
  cue: string;
}

/**
 * @example attribute({ section: 'review', sentence: new TimeEvidence('2014年,全省经济增速为4.9%'),
 *   at: 13, clauseStart: 6, qualifier: 'exact', frame: { reportYear: 2015, reportLike: true } })
 * // { kind: 'actual', year: 2014, reason: 'year 2014 stated; review section' }
 */
export function attribute(ctx: FigureContext): Attribution {
  const { frame, sentence, at } = ctx;
  if (ctx.section === 'body' && !frame.reportLike) {
    // News of projects and events reports what happened: `计划总投资50亿元` is the project's
    // announced size, not a goal. Its year is the one the sentence names, else the one its
    // paragraph opens on (`2018年,全市…增长20%。…完成工业投资550亿元`), else the article's.
    const ownYear = sentence.yearBefore(at);
    // …unless it states a year's aims (`淮滨县提出:2010年将努力实现生产总值增长13.5%,…收入增长18%`):
    // a year not before the article's, with the words of a goal before the figure in its sentence.
    // With no year named in its sentence, an aim in the figure's own clause is the article's year's
    // (`该市力争城镇化率达到38%`; not `…居计划单列市第2位;完成一般公共预算收入…`), though its
    // paragraph opened on the year before (`2009年,…。会议还确定了财政收入增长10%…等目标计划`).
    const own = ownYear === null ? sentence.aimsOfList(at, ctx.clauseStart) : [];
    const aimed = sumOf(own) >= AIMED_AT && ctx.kind === undefined;
    const stated = ownYear ?? (aimed ? null : (ctx.paragraphYear ?? paragraphOpensOn(ctx))) ?? null;
    if (stated === null) {
      // (A result measured against its goal, `完成全年目标的113.2%`, is one whatever goal it names.)
      if ((!aimed && ctx.kind !== 'target') || frame.reportYear === null || ctx.kind === 'actual')
        return newsResult(ctx);
      const { year, why } = yearAimedAt(ctx, frame.reportYear);
      return { kind: 'target', year, reason: `news; aimed at; ${own.map((c) => c.cue).join('; ')}${why}` };
    }
    // A figure the words around it name a goal (`紧扣“2029年…突破1000亿元”的目标`) is one, in its year.
    if (ctx.kind === 'target')
      return { kind: 'target', year: stated, reason: `news; year ${stated} named a goal` };
    // (Goal words of a clause before the figure's count for less, unless they open its list:
    // `紧扣…平安某某目标, 2014年,某州实现地区生产总值…` is no aim.)
    const aims = withListAims(
      sentence.cuesBefore(at, ctx.clauseStart),
      sentence.aimsOfList(at, ctx.clauseStart),
    ).filter((c) => c.kind === 'target');
    if (
      (frame.reportYear === null || stated >= frame.reportYear) &&
      sumOf(aims) >= AIMED_AT &&
      ctx.kind !== 'actual'
    )
      return {
        kind: 'target',
        year: stated,
        reason: `news; year ${stated} aimed at; ${aims.map((c) => c.cue).join('; ')}`,
      };
    // …as is one in a paragraph that opens on a year to come with its plans (`2022年,某区将继续…,并
    // 计划推出…。预计地区生产总值增长7%以上`), its sentence naming no year of its own.
    if (
      ownYear === null &&
      frame.reportYear !== null &&
      stated > frame.reportYear &&
      ctx.kind !== 'actual' &&
      opensOnPlans(ctx.paragraphOpening)
    )
      return {
        kind: 'target',
        year: stated,
        reason: `news; year ${stated} planned where the paragraph opens`,
      };
    return { kind: 'actual', year: stated, reason: `news; year ${stated} stated` };
  }
  const evidence: Evidence[] = [];
  const prior = SECTION_PRIOR[ctx.section];
  if (prior) evidence.push(prior);
  const ownTime = sentence.timeWordBefore(at);
  // The nearer of a stated year and a time word frames the figure (`在2021年突破千亿元后,今年…
  // 预计达1100亿元` is of this year).
  const ownYear = sentence.yearStatedBefore(at, ownTime?.end ?? 0);
  // A goal's words opening a list (`将努力实现生产总值增长9.5%左右,财政收入增长8%左右,…`) aim each of
  // its items in full; in the figure's own sentence (`会议还确定了财政收入增长10%、…`) they aim it at
  // the year planned, though its paragraph opened on the year before (as in news).
  const aimsOfList = sentence.aimsOfList(at, ctx.clauseStart);
  const aimedPastParagraph = !ownYear && ctx.paragraphYear != null && sumOf(aimsOfList) >= AIMED_AT;
  // News relaying a report dates a paragraph's figures by the year it opens on, as other news does
  // (`2020年,我们…。…一是全县地区生产总值增长3.0%`), unless the figure's list is aimed at a goal.
  // The year dates the figure and no more: its kind is for the figure's own cues, as in news.
  const statedHere =
    ownYear?.value ?? (ctx.heading && !ownTime && !aimedPastParagraph ? ctx.heading.yearBefore() : null);
  const opensOn =
    statedHere === null && ctx.section === 'body' && sumOf(aimsOfList) < AIMED_AT
      ? paragraphOpensOn(ctx)
      : null;
  const stated = statedHere ?? opensOn;
  let year: number | null = null;
  if (opensOn !== null) {
    year = opensOn;
    if (frame.reportYear !== null && opensOn < frame.reportYear)
      evidence.push({
        kind: 'actual',
        weight: STATED_YEAR_WEIGHT,
        cue: `year ${opensOn} its paragraph opens on`,
      });
  } else if (stated !== null) {
    year = stated;
    if (frame.reportYear !== null && stated !== frame.reportYear) {
      const kind = stated < frame.reportYear ? 'actual' : 'target';
      evidence.push({ kind, weight: STATED_YEAR_WEIGHT, cue: `year ${stated} stated` });
    } else if (frame.reportYear !== null && frame.reportLike) {
      // The report's own year, named in the figure's sentence (`具体到2022年,…实现地区生产总值增长13%以上`),
      // speaks of the year it plans, against a review's lean; a heading's or a plan period's
      // (`“十二五”期末`, which a review reaches too) says less.
      const weight = ownYear && !ownYear.plan ? OWN_YEAR_PLANNED_WEIGHT : 1;
      evidence.push({ kind: 'target', weight, cue: `year ${stated} stated` });
    }
  }
  const heard =
    ownTime ??
    (ctx.heading && stated === null ? ctx.heading.timeWordBefore() : null) ??
    (stated === null ? paragraphTime(ctx) : null);
  const time = heard && frame.lateInYear ? spokenLate(heard) : heard;
  if (time) {
    evidence.push({ kind: time.kind, weight: time.weight, cue: time.word });
    if (year === null && frame.reportYear !== null) year = frame.reportYear + time.offset;
  }
  // An estimate of the year planned, by its number or as this year (`今年…预计增长8.5%`), is a goal.
  const ofYearPlanned =
    stated !== null
      ? stated === frame.reportYear
      : time !== null && time.kind === 'target' && time.offset === 0;
  const forecast = ofYearPlanned && !frame.lateInYear;
  // A past year's time word in the figure's own clause (`力争增长40%(去年实际利用外资5亿美元`), or in the
  // brackets it stands in (`…(去年实际利用外资5亿美元,增长25.3%)`), frames it: the cues of the clauses
  // before speak of other figures.
  const bracket = openBracketBefore(sentence.text, at);
  const pastInClause =
    ownTime !== null &&
    time?.kind === 'actual' &&
    (ownTime.end > ctx.clauseStart || (bracket >= 0 && ownTime.end > bracket));
  for (const aimed of withListAims(sentence.cuesBefore(at, ctx.clauseStart, !pastInClause), aimsOfList)) {
    evidence.push(forecast && ESTIMATES.includes(aimed.cue) ? { ...aimed, kind: 'target' } : aimed);
  }
  if (ctx.ranked) evidence.push({ kind: 'actual', weight: RANKED_WEIGHT, cue: 'ranked among peers' });
  // (A list's goal mark weighs for each of its values: only its last carries it in the text.)
  const own = QUALIFIER_WEIGHT[ctx.qualifier];
  const listed = ctx.listQualifier ? QUALIFIER_WEIGHT[ctx.listQualifier] : undefined;
  if (own) evidence.push({ kind: 'target', weight: own, cue: ctx.qualifier });
  else if (listed)
    evidence.push({ kind: 'target', weight: listed, cue: `${ctx.listQualifier} (its list's)` });

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
  // The year a paragraph opens on is named in the reason: among the cues when it weighed as one
  // (a year before the report's), after them otherwise.
  const dating =
    opensOn !== null && opensOn >= (frame.reportYear ?? 0) ? `; year ${opensOn} its paragraph opens on` : '';
  return {
    kind,
    year,
    reason: `${decidingCues(evidence, kind)}${dating}`,
    overSpan: stated === null && time?.span === true,
  };
}

/** Cues before a figure, a goal's weighing in full where it opens the figure's list (aimsOfList). */
function withListAims(cues: readonly Evidence[], listAims: readonly Evidence[]): Evidence[] {
  const opening = new Map(listAims.map((a) => [a.cue, a.weight]));
  return cues.map((cue) =>
    cue.kind === 'target' ? { ...cue, weight: Math.max(cue.weight, opening.get(cue.cue) ?? 0) } : cue,
  );
}

/** Whether a paragraph's opening sentence speaks of plans (`…将继续…,并计划推出…`): goal words enough. */
function opensOnPlans(opening: TimeEvidence | undefined): boolean {
  if (!opening) return false;
  const goals = opening.cuesBefore(opening.text.length, 0).filter((c) => c.kind === 'target');
  return sumOf(goals) >= AIMED_AT;
}

/**
 * The year a news figure aimed at, with no year of its own, is for: the one its sentence's 今年 or 明年
 * counts from the day the article was published (`确定了今年的任务目标:…`, dated 2012-02-01 after
 * figures of 2011), as newsResult counts; else the article's year, or a later one it speaks in.
 */
function yearAimedAt(ctx: FigureContext, reportYear: number): { year: number; why: string } {
  const { publishedYear } = ctx.frame;
  const own = ctx.sentence.timeWordBefore(ctx.at);
  if (own?.calendar && own.kind === 'target' && publishedYear != null && publishedYear - reportYear <= 1)
    return { year: publishedYear + own.offset, why: `; ${own.word}, published ${publishedYear}` };
  const year = Math.max(reportYear, ctx.yearSpokenIn ?? reportYear);
  return { year, why: year > reportYear ? `; speaks in ${year}` : '' };
}

/**
 * The year a news figure's paragraph opens on as its frame, for a sentence with no time word of its
 * own (`2006年,某区加大…力度。农民人均纯收入5376元`); read only when nothing nearer dates the figure.
 */
function paragraphOpensOn(ctx: FigureContext): number | null {
  if (!ctx.paragraphOpening || ctx.sentence.timeWordBefore(ctx.at) !== null) return null;
  return ctx.paragraphOpening.openingYear();
}

/**
 * A news figure's result, of the article's year unless a time word of a year gone by frames it: in
 * its sentence (`去年,全县完成生产总值…`), where its paragraph opens (`过去的一年,是…的一年。…`) or
 * where the article's lead opens (`一年来,在县委的领导下,…`); counted from the day it was published.
 */
function newsResult(ctx: FigureContext): Attribution {
  const { reportYear, publishedYear } = ctx.frame;
  const own = ctx.sentence.timeWordBefore(ctx.at);
  const past = own
    ? own.kind === 'actual' && own.offset < 0
      ? own
      : null
    : (pastOfParagraph(ctx.paragraphOpening) ?? pastOfLead(ctx.lead));
  // (The year an article is about may be one it names, not the one it was written in; a page dated
  // years after the year it names was posted again later, its date no clue to when it was written.)
  if (past === null || publishedYear == null || reportYear === null || publishedYear - reportYear > 1)
    return { kind: 'actual', year: reportYear, reason: 'news' };
  return {
    kind: 'actual',
    year: publishedYear + past.offset,
    reason: `news; ${past.word}`,
    overSpan: past.span,
  };
}

/**
 * The time the figure's paragraph opens on, framing its later sentences: in news, a year gone by
 * (`过去的一年,是…的一年。…`); in news or a targets statement, a term's years to come (`未来五年,…将
 * 建设…新城区。主要目标是,地区生产总值达1220亿元`), whose goals are of its last year.
 */
function paragraphTime(ctx: FigureContext): TimeWordHit | null {
  const time = ctx.paragraphOpening?.timeWordBefore() ?? null;
  if (time === null) return null;
  if (time.kind === 'target' && time.offset > 1) return time;
  return ctx.section === 'targets' ? null : pastOfParagraph(ctx.paragraphOpening);
}

/**
 * The year gone by a news paragraph opens on (`过去的一年,是…极为困难的一年。`), framing its later
 * sentences; not this year (`今年来` may be said in December of the year reviewed).
 */
function pastOfParagraph(opening: TimeEvidence | undefined): TimeWordHit | null {
  const time = opening?.timeWordBefore() ?? null;
  return time && time.kind === 'actual' && time.offset < 0 ? time : null;
}

/** The one year gone by a news article's lead opens on (not a span of years: `五年来` sums them). */
function pastOfLead(lead: TimeEvidence | undefined): TimeWordHit | null {
  const time = pastOfParagraph(lead);
  return time && !time.span ? time : null;
}

/**
 * A time word of the calendar said late in the year before the report's (`明年的奋斗目标` in a
 * December session is the report's year; its `今年` the year it reviews).
 */
function spokenLate(time: TimeWordHit): TimeWordHit {
  if (!time.calendar) return time;
  const offset = time.offset - 1;
  return { ...time, offset, kind: offset < 0 ? 'actual' : 'target' };
}

/**
 * The cues that weighed for the kind chosen, strongest first (equal weights in the order they
 * were found), as the fact's reason: `year 2014 stated; review section`.
 */
function decidingCues(evidence: readonly Evidence[], kind: CueKind): string {
  const deciding: Evidence[] = [];
  for (const e of evidence) {
    if (e.kind !== kind) continue;
    // Moved up past every weaker cue (an insertion sort: there are a few).
    deciding.push(e);
    for (let k = deciding.length - 1; k > 0 && deciding[k - 1]!.weight < e.weight; k--) {
      deciding[k] = deciding[k - 1]!;
      deciding[k - 1] = e;
    }
  }
  if (deciding.length === 0) return 'no cue';
  let reason = deciding[0]!.cue;
  for (let k = 1; k < deciding.length; k++) reason += `; ${deciding[k]!.cue}`;
  return reason;
}

interface Hit {
  start: number;
  end: number;
  word: string;
}

interface TimeWordHit {
  word: string;
  /** Where the word ends in the text. */
  end: number;
  offset: number;
  kind: CueKind;
  weight: number;
  calendar: boolean;
  span: boolean;
}

const TIME_BY_WORD = new Map(TIME_WORDS.flatMap((t) => t.words.map((word) => [word, t] as const)));
const CUE_BY_WORD = new Map(KIND_CUES.flatMap((c) => c.words.map((word) => [word, c] as const)));
/** Words after a span of years that bring a figure back to one year: `比上年`, `同比`. */
const SINCE_LAST_YEAR = new Set(LAST_YEAR_COMPARISONS);
/** A year that is a comparison's base or a period's start: the words before it, after it. */
// (Line breaks may stand between, in a text read before its lines are joined: `分别是⏎2007⏎年的2.2倍`.)
const BASE_BEFORE = new RegExp(`(?:${alternation(BASE_YEAR_BEFORE)})\\s*$`);
const BASE_AFTER = new RegExp(
  `^\\s*(?:${alternation(BASE_YEAR_AFTER)}|${SINCE_AN_EVENT}|${MULTIPLE_OF_A_YEAR})`,
);
/** Time words and cue words in one pass (a word may be both a cue and a return to one year). */
const WORDS_RE = new RegExp(
  alternation([...TIME_BY_WORD.keys(), ...CUE_BY_WORD.keys(), ...SINCE_LAST_YEAR, ...NOT_CUES]),
  'g',
);

/**
 * Whether the year written from `start` to `end` is a comparison's base (`比2000年`, `从1978年的`)
 * or a period's start (`2012年以来`): not the year the text's figures are of.
 */
export function isBaseYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return (BASE_BEFORE.test(before) && !SINGLED_OUT.test(before)) || BASE_AFTER.test(text.slice(end, end + 8));
}
const SINGLED_OUT = new RegExp(`(?:${alternation(YEAR_SINGLED_OUT)})\\s*$`);

const PART_OF_YEAR_NEXT = new RegExp(`^(?:${PART_OF_YEAR.source})`);
/** The years a figure is measured against, summed (`接近2000-2003年四年总量`): the close of their span… */
const SPAN_OPENS_BEFORE = /\d{4}\s*[-—–~至到]\s*$/;
/** …and the sum after it. */
const SUMMED_NEXT = /^[^,;。\d]{0,6}?(?:总量|总和|之和)/;
const REPORT_NAMED_NEXT = new RegExp(`^${NAMES_A_REPORT}`);
/**
 * What a time word is compared with, right before it (`涨幅低于上年实际涨幅`): the year is a base, not
 * the time of the figures that follow.
 */
const COMPARED_BEFORE = new RegExp(`(?:${alternation(COMPARED_WITH)})$`);

/**
 * Whether the time word at `start` is what the figures are compared with or start from
 * (`涨幅低于上年实际涨幅`, `由上年的17.3:41.2:41.5调整为…`): a base, not their time.
 */
function isBaseTime(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return COMPARED_BEFORE.test(before) || BASE_BEFORE.test(before);
}

/** What follows a year that frames what comes after it: a comma. */
const FRAME_AFTER_YEAR = /[,,]/;

/** What follows a word that introduces what comes after it: a comma or a colon. */
const INTRODUCES = /[,:]/;
/** A goal's items said to be what it is, after its comma (`目标,即实现…`). */
const NAMELY_NEXT = new RegExp(`^(?:${alternation(NAMELY)})`);
/** Nothing, or the year a goal is set for (`今年`, `2016年`, `新的一年`): what may open a goal's clause. */
const YEAR_PLANNED_ALONE = new RegExp(
  `^(?:${alternation(TIME_WORDS.filter((t) => t.kind === 'target' && !t.span).flatMap((t) => t.words))}|(?:19|20)\\d{2}年)?$`,
);
/** Where the clause holding `at` opens: past the comma, colon or semicolon before it. */
const clauseOpening = (text: string, at: number) =>
  Math.max(lastComma(text, at - 1), text.lastIndexOf(':', at - 1), text.lastIndexOf(';', at - 1)) + 1;

/** The rest of a base a year opens (`…突破1000美元的基础上`), up to its end; read where the year ends. */
const ON_A_BASE = new RegExp(`[^,;。]{0,24}?${ON_A_BASE_CLOSE}`, 'y');

/**
 * The time evidence of one stretch of text (a sentence, a heading), found in one pass and read for
 * each figure in it: the years it states, its time words, its kind cues, its spans of years.
 */
export class TimeEvidence {
  /** Each stated year, and where it stops framing (a base's year: at the base's end). */
  private readonly years: (Hit & { value: number; until?: number; plan?: true })[] = [];
  private readonly times: Hit[];
  private readonly cues: Hit[];
  private readonly spans: Hit[];
  private readonly sinceLastYear: Hit[];

  constructor(readonly text: string) {
    YEAR_RE.lastIndex = 0;
    for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
      // A comparison's base (`比2000年`, `由2005年的`) or a period's start (`2012年以来`).
      if (isBaseYear(text, m.index, m.index + m[0].length)) continue;
      // A year in a document's name (`《…发展规划(2022—2030年)》`) frames nothing the text states.
      if (text.lastIndexOf('《', m.index) > text.lastIndexOf('》', m.index)) continue;
      // Nor does the period a plan is for, in brackets after its name (`国土空间总体规划(2021—2035年)
      // 获批实施,…地区生产总值增长5.7%`).
      if (
        PERIOD_OPENS.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
        text[m.index + m[0].length] === ')'
      )
        continue;
      // Nor does one in a report's name (`2023年某市政府工作报告 一、…`, a PDF's running header).
      if (REPORT_NAMED_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      // Nor does a year whose part only is named (`2019年及2020年上半年工作回顾`): a whole year's
      // figures are not that part's.
      if (PART_OF_YEAR_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
      // Nor do the years a figure is set against, summed (`财政收入118.6亿元,超过2000-2006年七年总量`).
      if (
        SPAN_OPENS_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) &&
        SUMMED_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
      )
        continue;
      const value = yearValue(m[1]!);
      // A year inside what a figure builds on (`在2004年突破1000美元的基础上,…超过1200美元`) frames
      // the base's figure only; one inside a quotation (`紧扣“2029年生产总值突破500亿元”的目标,生产总值
      // 增长6.1%`), the quoted words only.
      ON_A_BASE.lastIndex = m.index + m[0].length;
      const until = ON_A_BASE.test(text) ? ON_A_BASE.lastIndex : quotationCloseAfter(text, m.index);
      if (isPlausibleYear(value))
        this.years.push({ start: m.index, end: m.index + m[0].length, word: m[0], value, until });
    }
    const stated = this.years.length;
    // A year without 年 right before the place it speaks of (`2025北京全市地区生产总值…`).
    BARE_YEAR_RE.lastIndex = 0;
    for (let m = BARE_YEAR_RE.exec(text); m; m = BARE_YEAR_RE.exec(text)) {
      const end = m.index + m[0].length;
      const value = Number(m[1]);
      if (isPlausibleYear(value) && placeFollows(text, end))
        this.years.push({ start: m.index, end, word: m[0], value });
    }
    // A plan's period states its last year (`“十二五”期间…达到1.5万亿元` is of 2015).
    PLAN_PERIOD_RE.lastIndex = 0;
    for (let m = PLAN_PERIOD_RE.exec(text); m; m = PLAN_PERIOD_RE.exec(text)) {
      if (BASE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const value = lastYearOfPlan(m[0]);
      this.years.push({ start: m.index, end: m.index + m[0].length, word: m[0], value, plan: true });
    }
    // In the order they stand (yearBefore takes the last before a figure).
    if (this.years.length > stated && this.years.length > 1) this.years.sort((a, b) => a.start - b.start);
    this.times = [];
    this.cues = [];
    this.sinceLastYear = [];
    // A word may be a time word, a cue and a return to one year at once.
    for (const h of hits(WORDS_RE, text)) {
      if (TIME_BY_WORD.has(h.word) && !isBaseTime(text, h.start) && !this.listedAfterAYear(h.start))
        this.times.push(h);
      if (CUE_BY_WORD.has(h.word) && !namesNoGoalOfItsFigures(text, h)) this.cues.push(h);
      if (SINCE_LAST_YEAR.has(h.word)) this.sinceLastYear.push(h);
    }
    this.spans = hits(MULTI_YEAR_SPAN, text);
  }

  /**
   * Whether a time word at `start` is listed after a stated year (`对2019年和今年以来的工作作出回顾`):
   * the review is of the year, whose figures follow; the time word frames none of its own.
   */
  private listedAfterAYear(start: number): boolean {
    return this.years.some((y) => y.end < start && ONE_JOINER.test(this.text.slice(y.end, start)));
  }

  /** The year the text opens on as its frame (`2006年,官渡区加大…`), not a date (`2006年10月,`). */
  openingYear(): number | null {
    const first = this.years[0];
    if (!first || this.text.slice(0, first.start).trim() !== '') return null;
    return FRAME_AFTER_YEAR.test(this.text[first.end] ?? '') ? first.value : null;
  }

  /** The last year the text states before `at` (and after `from`). */
  yearBefore(at = this.text.length, from = 0): number | null {
    return this.yearStatedBefore(at, from)?.value ?? null;
  }

  /** The same year as it is stated: `plan` where a plan's period names it (`“十二五”期末`). */
  yearStatedBefore(at: number, from: number): { value: number; plan?: true } | undefined {
    let found: (typeof this.years)[number] | undefined;
    for (const y of this.years) if (y.start >= from && y.end <= at && at <= (y.until ?? at)) found = y;
    return found;
  }

  /** The time word nearest before `at` (`今年`, `去年`; `今年以来` over the `今年` it starts with). */
  timeWordBefore(at = this.text.length): TimeWordHit | null {
    let last: Hit | undefined;
    for (const h of this.times) if (h.end <= at) last = h;
    if (!last) return null;
    const t = TIME_BY_WORD.get(last.word)!;
    return {
      word: last.word,
      end: last.end,
      offset: t.offset,
      kind: t.kind,
      weight: t.weight,
      calendar: t.calendar ?? false,
      span: t.span ?? false,
    };
  }

  /**
   * Cue words before `at`, each counted once; those before the figure's clause count for less, or
   * not at all unless `earlier`.
   */
  cuesBefore(at: number, clauseStart: number, earlier = true): Evidence[] {
    const found: Evidence[] = [];
    for (const h of this.cues) {
      if (h.end > at || (!earlier && h.start < clauseStart) || found.some((f) => f.cue === h.word)) continue;
      const { kind, weight } = CUE_BY_WORD.get(h.word)!;
      found.push({
        kind,
        weight: h.start >= clauseStart ? weight : weight * EARLIER_CLAUSE_FACTOR,
        cue: h.word,
      });
    }
    return found;
  }

  /**
   * Whether the cue `h` ends a clause that introduces the list after it: what a report proposes
   * (`他在报告中还提出,城镇新增就业…`), a goal's word before a colon (`某区给自己定下了小目标:`), or one
   * that is a clause of its own, after the year planned at most (`今年力争,`).
   */
  private introducesList(h: Hit): boolean {
    const mark = this.text[h.end]!;
    if (!INTRODUCES.test(mark)) return false;
    if (PROPOSING.includes(h.word)) return true;
    if (CUE_BY_WORD.get(h.word)!.kind !== 'target') return false;
    return (
      mark === ':' ||
      NAMELY_NEXT.test(this.text.slice(h.end + 1, h.end + 4)) ||
      YEAR_PLANNED_ALONE.test(this.text.slice(clauseOpening(this.text, h.start), h.start))
    );
  }

  /** Whether a result's cue stands between `from` and `to`. */
  private resultCueBetween(from: number, to: number): boolean {
    return this.cues.some(
      (h) => h.start >= from && h.end <= to && CUE_BY_WORD.get(h.word)!.kind === 'actual',
    );
  }

  /** Whether the clause of the sentence's first figure, before any semicolon, has a goal's cue. */
  private opensOnAim(): boolean {
    FIGURE_NOT_YEAR.lastIndex = 0;
    const first = FIGURE_NOT_YEAR.exec(this.text);
    if (!first || partEnd(this.text, 0) < first.index) return false;
    const opening = lastComma(this.text, first.index) + 1;
    return this.cues.some((h) => {
      const cue = CUE_BY_WORD.get(h.word)!;
      return h.start >= opening && h.end <= first.index && cue.kind === 'target' && cue.weight >= AIMED_AT;
    });
  }

  /**
   * The goal cues a figure at `at` is aimed with: its own clause's, and those of the clause that
   * opens the list of figures it stands in (`全年确保生产总值增长14%,财政总收入增长25%,…`), which
   * hold for each item up to a semicolon, unless an item between has a result's cue. Cues before
   * the list count for less.
   */
  aimsOfList(at: number, clauseStart: number): Evidence[] {
    const afterSemicolon =
      Math.max(this.text.lastIndexOf(';', at - 1), this.text.lastIndexOf(';', at - 1)) + 1;
    // (A sentence that opens on its goal holds one list past its semicolons, `力争2010年实现生产总值
    // 200亿元,增长26%;完成固定资产投资350亿元,增长70%`, up to an item with a result's cue.)
    const listStart =
      afterSemicolon > 0 && this.opensOnAim() && !this.resultCueBetween(afterSemicolon, at)
        ? 0
        : afterSemicolon;
    // The list opens with the clause of its first figure (a year is none: `2022年,某县将努力实现生产
    // 总值增长9.5%左右,…`), which is this figure's own when none comes before (`完成了…确定的目标任务,
    // 实现生产总值900亿元`).
    FIGURE_NOT_YEAR.lastIndex = listStart;
    const first = FIGURE_NOT_YEAR.exec(this.text);
    const firstAt = first && first.index < clauseStart ? first.index : -1;
    const openingStart = firstAt < 0 ? clauseStart : Math.max(listStart, lastComma(this.text, firstAt) + 1);
    const openingEnd = firstAt < 0 ? at : nextComma(this.text, firstAt, clauseStart);
    const introduction = this.cues.find(
      (h) => h.start >= listStart && h.end + 1 === openingStart && this.introducesList(h),
    );
    let aims: Evidence[] = [];
    let resultInList = false;
    for (const h of this.cues) {
      if (h.end > at) break;
      const { kind, weight } = CUE_BY_WORD.get(h.word)!;
      if (kind === 'actual') {
        // A result's cue in an earlier item ends the aims before it (`力争实现…` in the figure's own
        // clause does not).
        if (h.start >= listStart && h.start < clauseStart) aims = [];
        if (h.start >= listStart) resultInList = true;
        continue;
      }
      const full =
        h.start >= clauseStart || (h.start >= openingStart && h.end <= openingEnd) || h === introduction;
      // (Each word counts once, where it counts most: `围绕…的目标,确定了今年的目标,即…`.)
      const counted = { kind, weight: full ? weight : weight * EARLIER_CLAUSE_FACTOR, cue: h.word };
      const same = aims.findIndex((a) => a.cue === h.word);
      if (same < 0) aims.push(counted);
      else if (aims[same]!.weight < counted.weight) aims[same] = counted;
    }
    // A list closed as goals (`…投资增长20%等目标`) aims each item, unless it reports results
    // (`完成了…增长8%等目标` measures them against the goals they met).
    const closing = resultInList
      ? null
      : LIST_CLOSED_AS_GOALS.exec(this.text.slice(at, partEnd(this.text, at)));
    if (closing) aims.push({ kind: 'target', weight: LIST_CLOSED_AS_GOALS_WEIGHT, cue: closing[0] });
    return aims;
  }

  /**
   * Whether a change before `at` is measured over years (`五年来…`, `从…增加到…`): the last span of
   * years before it, with no year of its own or `比上年` between, and no semicolon unless a colon
   * sets the span over a list (`五年来:…;…`). (`外贸增长10%,三年来首次两位数增长;社零增长13.2%`:
   * the span speaks of the figure before it.) A multiple grown (`增长3.6倍`) is a change over the
   * span across semicolons too (`五年间,地区生产总值增长3倍,…;财政总收入增长3.6倍`): few statistics
   * multiply in one year.
   */
  overYears(at: number, multiple = false): boolean {
    let span: Hit | undefined;
    for (const h of this.spans) if (h.end <= at) span = h;
    if (!span) return false;
    const back = (h: Hit) => h.start >= span.end && h.end <= at;
    const between = this.text.slice(span.end, at);
    if (!multiple && /[;;]/.test(between) && !/[::]/.test(between)) return false;
    // After the sentence's own year a span tells of its clause alone (`预计2022年…增长13%,增速近6年来
    // 持续领跑…,固定资产投资增长18%`: the investment's growth is 2022's), and of the growth its change
    // goes on with (`从1.39亿元增加到8.6亿元,增长6.2倍`).
    const changeGoesOn =
      /[到至]$/.test(this.text.slice(span.start, span.end)) && CHANGE_GOES_ON.test(between);
    if (this.yearBefore(span.start) !== null && /[,,]/.test(between) && !changeGoesOn) return false;
    return this.yearBefore(at, span.end) === null && !this.sinceLastYear.some(back);
  }
}

/** The level a change reached, then the words of its growth (`8.6亿元,增长`). */
const CHANGE_GOES_ON = /^[^,,]*[,,][^,,\d]*$/;

/** A bracketed period's first year and its dash, before its last year (`(2021—`). */
const PERIOD_OPENS = /\((?:19|20)\d{2}\s*[-—–~至]\s*$/;

/** A figure's digits, not a year's or a date's (`1月10日电`). */
const FIGURE_NOT_YEAR = /\d+(?!\d|年|月|日)/g;
/** The last comma before `at`, or -1. */
const lastComma = (text: string, at: number) =>
  Math.max(text.lastIndexOf(',', at), text.lastIndexOf(',', at));

const LIST_CLOSED_AS_GOALS = new RegExp(`等[^,,;;。\\d]{0,6}?(?:${alternation(GOALS_CLOSING_A_LIST)})`);
/** As much as a goal word opening the list (`目标`). */
const LIST_CLOSED_AS_GOALS_WEIGHT = 2;

/** The first comma after `at` and before `limit`, else `limit`. */
function nextComma(text: string, at: number, limit: number): number {
  const comma = text.slice(at, limit).search(/[,,]/);
  return comma < 0 ? limit : at + comma;
}

/** The place's own word (`全市`) or a region's name (`北京`) standing at `at`. */
function placeFollows(text: string, at: number): boolean {
  const after = text.slice(at, at + PLACE_REACH);
  return OWN_SCOPE_OPENS.test(after) || findRegionMentions(after)[0]?.start === 0;
}

/** The longest place name looked for after a bare year. */
const PLACE_REACH = 12;
const OWN_SCOPE_OPENS = new RegExp(`^(?:${alternation(OWN_SCOPE)})`);

const GOAL_MEASURED_AGAINST = new RegExp(
  `(?:${alternation(MEASURED_AGAINST)})(?:${alternation(MEASURED_GOAL_SCOPES)})?$`,
);
const GOAL_COMPARED_WITH = new RegExp(
  `(?:${alternation(COMPARED_WITH_A_GOAL)})(?:${alternation(MEASURED_GOAL_SCOPES)})?$`,
);
const NAMES_A_GOAL = new RegExp(`^(?:${alternation(GOAL_NAMES)})`);
/** A goal the work was built around, named within its phrase (no figure, no clause mark between). */
const GOAL_WORKED_TOWARDS = new RegExp(`(?:${alternation(GOALS_WORKED_TOWARDS)})[^,;。:\\d]{0,16}$`);
/** How far back a goal cue's phrase is read for the words that make it no goal of its figures. */
const GOAL_PHRASE_REACH = 18;

/**
 * Whether a goal cue names no goal of the figures after it: what a result is measured against
 * (`控制在预期4.2%以内`), or what the year's work was built around (`聚焦跨越赶超目标任务`).
 */
function namesNoGoalOfItsFigures(text: string, h: Hit): boolean {
  if (CUE_BY_WORD.get(h.word)!.kind !== 'target') return false;
  const before = text.slice(Math.max(0, h.start - GOAL_PHRASE_REACH), h.start);
  return (
    GOAL_MEASURED_AGAINST.test(before.slice(-5)) ||
    (NAMES_A_GOAL.test(h.word) && GOAL_COMPARED_WITH.test(before.slice(-3))) ||
    GOAL_WORKED_TOWARDS.test(before)
  );
}

function hits(re: RegExp, text: string): Hit[] {
  const found: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text))
    found.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  return found;
}
