/** A line of the input with its character offsets (`end` excludes the line break). */
export interface Line {
  text: string;
  start: number;
  end: number;
}

/** Splits text into lines, keeping offsets; accepts \n, \r\n and \r breaks. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ text: text.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}

/**
 * Where the lines of a text start, found in one pass so that asking for the start of the line at
 * an offset is a binary search, not a scan back over a line that may run for pages.
 */
export class LineStarts {
  private readonly breaks: number[] = [];

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.breaks.push(at);
  }

  /** The start of the line holding `offset` (one past the last `\n` at or before it). */
  startOf(offset: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.breaks[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : this.breaks[lo - 1] + 1;
  }
}
