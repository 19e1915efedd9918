/**
 * Offsets as the command line gives them: in Unicode characters (code points), as Python, DuckDB
 * and most languages count a string. JavaScript counts UTF-16 units, in which a character outside
 * the Basic Multilingual Plane (an emoji, a rare character of a name) is two. The library's own
 * results keep JavaScript's offsets, so that `text.slice(start, end)` is the evidence there; what
 * is printed for other languages is converted here.
 */

/** Whether a text holds any character of two UTF-16 units: most hold none, and need no converting. */
export function hasSurrogatePairs(text: string): boolean {
  return HIGH_SURROGATE.test(text);
}
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** How many characters of two units start in `text` from `from` (inclusive) to `to` (exclusive). */
export function surrogatePairs(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = from; i < to; i++) if (isHighSurrogate(text.charCodeAt(i))) count++;
  return count;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Converts offsets into a stretch of a file (a document's body, `text`, starting at UTF-16 offset
 * `start` of the file, after `pairsBefore` characters of two units) to code-point offsets.
 */
export class CodePointOffsets {
  /** Where in `text` each character of two units starts, in order. */
  private readonly pairs: number[] = [];

  constructor(
    text: string,
    private readonly start = 0,
    private readonly pairsBefore = 0,
  ) {
    // (Looked for only in a text that holds any: this runs for every document the command prints.)
    if (!hasSurrogatePairs(text)) return;
    for (let i = 0; i < text.length; i++) if (isHighSurrogate(text.charCodeAt(i))) this.pairs.push(i);
  }

  /** Whether every offset stays as it is (nothing of two units before or in the stretch). */
  get unchanged(): boolean {
    return this.pairsBefore === 0 && this.pairs.length === 0;
  }

  /** The code-point offset of the file's UTF-16 offset `at` (in or at the end of the stretch). */
  of(at: number): number {
    const within = at - this.start;
    // The pairs that start before `at`: a binary search for the first at or after it.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid]! < within) lo = mid + 1;
      else hi = mid;
    }
    return at - this.pairsBefore - lo;
  }
}
