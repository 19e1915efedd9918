/**
 * Sentences and clauses of match text. A sentence ends at 。!? (or a paragraph gap, which this
 * portal renders as a space, or a numbered list item `2.` / `(三)`); a clause ends at , ; : inside
 * it (a comma between digits is a thousands separator, not a clause break).
 */

import { isDigit, isSentenceMark } from './char-codes.js';
import { DASH_RULE_CHARS } from './lexicon/layout.js';
import { COUNTING_DIGITS } from './lexicon/numerals.js';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  readonly clauses: Span[];
}

// Scanned by hand rather than with one regex of lookarounds: this runs over every character of
// the corpus, and the regex tried each zero-width alternative at each position.
/** The spaces and line breaks that separate sentences (the portal renders paragraph gaps so). */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
const isLeadTrim = (c: number) =>
  isSpace(c) ||
  c === 44 ||
  c === 0xff0c ||
  c === 59 ||
  c === 0xff1b ||
  c === 58 ||
  c === 0xff1a ||
  c === 0x3001;

/** `2.` (not `2.5`) at `i`, not inside a longer number: a numbered list item starts here. */
function listItemAt(text: string, i: number, to: number): boolean {
  if (i > 0) {
    const before = text.charCodeAt(i - 1);
    if (isDigit(before) || before === 46) return false;
  }
  let j = i;
  while (j < to && j - i < 3 && isDigit(text.charCodeAt(j))) j++;
  const digits = j - i;
  return digits >= 1 && digits <= 2 && text.charCodeAt(j) === 46 && !isDigit(text.charCodeAt(j + 1));
}

/** `(三)` at `i`: a numbered subheading starts here. */
function subheadingAt(text: string, i: number, to: number): boolean {
  let j = i + 1;
  while (j < to && j - i <= 3 && COUNTING_DIGITS.includes(text[j]!)) j++;
  const c = text.charCodeAt(j);
  return j > i + 1 && (c === 41 || c === 0xff09);
}

/**
 * Where `text[start, end)` starts and ends once trimmed of leading punctuation and spaces and of
 * trailing spaces and sentence marks. Two indexes rather than a span object: this runs for every
 * stretch of text with a figure, and the spans were a tenth of what the extractor allocated.
 */
function trimmedStart(text: string, start: number, end: number): number {
  while (start < end && isLeadTrim(text.charCodeAt(start))) start++;
  return start;
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || isSentenceMark(text.charCodeAt(end - 1))))
    end--;
  return end;
}

/** Splits `text[from, to)` into sentences and their clauses. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  // Where the current sentence starts; each cut ends it where the next one starts.
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSentenceMark(c)) {
      addSentence(text, start, i + 1, sentences);
      start = i + 1;
    } else if (isSpace(c)) {
      let j = i + 1;
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      if (j < to) {
        addSentence(text, start, j, sentences);
        start = j;
      }
      i = j - 1;
    } else if (
      i > start &&
      ((isDigit(c) && listItemAt(text, i, to)) || ((c === 40 || c === 0xff08) && subheadingAt(text, i, to)))
    ) {
      addSentence(text, start, i, sentences);
      start = i;
    }
  }
  addSentence(text, start, to, sentences);
  return sentences;
}

/**
 * `text[start, end)` trimmed, as a sentence, or as pieces of at most MAX_SENTENCE. (A function of
 * its own rather than a closure made on each call, which the engine compiled again and again.)
 */
function addSentence(text: string, start: number, end: number, sentences: Sentence[]): void {
  const s = trimmedStart(text, start, end);
  const e = trimmedEnd(text, s, end);
  if (e <= s) return;
  if (e - s <= MAX_SENTENCE) sentences.push(new LazySentence(text, s, e));
  else for (const piece of boundLength(splitClauses(text, { start: s, end: e }))) sentences.push(piece);
}

/**
 * A sentence whose clauses are split when first asked for: most sentences holding a figure are
 * dropped before their clauses matter (no subject, no quantity).
 */
class LazySentence implements Sentence {
  private split: Span[] | undefined;
  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get clauses(): Span[] {
    this.split ??= splitClauses(this.text, this);
    return this.split;
  }
}

/** Where the part of the sentence that `at` stands in starts: after the last semicolon before it. */
export function partStart(match: string, sentence: Span, at: number): number {
  // (Within the sentence only: a look back past it scanned a page with no semicolons to its start.)
  return sentence.start + match.slice(sentence.start, at).lastIndexOf(';') + 1;
}

/** Where the part of the text that `at` stands in ends: at the first semicolon from it, or `end`. */
export function partEnd(text: string, at: number, end = text.length): number {
  const stop = text.slice(at, end).search(/[;;]/);
  return stop < 0 ? end : at + stop;
}

/** The clause of `sentence` that holds `pos`, if any (a mark between clauses is in none). */
export function clauseAt(sentence: Sentence, pos: number): Span | undefined {
  for (const clause of sentence.clauses) if (pos >= clause.start && pos < clause.end) return clause;
  return undefined;
}

/** A bracket's opening words that speak of another year than its clause's (`(去年为9641元)`, `(2023年…`). */
const ANOTHER_YEAR = /^(?:去年|上年|(?:19|20)\d{2}年)/;

/** Longest note in brackets read as part of its clause (`(预计,下同)`, `(按可比价格计算,下同)`). */
const BRACKET_NOTE = 16;

function splitClauses(text: string, sentence: Span): Span[] {
  const clauses: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (text.charCodeAt(i) === 40) {
      // Another year's figure in brackets (`力争…增长40%(去年实际利用外资5亿美元,增长25.3%)`) is
      // a clause of its own.
      if (ANOTHER_YEAR.test(text.slice(i + 1, i + 6))) {
        addClause(text, start, i, clauses);
        start = i + 1;
        continue;
      }
      // A short note in brackets is one with its clause: its comma breaks nothing.
      const close = text.indexOf(')', i + 1);
      if (close > 0 && close < sentence.end && close - i <= BRACKET_NOTE) i = close;
      continue;
    }
    // A dash rule inside a sentence sets off what follows as a colon would (`多项指标迈上新台阶——城镇
    // 居民人均可支配收入…`).
    if (isDash(text.charCodeAt(i)) && isDash(text.charCodeAt(i + 1))) {
      addClause(text, start, i, clauses);
      while (isDash(text.charCodeAt(i + 1))) i++;
      start = i + 1;
      continue;
    }
    if (!breaksClause(text, i)) continue;
    addClause(text, start, i, clauses);
    start = i + 1;
  }
  addClause(text, start, sentence.end, clauses);
  return clauses;
}

/** The dash rule's characters by code: compared for each character of a sentence, with no string made. */
const DASH_CODES = new Set([...DASH_RULE_CHARS].map((ch) => ch.charCodeAt(0)));
const isDash = (c: number) => DASH_CODES.has(c);

/** Whether a ratio's share ends just before `i`: a digit, or a digit and its percent sign. */
function endsShare(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  return isDigit(before) || (before === 37 && isDigit(text.charCodeAt(i - 2)));
}

/** Whether the character at `i` ends a clause: , ; : (not between digits, where it is part of a number). */
function breaksClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // A colon between digits is a ratio (`9.1:45.2:45.7`, `5.2%:30.1%:64.7%`), not a clause break.
  if (c === 58) return !(endsShare(text, i) && isDigit(text.charCodeAt(i + 1)));
  // (An ellipsis, `……`, marks words left out of an excerpt: what follows starts anew.)
  if (c === 59 || c === 0xff1b || c === 0xff1a || c === 0xff0c || c === 0x2026) return true;
  if (c !== 44) return false;
  // A comma between digits with three after it is a thousands separator (1,234).
  const thousands =
    i > 0 &&
    isDigit(text.charCodeAt(i - 1)) &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    isDigit(text.charCodeAt(i + 3));
  return !thousands;
}

/** `text[start, end)` trimmed, as a clause, unless nothing is left. */
function addClause(text: string, start: number, end: number, clauses: Span[]): void {
  const s = trimmedStart(text, start, end);
  const e = trimmedEnd(text, s, end);
  if (e > s) clauses.push({ start: s, end: e });
}

/**
 * Real sentences are short; a run of thousands of characters without a full stop (a table pasted
 * as text, a corrupted file) is cut at clause breaks into pieces of at most MAX_SENTENCE, so the
 * work per sentence stays bounded.
 */
const MAX_SENTENCE = 600;

function boundLength(clauses: Span[]): Sentence[] {
  const pieces: Sentence[] = [];
  let current: Span[] = [];
  const flush = () => {
    if (current.length === 0) return;
    pieces.push({ start: current[0]!.start, end: current[current.length - 1]!.end, clauses: current });
    current = [];
  };
  for (const clause of clauses) {
    if (clause.end - clause.start > MAX_SENTENCE) {
      flush();
      for (let at = clause.start; at < clause.end; at += MAX_SENTENCE) {
        const piece = { start: at, end: Math.min(clause.end, at + MAX_SENTENCE) };
        pieces.push({ ...piece, clauses: [piece] });
      }
      continue;
    }
    if (current.length > 0 && clause.end - current[0]!.start > MAX_SENTENCE) flush();
    current.push(clause);
  }
  flush();
  return pieces;
}
