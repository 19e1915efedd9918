/**
 * Splits a decoded input into raw documents. Two shapes are accepted:
 * - the portal dump: documents separated by a line holding `-`, each a title line, body line(s)
 *   and a publication-date line, with the page chrome (`有想补充的信息?点我投稿`, `- 联系我们`) after
 *   the last one;
 * - a lone plain-text report: the whole file is one document, its first short line the title.
 */
import type { Span } from '@gwr/domain';
import { type Line, splitLines } from './lines.js';

export interface RawDocument {
  title: string;
  titleSpan: Span;
  /** `投资瓯海区` from a leading `【投资瓯海区】`. */
  sourceTag: string | null;
  body: string;
  bodySpan: Span;
  published: string | null;
  dateSpan: Span | null;
}

export interface SplitResult {
  documents: RawDocument[];
  /** Lines recognised as page chrome and dropped. */
  chrome: Line[];
  format: 'portal' | 'plain';
}

const SEPARATOR = /^\s*-\s*$/;
const DATE_LINE = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$/;
/** Menu items and calls to action the portal prints around its content. */
const CHROME_LINE =
  /^\s*(-\s+\S{1,12}|有想补充的信息.*|点我投稿|版权所有.*|Copyright.*|返回顶部|上一篇.*|下一篇.*)\s*$/i;
const SOURCE_TAG = /^\s*【([^】]{1,20})】/;
/** Longest title we accept from a plain report's first line; longer first lines are body text. */
const MAX_TITLE = 120;

export function splitPage(text: string): SplitResult {
  const lines = splitLines(text);
  const isSeparator = lines.map((l) => SEPARATOR.test(l.text));
  return isSeparator.some(Boolean) ? splitPortal(text, lines, isSeparator) : splitPlain(text, lines);
}

function trimmedSpan(line: Line): Span {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.start + lead, end: line.end - trail };
}

function isoDate(match: RegExpExecArray): string {
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

function makeDocument(text: string, titleLine: Line, bodyLines: Line[], dateLine: Line | null): RawDocument {
  const titleSpan = trimmedSpan(titleLine);
  const title = text.slice(titleSpan.start, titleSpan.end);
  const first = bodyLines[0];
  const last = bodyLines[bodyLines.length - 1];
  const bodySpan =
    first && last
      ? { start: trimmedSpan(first).start, end: trimmedSpan(last).end }
      : { start: titleSpan.end, end: titleSpan.end };
  const date = dateLine ? DATE_LINE.exec(dateLine.text) : null;
  return {
    title,
    titleSpan,
    sourceTag: SOURCE_TAG.exec(title)?.[1] ?? null,
    body: text.slice(bodySpan.start, bodySpan.end),
    bodySpan,
    published: date ? isoDate(date) : null,
    dateSpan: dateLine ? trimmedSpan(dateLine) : null,
  };
}

function splitPortal(text: string, lines: Line[], isSeparator: boolean[]): SplitResult {
  const documents: RawDocument[] = [];
  const chrome: Line[] = [];
  let block: Line[] = [];
  const flush = () => {
    const content = block.filter((l) => l.text.trim() !== '');
    block = [];
    // The date line closes a document; whatever follows it in the block is page chrome.
    const dateIndex = content.findIndex((l, i) => i > 0 && DATE_LINE.test(l.text));
    const own = dateIndex >= 0 ? content.slice(0, dateIndex + 1) : content;
    for (const line of content.slice(own.length)) chrome.push(line);
    const kept: Line[] = [];
    for (const line of own) (CHROME_LINE.test(line.text) ? chrome : kept).push(line);
    const [titleLine, ...rest] = kept;
    if (!titleLine) return;
    const dateLine = rest.length > 0 && DATE_LINE.test(rest[rest.length - 1]!.text) ? rest.pop()! : null;
    // A lone short line between separators is navigation, not a document.
    if (rest.length === 0) {
      chrome.push(titleLine, ...(dateLine ? [dateLine] : []));
      return;
    }
    documents.push(makeDocument(text, titleLine, rest, dateLine));
  };
  lines.forEach((line, i) => {
    if (isSeparator[i]) flush();
    else block.push(line);
  });
  flush();
  return { documents, chrome, format: 'portal' };
}

function splitPlain(text: string, lines: Line[]): SplitResult {
  const content = lines.filter((l) => l.text.trim() !== '');
  const first = content[0];
  if (!first) return { documents: [], chrome: [], format: 'plain' };
  const firstIsTitle = first.text.trim().length <= MAX_TITLE && content.length > 1;
  const bodyLines = firstIsTitle ? content.slice(1) : content;
  const dateLine =
    bodyLines.length > 1 && DATE_LINE.test(bodyLines[bodyLines.length - 1]!.text) ? bodyLines.pop()! : null;
  const titleLine = firstIsTitle ? first : { text: '', start: first.start, end: first.start };
  return { documents: [makeDocument(text, titleLine, bodyLines, dateLine)], chrome: [], format: 'plain' };
}
