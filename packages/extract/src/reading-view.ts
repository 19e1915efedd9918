/**
 * The text the rules read, and the way back to the source.
 *
 * A report arrives as a web page, a PDF conversion or a reprint: spaces inside figures
 * (`地区生产总值 369 亿元`, `6835. 27亿元`), hard line breaks inside sentences, words and numbers
 * (`固定资产投资⏎完成15亿元`, `60亿⏎元`), bullets, page numbers, pinyin glosses
 * (`國(guó)內(nèi)`), traditional characters and full-width forms. The view is the text with all
 * of that read away: characters converted one for one (simplified, half-width, `℅` → `%`, a
 * bullet → a line break) and noise deleted. Rules match the view; every offset they find maps
 * back to the source through `toSource`, so evidence is still sliced from the file as it is.
 *
 * Line breaks inside a sentence are joined; breaks between paragraphs, list items and headings
 * stay, and the rules read them as boundaries.
 */

import { findIndicatorMentions } from './indicator-matcher.js';
import {
  BARE_NUMBER_LINE,
  BULLETS,
  CID_TOKEN,
  CLAUSE_CONTINUES,
  CUT_OFF_ENDINGS,
  DANGLING_WORDS,
  DASH_RULE_CHARS,
  ENCLOSED_NUMERALS,
  FURNITURE_LINE,
  HTML_ENTITIES,
  INVISIBLE,
  JAMMER_MIN_EACH,
  JAMMER_RUN,
  JAMMER_TOKEN_LETTER,
  JAMMER_TOKEN_SYMBOL,
  LINE_CANNOT_START,
  LONG_FORMS,
  LOOKALIKES,
  MARKDOWN_EMPHASIS,
  MARKDOWN_LINE_MARK,
  PINYIN_GLOSS,
  SENTENCE_END,
  SOLID_BULLETS,
  SPACE_ENTITY,
  TONELESS_GLOSS,
} from './lexicon/layout.js';
import { CHANGE_OPENS, CHANGE_TO, CHANGE_TO_WORDS, LINK_WORDS, LIST_JOINERS } from './lexicon/link-words.js';
import { COUNTING_NUMERAL } from './lexicon/numerals.js';
import { alternation } from './lexicon/pattern.js';
import { SUFFIX_QUALIFIERS } from './lexicon/qualifiers.js';
import { isQuantityTail } from './lexicon/units.js';
import { splitLines } from './lines.js';
import { LIST_MARKER } from './list-marker.js';
import { toMatchText } from './normalize.js';
import { findQuantities, isMinusSign } from './quantity.js';
import { cutsWord, endsInsideWord, longestWord } from './word-index.js';

export interface Span {
  start: number;
  end: number;
}

export class ReadingView {
  /**
   * @param text the view
   * @param runs where each kept run of the view starts, as pairs [viewStart, sourceStart], in
   *   order; empty when the view is the source character for character
   * @param sourceLength length of the source
   */
  constructor(
    readonly text: string,
    private readonly runs: Int32Array,
    readonly sourceLength: number,
  ) {}

  /** A view that is the source itself (already match text). */
  static identity(text: string): ReadingView {
    return new ReadingView(text, new Int32Array(0), text.length);
  }

  /** Whether the view differs from the source in length (characters were deleted). */
  get edited(): boolean {
    return this.runs.length > 0;
  }

  /** Source offset of the view's character `i`; `text.length` maps to the end of the source. */
  toSource(i: number): number {
    if (this.runs.length === 0) return i;
    if (i >= this.text.length) return this.sourceLength;
    // The last run starting at or before i (binary search over the pairs).
    let lo = 0;
    let hi = this.runs.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runs[mid * 2]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.runs[lo * 2 + 1]! + (i - this.runs[lo * 2]!);
  }

  /** The source span of a view span: from its first character to just after its last. */
  sourceSpan(start: number, end: number): Span {
    if (end <= start) {
      const at = this.toSource(start);
      return { start: at, end: at };
    }
    return { start: this.toSource(start), end: this.toSource(end - 1) + 1 };
  }
}

/**
 * The reading view of a source text (a document's body or title).
 *
 * @example
 * const view = readingView('地区生产总值 369 亿元,增长\n8.5%', false);
 * view.text // '地区生产总值369亿元,增长8.5%'
 * view.sourceSpan(6, 12) // { start: 7, end: 14 }: `369 亿元` in the source
 */
export function readingView(source: string, traditional: boolean): ReadingView {
  const match = toMatchText(source, traditional);
  // One scan finds everything the view may change; most bodies a portal serves hold little.
  const found = takeInventory(match);
  if (found.empty) return ReadingView.identity(match);
  const items: number[] = [];
  // A forum's jammer is blanked before anything else is read: the text around it is then laid out
  // as the page meant (a bullet after one still opens its item), and the blanks go with the spaces.
  const jammers = found.asciiSpaced ? findJammers(match) : [];
  const blanked = jammers.length > 0 ? blank(match, jammers) : match;
  const noteMarks: Deletion[] = [];
  const converted = found.substitutions ? substitute(blanked, items, noteMarks) : blanked;
  const deleted = deletions(converted, found, items, [...jammers, ...noteMarks]);
  if (deleted.length === 0) return new ReadingView(converted, new Int32Array(0), source.length);
  let text = '';
  const runs: number[] = [];
  let at = 0;
  for (const d of deleted) {
    if (d.start > at) {
      runs.push(text.length, at);
      text += converted.slice(at, d.start);
    }
    at = Math.max(at, d.end);
  }
  if (at < converted.length) {
    runs.push(text.length, at);
    text += converted.slice(at);
  }
  return new ReadingView(text, Int32Array.from(runs), source.length);
}

const LOOKALIKE_CLASS = `[${Object.keys(LOOKALIKES).join('')}]`;
const NEWLINE = '\n';

/**
 * One-for-one rewrites: look-alikes to the real mark, a bullet or list numeral to a line break
 * (whose position goes into `items`: the break opens an item and is never joined). A circled
 * numeral that marks a note goes into `noteMarks`, to be deleted.
 */
function substitute(text: string, items: number[], noteMarks: Deletion[]): string {
  // Each kind is looked for before it is replaced: most texts hold none of most kinds.
  let out = HAS_LOOKALIKE.test(text) ? text.replace(LOOKALIKE_RE, (c) => LOOKALIKES[c]!) : text;
  // A full stop between digits is a decimal point some typesetters use (`4。4亿元`, `68。9`).
  if (HAS_DECIMAL_STOP.test(out)) out = out.replace(DECIMAL_STOP, '$1.');
  // So is a middle dot on some old pages (`881·2亿元`, `11·2:45·7:43·1`).
  if (HAS_DECIMAL_DOT.test(out)) out = out.replace(DECIMAL_DOT, (_dot, digit, share) => `${digit ?? share}.`);
  // A question mark between a ratio's shares is the colon a page could not encode (`1.6?36.9?61.5`).
  if (HAS_RATIO_QUESTION.test(out)) out = out.replace(RATIO_QUESTION, ':');
  if (HAS_ONE_FOR_DASH.test(out)) out = out.replace(ONE_FOR_DASH, '-');
  // And the other way round: a Latin full stop after Chinese (`稳步增长.预计完成…`) ends a sentence.
  if (HAS_LATIN_STOP.test(out)) out = out.replace(LATIN_STOP, '。');
  if (out.includes('&'))
    out = out.replace(HTML_ENTITY, (entity) => `${entity.slice(0, -1)}${decodeEntity(entity)}`);
  if (HAS_DASH_RULE.test(out)) {
    out = out.replace(DASH_RULE, (dashes: string, at: number) => {
      // A dash rule opening a line (`——经济平稳较快发展`) marks an item like a bullet.
      if (!atLineStart(out, at)) return dashes;
      items.push(at);
      return NEWLINE.repeat(dashes.length);
    });
  }
  if (HAS_MARKDOWN_LINE_MARK.test(out)) {
    out = out.replace(MARKDOWN_LINE_MARK, (marks: string, at: number) => {
      items.push(at);
      return NEWLINE.repeat(marks.length);
    });
  }
  if (!HAS_LIST_MARK.test(out)) return out;
  // The circled numeral that last opened an item: the next one in its series opens the next.
  let lastNumeral = -1;
  return out.replace(LIST_MARKS, (mark: string, at: number) => {
    // A bullet opens an item at a line start or after a mark.
    if (!ENCLOSED.test(mark)) {
      if (!startsItem(out, at)) return mark;
    } else {
      // A circled numeral does too, and next in a run of items (`①…增长6%②…`); one after a word
      // marks a note (`研发经费支出①增加`, `“六保”⑵任务`), no part of the sentence.
      const numeral = mark.charCodeAt(0);
      if (numeral !== lastNumeral + 1 && followsWord(out, at)) {
        noteMarks.push({ start: at, end: at + 1 });
        return mark;
      }
      lastNumeral = numeral;
    }
    items.push(at);
    return NEWLINE;
  });
}

/** Whether a word, a figure or its closing quotation mark or bracket stands just before `at`. */
function followsWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return isHan(c) || isLatin(c) || isDigit(c) || '%”’」』)》'.includes(text[at - 1] ?? '\n');
}

/**
 * The character an HTML entity (`&ldquo;`, `&#8220;`) stands for; one outside the Basic
 * Multilingual Plane, two UTF-16 units that would not fit one for one, keeps its `;`.
 */
function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  if (!name.startsWith('#')) return HTML_ENTITIES[name]!;
  const code = Number(name.slice(1));
  return code <= 0xffff ? String.fromCharCode(code) : ';';
}

/** Whether only spaces stand between `at` and the start of its line. */
function atLineStart(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u3000')) j--;
  return j < 0 || text[j] === '\n' || text[j] === '\r';
}

const HAS_LOOKALIKE = new RegExp(LOOKALIKE_CLASS);
const LOOKALIKE_RE = new RegExp(LOOKALIKE_CLASS, 'g');
const HAS_DECIMAL_STOP = /\d。\d/;
// (Not after a number that has its decimal point: `…43.5。1…` ends a sentence before a page number.)
const DECIMAL_STOP = /(?<!\.\d*)(\d)。(?=\d{1,2}(?![\d年月日]))/g;
const HAS_DECIMAL_DOT = /\d[·・]\d/;
/**
 * A middle dot before the decimals of an amount, a percentage or a ratio's share; not in an event's
 * date (`“5·12”汶川地震`), which no unit follows.
 */
const DECIMAL_DOT = /(\d)[·・](?=\d{1,2}(?:[%‰:万亿元倍]|个百分点))|(:\d{1,2})[·・](?=\d)/g;
const HAS_ONE_FOR_DASH = /\d%?一\d/;
/** 一 typed for the dash of a range (`增长5%一5.5%`, `6一6.5%`): no numeral stands between digits. */
const ONE_FOR_DASH = /(?<=\d%?)一(?=\d)/g;
const HAS_RATIO_QUESTION = /\d\?\d/;
/** The two question marks of a three-part ratio: a lone `2?3` is not known to be one. */
const RATIO_QUESTION = /(?<=\d)\?(?=\d+(?:\.\d+)?\?\d)|(?<=\d\?\d+(?:\.\d+)?)\?(?=\d)/g;
/** A Latin full stop after a Chinese character, a percent or a bracket, before Chinese, a space or the end. */
// (The dot is matched first and what stands before it checked after: a regex that opens on a
// lookbehind tries it at every character of the text.)
const LATIN_STOP = /\.(?<=[\u4e00-\u9fff%)]\.)(?![^\s\u4e00-\u9fff])/g;
const HAS_LATIN_STOP = new RegExp(LATIN_STOP.source);
const HAS_DASH_RULE = new RegExp(`[${DASH_RULE_CHARS}]{2}`);
const HAS_MARKDOWN_LINE_MARK = new RegExp(MARKDOWN_LINE_MARK.source);
const SPACE_ENTITY_AT = new RegExp(`^${SPACE_ENTITY}`);
/** An HTML entity up to its `;`: a name the lexicon lists or a decimal code. */
const HTML_ENTITY_NAME = `&(?:${alternation(Object.keys(HTML_ENTITIES))}|#\\d{2,5})(?=;)`;
/** The entities rewritten one for one (an entity for a space is read with the spaces). */
const HTML_ENTITY = new RegExp(`(?!${SPACE_ENTITY})${HTML_ENTITY_NAME};`, 'g');
const DASH_RULE = new RegExp(`[${DASH_RULE_CHARS}]{2,}`, 'g');
const ENCLOSED = new RegExp(`[${ENCLOSED_NUMERALS}]`);
const HAS_LIST_MARK = new RegExp(`[${BULLETS}${ENCLOSED_NUMERALS}]`);
const LIST_MARKS = new RegExp(`[${BULLETS}${ENCLOSED_NUMERALS}]`, 'g');
/**
 * What the view may change, in one regex with a group for each kind: spaces (1, entities for
 * them too: `&nbsp;`), line breaks (2), invisible characters (3), a comma doubled by another mark
 * (4), a rewrite (5: a look-alike, a decimal full stop or middle dot, a ratio's question mark, 一
 * for a range's dash, a Latin full stop, a dash rule, a list mark), a bracket that may hold a gloss
 * or a converter's token (6), a long form of a word (7), a reference mark (8: `[3]`), Markdown's
 * emphasis (9: `**`) and an HTML entity's name before its `;` (10: `&nbsp`).
 */
const INVENTORY = new RegExp(
  [
    `((?:[ \\t\\u3000\\u00a0]|${SPACE_ENTITY})+)`,
    '(\\r\\n|\\n|\\r)',
    `([${INVISIBLE}])`,
    '(,(?=[,、;:。]))',
    `(${[LOOKALIKE_CLASS, HAS_DECIMAL_STOP.source, HAS_DECIMAL_DOT.source, HAS_RATIO_QUESTION.source, HAS_ONE_FOR_DASH.source, HAS_LATIN_STOP.source, HAS_DASH_RULE.source, HAS_LIST_MARK.source, MARKDOWN_LINE_MARK.source].join('|')})`,
    '(\\((?:cid:|[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[a-z]{1,6}\\)))',
    `(${alternation(Object.keys(LONG_FORMS))})`,
    '(\\[\\d{1,2}\\])',
    `(${MARKDOWN_EMPHASIS})`,
    `(${HTML_ENTITY_NAME})`,
  ].join('|'),
  'g',
);

interface Inventory {
  /** Nothing to change: no space off a sentence's end, no break, no mark, no gloss. */
  empty: boolean;
  spaces: Deletion[];
  breaks: number;
  /** Invisible characters and doubled commas: deleted wherever they are. */
  marks: Deletion[];
  substitutions: boolean;
  brackets: boolean;
  /** A space between two ASCII marks: the text may hold a forum's jammer. */
  asciiSpaced: boolean;
}

function takeInventory(text: string): Inventory {
  const found: Inventory = {
    empty: true,
    spaces: [],
    breaks: 0,
    marks: [],
    substitutions: false,
    brackets: false,
    asciiSpaced: false,
  };
  INVENTORY.lastIndex = 0;
  for (let m = INVENTORY.exec(text); m; m = INVENTORY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      found.spaces.push({ start, end });
      if (isPrintableAscii(text.charCodeAt(start - 1)) && isPrintableAscii(text.charCodeAt(end)))
        found.asciiSpaced = true;
      // A space after a sentence's end is a paragraph gap, which stays.
      if (start === 0 || !SENTENCE_END_OR_QUOTE.includes(text[start - 1]!)) found.empty = false;
      continue;
    }
    found.empty = false;
    if (m[2] !== undefined) found.breaks++;
    else if (m[3] !== undefined || m[4] !== undefined) found.marks.push({ start, end: start + 1 });
    else if (m[5] !== undefined) found.substitutions = true;
    else if (m[6] !== undefined) found.brackets = true;
    else if (m[7] !== undefined) contract(m[7], start, found.marks);
    else if (m[9] !== undefined) found.marks.push({ start, end });
    else if (m[10] !== undefined) {
      // An entity's name goes; its `;` becomes the character it stands for (substitute).
      found.marks.push({ start, end });
      found.substitutions = true;
    }
    // An encyclopedia's reference mark after a word (`R&D[3]经费占比`, `…增长9.4% [4]`) is no text;
    // one that opens a line numbers an item.
    else if (start > 0 && !'\n\r'.includes(text[start - 1]!)) found.marks.push({ start, end });
  }
  return found;
}

const SENTENCE_END_OR_QUOTE = `${SENTENCE_END}”`;

/** Deletes the characters a long form has beyond its short form (`每人平均` → `人均`). */
function contract(long: string, start: number, out: Deletion[]): void {
  const short = LONG_FORMS[long]!;
  let k = 0;
  for (let i = 0; i < long.length; i++) {
    if (long[i] === short[k]) k++;
    else out.push({ start: start + i, end: start + i + 1 });
  }
}

/**
 * A bullet opens an item at a line start or after a sentence or clause mark (`·` in names is not
 * one); a solid one, anywhere.
 */
function startsItem(text: string, i: number): boolean {
  if (SOLID_BULLETS.includes(text[i]!)) return true;
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || '\n\r。!?;:'.includes(text[j]!);
}

interface Deletion {
  start: number;
  end: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isPrintableAscii = (c: number) => c > 32 && c < 127;
/** A line that opens with a link word (`完成`, `增长`, `达到`) goes on from the one before. */
const LINK_START = new RegExp(`^(?:${alternation(LINK_WORDS.filter((w) => w.length >= 2))})`);
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const JOINER_CODES = new Set(LIST_JOINERS.filter((w) => w.length === 1).map((w) => w.charCodeAt(0)));
const isListJoiner = (c: number) => JOINER_CODES.has(c);
const isSpace = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
/** Marks a space may sit beside without meaning a paragraph gap. */
const isClauseMark = (c: number) =>
  c === 44 || c === 0x3001 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x201c || c === 0x201d;

/** What to delete from the converted text, sorted and not overlapping. */
function deletions(text: string, found: Inventory, items: number[], alsoDeleted: Deletion[]): Deletion[] {
  const out: Deletion[] = [...found.marks, ...alsoDeleted];
  const lines = found.breaks > 0 || items.length > 0 ? splitKeepingBreaks(text) : [wholeLine(text)];
  if (lines.length > 1) joinLines(text, lines, new Set(items), out);
  // Spaces, against the line each stands in (a space at a line's edge goes with its break).
  let k = 0;
  for (const space of found.spaces) {
    while (k + 1 < lines.length && lines[k]!.end < space.start) k++;
    const line = lines[k]!;
    if (
      space.start > line.start &&
      space.end < line.end &&
      spaceIsNoise(text, space.start, space.end, line.start)
    )
      out.push(space);
  }
  if (found.brackets) deleteGlosses(text, out);
  return normalised(out);
}

/** Line breaks inside a sentence are deleted, with page furniture between the halves. */
function joinLines(text: string, lines: LineInfo[], items: Set<number>, out: Deletion[]): void {
  const width = wrapWidth(text, lines);
  let previous: LineInfo | null = null;
  let pageBreak = false;
  // A line cut off mid-clause with blank lines after it (a page that set each line of a PDF as a
  // paragraph: `全县生产总值由“十五”末的⏎⏎12.8亿元增加到…`): the next line with text ends the gap.
  let cutOff: LineInfo | null = null;
  const pageNumbers = bareNumbersArePages(text, lines);
  const chunks = chunkNumbers(text, lines);
  // Whether the next line with text after line `i` opens a chunk.
  const chunkFollows = (i: number) => {
    let j = i + 1;
    while (j < lines.length && firstVisible(text, lines[j]!) < 0) j++;
    return j < lines.length && chunks.has(lines[j]!.start);
  };
  for (const [i, whole] of lines.entries()) {
    // A chunk's number goes, and the chunk reads on from the one before as a page does.
    const chunkStart = chunks.get(whole.start);
    if (chunkStart !== undefined) out.push({ start: whole.start, end: chunkStart });
    const line = chunkStart !== undefined ? { ...whole, start: chunkStart } : whole;
    const content = text.slice(line.start, line.end);
    if (
      line.end > line.start &&
      (FURNITURE_LINE.test(content) || (pageNumbers && isPageNumber(text, line, content)))
    ) {
      // Page furniture goes with its line break: the lines around it meet as if it were not there.
      out.push({ start: line.start, end: line.breakEnd });
      pageBreak = true;
      continue;
    }
    const blank = firstVisible(text, line) < 0;
    // (Blank lines a site sets between its chunks go with the join.)
    if (blank && previous && chunks.size > 0 && chunkFollows(i)) continue;
    if (blank && previous && (cutOff || (!items.has(previous.breakStart) && needsMore(text, previous)))) {
      cutOff ??= previous;
      continue;
    }
    // Across the blank lines after a cut-off line, only what that line lacks joins it; the test for
    // two adjacent lines is no test across a gap (a flattened table's lone cell, `7⏎⏎87.0亿元`).
    if (cutOff && !blank && continuesCutOff(text, cutOff, line)) {
      joinAt(text, cutOff, line, out);
    } else if (
      !cutOff &&
      previous &&
      !items.has(previous.breakStart) &&
      joins(text, previous, line, width, pageBreak || chunkStart !== undefined)
    ) {
      joinAt(text, previous, line, out);
    }
    cutOff = null;
    previous = line;
    pageBreak = false;
  }
}

/**
 * A document site's numbered chunks of one text (`1、…生产总值4406.⏎2、3亿元,…比重达到5⏎3、3.1%,…`):
 * lines that open on 1、, 2、, 3、… in turn, each long, as a numbered list's items are not, and cut
 * anywhere. Where each such line's text starts (past its number), by the line's start.
 */
function chunkNumbers(text: string, lines: LineInfo[]): Map<number, number> {
  const chunks = new Map<number, number>();
  let last: LineInfo | null = null;
  for (const line of lines) {
    const number = CHUNK_NUMBER.exec(text.slice(line.start, line.start + 6));
    if (!number || Number(number[1]) !== chunks.size + 1) continue;
    if (last && last.end - last.start < CHUNK_LENGTH) return new Map();
    chunks.set(line.start, line.start + number[0].length);
    last = line;
  }
  return chunks.size >= 2 ? chunks : new Map();
}
const CHUNK_NUMBER = /^(\d{1,3})、\.?/;
/** The least length of a chunk before the last: a numbered list's item is a sentence or two. */
const CHUNK_LENGTH = 200;

/**
 * Whether the lines holding a bare number are page numbers: they count up through the text. Where
 * they do not (`地区生产总值⏎67⏎4.1⏎亿元,…排名第⏎48⏎位`, a conversion that set every figure on a line
 * of its own), they are the text's figures.
 */
function bareNumbersArePages(text: string, lines: LineInfo[]): boolean {
  let last = -1;
  for (const line of lines) {
    const bare = BARE_NUMBER_LINE.exec(text.slice(line.start, line.end));
    if (!bare || isFigureLine(text, line)) continue;
    const page = Number(bare[1]);
    if (page <= last) return false;
    last = page;
  }
  return true;
}

/** A line holding a bare number that is no figure (isFigureLine). */
function isPageNumber(text: string, line: LineInfo, content: string): boolean {
  return BARE_NUMBER_LINE.test(content) && !isFigureLine(text, line);
}

/**
 * Whether a line's bare number is a figure set on a line of its own, whatever page numbers the
 * conversion left elsewhere: a unit opens the text after it and words, not a number cut off, end
 * the text before it (`增加到⏎779⏎亿元`; not `收入3.8⏎⏎2⏎⏎亿元`, a page number inside a figure).
 */
function isFigureLine(text: string, line: LineInfo): boolean {
  let next = line.breakEnd;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  let before = line.start - 1;
  while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
  return (
    next < text.length &&
    isQuantityTail(text, next) &&
    before >= 0 &&
    !isDigit(text.charCodeAt(before)) &&
    text.charCodeAt(before) !== 46
  );
}

/** Deletes the break after `previous`, and everything blank up to `line`: the sentence reads on. */
function joinAt(text: string, previous: LineInfo, line: LineInfo, out: Deletion[]): void {
  let from = previous.breakStart;
  while (from > previous.start && isSpace(text.charCodeAt(from - 1))) from--;
  let to = line.start;
  while (to < line.end && isSpace(text.charCodeAt(to))) to++;
  out.push({ start: from, end: to });
}

/**
 * A line cut off where no paragraph can end: on a comma, a conjunction or a particle
 * (CUT_OFF_ENDINGS), on a digit (`…一般预算收入4.6⏎⏎1⏎⏎亿元`, a page number between), or inside
 * a word of the lexicon (`实现社会消费品⏎⏎零售总额5.03亿元`).
 */
function needsMore(text: string, line: LineInfo): boolean {
  const end = lastVisible(text, line) + 1;
  if (end <= line.start) return false;
  return (
    isDigit(text.charCodeAt(end - 1)) ||
    endsOnCutOffWord(text, end) ||
    endsOnIndicator(text, line) ||
    resumesWord(text, line, end)
  );
}

/**
 * Whether a word of the lexicon begun at a line's end goes on where the text resumes. (Only in
 * running text: a headline, with no mark in it, stands alone over the words after it, `生态环境⏎⏎
 * 空气质量优良率达84.4%`.)
 */
function resumesWord(text: string, line: LineInfo, end: number): boolean {
  const tail = lineTail(text, line, end);
  if (!endsInsideWord(tail) || !holdsPunctuation(text, line)) return false;
  let next = line.breakEnd;
  while (next < text.length && /\s/.test(text[next]!)) next++;
  return cutsWord(tail, text.slice(next, next + longestWord() - 1));
}

/**
 * Whether `line` goes on from a line cut off before blank lines: a number only into its unit, an
 * indicator only into its figure (`全年实现地区生产总值⏎⏎2803.5亿元`), a word only into its rest.
 */
function continuesCutOff(text: string, cutOff: LineInfo, line: LineInfo): boolean {
  const first = firstVisible(text, line);
  const end = lastVisible(text, cutOff) + 1;
  if (isDigit(text.charCodeAt(end - 1))) return isQuantityTail(text, first);
  if (endsOnIndicator(text, cutOff)) return startsQuantity(text, first);
  if (endsOnCutOffWord(text, end)) return !startsListItem(text, first, line.end);
  return cutsWord(lineTail(text, cutOff, end), text.slice(first, first + longestWord() - 1));
}

const endsOnCutOffWord = (text: string, end: number) => CUT_OFF_ENDINGS.some((w) => text.endsWith(w, end));

/** The end of a line, as long as the lexicon's words before a cut may be. */
const lineTail = (text: string, line: LineInfo, end: number) =>
  text.slice(Math.max(line.start, end + 1 - longestWord()), end);

/** Whether a line ends on an indicator's name, with no mark after it: its figure is still to come. */
function endsOnIndicator(text: string, line: LineInfo): boolean {
  const end = lastVisible(text, line) + 1;
  const tail = text.slice(Math.max(line.start, end - 16), end);
  return findIndicatorMentions(tail).at(-1)?.end === tail.length;
}

function wholeLine(text: string): LineInfo {
  return { start: 0, end: text.length, breakStart: text.length, breakEnd: text.length };
}

/** Text as it reads once its pinyin glosses go (`調(diào)整為` is `调整为` to a rule looking ahead). */
function withoutGlosses(text: string): string {
  return text.includes('(') ? text.replace(PINYIN_GLOSS, '') : text;
}

/**
 * Pinyin glosses after a character (`國(guó)`), with no tone mark where the text holds several
 * (`會(hui) 議`), and converters' tokens (`(cid:123)`).
 */
function deleteGlosses(text: string, out: Deletion[]): void {
  CID_TOKEN.lastIndex = 0;
  for (let m = CID_TOKEN.exec(text); m; m = CID_TOKEN.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length });
  out.push(...glossesAfterCharacters(text, PINYIN_GLOSS));
  const toneless = glossesAfterCharacters(text, TONELESS_GLOSS);
  if (toneless.length >= 2) out.push(...toneless);
}

/**
 * The glosses `re` finds that follow the character they read, or a gloss of it (some pages gloss a
 * character twice, `生(sheng)(sheng)`); never a digit or another bracket.
 */
function glossesAfterCharacters(text: string, re: RegExp): Deletion[] {
  const found: Deletion[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const afterGloss = found.length > 0 && found[found.length - 1]!.end === m.index;
    if (afterGloss || isHan(text.charCodeAt(m.index - 1)))
      found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Forums' jammers (`7 M& T" a+ {* Q3`) in a text, each with the spaces around it. */
function findJammers(text: string): Deletion[] {
  const found: Deletion[] = [];
  JAMMER_RUN.lastIndex = 0;
  for (let m = JAMMER_RUN.exec(text); m; m = JAMMER_RUN.exec(text)) {
    const tokens = m[0].split(' ');
    const letters = tokens.filter((t) => JAMMER_TOKEN_LETTER.test(t)).length;
    const symbols = tokens.filter((t) => JAMMER_TOKEN_SYMBOL.test(t)).length;
    if (letters < JAMMER_MIN_EACH || symbols < JAMMER_MIN_EACH) continue;
    // The spaces around it were put there with it.
    let start = m.index;
    let end = start + m[0].length;
    while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    found.push({ start, end });
  }
  return found;
}

/** The text with each span turned to spaces, one for one. */
function blank(text: string, spans: readonly Deletion[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + ' '.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

interface LineInfo {
  start: number;
  /** End of the line's text (before the break). */
  end: number;
  breakStart: number;
  breakEnd: number;
}

function splitKeepingBreaks(text: string): LineInfo[] {
  const lines = splitLines(text);
  if (lines.length === 0 || text.endsWith('\n') || text.endsWith('\r'))
    lines.push({ text: '', start: text.length, end: text.length });
  return lines.map((line, k) => ({
    start: line.start,
    end: line.end,
    breakStart: line.end,
    breakEnd: lines[k + 1]?.start ?? text.length,
  }));
}

const MAX_PAGE_WIDTH = 120;

/** Display width of a line: a Chinese character is two columns, ASCII one. */
function widthOf(text: string, line: LineInfo): number {
  let w = 0;
  for (let i = line.start; i < line.end; i++) w += text.charCodeAt(i) < 0x2e80 ? 1 : 2;
  return w;
}

/**
 * The width a converted PDF wrapped its lines at, or 0 when the text is not wrapped: many lines of
 * nearly the same display width, the widest of the text. A line at that width ends where the page
 * did, not where its sentence did.
 */
function wrapWidth(text: string, lines: LineInfo[]): number {
  // A page is at most ~120 columns wide: longer lines are paragraphs, not wrapped ones.
  const widths = lines
    .filter((line) => line.end - line.start <= MAX_PAGE_WIDTH)
    .map((line) => widthOf(text, line))
    .filter((w) => w >= 24);
  if (widths.length < 4) return 0;
  widths.sort((x, y) => y - x);
  // The most common width among the wider lines, within three columns.
  const top = widths.slice(0, Math.max(4, Math.ceil(widths.length * 0.6)));
  let best = 0;
  let bestCount = 0;
  for (const w of top) {
    const count = top.filter((x) => Math.abs(x - w) <= 3).length;
    if (count > bestCount) {
      best = w;
      bestCount = count;
    }
  }
  return bestCount >= Math.max(3, widths.length * 0.4) ? best : 0;
}

/** Whether the break between `prev` and `line` falls inside a sentence, a word or a number. */
function joins(text: string, prev: LineInfo, line: LineInfo, wrap: number, pageBreak: boolean): boolean {
  const last = lastVisible(text, prev);
  const first = firstVisible(text, line);
  if (last < 0 || first < 0) return false; // a blank line separates paragraphs
  const a = text.charCodeAt(last);
  const b = text.charCodeAt(first);
  if (
    SENTENCE_END.includes(text[last]!) ||
    (text[last] === '”' && SENTENCE_END.includes(text[last - 1] ?? ''))
  )
    return false;
  // A figure set on the line after the word that needs it (`增长⏎2.⏎3⏎%`, its decimal point like a list's
  // `2.`), or after a statistic's name (`地区生产总值⏎674.1亿元`).
  if (
    isDigit(b) &&
    (DANGLING_WORDS.some((w) => text.endsWith(w, last + 1)) ||
      endsOnIndicator(text, prev) ||
      endsOnChangeWord(text, prev, last + 1))
  )
    return true;
  if (startsListItem(text, first, line.end)) return false;
  if (LINE_CANNOT_START.includes(text[first]!)) return true;
  // A figure's bound on the line below it (`增长⏎3.5%⏎左右。`).
  if (endsFigure(text, last + 1) && BOUND_AFTER.test(text.slice(first, first + 2))) return true;
  // A year set on a line of its own between the words around it (`分别是⏎2007⏎年的2.2倍`).
  if (b === YEAR_CHAR && YEAR_AT_END.test(text.slice(prev.start, last + 1))) return true;
  if (
    isHan(a) &&
    yearCutFromItsWord(text, first, line.end) &&
    (holdsPunctuation(text, prev) || namesChange(text, prev))
  )
    return true;
  // A number or a quantity cut in two: `4779⏎1元`, `60亿⏎元`, `6835.⏎27`, or after its sign (`增长-⏎39.7%`).
  if (isMinusSign(text, last + 1) && isDigit(b)) return true;
  if ((isDigit(a) || a === 46) && (isDigit(b) || b === 46 || isQuantityTail(text, first))) return true;
  if ((a === 0x4e07 || a === 0x4ebf) && isDigit(text.charCodeAt(last - 1)) && isQuantityTail(text, first))
    return true;
  // A ratio cut at one of its colons (`4.7:51.8:⏎43.5`).
  if (a === 58 && isDigit(text.charCodeAt(last - 1)) && isDigit(b)) return true;
  // A change's far end on the line after its start (`由25.2:42.7:32.1⏎调整为…`, `由32亿元⏎增加到…`).
  if ((isDigit(a) || a === 37 || a === 0x5143) && CHANGE_TO.test(text.slice(first, first + 8))) return true;
  // A line ending in a comma, a conjunction, an open bracket or a word that needs what follows
  // (`分别`, `增长`) goes on; so does one that cuts a word of the lexicon (`生产总⏎值`, `分⏎别`).
  if (CLAUSE_CONTINUES.includes(text[last]!)) return true;
  if (DANGLING_WORDS.some((w) => text.endsWith(w, last + 1))) return true;
  if (
    isHan(a) &&
    isHan(b) &&
    cutsWord(
      text.slice(Math.max(prev.start, last + 2 - longestWord()), last + 1),
      text.slice(first, first + longestWord() - 1),
    )
  )
    return true;
  // A wrapped line of a converted PDF ends where the page did, and a sentence runs on across a
  // page's end (its number dropped between the halves).
  // (Not a digest's headlines, one phrase a line with no stop at all, however even their widths:
  // `城镇新增就业73.9万人⏎居民收入稳步提升`; a line that opens on a figure or its link, `增长10.5%`,
  // cannot stand alone and goes on, as does one opening on a ratio, `0.6∶38.1∶61.3`.)
  const linksFigure =
    startsQuantity(text, first) ||
    RATIO_START.test(text.slice(first, first + 12)) ||
    LINK_START.test(text.slice(first, first + 6));
  const headlines = !holdsPunctuation(text, prev) && !holdsPunctuation(text, line) && !linksFigure;
  // (Nor a digest's list, one statistic a line, each ending on its figure: `GDP突破1.6万亿元、增长7.5%⏎
  // 一般公共预算收入增长5.6%`; the next line names a subject of its own, where a run of values goes
  // on with its joiner: `增长8.5%⏎和9%`.)
  const listItems = () => !linksFigure && !isListJoiner(b) && endsWithFigure(text, prev.start, last + 1);
  if ((wrap > 0 && widthOf(text, prev) >= wrap - 4 && !headlines && !listItems()) || pageBreak) return true;
  // Mid-paragraph (the line already holds a clause break) and mid-clause (it does not end with a
  // figure, as an item of a list does): the words read on. A heading line (`主要预期目标`,
  // `一、2018年工作回顾`) holds no clause break and stays a line of its own.
  // Only when the next line cannot stand alone either: it goes on with a figure or a link word
  // (`完成15亿元`), where a list's next item names its own subject (`城镇新增就业90.6万人`).
  // A numbered heading (`一、勠力奋战,克难攻坚,…成效显著`) stays a line of its own.
  if (startsListItem(text, firstVisible(text, prev), prev.end)) return false;
  // An infographic's label over its figure (`全年GDP⏎增长5.3%左右`): a line that ends with what
  // the next one measures goes on there.
  if (linksFigure && endsWithIndicator(text, prev.start, last + 1)) return true;
  return (
    isHan(a) && linksFigure && holdsClauseBreak(text, prev) && !endsWithFigure(text, prev.start, last + 1)
  );
}

const YEAR_CHAR = '年'.charCodeAt(0);
const YEAR_AT_END = /(?:^|[^\d])(?:19|20)\d{2}$/;
const YEAR_ALONE = /^(?:19|20)\d{2}\s*$/;
/** A year with its 年 (`2010年`, `2010 年`). */
const YEAR_WORD = /^(?:19|20)\d{2}\s*年/;

/** Whether a line opens a change or takes it to its end (`…比例由`, `调整为`): it needs what follows. */
function namesChange(text: string, line: LineInfo): boolean {
  const words = toMatchText(text.slice(line.start, line.end).trim());
  return CHANGE_OPENS.test(words) || CHANGE_TO.test(words);
}

/** Whether the line from `first` to `end` holds a year alone, its 年 opening the next line. */
function yearCutFromItsWord(text: string, first: number, end: number): boolean {
  return YEAR_ALONE.test(text.slice(first, end)) && text.charCodeAt(pastGaps(text, end)) === YEAR_CHAR;
}

/**
 * The first position from `at` that holds neither a space (nor an entity for one) nor a line break,
 * past any line of page furniture between (`16883⏎- 2 -⏎元`: the figure goes on after the page's
 * number).
 */
function pastGaps(text: string, at: number): number {
  let k = at;
  for (;;) {
    while (k < text.length && isGap(text.charCodeAt(k))) k++;
    const entity = text.charCodeAt(k) === 38 ? SPACE_ENTITY_AT.exec(text.slice(k, k + 8)) : null;
    if (entity) {
      k += entity[0].length;
      continue;
    }
    // (Only where a line starts: the line is sliced only then.)
    if (k === text.length || text.charCodeAt(k - 1) !== 10) return k;
    const lineEnd = text.indexOf('\n', k);
    const line = text.slice(k, lineEnd < 0 ? text.length : lineEnd);
    if (!FURNITURE_LINE.test(line)) return k;
    k += line.length;
  }
}

/** A catalogued indicator's name closes the text before `end` (`…全年GDP`, `…人均可支配收入`). */
function endsWithIndicator(text: string, start: number, end: number): boolean {
  const tail = toMatchText(text.slice(Math.max(start, end - 20), end));
  return findIndicatorMentions(tail).at(-1)?.end === tail.length;
}

/** A figure closes the text before `end` (`…增长8%`, `…69.5亿元`, `…7%左右`). */
function endsWithFigure(text: string, start: number, end: number): boolean {
  const tail = text.slice(Math.max(start, end - 16), end);
  const last = findQuantities(tail).at(-1);
  return last !== undefined && last.end === tail.length;
}

function lastVisible(text: string, line: LineInfo): number {
  let i = line.end - 1;
  while (i >= line.start && isSpace(text.charCodeAt(i))) i--;
  return i;
}

function firstVisible(text: string, line: LineInfo): number {
  let i = line.start;
  while (i < line.end && isSpace(text.charCodeAt(i))) i++;
  return i < line.end ? i : -1;
}

/** A heading or list item starts here: `一、`, `(三)`, `2.`, `——`, `第二,`, a bullet turned break. */
function startsListItem(text: string, at: number, end: number): boolean {
  const head = text.slice(at, Math.min(end, at + 8));
  return LIST_MARKER.test(head) || head.startsWith('——') || ORDINAL_ITEM.test(head);
}

/** An item counted in words: `第二,`, `第三是`. */
const ORDINAL_ITEM = new RegExp(`^第${COUNTING_NUMERAL}+[,、是]`);

/** Whether a line holds any punctuation of prose (a stop, a clause break, a colon). */
function holdsPunctuation(text: string, line: LineInfo): boolean {
  return PROSE_PUNCTUATION.test(text.slice(line.start, line.end));
}
const PROSE_PUNCTUATION = /[,;、。:!?,;:。!?]/;

function holdsClauseBreak(text: string, line: LineInfo): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 0x3001) return true;
  }
  return false;
}

/**
 * Whether the spaces `[i, j)` are noise. In running text a space only separates paragraphs (the
 * portal writes a paragraph gap so) or a heading from its text. Beside a figure or a clause mark
 * it is layout: `地区生产总值 369 亿元`, `6835. 27亿元`, `2.2 %`, `增长8%, 一般公共预算收入`.
 */
function spaceIsNoise(text: string, i: number, j: number, lineStart: number): boolean {
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(j);
  if (SENTENCE_END.includes(text[i - 1]!)) return false;
  if (isClauseMark(a) || isClauseMark(b) || b === 0x3002) return true;
  if ((isDigit(a) || a === 46) && (isDigit(b) || b === 46)) return true;
  // Inside a ratio (`49.1 :40.1`).
  if ((isDigit(a) && b === 58) || (a === 58 && isDigit(b))) return true;
  if (isDigit(a) && isQuantityTail(text, j)) return true;
  // Inside a date (`2017 年`, `3 月`).
  if (isDigit(a) && '年月日'.includes(text[j]!)) return true;
  // Before a ratio (`调整为 8:41.5:50.5`), and between a figure and the verb taking it to another
  // (`由23.2:43.4:33.5 调整为…`).
  if (isDigit(b) && RATIO_START.test(text.slice(j, j + 12))) return true;
  if ((isDigit(a) || a === 37) && CHANGE_TO.test(withoutGlosses(text.slice(j, j + 32)))) return true;
  if ((isDigit(b) || b === 45) && startsQuantity(text, j)) return true;
  // Between a figure and the word that bounds it (`增长 5% 以上`, `3000亿元 左右`).
  if (endsFigure(text, i) && BOUND_AFTER.test(text.slice(j, j + 2))) return true;
  // Letter-spacing: a lone character set apart on either side (`政 府 工 作 报 告`, `增加 值`).
  if (isHan(a) && isHan(b) && (lone(text, i - 1, lineStart) || lone(text, j, lineStart))) return true;
  // Between Chinese and a Latin word (`万元 GDP 能耗`, `占 GDP比重`): the typesetter's spacing.
  if ((isHan(a) && isLatin(b)) || (isLatin(a) && isHan(b))) return true;
  // Beside a list's joiner (`增长14.3% 和15.2%`): the list goes on.
  if (isListJoiner(a) || isListJoiner(b)) return true;
  // Between words of one sentence (the line holds a clause break before the space, or the sentence
  // goes on to its figure): a gap left by the page's layout, not a paragraph. So before a year in a
  // sentence (`比例由 2010年的…`), not after a numbered heading (`三、推进项目建设 2019年,…`). A
  // figure's end stands as a word does (`完成批准增长8% 目标`).
  if (!isHan(a) && !(a === 37 && endsFigure(text, i))) return false;
  if (isHan(b))
    return (
      clauseBefore(text, i, lineStart) ||
      insideFigureSentence(text, i, j, lineStart) ||
      insideBrackets(text, i, j, lineStart)
    );
  return YEAR_WORD.test(text.slice(j, j + 6)) && insideFigureSentence(text, i, j, lineStart);
}

/** How far a bracketed note runs on either side of a space inside it (`(以下均为预 计)`). */
const NOTE_REACH = 12;

/** Whether the space `[i, j)` stands inside a short bracketed note on its line: no paragraph gap there. */
function insideBrackets(text: string, i: number, j: number, lineStart: number): boolean {
  const open = text.lastIndexOf('(', i);
  if (open < Math.max(lineStart, i - NOTE_REACH) || text.lastIndexOf(')', i) > open) return false;
  const close = text.indexOf(')', j);
  if (close < 0 || close > j + NOTE_REACH) return false;
  const inside = text.slice(j, close);
  return !inside.includes('(') && !inside.includes('\n');
}

/** Whether the character at `k` stands alone: a space or its line's edge on both sides. */
function lone(text: string, k: number, lineStart: number): boolean {
  return (k === lineStart || isGap(text.charCodeAt(k - 1))) && isGap(text.charCodeAt(k + 1));
}

/** A space, a line break or the text's end (`charCodeAt` past it is NaN). */
const isGap = (c: number) => Number.isNaN(c) || isSpace(c) || c === 10 || c === 13;

/** The words after a figure that bound it (`以上`, `左右`), as the qualifiers' lexicon lists them. */
const BOUND_AFTER = new RegExp(
  `^(?:${alternation(SUFFIX_QUALIFIERS.flatMap(([words]) => words.filter((w) => w.length > 1)))})`,
);

/** The longest unit a figure ends with (`个百分点`). */
const MAX_UNIT_CHARS = 4;

/** Whether a figure ends just before `at`: a percent, or a unit of a few characters after a digit. */
function endsFigure(text: string, at: number): boolean {
  let k = at - 1;
  const c = text.charCodeAt(k);
  if (c === 37 || c === 0x2030) return isDigit(text.charCodeAt(k - 1));
  while (k >= 0 && at - k <= MAX_UNIT_CHARS && isHan(text.charCodeAt(k))) k--;
  return k < at - 1 && isDigit(text.charCodeAt(k));
}

/** How far from a space the start of its sentence and its figure are looked for. */
const FIGURE_SENTENCE_REACH = 40;

/**
 * Whether the space `[i, j)` sits in a sentence that began after another on its line and goes on to
 * a figure in the same clause (`…目标。 城镇居民 人均可支配收入 36375元`, `投资总 额 961 亿元`): a gap
 * a conversion left inside words. A heading opens its line or its item (`(一)经济发展 全年…`).
 */
function insideFigureSentence(text: string, i: number, j: number, lineStart: number): boolean {
  // Both scans are bounded: a run of spaced words without a sentence end is no sentence.
  const from = Math.max(lineStart, i - FIGURE_SENTENCE_REACH);
  let end = i - 1;
  while (end >= from && !SENTENCE_END.includes(text[end]!)) end--;
  if (end < from) return false;
  let start = end + 1;
  while (start < i && isSpace(text.charCodeAt(start))) start++;
  if (startsListItem(text, start, i)) return false;
  for (let k = j; k < Math.min(text.length, j + FIGURE_SENTENCE_REACH); k++) {
    const c = text.charCodeAt(k);
    if (isDigit(c)) return true;
    if (isClauseMark(c) || c === 0x3002 || c === 10) return false;
  }
  return false;
}

/** The first two shares of a ratio (`8:41.5`). */
const RATIO_START = /^\d+(?:\.\d+)?\s*[:∶]\s*\d/;

/**
 * A number starting at `at` that a unit follows (`369 亿元`, `8%`), on its line or at the start of
 * the next (a page that sets each number on a line of its own: `45.42⏎亿元`): a quantity, not a year
 * or an item.
 */
function startsQuantity(text: string, at: number): boolean {
  let k = at;
  if (text.charCodeAt(k) === 45) k++;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (isDigit(c) || c === 46 || c === 44) k++;
    else if (isSpace(c)) {
      // Spaces inside the number (`3. 18`, `27 .4`) or before its unit (`369 亿元`).
      while (k < text.length && isSpace(text.charCodeAt(k))) k++;
      if (!isDigit(text.charCodeAt(k)) && text.charCodeAt(k) !== 46) break;
    } else break;
  }
  return k > at && isQuantityTail(text, pastGaps(text, k));
}

/** Whether a clause break (`,` `;` `、`) stands between the sentence's start and `at`. */
function clauseBefore(text: string, at: number, lineStart: number): boolean {
  for (let k = at - 1; k >= lineStart; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x3002 || c === 33 || c === 63) return false;
    if (c === 44 || c === 59 || c === 0x3001) return true;
  }
  return false;
}

function normalised(spans: Deletion[]): Deletion[] {
  spans.sort((x, y) => x.start - y.start || x.end - y.end);
  const merged: Deletion[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** The words that take a change to its far end, at a line's end (`增加到`). */
const CHANGE_TO_AT_END = new RegExp(`(?:${CHANGE_TO_WORDS})$`);

/**
 * Whether a line ends on the words of a change, its figure on the next line (`地区生产总值从⏎497.8亿元`,
 * `…亿元增加到⏎779亿元`).
 */
function endsOnChangeWord(text: string, line: LineInfo, end: number): boolean {
  const tail = text.slice(Math.max(line.start, end - 16), end);
  return CHANGE_OPENS.test(tail) || CHANGE_TO_AT_END.test(tail);
}
