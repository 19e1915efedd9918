/**
 * How many times `part` occurs in `text` (overlapping occurrences count), counting no further
 * than `atMost + 1`: a caller asking whether there are more than `atMost` stops early.
 */
export function occurrences(text: string, part: string, atMost = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0 && n <= atMost; i = text.indexOf(part, i + 1)) n++;
  return n;
}

/** How many times the global pattern `re` matches in `text`. */
export function matchCount(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
