/**
 * Who a figure is about: the catalog indicators a sentence names before it, the subjects a
 * `分别` counts out, or, outside the catalog, the text's own words for what is counted
 * (`新增公共停车位`).
 */

import { indicatorById } from '@gwr/domain';
import type { Span } from './clauses.js';
import { type IndicatorMention, indicatorOfWord } from './indicator-matcher.js';
import {
  LIST_JOINER,
  LIST_JOINERS,
  NEW_INFLOW,
  ONE_JOINER,
  PART_OF_YEAR,
  VERDICTS,
} from './lexicon/link-words.js';
import { alternation } from './lexicon/pattern.js';
import type { Quantity } from './quantity.js';
import { openQuotationAt } from './quotation.js';
import { cleanLabel, isFrame, isLink } from './wording.js';

/** Who a figure is about: catalog indicators, or the text's own words for what is counted. */
export interface Subject {
  indicators: string[] | null;
  label: string | null;
  /** Start of the clause naming the subject (evidence starts there). */
  evidenceStart: number;
  /** For a pair's whole (`城乡居民人均可支配收入`), the pair's own statistics (urban, rural). */
  sides?: string[];
}

/** What separates two items of a list: skipped before an item's subject. */
const JOINER_CHARS = `${LIST_JOINERS.filter((w) => w.length === 1).join('')},; `;

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
export function labelFor(
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
export function nounAfter(match: string, q: Quantity, clause: Span): string | null {
  const after = /^[^,;。、,;:]{2,16}/.exec(match.slice(q.end, clause.end))?.[0];
  if (!after || /^\d/.test(after)) return null;
  return after.replace(/^的/, '');
}

/** The subjects a 分别 distributes over, or null when they cannot be counted out exactly. */
export function fenbieSubjects(
  match: string,
  mentions: IndicatorMention[],
  clauseStart: number,
  fenbieAt: number,
  n: number,
  valued: Subject[],
  previousClause?: { start: number; end: number },
): Subject[] | null {
  const phrase = match.slice(clauseStart, fenbieAt);
  if (isLink(phrase)) {
    if (n < 2) return null;
    // `工业增加值、地方财政收入和税收跃上新台阶,分别为…`: the clause before names them and says no
    // figure; its list ends with its last indicator. (Before the subjects of earlier figures:
    // `…增长27.7%;城乡居民人均可支配收入增速持续高于经济发展水平,分别增长4.8%、7.8%`.)
    const named = previousClause && namedInClause(match, mentions, previousClause, n);
    if (named) return named;
    // `…,分别增长13.3%、8.6%`: the subjects are the last n that received values.
    return valued.length >= n ? valued.slice(-n) : null;
  }
  // A construction may take 分别 in (`一、二、三产业分别实现增加值`): it still names the subjects.
  const inPhrase = mentions.filter((m) => m.start >= clauseStart && m.start < fenbieAt);
  const ids = inPhrase.flatMap((m) => m.indicators.map((id) => ({ id, m })));
  if (ids.length === n && inPhrase.every((m) => isFrame(prefixOf(match, m, clauseStart)))) {
    return ids.map(({ id }) => ({ indicators: [id], label: null, evidenceStart: clauseStart }));
  }
  // Count the subjects out by their separators: `旅游接待人数、旅游总收入分别增长…`.
  const parts = splitParts(phrase);
  if (parts.length !== n) return null;
  let offset = clauseStart;
  let previousMention: IndicatorMention | undefined;
  const subjects = parts.map((part): Subject => {
    const partStart = match.indexOf(part, offset);
    offset = partStart + part.length;
    const m = mentions.find(
      (x) => x.start >= partStart && x.end <= partStart + part.length && x.indicators.length === 1,
    );
    if (m) previousMention = m;
    // (An item that names part of a year counts out that period's figure, no year's: `地区生产总值
    // 一季度、上半年、全年分别增长3%、3.4%、4.5%`.)
    const tail = match.slice(m?.end ?? partStart, partStart + part.length);
    if (m && isFrame(match.slice(partStart, m.start)) && isLink(tail) && !PART_OF_YEAR.test(tail)) {
      return { indicators: m.indicators, label: null, evidenceStart: clauseStart };
    }
    // …and the whole year, counted out after them, is the statistic's (`…前三季度、全年分别增长4%、4.5%`).
    if (!m && previousMention && part.trim() === '全年' && PART_OF_YEAR.test(parts[0]!)) {
      return { indicators: previousMention.indicators, label: null, evidenceStart: clauseStart };
    }
    return labelled(cleanLabel(part), clauseStart, previousMention);
  });
  // `新建和改造农村公路分别为100公里和50公里`: a bare verb shares the object of the last part.
  const object = VERB_OBJECT.exec(subjects[subjects.length - 1]?.label ?? '')?.[1];
  if (object) {
    for (const subject of subjects) {
      if (subject.label && BARE_LABEL.test(subject.label)) subject.label += object;
    }
  }
  // `城镇、农村人均居民可支配收入分别…`: a part without its head shares the last part's (城镇 +
  // 人均居民可支配收入).
  const lastPart = parts[parts.length - 1]!;
  for (const subject of subjects.slice(0, -1)) {
    const id = subject.label ? withHeadOf(subject.label, lastPart) : undefined;
    if (id) Object.assign(subject, { indicators: [id], label: null });
  }
  return subjects;
}

/** The n subjects a figureless clause names, its list ending with its last indicator. */
function namedInClause(
  match: string,
  mentions: IndicatorMention[],
  clause: { start: number; end: number },
  n: number,
): Subject[] | null {
  const last = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end).at(-1);
  return last ? fenbieSubjects(match, mentions, clause.start, last.end, n, []) : null;
}

/** The indicator `label` names with the head of `last`, the longest that makes a catalog word. */
function withHeadOf(label: string, last: string): string | undefined {
  for (let k = last.length - 1; k >= 2; k--) {
    const id = indicatorOfWord(label + last.slice(-k));
    if (id) return id;
  }
  return undefined;
}

function splitParts(phrase: string): string[] {
  return phrase
    .split(LIST_JOINER)
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
export function groupSubjects(
  match: string,
  mentions: IndicatorMention[],
  last: IndicatorMention,
  clause: Span,
  anchor: number,
  ownNames: readonly string[] = [],
): Subject[] {
  // After an earlier figure of the same clause (`城镇居民人均可支配收入69838元、农村居民…43598元`),
  // the subject's words start after that figure, not at the clause start.
  let from = clause.start;
  if (anchor > from && anchor <= last.start) {
    from = anchor;
    while (from < last.start && JOINER_CHARS.includes(match[from]!)) from++;
  }
  // A quotation opening before the subject starts its phrase (`…讯(记者某某)“2016年某省预计地区生产总值`).
  const quoted = openQuotationAt(match, last.start, true);
  if (quoted >= from) from = quoted + 1;
  const group = [last];
  let k = mentions.indexOf(last) - 1;
  while (k >= 0) {
    const before = mentions[k]!;
    if (before.start < from) break;
    if (!ONE_JOINER.test(match.slice(before.end, group[0]!.start))) break;
    group.unshift(before);
    k--;
  }
  const named = framedFrom(match, from, newInflowStart(match, group), ownNames);
  // project_investment is stated about a project (`这批项目总投资`): any prefix names the project.
  const subjects: Subject[] = [];
  for (const m of group) {
    if (named !== null || m.indicators.every(isProjectInvestment)) {
      for (const id of m.indicators)
        subjects.push({ indicators: [id], label: null, evidenceStart: named ?? from });
    } else {
      subjects.push({ indicators: null, label: cleanLabel(match.slice(from, m.end)), evidenceStart: from });
    }
  }
  return subjects;
}

const isProjectInvestment = (id: string) => id === 'project_investment';

/**
 * Where a group's words start, before a word that calls a year's inflow new (`新增到账外资18亿美元`):
 * what a year brings in (a summed statistic) is new by nature, so the word names no other statistic.
 */
function newInflowStart(match: string, group: readonly IndicatorMention[]): number {
  const start = group[0]!.start;
  const word = NEW_INFLOW.find((w) => match.endsWith(w, start));
  if (!word || !group.every((m) => m.indicators.every((id) => indicatorById(id)?.summed))) return start;
  return start - word.length;
}

/**
 * Where the words before a subject at `start` are only framing (place, time, list words), from
 * `from`, or else after a phrase of its own set off by 、 (`突破12万亿元、再上新台阶、人均达14.3万元`:
 * an item of its own); null when they name the subject themselves.
 */
function framedFrom(match: string, from: number, start: number, ownNames: readonly string[]): number | null {
  const words = match.slice(from, start);
  if (isFrame(words, ownNames)) return from;
  const joiner = match.lastIndexOf('、', start - 1);
  if (joiner >= from && isFrame(match.slice(joiner + 1, start), ownNames)) return joiner + 1;
  // A run-in heading's verdict whose break was lost (`工业经济稳中有进规上工业总产值…`) ends a
  // sentence of its own.
  const verdict = [...words.matchAll(VERDICT)].at(-1);
  if (!verdict) return null;
  const after = from + verdict.index + verdict[0].length;
  return isFrame(match.slice(after, start), ownNames) ? after : null;
}

const VERDICT = new RegExp(alternation(VERDICTS), 'g');

/**
 * A subject named by the text's own words, or by a catalog indicator when the words are the head
 * of a noun an earlier mention qualifies: in `一般公共预算收入和支出`, `支出` is 一般公共预算支出.
 */
export function labelled(
  label: string,
  evidenceStart: number,
  earlier: IndicatorMention | undefined,
): Subject {
  const id = earlier ? sharedHead(label, earlier.text) : undefined;
  return id ? { indicators: [id], label: null, evidenceStart } : { indicators: null, label, evidenceStart };
}

/**
 * The indicator `head` names with the qualifier of `mentionText`, if any: the qualifier is the
 * mention's opening words, the longest that make a catalog word with the head (`一般公共预算收入和支出`:
 * 一般公共预算 + 支出; `旅游接待人次和收入`: 旅游 + 收入).
 */
function sharedHead(head: string, mentionText: string): string | undefined {
  if (head.length < 2 || head.length >= mentionText.length) return undefined;
  for (let cut = mentionText.length - head.length; cut >= 2; cut--) {
    const id = indicatorOfWord(mentionText.slice(0, cut) + head);
    if (id) return id;
  }
  return undefined;
}
