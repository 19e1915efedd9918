/**
 * Facts of one document: every figure the text states about its region, bound to what it
 * measures. Works sentence by sentence over the match text; offsets come back file-relative and
 * evidence is sliced from the original text.
 */
import {
  type Basis,
  type DocumentKind,
  type Fact,
  fixedRate,
  type Indicator,
  indicatorById,
  type Measure,
  type Qualifier,
  type Region,
  type SectionKind,
  unitByCode,
} from '@gwr/domain';
import { type Attribution, attribute, TimeEvidence, type TimeFrame } from './attribution.js';
import { type Binding, bindSentence } from './bindings.js';
import { isSentenceMark, isWhitespace } from './char-codes.js';
import { parseChineseNumeral } from './chinese-number.js';
import { clauseAt, partEnd, partStart, type Sentence, type Span, splitSentences } from './clauses.js';
import { aboutElsewhere } from './elsewhere.js';
import { StableHasher } from './hash.js';
import { findIndicatorMentions, type IndicatorMention, withTopicSector } from './indicator-matcher.js';
import { RATIO_SHARE, SECTOR_SHARES, SHARE_OF_GDP } from './lexicon/constructions.js';
import {
  ESTIMATES,
  FLOOR_HELD,
  LAST_YEAR_COMPARISONS,
  NAMED_GOALS,
  ON_A_BASE_CLOSE,
  PASSED_ON,
  THRESHOLD_MARKS,
  THRESHOLD_NEARED,
  THRESHOLD_WORDS,
  TIME_WORDS,
} from './lexicon/cues.js';
import { ITEM_END } from './lexicon/layout.js';
import {
  AHEAD_OF_WIDER,
  CHANGE_OPENS,
  CHANGE_OPENS_LAST_YEAR,
  CHANGE_TO,
  CHANGE_VERBS,
  COMPARABLE_BASIS,
  CONVERTED,
  OWN_LEVEL_WORDS,
  PER_AREA,
  PLAN_PERIOD,
  PRIOR_PERIOD_AFTER,
  PROJECTS_COUNTED,
  QUALIFIED_NOUNS,
  RANKED_AMONG_PEERS,
  REPORTED_BASIS,
  YEAR_FRAME,
} from './lexicon/link-words.js';
import { COUNTING_NUMERAL, DIGIT_CHARS, FIGURE_WITH_UNIT } from './lexicon/numerals.js';
import { alternation } from './lexicon/pattern.js';
import { PARTIAL_ECONOMIES } from './lexicon/places.js';
import { APPROXIMATE_TAIL } from './lexicon/qualifiers.js';
import { LineStarts } from './lines.js';
import { LIST_MARKER } from './list-marker.js';
import { findLostPercents } from './lost-percents.js';
import { findQuantities, type Quantity } from './quantity.js';
import { quotedAsTargets } from './quotation.js';
import type { ReadingView } from './reading-view.js';
import { YEAR_SPOKEN_IN, YEAR_SPOKEN_IN_OR_PASSED_ON } from './report-year.js';
import type { Subject } from './subjects.js';
import { findUnitlessFigures } from './unitless-figures.js';
import { dropWiderStandIns, namedByWiderWord } from './wider-wordings.js';
import {
  CEILING_WORDS,
  CUMULATIVE,
  CUMULATIVE_CHANGE,
  changeDirection,
  GROWTH_GIVEN,
  MULTI_YEAR,
  MULTI_YEAR_SPAN,
  PART_OF_YEAR,
  placeOfBracket,
  SPAN_LENGTH,
  WHOLE_YEAR,
  YEARLY_AVERAGE_RATES,
} from './wording.js';
import { lastYearOfPlan, YEAR, yearValue } from './years.js';
import { ownNamesOf } from './zone-of-document.js';

/** The body as in the file and as the rules read it. */
interface Source {
  body: string;
  view: ReadingView;
}

export interface FactSection {
  kind: SectionKind;
  title: string;
  /** Offsets relative to the body. */
  start: number;
  end: number;
  /** The place the section's figures are of, where not the document's (place-parts.ts). */
  region?: Region;
}

/** A section with its heading's time evidence, read once for all its figures. */
interface Part extends FactSection {
  heading: TimeEvidence;
  /** Where the document names part of a year, shared by its parts. */
  partsOfYear: PartsOfYear;
  /** Where its sentences open on a year with figures of it, shared likewise. */
  framingYears: YearsSaid;
  /** The first sentences of its paragraphs, read once each, shared likewise. */
  paragraphOpenings: ParagraphOpenings;
  /** Where its lines start, shared likewise. */
  lineStarts: LineStarts;
  /** Where the document says which year it speaks in, shared likewise. */
  yearsSpokenIn: YearsSaid;
  /** The same, passed on too (`报告指出,2021年是…`), for targets statements; shared likewise. */
  yearsSpokenOrPassedOn: YearsSaid;
  /** The names its place calls itself by beyond a region's (a zone's: zone-of-document.ts). */
  ownNames: readonly string[];
}

export interface FactContext {
  docId: string;
  docKind: DocumentKind;
  region: Region | null;
  /** The report's year and whether the document relays a work report (attribution.ts). */
  frame: TimeFrame;
  /** Offset of the body in the file. */
  bodyOffset: number;
  /** Whether the page lost its percent signs (lost-percents.ts). */
  percentsLost?: boolean;
}

/** Sections whose uncatalogued figures are commitments worth keeping (`新增公共停车位2000个`). */
const COMMITMENT_SECTIONS = new Set<SectionKind>(['targets', 'tasks', 'appendix', 'closing']);
/** 名词解释 defines terms; its numbers are not facts about the year. */
const GLOSSARY = /名词解释/;

/**
 * @param body the document's body as in the file
 * @param view its reading view (offsets of `match` and `sections` are the view's)
 * @param match the view's text with spam masked
 */
export function extractFacts(
  body: string,
  view: ReadingView,
  match: string,
  sections: readonly FactSection[],
  ctx: FactContext,
): Fact[] {
  const facts: Fact[] = [];
  const source: Source = { body, view };
  const partsOfYear = new PartsOfYear(match);
  const framingYears = new YearsSaid(match, FIGURES_OF_A_YEAR);
  const paragraphOpenings = new ParagraphOpenings(match);
  const lineStarts = new LineStarts(match);
  const yearsSpokenIn = new YearsSaid(match, YEAR_SPOKEN_IN_ALL);
  const yearsSpokenOrPassedOn = new YearsSaid(match, YEAR_SPOKEN_IN_OR_PASSED_ON_ALL);
  const standIns = new Set<Fact>();
  for (const section of sections) {
    if (section.kind === 'preamble' || GLOSSARY.test(section.title)) continue;
    const placeCtx = section.region ? { ...ctx, region: section.region } : ctx;
    const part: Part = {
      ...section,
      heading: new TimeEvidence(section.title + openingYear(match, section)),
      partsOfYear,
      framingYears,
      paragraphOpenings,
      lineStarts,
      yearsSpokenIn,
      yearsSpokenOrPassedOn,
      ownNames: ownNamesOf(placeCtx.region),
    };
    const from = facts.length;
    const crossed = new Set<Fact>();
    for (const window of numberWindows(match, section.start, section.end)) {
      for (const sentence of splitSentences(match, window.start, window.end)) {
        readSentence(source, match, sentence, part, placeCtx, facts, crossed, standIns);
      }
    }
    if (crossed.size > 0) dropReachedThresholds(facts, from, crossed);
  }
  dropWiderStandIns(facts, standIns);
  return withoutSubheadingEchoes(withoutOwnLevelParts(facts), body, ctx.bodyOffset);
}

/** The longest line read as a subheading over the paragraph under it. */
const SUBHEADING_LINE = 30;

/**
 * `农业:粮食总产突破80亿斤⏎…力争今年粮食总产突破80亿斤`: a subheading that restates a figure of the
 * paragraph right under it names that figure, as a page's title does; the paragraph's fact, framed
 * by the words around it, is the one kept.
 */
function withoutSubheadingEchoes(facts: Fact[], body: string, bodyOffset: number): Fact[] {
  const echoes = new Set<Fact>();
  for (const heading of facts) {
    if (heading.indicator === null) continue;
    const line = shortLineAround(body, heading.evidence.start - bodyOffset);
    // (A sentence of its own, `全县生产总值二百九十多亿元,增长6%。`, heads nothing.)
    if (!line || ITEM_END.test(body.slice(line.start, line.end))) continue;
    const paragraph = paragraphAfter(body, line.end);
    if (!paragraph) continue;
    const restated = facts.some(
      (f) =>
        f !== heading &&
        f.evidence.start - bodyOffset >= paragraph.start &&
        f.evidence.start - bodyOffset < paragraph.end &&
        f.indicator === heading.indicator &&
        f.measure === heading.measure &&
        f.value === heading.value &&
        f.value_max === heading.value_max &&
        f.unit === heading.unit,
    );
    if (restated) echoes.add(heading);
  }
  return echoes.size > 0 ? facts.filter((f) => !echoes.has(f)) : facts;
}

/** The line around `at`, if it is no longer than a subheading (looked for that far only). */
function shortLineAround(body: string, at: number): Span | null {
  const before = body.slice(Math.max(0, at - SUBHEADING_LINE), at);
  const newlineBefore = before.lastIndexOf('\n');
  // (No line break in reach, and the text goes on before it: a long line.)
  if (newlineBefore < 0 && at > SUBHEADING_LINE) return null;
  const start = at - before.length + newlineBefore + 1;
  const after = body.slice(at, start + SUBHEADING_LINE + 1);
  const newlineAfter = after.indexOf('\n');
  if (newlineAfter < 0 && start + SUBHEADING_LINE < body.length) return null;
  return { start, end: newlineAfter < 0 ? body.length : at + newlineAfter };
}

/** The paragraph after the line ending at `lineEnd`: the next line with words on it. */
function paragraphAfter(body: string, lineEnd: number): Span | null {
  let start = lineEnd;
  while (start < body.length && /\s/.test(body[start]!)) start++;
  if (start >= body.length) return null;
  const end = body.indexOf('\n', start);
  return { start, end: end < 0 ? body.length : end };
}

/**
 * `财政总收入完成31.09亿元,增长2.62%。区本级财政总收入完成25.2亿元,增长5.5%`: a government's own
 * level of a statistic the text has just given for the whole place is a part of it, not the place's
 * figure (alone, `完成区本级一般公共预算收入6.13亿元`, it is).
 */
function withoutOwnLevelParts(facts: Fact[]): Fact[] {
  const isPart = (f: Fact, i: number) =>
    OWN_LEVEL_OPENS.test(f.evidence.text) &&
    facts.some(
      (g, j) =>
        j < i &&
        g.indicator === f.indicator &&
        g.kind === f.kind &&
        g.year === f.year &&
        g.measure === f.measure &&
        !OWN_LEVEL_OPENS.test(g.evidence.text) &&
        g.evidence.end <= f.evidence.start &&
        f.evidence.start - g.evidence.end <= OWN_LEVEL_REACH,
    );
  return facts.some((f) => f.indicator !== null && OWN_LEVEL_OPENS.test(f.evidence.text))
    ? facts.filter((f, i) => f.indicator === null || !isPart(f, i))
    : facts;
}
const OWN_LEVEL_OPENS = new RegExp(`^(?:其中,?)?(?:完成|实现)?(?:${alternation(OWN_LEVEL_WORDS)})`);
/** A goal named as one (`目标任务是`): a sentence so worded sets the year's aims (partOfYear). */
const NAMED_GOAL = new RegExp(alternation(NAMED_GOALS));
/** How far after a figure a rank among peers is looked for (`、增速居全省第一`). */
const RANK_REACH = 16;
/** How far after the whole place's figure its own level's is read as its part. */
const OWN_LEVEL_REACH = 200;

/**
 * `2019年,是我县经济社会发展非同寻常的一年`: a line near a part's start that names a year as the
 * one it looks back on frames the part as that heading would (a page titled by the year it reviews);
 * so does the lead of a targets statement.
 */
const OPENING_YEAR = /(?:^|\n)[ \t\u3000]*(?:过去的|刚刚过去的)?((?:19|20)\d{2}年)[,,]?是[^。\n]{0,40}的一年/;
const OPENING_REACH = 240;

/** The lead of a targets statement, up to its colon (`湖南省“十一五”经济社会发展的主要目标是:`). */
const STATEMENT_LEAD = /^[^:\n。]{0,60}:/;

function openingYear(match: string, section: FactSection): string {
  // A statement's lead frames its list as a heading would: a plan's goals are of its last year.
  if (section.kind === 'targets')
    return STATEMENT_LEAD.exec(match.slice(section.start, section.start + 62))?.[0] ?? '';
  if (section.kind !== 'review') return '';
  return (
    OPENING_YEAR.exec(
      match.slice(section.start, Math.min(section.end, section.start + OPENING_REACH)),
    )?.[1] ?? ''
  );
}

/**
 * How much of a sentence's start may name its subject (`其中,2021年某经济开发区主要经济指标…`): a place
 * there is the subject of every clause.
 */
const SENTENCE_HEAD = 24;

/**
 * A time word a paragraph opens on as its label (`去年:投资消费强劲拉动。…`, `今年:…`), as a digest
 * sets the year it reviews apart from the one it plans: it frames its paragraph as a heading would.
 */
const TIME_LABEL = new RegExp(
  `^[ \\t]*(${alternation(TIME_WORDS.filter((t) => !t.span).flatMap((t) => t.words))}):`,
);
const TIME_LABEL_REACH = 12;

/** How far back in its paragraph a sentence opening on a year with figures frames a figure. */
const PARAGRAPH_YEAR_REACH = 600;
/**
 * A sentence that opens on a year and states figures of it (`2015年全县实现生产总值263.1亿元`, an
 * estimate too: `预计2011年全市生产总值2060亿元`, and passed on: `某某在报告中回顾去年工作时指出,2023年,
 * …`); not one that says what the year is to bring (`2025年要全方位扩大内需…`).
 */
// (The year is matched first and the sentence's start checked behind it: a regex that opens on a
// lookbehind tries it at every character of the text.)
const FIGURES_OF_A_YEAR = new RegExp(
  `${YEAR}(?<=(?:^|[\\n。;!?])\\s*(?:${alternation(ESTIMATES)}|${PASSED_ON})?${YEAR})(?!以来|的|底|末|初|要|将)[^。;!?]*?${FIGURE_WITH_UNIT}` +
    // A change that ends in a year it names (`由2016年的423.3亿元增加到2020年的526.4亿元`): the
    // sentences after it go on with that year's figures (`人均生产总值达到3.6万元`).
    `|${YEAR}(?<=(?:${alternation(CHANGE_VERBS)})(?:到|至)\\s*\\S{4}\\s*年)的?\\s*[\\d,.]*${FIGURE_WITH_UNIT}`,
  'g',
);
/** A sentence that says which year the text speaks in (report-year.ts), everywhere in a document. */
const YEAR_SPOKEN_IN_ALL = new RegExp(YEAR_SPOKEN_IN, 'g');
const YEAR_SPOKEN_IN_OR_PASSED_ON_ALL = new RegExp(YEAR_SPOKEN_IN_OR_PASSED_ON, 'g');

/** A sentence without a quantity may still state a unitless figure (unitless-figures.ts). */
const UNITLESS = /\d%?:\d|指数|CPI|持平/;

/**
 * Where a figure may start: a digit, a Chinese numeral before 万/亿/兆/元/美元/%, a round 万亿 (`突破万亿大关`),
 * 百分之…, 翻番/两位数, or 持平.
 */
const NUMBERISH = new RegExp(
  `[0-9]|[${DIGIT_CHARS}十百千][万亿兆元%]|[${DIGIT_CHARS}十百千]美元|万亿|百分之|翻[一两三]?番|两位数|双位数|持平`,
  'g',
);
const isBoundary = (c: number) =>
  c === 0x3002 || c === 33 || c === 63 || c === 32 || c === 10 || c === 13 || c === 0x3000;

/**
 * The stretches of `[from, to)` between full stops (or paragraph gaps) that hold a figure. Most
 * sentences of a report state none; only these are split into clauses and read.
 */
function numberWindows(match: string, from: number, to: number): Span[] {
  const windows: Span[] = [];
  NUMBERISH.lastIndex = from;
  for (let m = NUMBERISH.exec(match); m && m.index < to; m = NUMBERISH.exec(match)) {
    let start = m.index;
    while (start > from && !isBoundary(match.charCodeAt(start - 1))) start--;
    let end = m.index;
    while (end < to && !isBoundary(match.charCodeAt(end))) end++;
    windows.push({ start, end: Math.min(to, end + 1) });
    NUMBERISH.lastIndex = end + 1;
  }
  return windows;
}

function readSentence(
  source: Source,
  match: string,
  sentence: Sentence,
  section: Part,
  ctx: FactContext,
  out: Fact[],
  crossed: Set<Fact>,
  standIns: Set<Fact>,
): void {
  const text = match.slice(sentence.start, sentence.end);
  const quantities = ctx.percentsLost
    ? withLostPercents(findQuantities(text, sentence.start), findLostPercents(text, sentence.start))
    : findQuantities(text, sentence.start);
  const mayBeUnitless = UNITLESS.test(text);
  if (quantities.length === 0 && !mayBeUnitless) return;
  const local = withTopicSector(findIndicatorMentions(text), () => sentenceBefore(match, sentence.start));
  // Outside commitment sections only catalog indicators, achievement shares and unitless figures
  // make facts: a sentence with none is done (the common case in a review).
  if (
    local.length === 0 &&
    !mayBeUnitless &&
    !COMMITMENT_SECTIONS.has(section.kind) &&
    !text.includes('完成')
  )
    return;
  const mentions = local.map((m) => ({ ...m, start: m.start + sentence.start, end: m.end + sentence.start }));
  const facts: Fact[] = [];
  const reading = new SentenceReading(match, sentence, ctx.region);
  // In the order of their numbers, as the binder reads them; unitless figures are merged in.
  const bindings = bindSentence(
    match,
    sentence,
    valuesOutsideNames(quantities, mentions),
    mentions,
    section.ownNames,
  );
  const unitless = mayBeUnitless
    ? findUnitlessFigures(text, sentence.start, mentions, () => sentenceBefore(match, sentence.start))
    : [];
  for (const u of unitless) {
    bindings.push({
      subject: {
        indicators: [u.indicator],
        label: null,
        evidenceStart: clauseOf(sentence, u.subjectStart ?? u.quantity.start).start,
      },
      quantity: u.quantity,
      link: u.link ?? '',
      attainment: false,
      statedTarget: false,
      derivedValue: null,
    });
  }
  if (unitless.length > 0) bindings.sort((a, b) => a.quantity.numberStart - b.quantity.numberStart);
  let made: { binding: Binding; fact: Fact }[] = [];
  for (const binding of bindings) {
    const fact = toFact(source, match, binding, reading, section, ctx);
    if (fact) made.push({ binding, fact });
  }
  made = withoutRestatements(withoutGrowthOfOtherCounts(made, bindings));
  const wholes = wholesOfParts(made);
  if (wholes.size > 0) {
    for (const [subject, whole] of wholes) subject.indicators = [whole];
    made = made.map(({ binding, fact }) => ({
      binding,
      fact: wholes.has(binding.subject) ? toFact(source, match, binding, reading, section, ctx)! : fact,
    }));
  }
  made = withoutPartsOfTheSame(made, match);
  // (Most sentences name no pair's whole: nothing to split.)
  if (made.some((m) => m.binding.subject.sides !== undefined)) {
    const measuredWholes = new Set(
      made.filter((m) => m.fact.measure === 'level').map((m) => m.binding.subject),
    );
    made = made.flatMap((m) =>
      isChangeOfEachSide(m.fact, m.binding.subject, measuredWholes)
        ? m.binding.subject.sides!.flatMap((side) => {
            const binding = { ...m.binding, subject: sideOf(m.binding.subject, side) };
            const fact = toFact(source, match, binding, reading, section, ctx);
            return fact ? [{ binding, fact }] : [];
          })
        : [m],
    );
  }
  for (const { binding, fact } of made) {
    facts.push(fact);
    const bound = binding.quantity.qualifierWords ?? '';
    if (
      (fact.qualifier === 'at_least' && (THRESHOLD.test(bound) || FLOOR_HELD_BEFORE.test(binding.link))) ||
      ((fact.qualifier === 'at_most' || fact.qualifier === 'about') && NEARED.test(bound)) ||
      (fact.kind === 'actual' && fact.qualifier === 'at_least' && APPROXIMATE_TAIL.includes(bound))
    )
      crossed.add(fact);
    if (namedByWiderWord(fact, mentions, binding.quantity.numberStart)) standIns.add(fact);
  }
  carryBasis(made);
  markReportedBasis(facts);
  for (const fact of facts) out.push(fact);
}

/**
 * `引进项目456个、总投资3504亿元,其中,百亿级项目11个、总投资2223亿元`: a figure after 其中 of the
 * statistic a figure before it gave is a part of that one (some of the projects), not the statistic.
 * A part that is one year (`完成投资300亿元,其中2005年完成80亿元`) is that year's figure, and the
 * whole it breaks down a sum over years, no year's.
 * (Read once a revenue's whole and its local part are told apart, and not for a statistic a wider
 * one stands in for: `工业总产值…,其中规模工业产值…` is the catalog's own after its stand-in.)
 */
function withoutPartsOfTheSame(
  made: { binding: Binding; fact: Fact }[],
  match: string,
): { binding: Binding; fact: Fact }[] {
  if (made.length < 2) return made;
  const dropped = new Set<number>();
  made.forEach(({ binding, fact }, j) => {
    if (fact.indicator === null || indicatorById(fact.indicator)?.wider !== undefined) return;
    made.forEach((earlier, i) => {
      if (i >= j || earlier.fact.indicator !== fact.indicator || earlier.fact.measure !== fact.measure)
        return;
      const part = partOpened(match.slice(earlier.binding.quantity.end, binding.quantity.start));
      if (part !== null) dropped.add(YEAR_OPENS.test(part) ? i : j);
    });
  });
  return made.filter((_, k) => !dropped.has(k));
}

/**
 * The words from the 其中 that opens a part right before a figure (within a short phrase: `其中,百亿级
 * 项目11个、总投资`), or null.
 */
function partOpened(between: string): string | null {
  const at = between.lastIndexOf('其中');
  return at >= 0 && between.length - at <= PART_REACH ? between.slice(at + 2) : null;
}
/** A part that is a year (`其中2005年完成`, `其中,2018年`). */
const YEAR_OPENS = new RegExp(`^,?${YEAR}`);
/** How far before its figure a part's 其中 is looked for. */
const PART_REACH = 24;

/**
 * `出口93万辆,…增长101%`: the growth after a level the sentence counts in units its statistic is not
 * measured in (vehicles, not yuan) is that count's growth, not the statistic's.
 */
function withoutGrowthOfOtherCounts(
  made: { binding: Binding; fact: Fact }[],
  bindings: readonly Binding[],
): { binding: Binding; fact: Fact }[] {
  const counted = bindings.filter(countedInOtherUnits);
  if (counted.length === 0) return made;
  return made.filter(
    ({ binding, fact }) =>
      fact.measure !== 'growth_pct' ||
      !counted.some((c) => c.subject === binding.subject && c.quantity.end <= binding.quantity.start),
  );
}

function countedInOtherUnits({ subject, quantity: q }: Binding): boolean {
  const indicator = subject.indicators?.length === 1 ? indicatorById(subject.indicators[0]!) : undefined;
  if (!indicator?.levelUnit || q.unit === '' || q.percentagePoints || NO_MEASURE_UNITS.has(q.unit))
    return false;
  return !unitFits(indicator, q.unit);
}
/**
 * Units that measure no level of a thing: a change's (`%`, `倍`), and 个, which counts anything
 * (`增速连续44个月居全省前3`).
 */
const NO_MEASURE_UNITS = new Set(['%', '‰', '倍', '个']);

/**
 * `人均生产总值10825元,…按年末汇率折算为1358美元`: a level restated in another unit gives way to the
 * level the sentence states (alone, `人均GDP按汇率折算超过6400美元`, it is the statement); so does one
 * in another unit beside the level in the statistic's own (`人均地区生产总值达70509元、突破1万美元`).
 */
function withoutRestatements(made: { binding: Binding; fact: Fact }[]): { binding: Binding; fact: Fact }[] {
  const restates = ({ binding, fact }: { binding: Binding; fact: Fact }) => {
    if (fact.indicator === null || fact.measure !== 'level') return false;
    const converted = CONVERTED_TO.test(binding.link);
    const ownUnit = indicatorById(fact.indicator)?.levelUnit;
    return made.some(
      (o) =>
        o.fact.indicator === fact.indicator &&
        o.fact.measure === 'level' &&
        o.fact.unit !== fact.unit &&
        (converted || o.fact.unit === ownUnit),
    );
  };
  return made.some(restates) ? made.filter((m) => !restates(m)) : made;
}

/**
 * The growth that goes on from a level stated on a basis (`同口径完成3.67亿元,增幅6.1%`,
 * `完成28583万元(自然口径),同比增长10.85%`) is on that basis too.
 */
function carryBasis(made: readonly { binding: Binding; fact: Fact }[]): void {
  for (let k = 1; k < made.length; k++) {
    const { binding, fact } = made[k]!;
    const level = made[k - 1]!;
    if (
      fact.basis === null &&
      fact.measure === 'growth_pct' &&
      level.fact.basis !== null &&
      level.fact.measure === 'level' &&
      level.binding.subject === binding.subject
    )
      fact.basis = level.fact.basis;
  }
}

/** The figures of a sentence and the percents its page lost, in order, none read twice. */
function withLostPercents(found: Quantity[], lost: Quantity[]): Quantity[] {
  const fresh = lost.filter((l) => !found.some((q) => l.numberStart < q.end && q.numberStart < l.end));
  if (fresh.length === 0) return found;
  return [...found, ...fresh].sort((a, b) => a.numberStart - b.numberStart);
}

/**
 * What a sentence says once for all its figures: its time evidence (attribution.ts) and, clause by
 * clause, whether it speaks of a place other than the region (elsewhere.ts).
 */
class SentenceReading {
  private found: TimeEvidence | undefined;
  private namesPartOfYear: boolean | undefined;
  private framingYear: number | null | undefined;
  private paragraphAt: number | undefined;
  /** By clause start; made when a figure first asks (most sentences never do). */
  private otherPlace: Map<number, boolean> | undefined;

  constructor(
    private readonly match: string,
    readonly sentence: Sentence,
    private readonly region: Region | null,
  ) {}

  /** Found when a figure first needs it: most figures are dropped before their time matters. */
  get evidence(): TimeEvidence {
    this.found ??= new TimeEvidence(this.match.slice(this.sentence.start, this.sentence.end));
    return this.found;
  }

  /**
   * Whether the figure at `at` is framed by a span of years: in its sentence (attribution.ts), in
   * its part's heading (`过去五年工作回顾`) or where its paragraph opens (`五年来,综合实力显著增强。`).
   */
  overYears(at: number, part: Part, multiple = false): boolean {
    if (this.evidence.overYears(at - this.sentence.start, multiple)) return true;
    return spansYears(part.title) || spansYears(this.paragraphOpening(part));
  }

  /**
   * Whether an earlier sentence of the figure's paragraph names a span of years (`他指出,过去五年,…。
   * …进出口总值累计2.78万亿元`): a sum said after it is over them.
   */
  paragraphSpansYears(part: Part): boolean {
    return spansYears(this.match.slice(this.paragraphStart(part), this.sentence.start));
  }

  /** The time evidence of the first sentence of the paragraph, when the figure's sentence is a later one. */
  paragraphOpeningSentence(part: Part): TimeEvidence | undefined {
    return part.paragraphOpenings.before(this.paragraphStart(part), this.sentence.start);
  }

  /**
   * The first sentence of the figure's line, when the figure's sentence is a later one, though a
   * part starts between (a targets statement opening mid-paragraph: `未来五年,…。主要目标是,…`).
   */
  lineOpeningSentence(part: Part): TimeEvidence | undefined {
    return part.paragraphOpenings.before(part.lineStarts.startOf(this.sentence.start), this.sentence.start);
  }

  /**
   * The year an earlier sentence of the paragraph opens on with figures of its own
   * (`2015年全县实现生产总值263.1亿元,…。第一产业增加值98.6亿元`): it frames the sentences after it
   * as a heading would. Null when none does.
   */
  paragraphYear(part: Part): number | null {
    if (this.framingYear === undefined) {
      const to = this.sentence.start;
      // (Where the paragraph starts is looked for only when such a sentence stands near: a paragraph
      // may run a whole report long.)
      const near = part.framingYears.before(Math.max(part.start, to - PARAGRAPH_YEAR_REACH), to);
      this.framingYear =
        near === null
          ? null
          : part.framingYears.before(Math.max(this.paragraphStart(part), to - PARAGRAPH_YEAR_REACH), to);
    }
    return this.framingYear;
  }

  /**
   * How many years the span framing the figure at `at` lasts (`五年来`, `过去五年工作回顾`, `本届政府`),
   * named in its sentence before it, in the sentences of its paragraph before (the nearest:
   * `过去五年,是…的五年。…财政收入由130.9亿元增加至476.2亿元`, however many sentences between), in its
   * part's heading or where its paragraph opens; null when none is.
   */
  yearsSpanned(at: number, part: Part): number | null {
    // Years named from and to (`2017年至2021年,…从206亿元增长到286亿元`): the change starts in the first.
    const range = [...this.match.slice(this.sentence.start, at).matchAll(YEAR_RANGES)].at(-1);
    if (range) return yearValue(range[2]!) - yearValue(range[1]!);
    const texts = [
      this.match.slice(this.sentence.start, at),
      this.match.slice(this.paragraphStart(part), this.sentence.start),
      part.title,
      this.paragraphOpening(part),
    ];
    for (const text of texts) {
      const m = [...text.matchAll(SPAN_LENGTHS)].at(-1);
      if (!m) continue;
      const length = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (!length) return FIVE_YEAR_TERM;
      return /\d/.test(length) ? Number(length) : parseChineseNumeral(length);
    }
    return null;
  }

  /**
   * Whether the figure at `at` is of part of a year (`2022年一季度,…初步预计,地区生产总值增长7%以上`):
   * a quarter or some months named before it in its sentence, or where its paragraph opens, and
   * no 全年 since.
   */
  partOfYear(at: number, part: Part): boolean {
    const { start, end } = this.sentence;
    // `今年上半年,生产总值完成…。其中服务业增加值增长8.6%`: a breakdown of the sentence before is of
    // its period.
    if (breaksDown(this.match, start, PART_OF_YEAR_OPENS)) return true;
    if (this.namesPartOfYear === undefined) {
      const word = lastAtOrBelow(part.partsOfYear.words(), end - 1);
      this.namesPartOfYear = word !== undefined && word >= start;
    }
    const paragraph = this.inPartOfYearParagraph(part);
    if (!this.namesPartOfYear && !paragraph) return false;
    const before = this.match.slice(start, at);
    // A sentence that names its goals (`会议要求,今年…工作目标任务是实际到位资金660亿元`) sets the
    // year's, though its paragraph opened on months gone by (`今年1至8月,…`).
    if (!this.namesPartOfYear && NAMED_GOAL.test(before)) return false;
    // The whole year, or a year on its own, named after the part (`一季度…;全年实现…`, `…确保一季度
    // “开门红”。2017年,全州地区生产总值…`): the figure is that year's.
    const lastPart = lastAtOrBelow(part.partsOfYear.words(), at - 1);
    const sincePart = lastPart !== undefined && lastPart >= start ? this.match.slice(lastPart, at) : before;
    if (WHOLE_YEAR.test(sincePart) || A_WHOLE_YEAR.test(sincePart)) return false;
    // Opening the sentence it frames all of it (`一季度,…;…`); named later, up to the next semicolon
    // (`…获得二季度全省投资激励;社会消费品零售总额…` is the year's).
    const scope = before.slice(before.lastIndexOf(';') + 1);
    return paragraph || PART_OF_YEAR_OPENS.test(before) || PART_OF_YEAR_FRAME.test(scope);
  }

  /** Whether the sentence's paragraph (or its part) opens on part of a year. */
  private inPartOfYearParagraph(part: Part): boolean {
    const start = this.sentence.start;
    const opening = lastAtOrBelow(part.partsOfYear.paragraphs(), start);
    if (opening !== undefined) {
      const lineEnd = this.match.indexOf('\n', opening);
      if (lineEnd < 0 || lineEnd >= start) return true;
    }
    // A part's own opening words frame it as a paragraph's do (`一季度经济运行情况`), up to a
    // paragraph that opens on a whole year of its own (`…一季度经济企稳回暖。⏎2008年,全区…`,
    // `去年全年…`).
    if (!part.partsOfYear.opensAt(part.start)) return false;
    const paragraph = this.paragraphStart(part);
    return paragraph === part.start || !WHOLE_YEAR_OPENS.test(openingClause(this.match, paragraph));
  }

  /**
   * The lead of the list a clause stands in, up to its colon (`卫辉市提出的目标是:GDP增速15%,固定资产
   * 投资增速28%`): its place is the subject of every item. Null when no colon comes before.
   */
  private listLead(at: number): string | null {
    // (Match text is width-folded: a full-width colon or comma reads as the ASCII one.)
    const text = this.match.slice(this.sentence.start, at);
    const colon = text.lastIndexOf(':');
    if (colon < 0) return null;
    const opens = Math.max(text.lastIndexOf(',', colon), text.lastIndexOf(';', colon)) + 1;
    return text.slice(opens, colon + 1);
  }

  /**
   * The first clause of the part of the sentence the clause at `at` stands in, after a semicolon
   * (`…;安徽排在第二位,接待游客4974万人次`): a place named there is the part's subject. Null when the
   * clause opens the part itself, or no semicolon comes before.
   */
  private partOpening(at: number): string | null {
    const start = partStart(this.match, this.sentence, at);
    if (start === this.sentence.start) return null;
    const comma = this.match.indexOf(',', start);
    return comma >= start && comma < at ? this.match.slice(start, comma) : null;
  }

  /** The first clause of the figure's paragraph (`五年来,综合实力显著增强。`). */
  private paragraphOpening(part: Part): string {
    return openingClause(this.match, this.paragraphStart(part));
  }

  /**
   * Whether a span of years opening the paragraph still frames the sentence: no sentence between
   * names a year or a time of its own (`五年来,…。特别是刚刚过去的2012年,…。…增长11.3%` is 2012's).
   */
  spanFramesSentence(part: Part): boolean {
    if (!this.spanOpensParagraph(part)) return false;
    const start = this.paragraphStart(part);
    const between = new TimeEvidence(
      this.match.slice(this.match.indexOf('。', start) + 1, this.sentence.start),
    );
    return between.yearBefore() === null && between.timeWordBefore() === null;
  }

  /** Whether the sentence's paragraph opens on a span of years (`五年来,…`, `过去五年,…`). */
  spanOpensParagraph(part: Part): boolean {
    const start = this.paragraphStart(part);
    const opening = this.match.slice(start, Math.min(this.sentence.start, start + SPAN_OPENING_REACH));
    return SPAN_OPENS.test(opening);
  }

  /** Where the sentence's paragraph starts, within its part (found once: a paragraph may be long). */
  paragraphStart(part: Part): number {
    this.paragraphAt ??= Math.max(part.start, part.lineStarts.startOf(this.sentence.start));
    return this.paragraphAt;
  }

  elsewhere(clause: Span): boolean {
    this.otherPlace ??= new Map();
    let answer = this.otherPlace.get(clause.start);
    if (answer === undefined) {
      const head = this.match.slice(this.sentence.start, this.sentence.start + SENTENCE_HEAD);
      const lead = this.listLead(clause.start);
      const opening = this.partOpening(clause.start);
      answer =
        aboutElsewhere(this.match.slice(clause.start, clause.end), head, this.region) ||
        (lead !== null && aboutElsewhere('', lead, this.region)) ||
        (opening !== null && aboutElsewhere(opening, '', this.region));
      this.otherPlace.set(clause.start, answer);
    }
    return answer;
  }
}

/**
 * Whether the sentence at `start` opens on 其中, a breakdown of the sentence before it, and `whole`
 * finds what that sentence says of its figures (a part of the year, a part of the economy, a sum).
 */
function breaksDown(match: string, start: number, whole: RegExp): boolean {
  return match.startsWith('其中', start) && whole.test(sentenceBefore(match, start));
}

/**
 * The quantities that are not part of a statistic's name (`生产总值、500万元以上固定资产投资…实现翻番`:
 * the 500万元 is the name's threshold, no one's value).
 */
function valuesOutsideNames(quantities: Quantity[], mentions: readonly IndicatorMention[]): Quantity[] {
  const named = mentions.filter((m) => DIGIT.test(m.text));
  if (named.length === 0) return quantities;
  return quantities.filter((q) => !named.some((m) => m.start <= q.start && q.end <= m.end));
}
const DIGIT = /\d/;

/** The sentence (or line) that ends right before `start`. */
function sentenceBefore(match: string, start: number): string {
  const previous = Math.max(match.lastIndexOf('。', start - 2), match.lastIndexOf('\n', start - 2)) + 1;
  return match.slice(previous, start);
}
/** A sentence opening on a part of the economy (`全年民营经济…`), whose breakdown is that part's. */
const PARTIAL_ECONOMY_OPENS = new RegExp(
  `^\\s*(?:全年|${YEAR_FRAME})?,?(?:${alternation(PARTIAL_ECONOMIES)})`,
);

/** How far into a paragraph its opening words run. */
const PARAGRAPH_OPENING = 24;
/** Part of a year as a figure's period, not a comparison's base (`降幅较上半年收窄4个百分点`). */
const PART_OF_YEAR_PERIOD = `(?<![较比])(?:${PART_OF_YEAR.source})`;
const PART_OF_YEAR_FRAME = new RegExp(PART_OF_YEAR_PERIOD);
/** A sentence opening on part of a year, within its opening words and first clause. */
const PART_OF_YEAR_OPENS = new RegExp(`^[^,;。]{0,${PARAGRAPH_OPENING - 4}}?${PART_OF_YEAR_PERIOD}`);
/** A paragraph opening on part of a year, within its opening words and first clause. */
const PART_OF_YEAR_OPENING = new RegExp(
  `\\n[^\\n。;]{0,${PARAGRAPH_OPENING - 4}}?${PART_OF_YEAR_PERIOD}`,
  'g',
);

const PART_OF_YEAR_ANYWHERE = new RegExp(PART_OF_YEAR.source, 'g');
/** A year named on its own (`2017年,`), not as the year of a part (`2018年一季度`, `2018年1-2月`). */
const A_WHOLE_YEAR = new RegExp(`${YEAR}(?!度?(?:${PART_OF_YEAR.source}))`);
/** A whole year named in a paragraph's opening clause: its own (`2008年`, `去年`) or 全年. */
const WHOLE_YEAR_OPENS = new RegExp(
  `(?:${YEAR}|去年|上年)(?!度?(?:同期|${PART_OF_YEAR.source}))|${WHOLE_YEAR.source}`,
);
const SPANS_YEARS = new RegExp(MULTI_YEAR_SPAN.source);
const spansYears = (text: string) => SPANS_YEARS.test(text);

/**
 * Where a document names part of a year (`一季度`, `上半年`, `1-5月`) and which of its paragraphs
 * open on one: each found in one scan of the document when a figure first asks.
 */
class PartsOfYear {
  private found: number[] | undefined;
  private opening: number[] | undefined;
  private readonly parts = new Map<number, boolean>();

  constructor(private readonly match: string) {}

  words(): number[] {
    this.found ??= [...this.match.matchAll(PART_OF_YEAR_ANYWHERE)].map((m) => m.index);
    return this.found;
  }

  /** Starts of paragraphs whose opening words name part of a year. */
  paragraphs(): number[] {
    this.opening ??= [...this.match.matchAll(PART_OF_YEAR_OPENING)].map((m) => m.index + 1);
    return this.opening;
  }

  /** Whether the words at `start` (a part's) open on part of a year; asked once a part. */
  opensAt(start: number): boolean {
    let opens = this.parts.get(start);
    if (opens === undefined) {
      opens = PART_OF_YEAR_FRAME.test(openingClause(this.match, start));
      this.parts.set(start, opens);
    }
    return opens;
  }
}

/**
 * The first sentence of each paragraph a figure asks about, read once for all the sentences after
 * it (a news paragraph's `过去的一年,是…的一年。` frames them: attribution.ts).
 */
class ParagraphOpenings {
  private readonly read = new Map<number, { end: number; evidence: TimeEvidence } | null>();

  constructor(private readonly match: string) {}

  /** The paragraph at `start`'s first sentence, if it ends before `sentenceStart`. */
  before(start: number, sentenceStart: number): TimeEvidence | undefined {
    if (start >= sentenceStart) return undefined;
    let opening = this.read.get(start);
    if (opening === undefined) {
      const end = this.match.indexOf('。', start);
      opening =
        end < 0 ? null : { end, evidence: new TimeEvidence(withoutAsides(this.match.slice(start, end))) };
      this.read.set(start, opening);
    }
    return opening && opening.end < sentenceStart ? opening.evidence : undefined;
  }

  /**
   * The first sentence of the first paragraph of prose from `start` (a news article's lead, after
   * its headline and dateline), if it ends before `sentenceStart`.
   */
  lead(start: number, sentenceStart: number): TimeEvidence | undefined {
    const firstStop = this.match.indexOf('。', start);
    if (firstStop < 0 || firstStop >= sentenceStart) return undefined;
    return this.before(Math.max(start, this.match.lastIndexOf('\n', firstStop) + 1), sentenceStart);
  }
}

/**
 * A sentence without its bracketed asides (`力争…增长40%(去年实际利用外资5亿美元)`): the time an aside
 * names is its own figures', not what frames the sentences after.
 */
const withoutAsides = (text: string) => text.replace(BRACKETED_ASIDE, '');
const BRACKETED_ASIDE = /\([^()]*\)/g;

/**
 * Where a document's sentences say a year of a kind, found in one pass when a figure first asks:
 * those that open on a year with figures of it (FIGURES_OF_A_YEAR), whose year frames the
 * sentences after it in its paragraph; or those that say which year the text speaks in
 * (`2011年是“十二五”开局之年`), whose year a news article's aims after it are of.
 */
class YearsSaid {
  private found: { start: number; end: number; year: number }[] | undefined;

  constructor(
    private readonly match: string,
    private readonly pattern: RegExp,
  ) {}

  /** The year of the last such sentence within `[from, to)`, or null. */
  before(from: number, to: number): number | null {
    this.found ??= [...this.match.matchAll(this.pattern)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      // (The first year the pattern captured: an alternation numbers each branch's year apart.)
      year: yearValue(m.find((group, k) => k > 0 && group !== undefined)!),
    }));
    let year: number | null = null;
    for (const f of this.found) {
      if (f.start >= to) break;
      if (f.start >= from && f.end <= to) year = f.year;
    }
    return year;
  }
}

/**
 * The year a targets part says it speaks in after its heading (`未来五年主要预期目标:…。2021年是实施
 * “十四五”规划的第一年。经济社会发展的主要预期目标是:…`): it frames the goals after it, not the
 * heading's years. Not a year gone by (`2020年是极不平凡的一年`).
 */
function yearOfStatement(part: Part, sentence: Sentence, reportYear: number | null): number | null {
  const year = part.yearsSpokenOrPassedOn.before(part.start, sentence.start);
  return year !== null && (reportYear === null || year >= reportYear) ? year : null;
}

/** The opening words at `from`, up to the end of their first clause or line. */
function openingClause(match: string, from: number): string {
  return match.slice(from, from + PARAGRAPH_OPENING).split(/[。;;\n]/, 1)[0]!;
}

const LAST_YEAR_BASE = new RegExp(alternation(LAST_YEAR_COMPARISONS));
/** An amount right before a noun it qualifies (`10亿元楼宇`, `亿元以上项目`). */
const QUALIFIES_NOUN = new RegExp(`^(?:以上)?的?(?:${alternation(QUALIFIED_NOUNS)})`);
/**
 * A project's size before its name (`总投资52亿元的某某码头`), not before a count of projects (`…的13个
 * 项目`, `…的甲、乙等12个项目`).
 */
const ONE_PROJECT = new RegExp(
  `^的(?!${alternation(PROJECTS_COUNTED)}|[^,;。]{0,30}?(?:\\d+|${COUNTING_NUMERAL}+|几)(?:个|项|批|家))`,
);
/** A figure counted on a unit of land (`每平方公里土地产生…`): an intensity, no total. */
const COUNTED_PER_AREA = new RegExp(alternation(PER_AREA));
/** `翻`, which opens a doubling (`翻一番`, `翻番`). */
const DOUBLING = '翻'.charCodeAt(0);
/**
 * `比2012年`, `是2000年的2.5倍`, and `(下同)` when the base holds for the figures after it (group 3); or
 * the start of a change `从2005年的…增加到…` (group 2), which holds up to the next semicolon.
 */
const BASE_YEAR = /(?:(?:比|较|是|相当于)|([由从]))((?:19|20)\d{2})年(\(下同\))?/g;
/** A base counted back in years, two or more (`比30年前`, `较十年前`). */
const YEARS_AGO_BASE =
  /(?:比|较)(?:[2-9]|\d{2,3}|[两三四五六七八九十]|[二三四五六七八九]?十[一二三四五六七八九]?)年前/;
/** A plan's end compared with (`较“十二五”末`, `比“十三五”期末`). */
const PLAN_END_BASE = new RegExp(`(?:比|较)${PLAN_PERIOD}`, 'g');
/** A clause that is nothing but a change (`增长2.93倍`), going on from the clause before. */
const CHANGE_GOES_ON = new RegExp(`^(?:${alternation(CHANGE_VERBS)})$`);

/**
 * The base year a change before `at` is measured from: named in the figure's clause, earlier in
 * its sentence with `(下同)`, or as where a change started; Infinity when none is.
 */
function baseYearBefore(text: string, at: number, clauseStart: number): number {
  let base = Number.POSITIVE_INFINITY;
  // A clause that only goes on with the change (`比2006年净增5.1亿元,增长2.93倍`) keeps the base of the
  // clause just before it.
  const goesOn = CHANGE_GOES_ON.test(text.slice(clauseStart, at));
  for (const m of text.slice(0, at).matchAll(BASE_YEAR)) {
    const carried =
      m[3] !== undefined ||
      (m[1] !== undefined && !/[;;]/.test(text.slice(m.index, at))) ||
      (goesOn && !/[,,;;、]/.test(text.slice(m.index, clauseStart - 1)));
    if (m.index >= clauseStart || carried) base = Number(m[2]);
  }
  // `与“十五”末相比,2010年全市生产总值…增长62%;财政总收入…`: a comparison opening the sentence
  // holds for every change in it.
  for (const m of text.slice(0, at).matchAll(COMPARISON_BASE)) base = Math.min(base, startYearOf(m));
  // So does a year the sentence builds on (`在2012年基础上“七个翻番”目标基本实现,…增长了2.37倍`).
  for (const m of text.slice(0, at).matchAll(BUILT_ON_YEAR)) base = Math.min(base, yearValue(m[1]!));
  // And a plan's end in the figure's clause (`较“十二五”末分别增长51.3%、57.4%`).
  for (const m of text.slice(clauseStart, at).matchAll(PLAN_END_BASE))
    base = Math.min(base, lastYearOfPlan(m[0]));
  // `…(下同)…;财政收入比上年增长8%`: the clause's own comparison outranks the carried base.
  if (LAST_YEAR_BASE.test(text.slice(clauseStart, at))) return Number.POSITIVE_INFINITY;
  return base;
}

/**
 * `2010年,…比2005年增长86%。人均生产总值1.46万美元,增长58.9%。`: the base years back an earlier
 * sentence of the paragraph (within `[reach, sentenceStart)`) compared with, which the text goes on
 * with while it names no year and no yearly comparison (`比上年`, `同比`) since; Infinity when there
 * is none. (The paragraph's start is looked for within the reach only: a paragraph may run a report
 * long, and this is asked of every growth figure.)
 */
function baseGoneOnWith(match: string, reach: number, sentenceStart: number, at: number): number {
  const window = match.slice(reach, sentenceStart);
  const from = reach + window.lastIndexOf('\n') + 1;
  let last: RegExpMatchArray | undefined;
  for (const m of match.slice(from, sentenceStart).matchAll(BASE_YEAR)) last = m;
  if (!last || last[1] !== undefined) return Number.POSITIVE_INFINITY;
  const since = match.slice(from + last.index! + last[0].length, at);
  if (DOUBLED_SINCE.test(since)) return Number.POSITIVE_INFINITY;
  return ANY_YEAR.test(since) || LAST_YEAR_BASE.test(since) ? Number.POSITIVE_INFINITY : Number(last[2]);
}
const ANY_YEAR = new RegExp(`${YEAR}|今年|去年|上年`);
/**
 * A year named after a sum, not as a base (`四年累计完成投资276.5亿元,年均增长25.5%,2007年达到105亿元`,
 * `累计完成300亿元,其中2018年完成80亿元`): the figures after it are that year's.
 */
const SUM_THEN_ITS_YEAR = new RegExp(`${CUMULATIVE.source}.*(?<![比较是由从])${YEAR}`);
/**
 * A doubling over the base (`财政总收入较2010年实现翻番。一般公共预算收入…增长16.3%。`, `城乡居民收入比2010年
 * 翻一番的目标提前实现`): a milestone reached, said of its own subject, not a base the next sentences
 * measure their changes from.
 */
const DOUBLED_SINCE = /^[^,,;;。]{0,6}?翻/;

/** The start of a change over `years` years that ends in the year `end` is of: that many before. */
function spanStart(end: Attribution, years: number): Attribution {
  const year = end.year === null ? null : end.year - years;
  return {
    kind: 'actual',
    year,
    reason: `where a change over ${years} year${years === 1 ? '' : 's'} started; ${end.reason}`,
  };
}

/** Every span of years by its length in a text (yearsSpanned takes the nearest). */
const SPAN_LENGTHS = new RegExp(SPAN_LENGTH.source, 'g');
/** Two years named as a span's first and last (`2017年至2021年`, `2016—2020年`). */
const YEAR_RANGES = new RegExp(`${YEAR.replace('年', '')}年?\\s*(?:至|到|—|–|-|~)\\s*${YEAR}`, 'g');

/** How far into its paragraph a span that opens it is looked for (its first clause, past an address). */
const SPAN_OPENING_REACH = 24;
/**
 * A span of years its paragraph's first words name (`五年来,`, after the address that opens a part of a
 * speech: `各位代表!“十三五”期间,`), not one a heading names later.
 */
const SPAN_OPENS = new RegExp(`^\\s*(?:各位代表[!!,,::]\\s*)?(?:${SPAN_LENGTH.source})`);

/** A term of government and a five-year plan last five years. */
const FIVE_YEAR_TERM = 5;

/** The last number of ascending `sorted` at or below `x` (a binary search). */
function lastAtOrBelow(sorted: readonly number[], x: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}

function clauseOf(sentence: Sentence, pos: number): Span {
  return clauseAt(sentence, pos) ?? sentence;
}

/** 。!?!?;; or a space: the sentence's closing mark is not part of the clause stating a number. */
const isClosingMark = (c: number) => isSentenceMark(c) || c === 59 || c === 0xff1b || isWhitespace(c);

const PIPE = 124; // |

/**
 * Whether a yearly average follows the figure in its part of the sentence:
 * `累计完成2039亿元,年均增速16.5%`, `实现翻番,…年均增长29.1%` state a period's figure.
 */
function yearlyAverageFollows(match: string, from: number, end: number): boolean {
  return MULTI_YEAR.test(match.slice(from, partEnd(match, from, end)));
}

/**
 * Whether a growth is a period's, by the yearly averages stated after it in its part of the sentence
 * (`分别增长86.2%、51.1%,年均增长13.2%、8.6%`): at least twice the highest is compounded over two
 * years or more; near them (`增长8.5%,“十二五”年均增长9.2%`, `分别增长12.5%和19%,年均分别增长8.7%和
 * 16.2%`) it is the year's own.
 */
function grownOverYears(match: string, from: number, end: number, growth: number): boolean {
  const averages = YEARLY_AVERAGE_RATES.exec(match.slice(from, partEnd(match, from, end)));
  if (!averages) return false;
  const highest = Math.max(...averages[1]!.match(/\d+(?:\.\d+)?/g)!.map(Number));
  return Math.abs(growth) >= 2 * highest;
}

/** Whether a yearly average stands before the figure in its part of the sentence: `年均增长44%,累计完成9509亿元`. */
function yearlyAveragePrecedes(match: string, sentence: Span, at: number): boolean {
  return MULTI_YEAR.test(match.slice(partStart(match, sentence, at), at));
}

function toFact(
  source: Source,
  match: string,
  b: Binding,
  reading: SentenceReading,
  section: Part,
  ctx: FactContext,
): Fact | null {
  const { sentence } = reading;
  const valueClause = clauseOf(sentence, b.runStart ?? b.quantity.numberStart);
  const { subject, quantity: q, link } = b;
  let indicatorId = subject.indicators?.[0] ?? null;
  let indicator = indicatorId ? indicatorById(indicatorId) : undefined;
  if (!indicator && !(COMMITMENT_SECTIONS.has(section.kind) || b.attainment)) return null;
  // A change in points is neither a level nor a rate, unless a target is worked out from it.
  if (q.percentagePoints && b.derivedValue === null) return null;
  // `由32亿元增加到45亿元`: the figure after 由/从 is where a change started, not the year's result;
  // with its year named (`由2005年的28亿元`, `由“十五”末的12.8亿元`) it is that year's result.
  const startOfChange = changeStart(match, q, () => reading.paragraphStart(section));
  // Without a year, a change over a span of years (`五年来`, `过去五年工作回顾`) started so many back;
  // a structure reshaped with no span named (`三次产业结构由8.2:52.4:39.4调整为…`), a year back.
  const yearsBack =
    startOfChange?.year === null
      ? (startOfChange.yearsBack ??
        reading.yearsSpanned(q.numberStart, section) ??
        (SECTOR_SHARES.some((s) => s.id === indicator?.id) ? 1 : null))
      : null;
  if (startOfChange?.year === null && yearsBack === null) return null;
  if (indicator && QUALIFIES_NOUN.test(match.slice(q.end, q.end + 6))) return null;
  if (indicatorId === 'project_investment' && ONE_PROJECT.test(match.slice(q.end, q.end + 40))) return null;
  if (indicator && COUNTED_PER_AREA.test(match.slice(valueClause.start, q.numberStart))) return null;
  if (MULTI_YEAR.test(link)) return null;
  // `增长5%,高于全市3个百分点`, `比全省平均水平高9277元`: a lead over a wider place's figure.
  if (AHEAD_OF_WIDER.test(link)) return null;
  // `完成投资1039亿元,是前五年的1.9倍`: a sum over as long a period as the one it is compared with.
  if (PRIOR_PERIOD_AFTER.test(match.slice(q.end, q.end + 16))) return null;
  // `五年来,…全社会固定资产投资累计1098.1亿元`: a sum over the years a passage reviews is no year's
  // level; so is one given with its yearly average (`累计完成2039亿元,年均增速16.5%`). 累计 holds for
  // the list it opens (`五年累计完成固定资产投资2676.8亿元、社会消费品零售总额2131亿元`), up to a
  // semicolon for items that have no verb of their own (`累计完成合同外资14.6亿美元,实到外资9.97亿美元`;
  // not `累计增长29.3%,达到3500亿元`, the level reached).
  const listStart = link === '' ? partStart(match, sentence, q.numberStart) : valueClause.start;
  const listed = match.slice(listStart, q.numberStart);
  // (`累计完成投资1247.6亿元。其中,完成工业投资571.4亿元`: a breakdown of a sum is summed too.)
  // (A rate is no sum: a structure in a list of sums, `累计…,三次产业结构演进为…`, is its year's.)
  if (
    indicator?.levelUnit !== null &&
    (CUMULATIVE.test(listed) || breaksDown(match, sentence.start, CUMULATIVE)) &&
    !SUM_THEN_ITS_YEAR.test(listed) &&
    (reading.overYears(q.numberStart, section) ||
      reading.paragraphSpansYears(section) ||
      yearlyAverageFollows(match, q.end, sentence.end) ||
      yearlyAveragePrecedes(match, sentence, q.numberStart))
  )
    return null;
  let measure: Measure;
  let value = b.derivedValue ?? q.value;
  let valueMax = q.valueMax;
  let rescaled = false;
  if (b.attainment) measure = 'attainment_pct';
  else if (q.unit === '%') {
    const direction = q.impliesChange ? 1 : changeDirection(link);
    measure = direction !== 0 ? 'growth_pct' : 'rate_pct';
    if (indicator && !indicator.measures.includes(measure)) {
      // An indicator that is itself a change (CPI 涨幅) or itself a rate (失业率) says which; a
      // sector's value added, its share of GDP (`服务业增加值300亿元,占地区生产总值比重达到52%`).
      if (indicator.measures.length === 1 && indicator.measures[0] !== 'level')
        measure = indicator.measures[0]!;
      else if (measure === 'rate_pct' && indicator.shareOfGdp && SHARE_OF_GDP.test(link)) {
        indicatorId = indicator.shareOfGdp;
        indicator = indicatorById(indicatorId);
      } else if (
        measure === 'rate_pct' &&
        GROWTH_GIVEN.test(link) &&
        indicator.measures.includes('growth_pct')
      )
        measure = 'growth_pct';
      else return null;
    }
    if (direction < 0 && measure === 'growth_pct') {
      value = -value;
      valueMax = valueMax === null ? null : -valueMax;
    }
  } else {
    // `收入达到4.5万元,比上年增加3200元`: an amount of change, not the indicator's level. (For an
    // uncatalogued commitment the verb names what is counted: `改造提升公厕100座`.)
    if (indicator && changeDirection(link) !== 0) return null;
    measure = 'level';
    // `地方财政收入176亿`: a figure without a unit is counted in its indicator's.
    if (q.unit === '' && !indicator?.levelUnit) return null;
    if (indicator && !indicator.measures.includes('level')) return null;
    if (indicator?.levelUnit && q.unit !== '' && !unitFits(indicator, q.unit)) return null;
    // `三次产业增加值分别为23323395346268亿元`: digits a page ran together make no amount an economy has.
    if (unitByCode(q.unit)?.family === 'money' && value > IMPLAUSIBLE_AMOUNT) return null;
    // `人均10000元的大关,由2000年的258亿元增加到…`: a sum that large is the whole's, not one person's.
    if (indicator?.perHead && value >= PER_HEAD_CEILING) return null;
    // `粮食种植面积43907公顷`: read on the indicator's axis where the rate is fixed.
    const rate = indicator?.levelUnit ? fixedRate(q.unit, indicator.levelUnit) : undefined;
    if (rate !== undefined) {
      rescaled = true;
      value = Number((value * rate).toPrecision(12));
      valueMax = valueMax === null ? null : Number((valueMax * rate).toPrecision(12));
    }
  }
  // A round-up's figure in brackets after its place's name (`湖北(10%以上)`) is that place's.
  const listedPlace = placeOfBracket(match, q.numberStart, q.end);
  // The place a figure is about is named where its value or its subject is (`县域生产总值…,增长12.2%`).
  if (
    indicator &&
    !listedPlace &&
    (reading.elsewhere(valueClause) || reading.elsewhere(clauseOf(sentence, subject.evidenceStart)))
  )
    return null;
  // `2022年一季度,…规上工业增加值增长22%`: a quarter's figure is not the year's.
  if (reading.partOfYear(q.numberStart, section)) return null;
  // `全年民营经济增加值119亿元…。其中,第一产业增加值17.41亿元`: the breakdown of a part of the economy.
  if (breaksDown(match, sentence.start, PARTIAL_ECONOMY_OPENS)) return null;
  const { evidence } = reading;
  const at = q.numberStart - sentence.start;
  // In a review or a news article, a year an earlier sentence of the paragraph opens on frames
  // the figure; in any part, a year gone by does (news relaying a report goes back to last year's
  // figures after its targets statement).
  const framing = reading.paragraphYear(section);
  const reportYear = ctx.frame.reportYear;
  const paragraphYear =
    section.kind === 'review' ||
    section.kind === 'body' ||
    (framing !== null && reportYear !== null && framing < reportYear)
      ? framing
      : null;
  const headingYear =
    paragraphYear ?? (section.kind === 'targets' ? yearOfStatement(section, sentence, reportYear) : null);
  const paragraphStart = reading.paragraphStart(section);
  const timeLabel = TIME_LABEL.exec(match.slice(paragraphStart, paragraphStart + TIME_LABEL_REACH))?.[1];
  const figure = {
    section: section.kind,
    sentence: evidence,
    at,
    clauseStart: valueClause.start - sentence.start,
    qualifier: q.qualifier,
    listQualifier: b.runQualifier,
    frame: ctx.frame,
    heading: timeLabel
      ? new TimeEvidence(timeLabel)
      : headingYear !== null
        ? new TimeEvidence(`${headingYear}年`)
        : section.heading,
    paragraphYear,
    paragraphOpening:
      section.kind === 'body'
        ? reading.paragraphOpeningSentence(section)
        : section.kind === 'targets'
          ? reading.lineOpeningSentence(section)
          : undefined,
    lead: section.kind === 'body' ? section.paragraphOpenings.lead(section.start, sentence.start) : undefined,
    yearSpokenIn: section.kind === 'body' ? section.yearsSpokenIn.before(0, sentence.start) : null,
    ranked: RANKED_AMONG_PEERS.test(match.slice(q.end, q.end + RANK_REACH)),
  };
  // A target stated beside its result (`控制在预期4.2%以内`) is the target of the result's year; a
  // result stated as a share of its target is a result, whatever its cues.
  const startYear = startOfChange?.year;
  const said = startYear
    ? { kind: 'actual' as const, year: startYear, reason: `where a change started, in ${startYear}` }
    : yearsBack !== null
      ? spanStart(attribute({ ...figure, kind: 'actual' }), yearsBack)
      : attribute(
          b.statedTarget || b.attainment
            ? { ...figure, kind: 'actual' }
            : quotedAsTargets(match, q.numberStart)
              ? { ...figure, kind: 'target' }
              : figure,
        );
  const kind = b.statedTarget ? 'target' : said.kind;
  // `城乡居民人均收入分别为18844元和6563元` of 2011: before a series was published, a loose name is
  // the statistic published then (农民人均纯收入), unless it names this one in full.
  if (
    indicator?.before &&
    said.year !== null &&
    said.year < (indicator.years?.from ?? Number.NEGATIVE_INFINITY) &&
    !namesInFull(indicator, match.slice(subject.evidenceStart, q.numberStart))
  ) {
    indicatorId = indicator.before;
    indicator = indicatorById(indicatorId);
  }
  const reason = b.statedTarget
    ? `a goal the year had set, stated with how it went; ${said.reason}`
    : said.reason;
  // `五年来…经济总量实现翻番`, `从6.8亿元增加到25.3亿元,增长2.7倍`: a change over years; a goal's
  // too (`“十二五”期间…城镇居民人均可支配收入增长75%`); so is a doubling stated with its yearly
  // average (`财政总收入实现翻番,达到40.7亿元,年均增长29.1%`).
  if (measure === 'growth_pct' && evidence.overYears(at)) return null;
  // …and where the span opens the paragraph a sentence before (`“十三五”期间,…。全市…万元GDP能耗下降
  // 16.2%`) and the figure's own sentence names no time of its own.
  if (
    measure === 'growth_pct' &&
    evidence.yearBefore(at) === null &&
    evidence.timeWordBefore(at) === null &&
    reading.spanFramesSentence(section)
  )
    return null;
  // `万元生产总值能耗累计下降21.6%`: a change summed over years, unless over the year (`全年累计增长6.7%`).
  if (
    measure === 'growth_pct' &&
    CUMULATIVE_CHANGE.test(link) &&
    !WHOLE_YEAR.test(match.slice(valueClause.start, q.numberStart))
  )
    return null;
  // `五年来,…城镇新增就业640万人`: what years bring in, framed by a span of them, is the span's sum;
  // so where the span opens the paragraph a sentence before (`五年来,坚持…。新增城镇就业146万人。`)
  // and the figure's own sentence names no year.
  if (
    measure === 'level' &&
    indicator?.summed &&
    (said.overSpan || (evidence.yearBefore(at) === null && reading.spanOpensParagraph(section)))
  )
    return null;
  // The clause measures its change from last year (`同比增长2.8倍`, `比上年翻一番`).
  const fromLastYear = () => LAST_YEAR_BASE.test(evidence.text.slice(figure.clauseStart, at));
  // `增长1.1倍` in a part or paragraph about years (`…取得巨大成就的五年`): a multiple grown over them,
  // unless measured from last year.
  if (
    measure === 'growth_pct' &&
    match[q.end - 1] === '倍' &&
    reading.overYears(q.numberStart, section, true) &&
    !fromLastYear()
  )
    return null;
  if (q.impliesChange && yearlyAverageFollows(match, q.end, sentence.end)) return null;
  if (measure === 'growth_pct' && grownOverYears(match, q.end, sentence.end, value)) return null;
  // A doubling (`实现翻番`) takes years, unless measured from last year.
  if (match.charCodeAt(q.numberStart) === DOUBLING && !fromLastYear()) return null;
  // `2016年,全县生产总值比2012年(下同)增长47.7%`: a change from a base years back is no year's growth.
  // …whether compared with in the figure's sentence or gone on with from an earlier one.
  if (measure === 'growth_pct' && said.year !== null) {
    const reach = Math.max(section.start, sentence.start - PARAGRAPH_YEAR_REACH);
    const base = Math.min(
      baseYearBefore(evidence.text, at, figure.clauseStart),
      baseGoneOnWith(match, reach, sentence.start, q.numberStart),
    );
    if (base < said.year - 1) return null;
    // So is one from a base counted back in years (`分别比30年前增长了91倍、89倍`).
    if (YEARS_AGO_BASE.test(evidence.text.slice(0, at))) return null;
  }
  let qualifier: Qualifier = q.qualifier;
  if (kind === 'target' && qualifier === 'exact' && CEILING_WORDS.test(link)) qualifier = 'at_most';
  if (value < 0 && valueMax !== null) [value, valueMax] = [valueMax, value];
  let start = Math.min(subject.evidenceStart, valueClause.start);
  // A list item's number (`1.新建幼儿园5所`, `(三)`) is not part of what the item states.
  const marker = LIST_MARKER.exec(match.slice(start, start + 8));
  if (marker) {
    let after = start + marker[0].length;
    while (after < start + 8 && isWhitespace(match.charCodeAt(after))) after++;
    if (after < q.numberStart) start = after;
  }
  let end = Math.max(valueClause.end, q.end);
  // The sentence's closing mark is not part of the clause that states the number.
  while (end > q.end && isClosingMark(match.charCodeAt(end - 1))) end--;
  const span = source.view.sourceSpan(start, end);
  const fileStart = ctx.bodyOffset + span.start;
  const evidenceText = source.body.slice(span.start, span.end);
  const label = indicator ? null : subject.label;
  return {
    // `${docId}|${fileStart}|${numberStart}|${indicator ?? label}|${measure}`, hashed in parts.
    fact_id: new StableHasher()
      .text(ctx.docId)
      .char(PIPE)
      .integer(fileStart)
      .char(PIPE)
      .integer(source.view.toSource(q.numberStart))
      .char(PIPE)
      .text(indicatorId ?? String(label))
      .char(PIPE)
      .text(measure)
      .hex(),
    doc_id: ctx.docId,
    region: (listedPlace ?? ctx.region)?.name ?? null,
    region_code: (listedPlace ?? ctx.region)?.code ?? null,
    indicator: indicatorId,
    kind,
    year: said.year,
    measure,
    value,
    value_max: valueMax,
    unit:
      q.unit === '' || indicator?.countedAs?.includes(q.unit) || rescaled ? indicator!.levelUnit! : q.unit,
    qualifier,
    label,
    section: section.kind,
    basis: basisOf(match, q, valueClause.start, link),
    reason,
    evidence: { start: fileStart, end: ctx.bodyOffset + span.end, text: evidenceText },
  };
}

/** Whether `words` name a statistic by one of its full names, not only a loose one (`农民人均收入`). */
function namesInFull(indicator: Indicator, words: string): boolean {
  return indicator.aliases.some((a) => !indicator.loose?.includes(a) && words.includes(a));
}

/** A figure stated on a like-for-like basis: `同口径增长4.6%`, `剔除不可比因素增长9.5%`. */
const COMPARABLE = new RegExp(alternation(COMPARABLE_BASIS));
/** A figure said to be as published, beside a comparable one: `自然增长`, `按现价`. */
const REPORTED = new RegExp(alternation(REPORTED_BASIS));

/** A basis said as a note in brackets (`(同口径)`, `(自然口径)`, `(按可比口径计算)`). */
const BASIS_NOTE = `\\(按?(?:${alternation([...COMPARABLE_BASIS, ...REPORTED_BASIS])})(?:计算|统计)?\\)`;
const BASIS_NOTE_IN = new RegExp(BASIS_NOTE);
const BASIS_NOTE_AFTER = new RegExp(`^${BASIS_NOTE}`);
/** How far after a figure its note may reach. */
const NOTE_REACH = 12;

/**
 * The basis a figure is stated on: in the words that link it to its subject (`同口径增长9.2%`), or
 * in a note, on the subject's name before it in its clause (`一般公共预算收入(同口径)完成30161万元`) or
 * right after it (`完成28583万元(自然口径)`).
 */
function basisOf(match: string, q: Quantity, clauseStart: number, link: string): Basis | null {
  const inClause = BASIS_NOTE_IN.exec(match.slice(clauseStart, q.start))?.[0] ?? '';
  const after = BASIS_NOTE_AFTER.exec(match.slice(q.end, q.end + NOTE_REACH))?.[0] ?? '';
  for (const words of [link, inClause, after]) {
    if (COMPARABLE.test(words)) return 'comparable';
    if (REPORTED.test(words)) return 'reported';
  }
  return null;
}

/** A threshold crossed (`突破6000亿元大关`, `跃上2万亿元新台阶`): at least the figure. */
const THRESHOLD = new RegExp(alternation([...THRESHOLD_WORDS, ...THRESHOLD_MARKS]));
/** More money than the world's yearly output (1000万亿): no figure a report states. */
const IMPLAUSIBLE_AMOUNT = 1e15;
/** Ten million a head (in yuan or dollars): no region's output or income per resident comes near. */
const PER_HEAD_CEILING = 1e7;
/** A figure restated in another unit: `折算为1358美元`, `约合8550美元`. */
const CONVERTED_TO = new RegExp(alternation(CONVERTED));
/** A threshold neared from below (`逼近10万亿元`, `接近3500亿元`). */
const NEARED = new RegExp(alternation(THRESHOLD_NEARED));
/** A floor held right before the figure (`稳定在100万吨以上`). */
const FLOOR_HELD_BEFORE = new RegExp(`(?:${alternation(FLOOR_HELD)})$`);

/**
 * `突破6000亿元大关,达到6556亿元` states one figure: a threshold crossed gives way to the exact
 * figure the part states for the same statistic, year and kind, in the same clause or another
 * sentence (`全年生产总值跃上2万亿元新台阶。…生产总值实现2.22万亿元`), before it or after
 * (`实际利用外资30.4亿美元,首次突破30亿美元`), and to a higher threshold crossed; so does one
 * neared (`逼近10万亿元,达到99631亿元`; `实现3417.9亿元…经济总量接近3500亿元`), and a result said
 * roughly (a news lead's `生产总值达二万五千九百多亿元` before the body's `二万五千九百六十八点五五亿元`).
 */
function dropReachedThresholds(facts: Fact[], from: number, crossed: Set<Fact>): void {
  const part = facts.splice(from);
  const key = (f: Fact) =>
    [f.region_code, f.indicator ?? f.label, f.kind, f.year, f.measure, f.unit].join('|');
  const valuesByKey = (of: Iterable<Fact>, keep: (f: Fact) => boolean) => {
    const values = new Map<string, number[]>();
    for (const f of of) if (keep(f)) values.set(key(f), [...(values.get(key(f)) ?? []), f.value]);
    return values;
  };
  // `跨越了三千亿元台阶。预计全市生产总值完成3440亿元左右`: an estimate is a figure too.
  const exact = valuesByKey(part, (f) => f.qualifier === 'exact' || f.qualifier === 'about');
  // `先后迈上300亿元、400亿元两个台阶`: the higher threshold crossed is the one reached.
  const crossedAbove = valuesByKey(crossed, (f) => f.qualifier === 'at_least');
  const reached = (f: Fact) =>
    (exact.get(key(f)) ?? []).some((v) => (f.qualifier === 'at_least' ? v > f.value : v < f.value)) ||
    (f.qualifier === 'at_least' && (crossedAbove.get(key(f)) ?? []).some((v) => v > f.value));
  for (const f of part) if (!(crossed.has(f) && reached(f))) facts.push(f);
}

/**
 * A pair's name with one change (`城乡居民人均可支配收入增长8%以上`) is each side's, as a goal set
 * for both alike and as a result both had; after the level of the whole (`城乡居民人均可支配收入
 * 74289元,增长5%`) it is the whole's.
 */
function isChangeOfEachSide(fact: Fact, subject: Subject, measuredWholes: Set<Subject>): boolean {
  return subject.sides !== undefined && fact.measure === 'growth_pct' && !measuredWholes.has(subject);
}

/** The subject of one side of a pair's whole (`urban_income_per_capita` of 城乡居民人均可支配收入). */
const sideOf = (whole: Subject, side: string): Subject => ({
  ...whole,
  indicators: [side],
  sides: undefined,
});

/**
 * A sentence that gives a part's names two amounts of one year (`财政一般预算收入83亿元,…其中地方财政
 * 收入42.2亿元`, `公共财政收入14.5亿元;地方公共财政收入8.06亿元`) states the whole and its local
 * part: the subject of the larger is the whole's (the indicator's `partOf`), unless the sentence
 * names the whole itself. Returns each subject to lift with the indicator it names.
 */
function wholesOfParts(made: readonly { binding: Binding; fact: Fact }[]): Map<Subject, string> {
  const wholes = new Map<Subject, string>();
  // (A threshold crossed restates a level, `首破百亿大关:…完成108亿3038万元`: no second amount.)
  const parts = made.filter(
    ({ fact }) =>
      fact.measure === 'level' &&
      fact.qualifier !== 'at_least' &&
      fact.indicator &&
      indicatorById(fact.indicator)?.partOf,
  );
  // Most sentences hold one figure of a part at most.
  if (parts.length < 2) return wholes;
  const key = (indicator: string, fact: Fact) => `${indicator}|${fact.kind}|${fact.year}`;
  const stated = new Set(made.map(({ fact }) => key(fact.indicator ?? '', fact)));
  // Per part, kind and year: the statistic it is part of, the year's key for it, and the largest
  // amount each subject gives.
  const groups = new Map<string, { whole: string; wholeKey: string; amounts: Map<Subject, number> }>();
  const ownLevels = new Set<Subject>();
  for (const { binding, fact } of parts) {
    if (OWN_LEVEL_OPENS.test(fact.evidence.text)) ownLevels.add(binding.subject);
    const whole = indicatorById(fact.indicator!)!.partOf!;
    const group = key(fact.indicator!, fact);
    const entry = groups.get(group) ?? {
      whole,
      wholeKey: key(whole, fact),
      amounts: new Map<Subject, number>(),
    };
    groups.set(group, entry);
    entry.amounts.set(binding.subject, Math.max(entry.amounts.get(binding.subject) ?? 0, fact.value));
  }
  for (const { whole, wholeKey, amounts } of groups.values()) {
    if (amounts.size !== 2 || stated.has(wholeKey)) continue;
    const [[first, a], [second, b]] = [...amounts];
    if (a === b) continue;
    const [larger, smaller] = a > b ? [first!, second!] : [second!, first!];
    // A government's own level (`…,其中区级一般公共预算收入210亿元`) is its part of the same
    // statistic, not the local share of a wider one: the whole keeps its name (and the part is left
    // out: withoutOwnLevelParts).
    if (!ownLevels.has(smaller)) wholes.set(larger, whole);
  }
  return wholes;
}

/**
 * Where a sentence states one statistic on two bases (`下降11%,同口径增长4.6%`), the figure
 * without a basis word is the one as published.
 */
function markReportedBasis(facts: Fact[]): void {
  for (const f of facts) {
    if (f.basis !== null) continue;
    const twin = facts.some(
      (g) =>
        g.basis === 'comparable' &&
        g.measure === f.measure &&
        (g.indicator ?? g.label) === (f.indicator ?? f.label),
    );
    if (twin) f.basis = 'reported';
  }
}

/** The shares of a ratio before and after one of them (`24.1:` `:39.4`): a ratio starts or ends as one. */
const RATIO_HEAD = new RegExp(`(?:${RATIO_SHARE}:){1,2}$`);
const RATIO_TAIL = new RegExp(`^(?::${RATIO_SHARE}){1,2}`);
/** Where a change starts from: `由2005年`, `从2015年底`, `由“十五”末`. Groups: a year, a plan's end. */
const CHANGE_START_DATE = `[由从](?:${YEAR}(?:末|底)?|(${PLAN_PERIOD}))`;
/** What a change is compared with: `与2005年相比`, `同“十五”末比较`. Groups: a year, a plan's end. */
const COMPARED_WITH = `[与同](?:${YEAR}(?:末|底)?|(${PLAN_PERIOD}))(?:相比|比较)`;
/** The year a change starts from, just before its figure: `由2005年的`, `从2015年底的`, `由“十五”末的`. */
const START_YEAR = new RegExp(`${CHANGE_START_DATE}的?\\s*$`);
/** A comparison's base year with its own level after it (`比1997年的202亿元`): that year's level. */
const BASE_YEAR_LEVEL = new RegExp(`[比较](?:${YEAR}(?:末|底)?|(${PLAN_PERIOD}))的\\s*$`);
/**
 * A start year named earlier in the paragraph that holds for the changes after it: a first change's
 * (`由2010年的77亿元跃升到…;社会消费品零售总额由21亿元提高到…`, `由2007年332亿元增加到…`, and in the
 * sentences after it) or a comparison's (`与2005年相比,地方财政收入从1.77亿元增加到5.2亿元`). Groups:
 * as START_YEAR's, then COMPARED_WITH's.
 */
const CARRIED_START_YEAR = new RegExp(`${CHANGE_START_DATE}(?:的|(?=\\d))|${COMPARED_WITH}`, 'g');
/** A comparison's base (`与2005年相比`, `同“十五”末比较`), which holds for every change after it. */
const COMPARISON_BASE = new RegExp(COMPARED_WITH, 'g');

/** A year a sentence's changes are built on (`在2012年基础上`, `在2012年的基础上`). */
const BUILT_ON_YEAR = new RegExp(`在${YEAR}${ON_A_BASE_CLOSE}`, 'g');

/** The year a START_YEAR, CARRIED_START_YEAR or COMPARISON_BASE match names. */
function startYearOf(m: RegExpMatchArray): number {
  const year = m[1] ?? m[3];
  return year ? yearValue(year) : lastYearOfPlan((m[2] ?? m[4])!);
}

/**
 * A base's year right before its figure (`在2005年` of `在2005年6520亿元的基础上`), or before the
 * threshold it crossed (`在2011年突破10亿元的基础上`).
 */
const BASE_OF_ITS_YEAR = new RegExp(`在${YEAR}(?:${alternation(THRESHOLD_WORDS)})?的?$`);

/**
 * Where the figure is where a change starts, the year it names, if any: right after 由/从, or after
 * 由/从 and a date (`由2018年的500亿元`) with a `…到` following it, or the base of 在…的基础上
 * (dated by the year right before it, else no year: the base is read with the figure it builds
 * to). Null when the figure starts no change.
 */
function changeStart(
  match: string,
  q: Quantity,
  paragraphStart: () => number,
): { year: number | null; yearsBack?: number } | null {
  let from = q.numberStart;
  let to = q.end;
  if (match.charCodeAt(from - 1) === 58)
    from -= RATIO_HEAD.exec(match.slice(Math.max(0, from - 12), from))?.[0].length ?? 0;
  if (match.charCodeAt(to) === 58) to += RATIO_TAIL.exec(match.slice(to, to + 12))?.[0].length ?? 0;
  const before = match.slice(Math.max(0, from - 12), from);
  // `在2011年突破10亿元的基础上,2015年又突破20亿元`: the base the next figure builds on; with its
  // year right before it (`在2005年6520亿元的基础上`) or before its threshold, that year's level.
  if (/在[^,;。在]*$/.test(before) && /^\s*的基础上/.test(match.slice(q.end, q.end + 8))) {
    const dated = BASE_OF_ITS_YEAR.exec(before);
    return { year: dated ? yearValue(dated[1]!) : null };
  }
  // `由2005年的28亿元`: a start named with its date is one, whatever verb a conversion left after it.
  const named = START_YEAR.exec(before) ?? BASE_YEAR_LEVEL.exec(before);
  if (named) return { year: startYearOf(named) };
  // `由32亿元增加到…`, `从2018年的500亿元…到`, and the bare `GDP47.36亿元增加到113.7亿元`.
  const startsTo = CHANGE_TO.test(match.slice(to, to + 6));
  // (`从接近2万亿元`: an approximate start.)
  const opens =
    CHANGE_OPENS.test(before) || CHANGE_OPENS.test(match.slice(Math.max(0, q.start - 12), q.start));
  if (!opens && !startsTo) return null;
  // `由上年的16.8:50.1:33.1`: a start a year back, even where the passage reviews five years.
  if (CHANGE_OPENS_LAST_YEAR.test(before)) return { year: null, yearsBack: 1 };
  let carried: number | null = null;
  for (const m of match.slice(paragraphStart(), from).matchAll(CARRIED_START_YEAR)) carried = startYearOf(m);
  return { year: carried };
}

/**
 * A level in the indicator's unit, or another money for a money indicator (USD for a CNY
 * indicator is still money), or a counting word the indicator is also counted in (jobs as `个`
 * positions); counters never mix otherwise (`个` is not `家`).
 */
function unitFits(indicator: Indicator, unit: string): boolean {
  if (indicator.levelUnit === unit || indicator.countedAs?.includes(unit)) return true;
  if (fixedRate(unit, indicator.levelUnit!) !== undefined) return true;
  const family = unitByCode(indicator.levelUnit!)?.family;
  return family === 'money' && unitByCode(unit)?.family === family;
}
