/**
 * Splits a document body into sections. A work report is a preamble, a review of the past year
 * (一、2017年工作回顾), the year's general requirements and main targets (总体要求, 主要预期目标),
 * the task list (重点工作), the government's own conduct and the closing exhortation, and,
 * after the speech, appendix lists (十件大事, 民生实事, 关键小事, 名词解释). News is one body.
 * Offsets are into the body; sections cover it in order without gaps or overlaps.
 */
import type { DocumentKind, SectionKind } from '@gwr/domain';
import { parseChineseNumeral } from './chinese-number.js';
import { KIND_CUES, TIME_WORDS } from './lexicon/cues.js';
import {
  CHANGE_ACHIEVED_TITLE,
  CLOSING_TITLE,
  GROWTH_TARGET_SET,
  HEADING_WORDS,
  ON_BEHALF,
  ON_COMMISSION,
  OUTCOME_TITLE,
  REVIEW_TITLE,
  TARGETS_CUE,
  TARGETS_END,
  TARGETS_HEADING_ALONE,
  TARGETS_MET,
  TARGETS_TITLE,
  TASKS_ANNOUNCED,
  TASKS_HEADING_TITLE,
  TASKS_START,
  TASKS_TITLE,
  YEAR_LOOK,
} from './lexicon/headings.js';
import { LIST_JOINER_PATTERN } from './lexicon/link-words.js';
import { COUNTING_DIGITS, COUNTING_NUMERAL, FIGURE_WITH_UNIT } from './lexicon/numerals.js';
import { LIST_MARKER } from './list-marker.js';
import { matchCount } from './occurrences.js';
import { YEAR, YEAR_RE, yearValue } from './years.js';

export interface SectionSpan {
  kind: SectionKind;
  title: string;
  start: number;
  end: number;
}

/** Titles of parts that have no heading of their own. */
const PREAMBLE = '开篇';
const REVIEW = '工作回顾';
const TARGETS = '主要预期目标';
const TASKS = '重点工作';
const CLOSING = '结束语';
const BODY = '正文';

/** The character the pipeline writes over spam fragments in the match text. */
const MASKED = '\u2060';

/**
 * A heading's title runs into its text (`一、2017年工作回顾一年来,…`): it is cut where the first
 * heading phrase (and any `和`/`与`-joined continuation) ends.
 */
const HEADING_PHRASE = new RegExp(
  `^[^,。;:!?\\n]{0,24}?(?:${HEADING_WORDS.join('|')})(?:(?:${LIST_JOINER_PATTERN})[^,。;:!?\\n]{0,8}?(?:${HEADING_WORDS.join('|')}))*(?:${TARGETS_MET})?`,
);
/** Where a heading's own text plainly ends when no heading phrase is known (a heading line ends too). */
const HEADING_STOP = /各位代表|一年来|过去一年|今年|(?:19|20)\d{2}年(?:是|,)|[,。;:!?\r\n]/;
const MAX_HEADING = 24;
const HEADING_YEAR = /((?:19|20)\d{2})年/;
/**
 * A line that names the year it speaks of: `2023年工作回顾`, or in a news summary a look back or
 * ahead at a bare year (`回顾2023`, `展望2024`).
 */
const NAMES_ITS_YEAR = new RegExp(`${HEADING_YEAR.source}|${YEAR_LOOK}\\s*(?:19|20)\\d{2}`);

/** A line of a year with no 年 and words only (`2022主要任务`), not a count (`2000多项…`). */
const BARE_YEAR_AND_WORDS = /^\s*(?:19|20)\d{2}(?![\d多余])\D*$/;

/**
 * The part of a report a page's title names it as (`2019年预期目标`, `2025年工作任务:…`): a page cut
 * from a report opens in that part.
 */
function partTitled(pageTitle: string): 'targets' | 'tasks' | null {
  if (TARGETS_HEADING_ALONE.test(pageTitle)) return 'targets';
  return TASKS_HEADING_TITLE.test(pageTitle) ? 'tasks' : null;
}

/** Whether a text states a year's targets (`主要预期目标是:…`, `增长目标为8%`): news that does relays a report. */
export function statesTargets(text: string): boolean {
  return TARGETS_CUE.test(text) || GROWTH_TARGET_SET.test(text);
}

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
const APPENDIX_WORD = /十件大事|十大实事|民生实事|为民办实事|民生项目|关键小事|名词解释|名词注释/g;
/** What may precede the list word in its heading: `附件:`, a year, a few words (`县政府十件`). */
const APPENDIX_PREFIX =
  /^(?:(?:附件|附录|附表|附)\d*[::]?\s*)?(?:(?:19|20)\d{2}年(?:度)?)?[^。!?;,.\d]{0,16}$/;
/** What may follow it before item 1: `(12选10)`, a few words, a colon. */
const APPENDIX_SUFFIX = /^(?:\([^)]{0,10}\))?[^。!?;,]{0,10}?[::]?\s*(?=1[.、]|一、|\(一\))/;
const LIST_BOUNDARY = /[。!?;:\s]/;

/** Headings of appendix lists: `[start, end, word]`, the heading at a sentence start. */
function appendixHeadings(text: string): [number, number, string][] {
  const found: [number, number, string][] = [];
  // exec loops here rather than matchAll, which clones the regex on every call: ~3× the time
  // per document (this runs for every body).
  APPENDIX_WORD.lastIndex = 0;
  for (let m = APPENDIX_WORD.exec(text); m; m = APPENDIX_WORD.exec(text)) {
    const after = APPENDIX_SUFFIX.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (!after) continue;
    // The earliest sentence start from which the words before the list word form a heading.
    let start = -1;
    for (let p = Math.max(0, m.index - 30); p <= m.index && start < 0; p++) {
      if ((p === 0 || LIST_BOUNDARY.test(text[p - 1]!)) && APPENDIX_PREFIX.test(text.slice(p, m.index)))
        start = p;
    }
    if (start >= 0) found.push([start, m.index + m[0].length + after[0].length, m[0]]);
  }
  return found;
}

/** The closing exhortation ends the speech: `…而努力奋斗!` */
const SPEECH_END = /奋斗[!。]/g;
/** The closing address to the deputies after the last task. */
const CLOSING_START = /(?<=[。!?\s])(?:各位代表|同志们)[!,:]/g;
/** A sentence after a list that sums it up or turns back to the audience ends the list. */
const AFTER_LIST = /(?<=[。!?;])\s*(?:以上|上述|各位代表|同志们|让我们)/g;
const SUBHEADING = new RegExp(`(?<=^|[。!?;:\\s])\\(${COUNTING_NUMERAL}{1,3}\\)`, 'g');

/** What may stand before a part's numeral: a sentence end, a space, a closing quote or bracket. */
const HEADING_BEFORE = /[。!?;:\s”)]/;

interface Heading {
  numeral: number;
  start: number;
  titleStart: number;
  titleEnd: number;
}

/** `一、` … `十、` at the start of a sentence, in order (a stray `三、` elsewhere is skipped). */
/** @param layout where a part cannot start, and where its numbering starts again (ReportLayout) */
function topHeadings(text: string, layout: ReportLayout): Heading[] {
  const found: Heading[] = [];
  // From each 、 back over one or two numerals (what `[一…十]{1,2}、` matches): 、 is found by
  // indexOf, where the regex tested every character of the body for a numeral.
  for (let comma = text.indexOf('、'); comma >= 0; comma = text.indexOf('、', comma + 1)) {
    if (comma === 0 || !isNumeral(text.charCodeAt(comma - 1))) continue;
    const index = comma >= 2 && isNumeral(text.charCodeAt(comma - 2)) ? comma - 2 : comma - 1;
    if (index > 0 && !HEADING_BEFORE.test(text[index - 1]!)) continue;
    const numeral = parseChineseNumeral(text.slice(index, comma));
    const previous = found[found.length - 1];
    const expected = (previous?.numeral ?? 0) + 1;
    const restart = numeral === 1 && previous !== undefined && layout.restarts(previous.start, index);
    if ((numeral !== expected && !restart) || layout.skip(index)) continue;
    const titleStart = comma + 1;
    found.push({ numeral, start: index, titleStart, titleEnd: titleEnd(text, titleStart) });
  }
  return found;
}

/** 一 … 十, the numerals of a part's heading. */
const isNumeral = (code: number) => COUNTING_DIGITS.includes(String.fromCharCode(code));

function titleEnd(text: string, from: number): number {
  const window = text.slice(from, from + 60);
  const phrase = HEADING_PHRASE.exec(window);
  if (phrase) return from + phrase[0].length;
  const stop = HEADING_STOP.exec(window.slice(2));
  const cut = stop ? stop.index + 2 : MAX_HEADING;
  return from + Math.min(cut, MAX_HEADING);
}

/**
 * The words of a heading that say what its part is: the whole line when the heading stands on one
 * (`一、勠力奋战,克难攻坚,过去一年政府工作成效显著`), else its title as cut.
 */
function headingText(text: string, h: Heading): string {
  const lineEnd = text.indexOf('\n', h.titleStart);
  if (lineEnd > h.titleEnd && lineEnd - h.titleStart <= 2 * MAX_HEADING_LINE)
    return text.slice(h.titleStart, lineEnd);
  return text.slice(h.titleStart, h.titleEnd);
}

const REVIEW_AT_END = /回顾\s*$/;

/** The kind of part a title names, or null when its words name none (`一、坚持稳中求进…`). */
function kindOfTitle(title: string): SectionKind | null {
  if (CLOSING_TITLE.test(title)) return 'closing';
  // `2023年主要工作回顾`: a look back, whatever work it names.
  if (OUTCOME_TITLE.test(title) || REVIEW_AT_END.test(title)) return 'review';
  if (TARGETS_TITLE.test(title)) return 'targets';
  if (TASKS_TITLE.test(title)) return 'tasks';
  if (REVIEW_TITLE.test(title) || CHANGE_ACHIEVED_TITLE.test(title)) return 'review';
  return null;
}

interface HeadingLine {
  start: number;
  end: number;
  kind: SectionKind;
}

/**
 * A line that opens on a year and goes on in words (`2019年高质量发展迈出坚实步伐`), or a year alone
 * (`2026年`, over a digest's items), not a date (`2020年11月30日`): in news summing up a report, a
 * heading over that year's figures.
 */
const YEAR_HEADING = /^(?:19|20)\d{2}年(?:(?![\d月])[\u4e00-\u9fff]{4,}|$)/;

/** Longest heading that stands on a line of its own. */
const MAX_HEADING_LINE = 30;

/**
 * Headings on lines of their own, unnumbered (`2021年政府工作回顾`, `2022年工作安排`): the
 * numbered parts under one share its kind when their own titles name none.
 */
function headingLines(text: string, numberedToo = false, yearsToo = false): HeadingLine[] {
  const found: HeadingLine[] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).trim();
    // In a report a numbered heading (`二、…`, `(三)…`) is a part of its own, not a heading over
    // parts; news has no parts, and its numbered lines head what follows them.
    const numbered = !numberedToo && LIST_MARKER.test(line);
    if (
      !numbered &&
      line.length >= 2 &&
      line.length <= MAX_HEADING_LINE &&
      !/[,。;!?]/.test(line.replace(/[::—]+$/, ''))
    ) {
      const kind = kindOfTitle(line) ?? (yearsToo && YEAR_HEADING.test(line) ? 'body' : null);
      if (kind) found.push({ start, end, kind });
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return found;
}

/** Start of the sentence holding `at`: just after the previous `。!?` or space, not before `floor`. */
function sentenceStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if ('。!?'.includes(text[i]!) || /\s/.test(text[i]!)) return i + 1;
  return floor;
}

/**
 * End of the targets statement: its own full stop, or, when the targets run over several
 * sentences, the start of the sentence that turns to how they will be met (`实现上述目标,…`,
 * `做好今年政府工作…`, `重点抓好…`), if that comes soon. A statement set out as a list, one
 * target a line (after a heading line or a bulleted colon), runs while the lines stay items.
 */
function targetsEnd(text: string, cueEnd: number, limit: number): number {
  if (text[cueEnd - 1] === '\n' || /^\s*\n/.test(text.slice(cueEnd, cueEnd + 4)))
    return listEnd(text, cueEnd, limit);
  const from = cueEnd;
  const rest = text.slice(from, limit);
  const firstStop = rest.search(/[。!]/);
  let end = firstStop >= 0 ? continuedTargets(rest, firstStop + 1) : rest.length;
  const turn = TARGETS_END.exec(rest);
  if (turn) {
    const turnAt = sentenceStart(text, from + turn.index, from) - from;
    if (turnAt > end && turnAt - end < 400) end = turnAt;
  }
  return from + end;
}

/**
 * Where a targets statement ends when its list runs on past its first full stop (`主要预期目标:
 * 全省生产总值增长9%。地方财政收入增长10%;城镇登记失业率控制在4.5%以内。`): through each
 * sentence that states figures and does not look back (no year, no `去年`, no `完成了` or
 * `比上年`), at most a few. A sentence may open a new paragraph (news sets a list out so), not
 * run over one: a headline line between ends the list.
 */
function continuedTargets(rest: string, end: number): number {
  for (let n = 0; n < MAX_CONTINUED_SENTENCES; n++) {
    const stop = rest.slice(end).search(/[。!]/);
    if (stop < 0) return end;
    const sentence = rest.slice(end, end + stop + 1);
    // (A short aim without a figure goes on with the list: `进出口保持稳定。`)
    const stated = /\d|百分之/.test(sentence) || sentence.length <= SHORT_AIM;
    if (sentence.trimStart().includes('\n') || !stated || LOOKS_BACK.test(sentence)) return end;
    // The turn to how the targets will be met, or a numbered task, ends them.
    if (TARGETS_END.test(sentence) || LIST_MARKER.test(sentence)) return end;
    end += stop + 1;
  }
  return end;
}

const MAX_CONTINUED_SENTENCES = 6;
const SHORT_AIM = 16;
/** A sentence that speaks of a past year's results: a year, a time word or a cue of results. */
const LOOKS_BACK = new RegExp(
  [
    // A year in digits or in numerals (`二○二五年上海经济运行…`).
    YEAR,
    ...TIME_WORDS.filter((t) => t.kind === 'actual').flatMap((t) => t.words),
    ...KIND_CUES.filter((c) => c.kind === 'actual').flatMap((c) => c.words),
  ].join('|'),
);

/**
 * The targets statement a cue (found in `text` from `offset`) opens: from its sentence's start (not
 * before `floor`) to its end; titled by its heading when it stands on a line of its own
 * (`今后五年的重点目标`), whose time words then frame its figures.
 */
function statementAt(
  text: string,
  cue: RegExpExecArray,
  offset: number,
  floor: number,
  limit: number,
): SectionSpan {
  const cueAt = offset + cue.index;
  const cueEnd = cueAt + cue[0].length;
  // A heading on a line of its own names the statement; an inline cue (`主要预期目标是:…`) does not.
  const ownLine = text[cueEnd - 1] === '\n' || /^[ \t]*(?:\n|$)/.test(text.slice(cueEnd, cueEnd + 8));
  const lineStart = text.lastIndexOf('\n', cueAt - 1) + 1;
  // A headline that ends on its cue states its figures before it, across its `!` (`GDP增长6%以上!
  // 某市明确今年主要预期目标`).
  const headline =
    ownLine &&
    lineStart >= floor &&
    cueEnd - lineStart <= MAX_HEADING_LINE &&
    !/[。;]/.test(text.slice(lineStart, cueAt));
  const start = headline ? lineStart : Math.max(sentenceStart(text, cueAt, floor), floor);
  const heading = text
    .slice(start, cueEnd)
    .trim()
    .replace(/[::—]+$/, '');
  const title = ownLine && heading.length <= MAX_HEADING_LINE && !/[,。;]/.test(heading) ? heading : TARGETS;
  return { kind: 'targets', title, start, end: targetsEnd(text, cueEnd, limit) };
}

/** Longest line an item of a list of targets runs to. */
const MAX_ITEM = 100;

/** The end of a list of targets, one a line: the first line that is a paragraph, not an item. */
function listEnd(text: string, from: number, limit: number): number {
  let at = from;
  let first = true;
  // Items numbered in order (`1.经济增长。…`, `2.经济结构。…`) may each be a paragraph.
  let numbered = false;
  while (at < limit) {
    const lineEnd = text.indexOf('\n', at);
    const end = lineEnd < 0 || lineEnd > limit ? limit : lineEnd;
    const line = text.slice(at, end).trim();
    // Under a heading line the targets may be one paragraph (`主要目标⏎生产总值增长11.5%左右,…`).
    if (first && line !== '') {
      first = false;
      numbered = LIST_MARKER.test(line);
      if (line.length > MAX_ITEM && /\d/.test(line) && !numbered) return end;
    }
    // A paragraph, a heading without figures (a short one when it turns to the review: `回顾`,
    // `2014年工作回顾`), or the cue of the next statement ends the list; a numbered item may be a
    // paragraph.
    if (
      !(numbered && LIST_MARKER.test(line)) &&
      (line.length > MAX_ITEM ||
        (line !== '' && !/\d/.test(line) && line.length > 12) ||
        (REVIEW_TITLE.test(line) && !A_FIGURE.test(line)))
    )
      return at;
    if (at > from && TARGETS_CUE.test(line)) return at;
    if (lineEnd < 0 || lineEnd >= limit) return limit;
    at = lineEnd + 1;
  }
  return limit;
}

function lastMatchEnd(re: RegExp, text: string, from: number, to: number): number {
  let end = -1;
  const part = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) end = from + m.index + m[0].length;
  return end;
}

/**
 * @param title the page's title, as match text (a news page titled by a targets heading alone opens on it)
 * @example
 * findSections(toMatchText(body), 'work_report').map((s) => s.kind)
 * // ['preamble', 'review', 'targets', 'tasks', 'targets', 'tasks', 'closing', 'appendix', …]
 */
export function findSections(
  match: string,
  kind: DocumentKind,
  relaysReport = false,
  title = '',
): SectionSpan[] {
  // Spam the pipeline masked (U+2060) separates like a space: `。[spam]三、` still starts a part.
  const bodyMatch = match.includes(MASKED) ? match.replaceAll(MASKED, ' ') : match;
  const length = bodyMatch.length;
  if (kind !== 'work_report') return newsSections(bodyMatch, relaysReport, title);

  const found = appendixSpans(bodyMatch);
  const speechEnd = endOfSpeech(bodyMatch, found);
  const lists: SectionSpan[] = found
    .filter((a) => a.arabic || a.start >= speechEnd)
    .map(({ kind: k, title, start, end }) => ({ kind: k, title, start, end }));
  for (const a of lists) {
    if (a.start >= speechEnd) a.end = lists.find((b) => b.start > a.start)?.start ?? length;
    else a.end = Math.min(a.end, speechEnd);
  }
  // Heading lines, numbered ones too (one scan): in a report a numbered line is a part of its own,
  // which topHeadings reads; where it finds none, a numbered line that names its year heads what
  // follows as an unnumbered one would (a lone `二、2023年工作打算` after a review told in items),
  // and one that names none is an item of the review (`(三)重点工作扎实推进`).
  const everyLine = bodyMatch.includes('\n') ? headingLines(bodyMatch, true) : [];
  const numbered = (l: HeadingLine) => LIST_MARKER.test(bodyMatch.slice(l.start, l.end));
  const lines = everyLine.filter((l) => !numbered(l));
  const layout = new ReportLayout(lists, speechEnd, lines, outlineEnd(bodyMatch));
  const headings = topHeadings(bodyMatch, layout);
  const base: SectionSpan[] = [];
  if (headings.length === 0) {
    const dated = everyLine.filter((l) => !numbered(l) || lineYear(bodyMatch, l) !== null);
    base.push(...withoutHeadings(bodyMatch, speechEnd, dated));
  } else {
    // A heading line before the first numbered part ends the preamble: the part is its own.
    const lead = lines.find((l) => l.start < headings[0]!.start && l.kind !== 'closing');
    // Else what the speech says between its salutation and its first part opens the review
    // (`各位代表:…报告工作。2018年是…预计到年末,全县地区生产总值完成115亿元…一、…`); so does
    // what an excerpt without a salutation says before its first part (`2010年,是…的一年。…`).
    const opening = lead ? null : speechStart(bodyMatch);
    const reviewStart =
      opening !== null && bodyMatch.slice(opening, headings[0]!.start).trim().length >= MIN_OPENING
        ? opening
        : null;
    const preambleEnd = lead ? lead.start : (reviewStart ?? headings[0]!.start);
    // A page's lead before the report may state its headline target (`市长作政府工作报告称,2017年…
    // 增长的预期目标为8%左右`): that statement is read as targets, the rest of the preamble is not.
    base.push(...aroundTargets(bodyMatch, { kind: 'preamble', title: PREAMBLE, start: 0, end: preambleEnd }));
    // (A plan as issued opens on its general requirements and targets, not on a review.)
    if (reviewStart !== null)
      base.push(
        ...aroundTargets(bodyMatch, {
          kind: 'review',
          title: REVIEW,
          start: reviewStart,
          end: headings[0]!.start,
        }),
      );
    if (lead) {
      base.push({
        kind: lead.kind,
        title: bodyMatch.slice(lead.start, lead.end).trim(),
        start: lead.start,
        end: headings[0]!.start,
      });
    }
    // Before the targets and tasks, a heading naming an earlier year than the next heading
    // (`2017年主要工作` before `2018年工作安排`) reviews that year, whatever its words.
    let forward = false;
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i]!;
      const end = headings[i + 1]?.start ?? speechEnd;
      const title = bodyMatch.slice(h.start, h.titleEnd);
      // A report opens with its review: a first part whose title names no kind (`一、奋发有为,
      // 2018年迈出铿锵步伐`) is it; a later one is a task.
      let k =
        kindOfTitle(headingText(bodyMatch, h)) ??
        layout.lineKindAt(h.start) ??
        (i === 0 ? 'review' : 'tasks');
      const year = headingYear(bodyMatch, h);
      if (!forward && k !== 'closing' && year > 0 && year < headingYear(bodyMatch, headings[i + 1]))
        k = 'review';
      if (k === 'targets' || k === 'tasks') forward = true;
      base.push(...splitSection(bodyMatch, k, title, h.start, end, h.titleEnd));
    }
    const last = base[base.length - 1]!;
    if (last.kind !== 'closing') base.splice(-1, 1, ...carveClosing(bodyMatch, last));
  }
  if (speechEnd < length) base.push({ kind: 'closing', title: CLOSING, start: speechEnd, end: length });
  return overlay(base, lists).filter(isNonEmpty);
}

/** The year a part's title names (`2017年主要工作`), or 0. */
function headingYear(text: string, h: Heading | undefined): number {
  return h ? Number(HEADING_YEAR.exec(text.slice(h.titleStart, h.titleEnd))?.[1] ?? 0) : 0;
}

/**
 * What places a work report's numbered parts: its appendix lists and the end of its speech, where
 * no part starts, and its heading lines. (An object rather than closures made for each report,
 * which V8 compiled again and again as a run went on.)
 */
class ReportLayout {
  constructor(
    private readonly lists: readonly SectionSpan[],
    private readonly speechEnd: number,
    private readonly lines: readonly HeadingLine[],
    /** Where what the page prints above the speech ends (outlineEnd). */
    private readonly speechStart: number,
  ) {}

  /** Whether a part cannot start at `at`: above the speech, inside a list, or after the speech. */
  skip(at: number): boolean {
    if (at < this.speechStart || at >= this.speechEnd) return true;
    for (const a of this.lists) if (at >= a.start && at < a.end) return true;
    return false;
  }

  /**
   * Whether a heading line stands between two positions: under a new heading line
   * (`2021年工作安排`) the numbering starts again at 一、
   */
  restarts(from: number, to: number): boolean {
    for (const l of this.lines) if (l.start > from && l.start < to) return true;
    return false;
  }

  /** The kind of the last heading line before `at`, if any (the lines are in order). */
  lineKindAt(at: number): SectionKind | null {
    let kind: SectionKind | null = null;
    for (const l of this.lines) {
      if (l.start >= at) break;
      kind = l.kind;
    }
    return kind;
  }
}

/**
 * Where the speech ends: the exhortation (`…而努力奋斗!`) that a list follows at once, else the
 * last one, else the first list (or the end of the body).
 */
function endOfSpeech(text: string, lists: SectionSpan[]): number {
  let last = -1;
  SPEECH_END.lastIndex = 0;
  for (let m = SPEECH_END.exec(text); m; m = SPEECH_END.exec(text)) {
    const end = m.index + m[0].length;
    const next = lists.find((a) => a.start >= end);
    if (next && /^\s*$/.test(text.slice(end, next.start))) return end;
    // (Not a congress's guiding words a news page quotes first, `…为…而奋斗。`, with the report's
    // figures after them: a speech's call ends it, a few words at most after.)
    if (matchCount(text.slice(end, next?.start ?? text.length), FIGURES) < FIGURES_AFTER_NO_END) last = end;
  }
  return last >= 0 ? last : (lists[0]?.start ?? text.length);
}

/** Figures with a unit; a closing states a few at most (`为实现全年目标…`). */
const FIGURES = new RegExp(FIGURE_WITH_UNIT, 'g');
const A_FIGURE = new RegExp(FIGURE_WITH_UNIT);
const FIGURES_BEFORE_NO_CLOSING = 3;
/** Figures after a call to strive (`…而奋斗。`) that say the speech goes on. */
const FIGURES_AFTER_NO_END = 5;

/**
 * The closing address after the last numbered task (`各位代表!新时代充满希望,…而努力奋斗!`)
 * is the closing, not a task.
 */
function carveClosing(text: string, section: SectionSpan): SectionSpan[] {
  const lastSub = lastMatchEnd(SUBHEADING, text, section.start, section.end);
  const from = Math.max(lastSub, section.start);
  CLOSING_START.lastIndex = from;
  let m = CLOSING_START.exec(text);
  // A page that prints the speech's opening twice (a digest, then the full text) salutes the
  // deputies again where the speech starts: that salutation opens, it does not close. Nor does one
  // that turns to a past term's figures (`各位代表!“十三五”期间,…生产总值达到2276.95亿元…`): a
  // speech closes on its call, not on figures.
  while (
    m &&
    m.index < section.end &&
    (SPEECH_OPENING.test(text.slice(m.index, m.index + 40)) ||
      matchCount(text.slice(m.index, section.end), FIGURES) >= FIGURES_BEFORE_NO_CLOSING)
  )
    m = CLOSING_START.exec(text);
  if (!m || m.index >= section.end) return [section];
  return [
    { kind: section.kind, title: section.title, start: section.start, end: m.index },
    { kind: 'closing', title: CLOSING, start: m.index, end: section.end },
  ];
}

/**
 * Where what a page prints above the speech ends, when it numbers parts of its own (an outline,
 * `提纲:一、…回顾 二、…`, or a digest of the first part): their numbered lines are not the
 * speech's parts. The speech opens at its salutation when the speaker reports on the government's
 * behalf right after it (`各位代表:现在,我代表市人民政府…`), or when all above it is headings, with
 * no sentence from the first numbered line on. An outline a page announces (`报告分为三部分:一、…;
 * 二、…;三、…。`) ends at its full stop, wherever it stands. 0 when nothing numbered comes before the
 * speech.
 */
function outlineEnd(text: string): number {
  let end = 0;
  for (const announced of text.matchAll(OUTLINE_ANNOUNCED)) {
    const stop = text.indexOf('。', announced.index);
    if (stop >= 0 && FIRST_PART.test(text.slice(announced.index, stop))) end = stop + 1;
  }
  // A page may print the speech's opening twice, in a digest and in full: the last one opens it.
  for (const salutation of text.slice(0, MAX_OUTLINE).matchAll(SALUTATION)) {
    const before = text.slice(0, salutation.index);
    const first = before.search(FIRST_PART);
    if (first < 0) continue;
    const opensSpeech = SPEECH_OPENING.test(text.slice(salutation.index, salutation.index + 40));
    if (opensSpeech || !before.includes('。', first)) end = salutation.index;
  }
  return end;
}

const SALUTATION = /各位代表[::]/g;
/**
 * The words that announce an outline of a report's parts (`报告共分两个部分:`, `全文分为三部分:`,
 * `报告分三部分:`).
 */
const OUTLINE_ANNOUNCED = new RegExp(
  `(?:共|分为|分成|共分|分)(?:${COUNTING_NUMERAL}|\\d)个?(?:大)?部分[::,]`,
  'g',
);
/** A first part's numeral where a heading may start (as topHeadings reads them). */
const FIRST_PART = new RegExp(`(?:^|${HEADING_BEFORE.source})一、`);
/** The salutation and the speaker reporting on the government's behalf: the speech begins. */
const SPEECH_OPENING = new RegExp(`^各位代表[::]\\s*${ON_BEHALF}`);

/** The longest stretch of page before the salutation an outline is looked for in. */
const MAX_OUTLINE = 3000;

/** The sentence a speaker opens on after the salutation, on the government's behalf or commission. */
const OPENING_SENTENCE = new RegExp(`^\\s*(?:${ON_BEHALF}|${ON_COMMISSION})`);

/**
 * Where the speech starts after its salutation, or 0: past the sentence the speaker opens on
 * (`各位代表:现在,我代表…报告工作。`), which is the preamble's; at once where the salutation goes
 * straight on to the year past (`各位代表:过去一年,全区地区生产总值…`), as an excerpt may.
 */
function speechStart(text: string): number {
  const salutation = /各位代表[::,]/.exec(text.slice(0, 400));
  if (!salutation) return 0;
  const after = salutation.index + salutation[0].length;
  return OPENING_SENTENCE.test(text.slice(after, after + 60)) ? text.indexOf('。', after) + 1 || 0 : after;
}

/** The fewest characters between the salutation and the first part that make an opening review. */
const MIN_OPENING = 40;

/**
 * A report without numbered parts: the salutation's sentence is the preamble, the targets
 * statement divides the review before it from the tasks after it, and the last address to
 * the deputies is the closing.
 */
function withoutHeadings(text: string, end: number, lines: readonly HeadingLine[]): SectionSpan[] {
  const bodyStart = speechStart(text);
  return [
    { kind: 'preamble', title: PREAMBLE, start: 0, end: bodyStart },
    ...reviewThenTargets(text, bodyStart, end, lines),
  ];
}

/**
 * The review, the targets statement that ends it, and the tasks after; where a page sets a digest
 * of the report before its full text (`去年主要目标任务圆满完成…今年经济社会发展预期目标…` and then
 * `2014年工作回顾`), a review heading line naming its year after the statement, or any right
 * after it (`回顾`), starts them over.
 */
function reviewThenTargets(
  text: string,
  start: number,
  end: number,
  lines: readonly HeadingLine[],
  title = REVIEW,
): SectionSpan[] {
  const cue = TARGETS_CUE.exec(text.slice(start, end));
  if (!cue) {
    const turn = forwardHeadingAfterReview(text, lines, start, end);
    if (!turn) return carveClosing(text, { kind: 'review', title, start, end });
    return [
      { kind: 'review', title, start, end: turn.start },
      ...carveClosing(text, {
        kind: turn.kind,
        title: text.slice(turn.start, turn.end).trim(),
        start: turn.start,
        end,
      }),
    ];
  }
  const statement = statementAt(text, cue, start, start, end);
  const again = lines.find(
    (l) =>
      l.start >= statement.end &&
      l.end <= end &&
      l.kind === 'review' &&
      (NAMES_ITS_YEAR.test(text.slice(l.start, l.end)) || text.slice(statement.end, l.start).trim() === ''),
  );
  return [
    { kind: 'review', title, start, end: statement.start },
    statement,
    ...(again
      ? [
          { kind: 'tasks' as const, title: TASKS, start: statement.end, end: again.start },
          ...reviewThenTargets(text, again.start, end, lines, text.slice(again.start, again.end).trim()),
        ]
      : carveClosing(text, { kind: 'tasks', title: TASKS, start: statement.end, end })),
  ];
}

/**
 * A digest's heading line that turns to the year ahead (`2022主要任务`, `2022年目标`) after its
 * heading over the year reviewed (`2021重点回顾`): the lines under it are the year's aims. It names
 * a later year than the review's heading, or no year at all. A text cut from a report's second half
 * opens on such a line (`2025年工作任务:…`), with no review before it; a review told without a
 * heading turns to one that names a later year than the review does.
 */
function forwardHeadingAfterReview(
  text: string,
  lines: readonly HeadingLine[],
  start: number,
  end: number,
): HeadingLine | undefined {
  const review = lines.find((l) => l.start >= start && l.end <= end && l.kind === 'review');
  if (!review) {
    const first = lines.find((l) => l.start >= start && l.end <= end);
    const opensOnIt = first && isForward(first) && text.slice(start, first.start).trim() === '';
    if (opensOnIt) return first;
  }
  // A line naming its year turns to a later one than the review's heading names, or, where that
  // names none, than any year the review names (`…预计全年实现地区生产总值685亿元…⏎2023年工作打算`).
  const reviewed = review && lineYear(text, review);
  const after = review ? review.start + 1 : start;
  const laterThanReviewed = (l: HeadingLine, year: number) =>
    year > (reviewed || latestYearNamed(text.slice(review?.end ?? start, l.start)));
  return (
    lines.find((l) => {
      if (l.start < after || l.end > end || !isForward(l)) return false;
      const year = lineYear(text, l);
      if (year === null) return review !== undefined;
      return laterThanReviewed(l, year);
    }) ?? yearLines(text, after, end).find((l) => laterThanReviewed(l, lineYear(text, l)!))
  );
}

/**
 * A digest's line that opens on a year and its colon (`2003年:` over the year's results, then
 * `2004年:` over the next year's aims; the reading view joins the line it heads to it), as a
 * heading over the year's part: the year's tasks.
 */
const YEAR_LINE = /^[ \t]*(?:19|20)\d{2}年:/gm;
function yearLines(text: string, start: number, end: number): HeadingLine[] {
  const found: HeadingLine[] = [];
  YEAR_LINE.lastIndex = start;
  for (let m = YEAR_LINE.exec(text); m && m.index + m[0].length <= end; m = YEAR_LINE.exec(text))
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'tasks' });
  return found;
}

/** A heading line over the year ahead: its targets or its tasks. */
const isForward = (line: HeadingLine) => line.kind === 'targets' || line.kind === 'tasks';

/** The year a heading line opens on, with its 年 or without (`2022主要任务`), after any number. */
function lineYear(text: string, line: HeadingLine): number | null {
  const m = /^\s*((?:19|20)\d{2})/.exec(text.slice(line.start, line.end).replace(LIST_MARKER, ''));
  return m ? Number(m[1]) : null;
}

/** The latest year a text names (`2021年度`, `2022年`), 0 if none. */
function latestYearNamed(text: string): number {
  let latest = 0;
  for (const m of text.matchAll(YEAR_RE)) {
    // (A date, `2004年02月25日`, is when a page was posted, no year its text looks back on.)
    if (MONTH_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    latest = Math.max(latest, yearValue(m[1]!));
  }
  return latest;
}
const MONTH_NEXT = /^\s*\d{1,2}月/;

/**
 * News is one body, except where it relays a report: its targets statement (`报告提出,今年…主要预期
 * 目标是:…`) is a targets section of its own, and a summary set out under the report's own
 * headings, each on a line (`一、2024年工作回顾`, `二、2025年主要目标任务`, `展望2018年`), is
 * divided as they say. A page titled by a targets heading alone (`2019年预期目标`) opens on the
 * statement.
 */
function newsSections(text: string, relaysReport: boolean, pageTitle: string): SectionSpan[] {
  const spans: SectionSpan[] = [];
  // News set out in short lines has many a line that names a kind in passing (`各项工作取得…`):
  // a heading of the report is numbered, or names the year it speaks of.
  const lines = relaysReport ? headingLines(text, true, true) : [];
  const parts = lines.filter((h) => {
    const line = text.slice(h.start, h.end).trim();
    return LIST_MARKER.test(line) || NAMES_ITS_YEAR.test(line);
  });
  // An infographic's headings over the year reviewed and the year ahead, each a bare year and
  // words (`2021重点回顾`…`2022主要任务`; not a table's rows, `2022目标增长6%左右`), divide it as
  // they divide a report.
  const yearAndWords = lines.filter((h) => BARE_YEAR_AND_WORDS.test(text.slice(h.start, h.end)));
  const ahead = forwardHeadingAfterReview(text, yearAndWords, 0, text.length);
  const back = ahead && yearAndWords.findLast((l) => l.kind === 'review' && l.start < ahead.start);
  if (ahead && back) {
    for (const line of [back, ahead]) if (!parts.includes(line)) parts.push(line);
    parts.sort((x, y) => x.start - y.start);
  }
  let from = 0;
  const headedBy = partTitled(pageTitle);
  let kind: SectionKind = headedBy ?? 'body';
  let title = headedBy ? pageTitle.trim() : BODY;
  for (const part of parts) {
    spans.push(...newsPart(text, kind, title, from, part.start));
    from = part.start;
    kind = part.kind;
    title = text.slice(part.start, part.end).trim();
  }
  spans.push(...newsPart(text, kind, title, from, text.length));
  return spans;
}

/** How far the words announcing the tasks reach past a targets statement's end. */
const TASKS_ANNOUNCED_REACH = 40;

/** A part of a news item: a body or a review may hold a targets statement of its own. */
function newsPart(text: string, kind: SectionKind, title: string, start: number, end: number): SectionSpan[] {
  if (end <= start) return [];
  if (kind !== 'body' && kind !== 'review') return [{ kind, title, start, end }];
  const spans: SectionSpan[] = [];
  let at = start;
  let restKind: SectionKind = kind;
  let restTitle = title;
  const rest = (to: number) => {
    if (to > at) spans.push({ kind: restKind, title: restTitle, start: at, end: to });
  };
  for (let from = start; from < end; ) {
    const cue = TARGETS_CUE.exec(text.slice(from, end));
    if (!cue) break;
    const statement = statementAt(text, cue, from, at, end);
    rest(statement.start);
    spans.push(statement);
    at = statement.end;
    from = Math.max(statement.end, from + cue.index + cue[0].length);
    // The year's tasks announced right after the statement (`重点抓好9方面工作:`) follow it.
    const announced = TASKS_ANNOUNCED.exec(text.slice(statement.end, statement.end + TASKS_ANNOUNCED_REACH));
    if (announced) [restKind, restTitle] = ['tasks', announced[0].trim().replace(/[::]$/, '')];
  }
  rest(end);
  return spans;
}

const isNonEmpty = (section: SectionSpan) => section.end > section.start;
const byStart = (x: SectionSpan, y: SectionSpan) => x.start - y.start;

/** Lays the appendix lists over the sections they interrupt, keeping the cover contiguous. */
function overlay(base: SectionSpan[], lists: SectionSpan[]): SectionSpan[] {
  let spans = base;
  for (const a of lists) {
    const next: SectionSpan[] = [];
    for (const s of spans) {
      if (s.end <= a.start || s.start >= a.end) next.push(s);
      else {
        if (s.start < a.start) next.push({ ...s, end: a.start });
        if (s.end > a.end) next.push({ ...s, start: a.end });
      }
    }
    next.push(a);
    spans = next.sort(byStart);
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
  textStart = start,
): SectionSpan[] {
  if (kind === 'tasks') return aroundTargets(text, { kind, title, start, end }, textStart);
  if (kind === 'targets') {
    const tasks = TASKS_START.exec(text.slice(start, end));
    if (tasks) {
      const at = start + tasks.index;
      const listTitle = text.slice(at, at + tasks[0].length).replace(/[::]\s*$/, '');
      return [
        { kind: 'targets', title, start, end: at },
        { kind: 'tasks', title: listTitle, start: at, end },
      ];
    }
  }
  return [{ kind, title, start, end }];
}

/**
 * A part with the targets statement it holds cut out (`做好2023年工作,…主要预期目标为:…`): the
 * heading stays with its part; the statement starts at its sentence after it.
 */
function aroundTargets(text: string, part: SectionSpan, textStart = part.start): SectionSpan[] {
  const cue = TARGETS_CUE.exec(text.slice(part.start, part.end));
  if (!cue) return [part];
  const statement = statementAt(text, cue, part.start, textStart, part.end);
  return [{ ...part, end: statement.start }, statement, { ...part, start: statement.end }];
}

/**
 * Lists announced by a heading and item `1.`: after the speech they run to the next list (or
 * the end); inside the speech (`拟办的民生实事建议如下:1.…`) a list ends at the sentence that
 * sums it up or turns back to the deputies (`以上事项,…`).
 */
interface ListSpan extends SectionSpan {
  /** Items numbered `1.`; a list numbered `一、`/`(一)` is only taken after the speech. */
  arabic: boolean;
}

function appendixSpans(text: string): ListSpan[] {
  const found: ListSpan[] = [];
  for (const [start, end, word] of appendixHeadings(text)) {
    const named = APPENDIX_WORDS.find(([re]) => re.test(word));
    const arabic = /\d/.test(text[end]!);
    found.push({ kind: 'appendix', title: named ? named[1] : word, start, end: text.length, arabic });
  }
  found.forEach((a, i) => {
    const limit = found[i + 1]?.start ?? text.length;
    AFTER_LIST.lastIndex = a.start;
    const after = AFTER_LIST.exec(text);
    a.end = after && after.index < limit ? after.index : limit;
  });
  return found;
}
