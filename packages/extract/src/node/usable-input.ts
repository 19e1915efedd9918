/**
 * Reading an input file and refusing one that cannot be a report page (no Chinese, or a line too
 * long to be text), before any document is read: shared by `extractFile` and by the main thread
 * of a parallel read, which needs no more than this and the input's plan.
 */
import { ExtractError } from '../errors.js';
import { type DecodedFile, readInput } from './read-input.js';

/** A CJK ideograph anywhere: reports and news are Chinese, so text without one is not ours. */
const CHINESE = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Longest line we read, in characters. A whole report on one line is about 50,000 characters
 * (the seed's longest is 53,703); a line of millions is a corpus whose line breaks were lost, or
 * not text at all, and would be read as one giant document.
 */
export const MAX_LINE_CHARS = 2_000_000;

/** Length and 1-based number of the longest line (any of \n, \r\n, \r ends a line). */
export function longestLine(text: string): { length: number; line: number } {
  let best = { length: 0, line: 1 };
  let start = 0;
  let line = 1;
  const breaks = /\r\n?|\n/g;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const end = m ? m.index : text.length;
    if (end - start > best.length) best = { length: end - start, line };
    if (!m) return best;
    start = m.index + m[0].length;
    line++;
  }
}

/** The refusal of a file that holds text but no document. */
export function noDocument(file: string): ExtractError {
  return new ExtractError(file, 'no recognisable document: neither a portal page nor a plain-text report');
}

/**
 * Reads and decodes one file and refuses it, with an `ExtractError`, when it cannot be a report
 * page: no Chinese at all, or a line too long to be one.
 */
export async function readUsableInput(
  file: string,
  options: { onWarning?: (message: string) => void } = {},
): Promise<DecodedFile> {
  const decoded = await readInput(file);
  for (const warning of decoded.warnings) options.onWarning?.(`${file}: ${warning}`);
  if (!CHINESE.test(decoded.text)) {
    throw new ExtractError(file, 'no recognisable document: the text holds no Chinese characters');
  }
  const longest = longestLine(decoded.text);
  if (longest.length > MAX_LINE_CHARS) {
    throw new ExtractError(
      file,
      `line ${longest.line} is ${longest.length.toLocaleString('en')} characters long ` +
        `(the limit is ${MAX_LINE_CHARS.toLocaleString('en')}): not a report page, or its line breaks were lost`,
    );
  }
  return decoded;
}
