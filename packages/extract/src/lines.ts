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
