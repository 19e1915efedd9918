/**
 * Sentences and clauses of match text. A sentence ends at 。!? (or a paragraph gap, which this
 * portal renders as a space, or a numbered list item `2.` / `(三)`); a clause ends at , ; : inside
 * it (a comma between digits is a thousands separator, not a clause break).
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  clauses: Span[];
}

const SENTENCE_END =
  /[。!?!?]|\s+(?=\S)|(?<![\d.])(?=\d{1,2}\.(?!\d))|(?=[((][一二三四五六七八九十]{1,3}[))])/g;
const CLAUSE_END = /[;;::,]|,(?!\d{3})|(?<!\d),/g;

function trim(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /[\s,,;;::、]/.test(text[start]!)) start++;
  while (end > start && /[\s。!?!?]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Splits `text[from, to)` into sentences and their clauses. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  const segment = text.slice(from, to);
  let start = 0;
  const push = (end: number) => {
    const span = trim(segment, { start, end });
    if (span) sentences.push({ start: span.start + from, end: span.end + from, clauses: [] });
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(segment); m; m = SENTENCE_END.exec(segment)) {
    if (m[0].length === 0) {
      if (m.index > start) push(m.index);
      start = m.index;
      SENTENCE_END.lastIndex++;
      continue;
    }
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(segment.length);
  return sentences.flatMap((sentence) => boundLength(splitClauses(text, sentence), sentence));
}

/**
 * Real sentences are short; a run of thousands of characters without a full stop (a table pasted
 * as text, a corrupted file) is cut at clause breaks into pieces of at most MAX_SENTENCE, so the
 * work per sentence stays bounded.
 */
const MAX_SENTENCE = 600;

function boundLength(clauses: Span[], sentence: Span): Sentence[] {
  if (sentence.end - sentence.start <= MAX_SENTENCE) return [{ ...sentence, clauses }];
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

function splitClauses(text: string, sentence: Span): Span[] {
  const clauses: Span[] = [];
  const body = text.slice(sentence.start, sentence.end);
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(body); m; m = CLAUSE_END.exec(body)) {
    const span = trim(body, { start, end: m.index });
    if (span) clauses.push({ start: span.start + sentence.start, end: span.end + sentence.start });
    start = m.index + m[0].length;
  }
  const last = trim(body, { start, end: body.length });
  if (last) clauses.push({ start: last.start + sentence.start, end: last.end + sentence.start });
  return clauses;
}
