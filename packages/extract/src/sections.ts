/**
 * Splits a document body into sections. A work report is a preamble, a review of the past year
 * (一、2017年工作回顾), the year's general requirements and main targets (总体要求, 主要预期目标),
 * the task list (重点工作), the government's own conduct and the closing exhortation, and,
 * after the speech, appendix lists (十件大事, 民生实事, 关键小事, 名词解释). News is one body.
 * Offsets are into the body; sections cover it in order without gaps or overlaps.
 */
import type { DocumentKind, SectionKind } from '@gwr/domain';

export interface SectionSpan {
  kind: SectionKind;
  title: string;
  start: number;
  end: number;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * Phrases a top-level heading ends with, longest first. Headings run straight into their text
 * (`一、2017年工作回顾一年来,…`), so the title is cut where the first such phrase (and any
 * `和`/`与`-joined continuation) ends.
 */
const HEADING_WORDS = [
  '总体要求和目标任务',
  '总体要求和主要目标',
  '总体要求和主要任务',
  '总体要求和重点工作',
  '目标任务和工作重点',
  '重点工作任务',
  '主要工作任务',
  '主要预期目标',
  '政府自身建设',
  '自身改革和建设',
  '工作总体要求',
  '总体要求',
  '目标任务',
  '主要目标',
  '预期目标',
  '奋斗目标',
  '重点工作',
  '工作任务',
  '主要任务',
  '重点任务',
  '工作安排',
  '工作部署',
  '工作回顾',
  '回顾',
  '自身建设',
  '主要工作',
];
const HEADING_PHRASE = new RegExp(
  `^[^,。;:!?]{0,24}?(?:${HEADING_WORDS.join('|')})(?:(?:和|与|及|、)[^,。;:!?]{0,8}?(?:${HEADING_WORDS.join('|')}))*`,
);
/** Where a heading's own text plainly ends when no heading phrase is known. */
const HEADING_STOP = /各位代表|一年来|过去一年|今年|(?:19|20)\d{2}年(?:是|,)|[,。;:!?]/;
const MAX_HEADING = 24;

const REVIEW_TITLE = /回顾|过去|一年来|五年来|成绩/;
const TARGETS_TITLE = /总体要求|目标|总体思路|指导思想/;
const TASKS_TITLE = /重点工作|工作任务|主要任务|重点任务|工作安排|工作部署|主要工作/;
const CLOSING_TITLE = /自身建设|自身改革|政府建设|作风建设/;

/** The sentence that states the year's main targets. */
const TARGETS_CUE = /主要预期目标|预期目标|主要目标(?:是|为)|发展目标(?:是|为)/;
/** Sentences that close the targets statement and turn to how they will be reached. */
const TARGETS_END =
  /实现上述目标|完成上述目标|为实现上述目标|实现这些目标|做好今年政府工作|做好今年工作|做好(?:19|20)\d{2}年(?:政府)?工作|重点抓好|重点做好|着力抓好|重点抓|围绕上述目标/;
/** The start of the numbered task list inside a general-requirements section. */
const TASKS_START =
  /(?:(?:19|20)\d{2}年|今年)?(?:要|将)?(?:重点抓好|重点做好|着力抓好|突出抓好|重点推进|全力抓好)[^。!]{0,30}?[::]\s*(?=\(一\))/;

const APPENDIX_WORDS: [RegExp, string][] = [
  [/十件大事|十大实事/, '十件大事'],
  [/民生实事|为民办实事|民生项目/, '民生实事'],
  [/关键小事/, '关键小事'],
  [/名词解释|名词注释|注释/, '名词解释'],
];
/**
 * An appendix list: a short heading (`2018年十件大事`, `2018年民生实事(12选10)`, `名词解释`)
 * at a sentence start, followed at once by item `1.`. The same words in running text
 * (`办好十件大事、十件民生实事`) have no item after them.
 */
const APPENDIX_HEADING =
  /(?<=^|[。!?;:\s])(?:(?:19|20)\d{2}年(?:度)?)?[^。!?;,]{0,16}?(?:十件大事|十大实事|民生实事|为民办实事|民生项目|关键小事|名词解释|名词注释)(?:\([^)]{0,10}\))?[^。!?;,]{0,10}?[::]?\s*(?=1[.、])/g;

interface Heading {
  numeral: number;
  start: number;
  titleStart: number;
  titleEnd: number;
}

/** `一、` … `十、` at the start of a sentence, in order (a stray `三、` elsewhere is skipped). */
function topHeadings(text: string, limit: number): Heading[] {
  const re = /(?<=^|[。!?;:\s”])([一二三四五六七八九十]{1,2})、/g;
  const found: Heading[] = [];
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
    const numeral = NUMERALS.indexOf(m[1]!) + 1;
    if (numeral <= 0) continue;
    const expected = (found[found.length - 1]?.numeral ?? 0) + 1;
    if (numeral !== expected) continue;
    const titleStart = m.index + m[0].length;
    found.push({ numeral, start: m.index, titleStart, titleEnd: titleEnd(text, titleStart) });
  }
  return found;
}

function titleEnd(text: string, from: number): number {
  const window = text.slice(from, from + 60);
  const phrase = HEADING_PHRASE.exec(window);
  if (phrase) return from + phrase[0].length;
  const stop = HEADING_STOP.exec(window.slice(2));
  const cut = stop ? stop.index + 2 : MAX_HEADING;
  return from + Math.min(cut, MAX_HEADING);
}

function kindOfTitle(title: string): SectionKind {
  if (CLOSING_TITLE.test(title)) return 'closing';
  if (TARGETS_TITLE.test(title)) return 'targets';
  if (TASKS_TITLE.test(title)) return 'tasks';
  if (REVIEW_TITLE.test(title)) return 'review';
  return 'tasks';
}

/** Sentence start at or before `at`: just after the previous `。!?` (or a space before a heading). */
function sentenceStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if ('。!?'.includes(text[i]!)) return i + 1;
  return floor;
}

/** End of the targets statement: the sentence before a turn to means, or its own full stop. */
function targetsEnd(text: string, from: number, limit: number): number {
  const rest = text.slice(from, limit);
  const turn = TARGETS_END.exec(rest);
  const firstStop = rest.search(/[。!]/);
  let end = firstStop >= 0 ? firstStop + 1 : rest.length;
  if (turn) {
    const turnAt = sentenceStart(text, from + turn.index, from) - from;
    // A turn within a few sentences closes a target list written as several sentences.
    if (turnAt >= end && turnAt - end < 400) end = turnAt;
  }
  return from + end;
}

/**
 * @example
 * findSections(toMatchText(body), 'work_report').map((s) => s.kind)
 * // ['preamble', 'review', 'targets', 'tasks', 'closing', 'appendix', …]
 */
export function findSections(bodyMatch: string, kind: DocumentKind): SectionSpan[] {
  const length = bodyMatch.length;
  if (kind !== 'work_report') return [{ kind: 'body', title: '正文', start: 0, end: length }];

  const appendices = appendixSpans(bodyMatch);
  const inAppendix = (at: number) => appendices.some((a) => at >= a.start && at < a.end);
  const headings = topHeadings(bodyMatch, length).filter((h) => !inAppendix(h.start));
  const base: SectionSpan[] = [];
  base.push({ kind: 'preamble', title: '', start: 0, end: headings[0]?.start ?? length });
  headings.forEach((h, i) => {
    const end = headings[i + 1]?.start ?? length;
    const title = bodyMatch.slice(h.start, h.titleEnd);
    const k = kindOfTitle(bodyMatch.slice(h.titleStart, h.titleEnd));
    base.push(...splitSection(bodyMatch, k, title, h.start, end));
  });
  return overlay(base, appendices).filter((s) => s.end > s.start);
}

/** Lays the appendix lists over the sections they interrupt, keeping the cover contiguous. */
function overlay(base: SectionSpan[], appendices: SectionSpan[]): SectionSpan[] {
  let spans = base;
  for (const a of appendices) {
    const next: SectionSpan[] = [];
    for (const s of spans) {
      if (s.end <= a.start || s.start >= a.end) next.push(s);
      else {
        if (s.start < a.start) next.push({ ...s, end: a.start });
        if (s.end > a.end) next.push({ ...s, start: a.end });
      }
    }
    next.push(a);
    spans = next.sort((x, y) => x.start - y.start);
  }
  return spans;
}

/** Carves the targets statement out of a tasks section, and the task list out of a targets one. */
function splitSection(
  text: string,
  kind: SectionKind,
  title: string,
  start: number,
  end: number,
): SectionSpan[] {
  if (kind === 'tasks' || kind === 'review') {
    const cue = TARGETS_CUE.exec(text.slice(start, end));
    if (kind === 'tasks' && cue) {
      const tStart = Math.max(sentenceStart(text, start + cue.index, start), start);
      const tEnd = targetsEnd(text, start + cue.index, end);
      return [
        { kind: 'tasks', title, start, end: tStart },
        { kind: 'targets', title: '主要预期目标', start: tStart, end: tEnd },
        { kind: 'tasks', title, start: tEnd, end },
      ];
    }
    return [{ kind, title, start, end }];
  }
  if (kind === 'targets') {
    const tasks = TASKS_START.exec(text.slice(start, end));
    if (tasks) {
      const at = start + tasks.index;
      return [
        { kind: 'targets', title, start, end: at },
        {
          kind: 'tasks',
          title: text.slice(at, at + tasks[0].length).replace(/[::]\s*$/, ''),
          start: at,
          end,
        },
      ];
    }
  }
  return [{ kind, title, start, end }];
}

/** A sentence after a list that sums it up or turns back to the audience ends the list. */
const AFTER_LIST = /(?<=[。!?;])\s*(?:以上|上述|各位代表|同志们|让我们)/g;

/**
 * Appendix lists: after the speech's closing `奋斗!`, or a 民生实事 list announced inside it
 * (`拟办的民生实事建议如下:1.…`), which ends at the sentence that sums it up (`以上事项…`).
 */
function appendixSpans(text: string): SectionSpan[] {
  const found: SectionSpan[] = [];
  for (const m of text.matchAll(APPENDIX_HEADING)) {
    const heading = m[0];
    const named = APPENDIX_WORDS.find(([re]) => re.test(heading));
    found.push({
      kind: 'appendix',
      title: named ? named[1] : heading.trim(),
      start: m.index,
      end: text.length,
    });
  }
  found.forEach((a, i) => {
    const limit = found[i + 1]?.start ?? text.length;
    AFTER_LIST.lastIndex = a.start;
    const after = AFTER_LIST.exec(text);
    a.end =
      after && after.index < limit ? after.index + (after[0].length - after[0].trimStart().length) : limit;
  });
  return found;
}
