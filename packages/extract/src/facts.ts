/**
 * Facts of one document: every figure the text states about its region, bound to what it
 * measures. Works sentence by sentence over the match text; offsets come back file-relative and
 * evidence is sliced from the original text.
 */
import {
  type DocumentKind,
  type Fact,
  type FactKind,
  indicatorById,
  type Measure,
  type Qualifier,
  type Region,
  type SectionKind,
} from '@gwr/domain';
import { attribute, type TimeFrame } from './attribution.js';
import { isSentenceMark, isWhitespace } from './char-codes.js';
import { type Sentence, type Span, splitSentences } from './clauses.js';
import { StableHasher } from './hash.js';
import { findIndicatorMentions, type IndicatorMention } from './indicator-matcher.js';
import { LIST_MARKER } from './list-marker.js';
import { findQuantities, type Quantity } from './quantity.js';
import type { ReadingView } from './reading-view.js';
import { CEILING_WORDS, changeDirection, cleanLabel, isFrame, isLink, MULTI_YEAR } from './wording.js';

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
}

export interface FactContext {
  docId: string;
  docKind: DocumentKind;
  region: Region | null;
  /** The report's year and whether the document relays a work report (attribution.ts). */
  frame: TimeFrame;
  /** Offset of the body in the file. */
  bodyOffset: number;
}

/** Who a figure is about: catalog indicators, or the text's own words for what is counted. */
interface Subject {
  indicators: string[] | null;
  label: string | null;
  /** Start of the clause naming the subject (evidence starts there). */
  evidenceStart: number;
}

/** Sections whose uncatalogued figures are commitments worth keeping (`新增公共停车位2000个`). */
const COMMITMENT_SECTIONS = new Set<SectionKind>(['targets', 'tasks', 'appendix', 'closing']);
/** 名词解释 defines terms; its numbers are not facts about the year. */
const GLOSSARY = /名词解释/;
const ACHIEVEMENT = /完成(?:了)?[^,;。]{0,12}?的$/;
const FENBIE = '分别';
/** What separates two items of a list: skipped before an item's subject. */
const JOINER_CHARS = '、,;和及与 ';

/**
 * @param body the document's body as in the file
 * @param view its reading view (offsets of `match` and `sections` are the view's)
 * @param match the view's text with spam masked
 */
export function extractFacts(
  body: string,
  view: ReadingView,
  match: string,
  sections: FactSection[],
  ctx: FactContext,
): Fact[] {
  const facts: Fact[] = [];
  const source: Source = { body, view };
  for (const section of sections) {
    if (section.kind === 'preamble' || GLOSSARY.test(section.title)) continue;
    for (const window of numberWindows(match, section.start, section.end)) {
      for (const sentence of splitSentences(match, window.start, window.end)) {
        readSentence(source, match, sentence, section, ctx, facts);
      }
    }
  }
  return facts;
}

/** Where a figure may start: a digit, a Chinese numeral before 万/亿/元/%, 百分之…, or 翻番/两位数. */
const NUMBERISH = /[0-9]|[零〇一二两三四五六七八九十百千][万亿元%]|百分之|翻[一两三]?番|两位数|双位数/g;
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

interface Binding {
  subject: Subject;
  quantity: Quantity;
  /** Words between subject and number (decide measure, sign, ceiling). */
  link: string;
  attainment: boolean;
}

function readSentence(
  source: Source,
  match: string,
  sentence: Sentence,
  section: FactSection,
  ctx: FactContext,
  out: Fact[],
): void {
  const text = match.slice(sentence.start, sentence.end);
  const quantities = findQuantities(text, sentence.start);
  if (quantities.length === 0) return;
  const local = findIndicatorMentions(text);
  // Outside commitment sections only catalog indicators and achievement shares make facts: a
  // sentence with neither is done (the common case in a review).
  if (local.length === 0 && !COMMITMENT_SECTIONS.has(section.kind) && !text.includes('完成')) return;
  // A loop into a literal, not local.map(): arrays from map() change hidden class with their
  // length (empty or not), which deoptimized this function, the largest V8 compiles, twice per run.
  const mentions: IndicatorMention[] = [];
  for (const m of local) {
    mentions.push({
      start: m.start + sentence.start,
      end: m.end + sentence.start,
      indicators: m.indicators,
      text: m.text,
    });
  }
  const clauseOf = (pos: number): Span =>
    sentence.clauses.find((c) => pos >= c.start && pos < c.end) ?? {
      start: sentence.start,
      end: sentence.end,
    };

  const bindings: Binding[] = [];
  let previous: Subject | null = null;
  /** Subjects that received a value, in order: 分别 in a clause of its own pairs with the last n. */
  const valued: Subject[] = [];
  /** The noun right after the previous number, in case the next number's noun follows it too. */
  let lastNoun: string | null = null;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    const clause = clauseOf(q.numberStart);
    const prev = quantities[i - 1];
    const anchor = prev && prev.end > clause.start ? prev.end : clause.start;
    const segment = match.slice(anchor, q.start);
    const fenbie = segment.lastIndexOf(FENBIE);
    if (fenbie >= 0) {
      // 分别 pairs the n subjects before it with the n values after it, in order.
      const run = valueRun(match, quantities, i, clause);
      const subjects = fenbieSubjects(match, mentions, clause.start, anchor + fenbie, run.length, valued);
      if (subjects) {
        const attainment = ACHIEVEMENT.test(match.slice(anchor, q.numberStart));
        run.forEach((value, k) => {
          bindings.push({ subject: subjects[k]!, quantity: value, link: segment, attainment });
        });
        valued.push(...subjects);
        previous = subjects[subjects.length - 1]!;
        i += run.length - 1;
        continue;
      }
    }
    const attainment =
      q.unit === '%' && ACHIEVEMENT.test(match.slice(Math.max(anchor, q.start - 16), q.numberStart));
    const inSegment = mentions.filter((m) => m.end > anchor && m.end <= q.start);
    const last = inSegment[inSegment.length - 1];
    let subjects: Subject[];
    let link: string;
    if (last && isLink(match.slice(last.end, q.start))) {
      subjects = groupSubjects(match, mentions, last, clauseOf(last.start), anchor);
      link = match.slice(last.end, q.start);
      // `该项目计划总投资50亿元,其中固定资产投资35亿元`: a breakdown of a project's investment
      // is the project's, not the region's fixed-asset investment.
      if (previous?.indicators?.includes('project_investment') && segment.includes('其中')) {
        subjects = subjects.map((s) =>
          s.indicators?.includes('project_investment')
            ? s
            : {
                indicators: null,
                label: cleanLabel(match.slice(last.start, last.end)),
                evidenceStart: s.evidenceStart,
              },
        );
      }
    } else if (
      previous &&
      inherits(
        segment,
        attainment,
        prev !== undefined && prev.end > clause.start,
        isLink(match.slice(q.end, clause.end)),
      )
    ) {
      subjects = [previous];
      // `增长6.5%左右,力争7%`: a second figure of the same unit with no verb of its own
      // measures what the first one did.
      const before = bindings[bindings.length - 1];
      link =
        before && changeDirection(segment) === 0 && before.quantity.unit === q.unit && !attainment
          ? before.link + segment
          : segment;
    } else {
      const label = labelFor(match, segment.replace(ACHIEVEMENT, ''), q, clause, lastNoun);
      if (!label) continue;
      subjects = [{ indicators: null, label, evidenceStart: Math.max(anchor, clause.start) }];
      link = segment;
    }
    for (const subject of subjects) bindings.push({ subject, quantity: q, link, attainment });
    lastNoun = nounAfter(match, q, clause);
    valued.push(...subjects);
    previous = subjects[subjects.length - 1]!;
  }

  for (const b of bindings) {
    const fact = toFact(source, match, b, sentence, clauseOf(b.quantity.numberStart), section, ctx);
    if (fact) out.push(fact);
  }
}

/**
 * Whether a number with no subject of its own continues the previous one: within a clause any
 * link words do (`项目23个、建成15个` aside, which names its own); across clauses only a change
 * (`69.5亿元,增长7.5%`) or an achievement (`…,完成年度目标的133%`) does, since a new clause
 * usually starts a new item.
 */
function inherits(segment: string, attainment: boolean, sameClause: boolean, endsClause: boolean): boolean {
  if (attainment) return isLink(segment.replace(ACHIEVEMENT, ''));
  if (!isLink(segment)) return false;
  // `进出口总额增长9.7%,突破30万亿元`: a bare figure closing its clause continues the subject;
  // `为100名以上重度残疾人提供…` names a new one after the number.
  return sameClause || endsClause || changeDirection(segment) !== 0;
}

/** Verbs of a commitment (`新建`, `改造`): they say what is done, not what is counted. */
const COMMITMENT_VERBS =
  '加快|推进|实施|开展|启动|提升|实现|完成|建成|新增|新建|新创|新开通|引进|搬迁|改造|建设|打造|培育|创建';
/** Verbs and adverbs that cannot name what is counted on their own. */
const BARE_LABEL = new RegExp(`^(?:另外|其中|${COMMITMENT_VERBS}|为|对|给|帮助|帮扶)?$`);
/** A label made of a commitment verb and its object (`改造农村公路`): the object. */
const VERB_OBJECT = new RegExp(`^(?:${COMMITMENT_VERBS})(.{2,})$`);

/**
 * The words naming what a number counts: those before it (`新增公共停车位2000个`), or, when only a
 * verb precedes, the verb with the noun after the number (`建成10个美丽田园示范点项目` → `建成…美丽田园示范点项目`).
 */
function labelFor(
  match: string,
  segment: string,
  q: Quantity,
  clause: Span,
  lastNoun: string | null,
): string | null {
  const before = cleanLabel(segment);
  // `为100名以上重度残疾人、50名以上特殊困难归国华侨提供…`: the words before the second number are
  // the first number's noun, so this one's noun follows it too.
  const nounFollows = BARE_LABEL.test(before) || before === lastNoun;
  if (!nounFollows) return before.length >= 2 ? before : null;
  const noun = nounAfter(match, q, clause);
  if (!noun) return null;
  return before && before !== lastNoun ? `${before}…${noun}` : noun;
}

/** The noun phrase right after a number (`10个美丽田园示范点项目` → `美丽田园示范点项目`). */
function nounAfter(match: string, q: Quantity, clause: Span): string | null {
  const after = /^[^,;。、,;:]{2,16}/.exec(match.slice(q.end, clause.end))?.[0];
  if (!after || /^\d/.test(after)) return null;
  return after.replace(/^的/, '');
}

/** The values of a 分别 run: this quantity and those following it joined by 和/、/及. */
function valueRun(match: string, quantities: Quantity[], i: number, clause: Span): Quantity[] {
  const run = [quantities[i]!];
  for (let k = i + 1; k < quantities.length; k++) {
    const q = quantities[k]!;
    if (q.numberStart >= clause.end + 0 && q.numberStart > clause.end) break;
    const gap = match.slice(run[run.length - 1]!.end, q.start);
    if (!/^(?:和|、|及|与|,|以及)$/.test(gap) || q.unit !== run[0]!.unit) break;
    run.push(q);
  }
  return run;
}

/** The subjects a 分别 distributes over, or null when they cannot be counted out exactly. */
function fenbieSubjects(
  match: string,
  mentions: IndicatorMention[],
  clauseStart: number,
  fenbieAt: number,
  n: number,
  valued: Subject[],
): Subject[] | null {
  const phrase = match.slice(clauseStart, fenbieAt);
  if (isLink(phrase)) {
    // `…,分别增长13.3%、8.6%`: the subjects are the last n that received values.
    return n >= 2 && valued.length >= n ? valued.slice(-n) : null;
  }
  const inPhrase = mentions.filter((m) => m.start >= clauseStart && m.end <= fenbieAt);
  const ids = inPhrase.flatMap((m) => m.indicators.map((id) => ({ id, m })));
  if (ids.length === n && inPhrase.every((m) => isFrame(prefixOf(match, m, clauseStart)))) {
    return ids.map(({ id }) => ({ indicators: [id], label: null, evidenceStart: clauseStart }));
  }
  // Count the subjects out by their separators: `旅游接待人数、旅游总收入分别增长…`.
  const parts = splitParts(phrase);
  if (parts.length !== n) return null;
  let offset = clauseStart;
  const subjects = parts.map((part): Subject => {
    const partStart = match.indexOf(part, offset);
    offset = partStart + part.length;
    const m = mentions.find(
      (x) => x.start >= partStart && x.end <= partStart + part.length && x.indicators.length === 1,
    );
    if (
      m &&
      isFrame(match.slice(partStart, m.start)) &&
      isLink(match.slice(m.end, partStart + part.length))
    ) {
      return { indicators: m.indicators, label: null, evidenceStart: clauseStart };
    }
    return { indicators: null, label: cleanLabel(part), evidenceStart: clauseStart };
  });
  // `新建和改造农村公路分别为100公里和50公里`: a bare verb shares the object of the last part.
  const object = VERB_OBJECT.exec(subjects[subjects.length - 1]?.label ?? '')?.[1];
  if (object) {
    for (const subject of subjects) {
      if (subject.label && BARE_LABEL.test(subject.label)) subject.label += object;
    }
  }
  return subjects;
}

function splitParts(phrase: string): string[] {
  return phrase
    .split(/、|和|及|与|以及/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Text between the clause start (or the previous conjunction) and a mention. */
function prefixOf(match: string, m: IndicatorMention, clauseStart: number): string {
  return match.slice(clauseStart, m.start);
}

/**
 * The subjects a number binds to through `mention`: the mention itself, plus mentions joined to it
 * by 和/与/及/、 (`城镇调查失业率和登记失业率稳定在4.3%左右` states both rates).
 */
function groupSubjects(
  match: string,
  mentions: IndicatorMention[],
  last: IndicatorMention,
  clause: Span,
  anchor: number,
): Subject[] {
  // After an earlier figure of the same clause (`城镇居民人均可支配收入69838元、农村居民…43598元`),
  // the subject's words start after that figure, not at the clause start.
  let from = clause.start;
  if (anchor > from && anchor <= last.start) {
    from = anchor;
    while (from < last.start && JOINER_CHARS.includes(match[from]!)) from++;
  }
  const group = [last];
  let k = mentions.indexOf(last) - 1;
  while (k >= 0) {
    const before = mentions[k]!;
    if (before.start < from) break;
    if (!/^(?:和|与|及|、|以及)$/.test(match.slice(before.end, group[0]!.start))) break;
    group.unshift(before);
    k--;
  }
  const headline = isFrame(match.slice(from, group[0]!.start));
  // project_investment is stated about a project (`这批项目总投资`): any prefix names the project.
  return group.flatMap((m): Subject[] => {
    const own = headline || m.indicators.every((id) => id === 'project_investment');
    if (own) return m.indicators.map((id) => ({ indicators: [id], label: null, evidenceStart: from }));
    const label = cleanLabel(match.slice(from, m.end));
    return [{ indicators: null, label, evidenceStart: from }];
  });
}

/** 。!?!?;; or a space: the sentence's closing mark is not part of the clause stating a number. */
const isClosingMark = (c: number) => isSentenceMark(c) || c === 59 || c === 0xff1b || isWhitespace(c);

const PIPE = 124; // |

function toFact(
  source: Source,
  match: string,
  b: Binding,
  sentence: Span,
  valueClause: Span,
  section: FactSection,
  ctx: FactContext,
): Fact | null {
  const { subject, quantity: q, link } = b;
  const indicatorId = subject.indicators?.[0] ?? null;
  const indicator = indicatorId ? indicatorById(indicatorId) : undefined;
  if (!indicator && !(COMMITMENT_SECTIONS.has(section.kind) || b.attainment)) return null;
  if (q.percentagePoints) return null; // a change in points is neither a level nor a rate
  // `由32亿元增加到45亿元`, `由2018年的500亿元增加到…`: the figure after 由/从 is where a change
  // started, not a result.
  if (startsAChange(match, q)) return null;
  if (MULTI_YEAR.test(link)) return null;
  let measure: Measure;
  let value = q.value;
  let valueMax = q.valueMax;
  const said = attribute({
    section: section.kind,
    before: match.slice(sentence.start, q.numberStart),
    clauseStart: valueClause.start - sentence.start,
    qualifier: q.qualifier,
    frame: ctx.frame,
  });
  let kind = said.kind;
  if (b.attainment) {
    measure = 'attainment_pct';
    kind = 'actual';
  } else if (q.unit === '%') {
    const direction = q.impliesChange ? 1 : changeDirection(link);
    measure = direction !== 0 ? 'growth_pct' : 'rate_pct';
    if (indicator && !indicator.measures.includes(measure)) {
      // An indicator that is itself a change (CPI 涨幅) or itself a rate (失业率) says which.
      if (indicator.measures.length === 1 && indicator.measures[0] !== 'level')
        measure = indicator.measures[0]!;
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
    if (indicator && !indicator.measures.includes('level')) return null;
    if (indicator?.levelUnit && !unitFits(indicator.levelUnit, q.unit)) return null;
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
    region: ctx.region?.name ?? null,
    region_code: ctx.region?.code ?? null,
    indicator: indicatorId,
    kind,
    year: said.year,
    measure,
    value,
    value_max: valueMax,
    unit: q.unit,
    qualifier,
    label,
    section: section.kind,
    evidence: { start: fileStart, end: ctx.bodyOffset + span.end, text: evidenceText },
  };
}

/** Words that take a figure to another one: `增加到`, `下降至`. */
const CHANGE_TO = /^(?:增加|提高|提升|增长|上升|扩大|下降|降低|减少|降)(?:到|至)/;

/**
 * Whether the figure is where a change starts: right after 由/从, or after 由/从 and a date
 * (`由2018年的500亿元`) with a `…到` following it.
 */
function startsAChange(match: string, q: Quantity): boolean {
  const before = match.slice(Math.max(0, q.numberStart - 12), q.numberStart);
  if (/[由从]$/.test(before)) return true;
  return /[由从][^,;。由从]*$/.test(before) && CHANGE_TO.test(match.slice(q.end, q.end + 4));
}

/** A level in the indicator's currency family or count (USD for a CNY indicator is still money). */
function unitFits(levelUnit: string, unit: string): boolean {
  const money = ['CNY', 'USD', 'EUR', 'HKD'];
  if (money.includes(levelUnit)) return money.includes(unit);
  return levelUnit === unit;
}
