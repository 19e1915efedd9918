/**
 * One input file through the whole library: read, decode, extract, and refuse what holds no
 * document. The CLI and the loader share it so both say the same thing about the same file.
 */
import { ExtractError } from '../errors.js';
import { type ExtractResult, extract } from '../extract.js';
import { readInput } from './read-input.js';

export interface ExtractedFile {
  file: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** Encoding it was decoded from (WHATWG label). */
  encoding: string;
  result: ExtractResult;
}

export interface ExtractFileOptions {
  /** Called with `file: reason` for each problem that did not stop the file from being used. */
  onWarning?: (message: string) => void;
}

/** A CJK ideograph anywhere: reports and news are Chinese, so text without one is not ours. */
const CHINESE = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Reads one file and extracts it. Throws an `ExtractError` naming the file and the reason when
 * it cannot be read or decoded, or holds no recognisable document.
 */
export async function extractFile(file: string, options: ExtractFileOptions = {}): Promise<ExtractedFile> {
  const decoded = await readInput(file);
  for (const warning of decoded.warnings) options.onWarning?.(`${file}: ${warning}`);
  if (!CHINESE.test(decoded.text)) {
    throw new ExtractError(file, 'no recognisable document: the text holds no Chinese characters');
  }
  const result = extract(decoded.text, { sourceFile: file });
  if (result.documents.length === 0) {
    throw new ExtractError(file, 'no recognisable document: neither a portal page nor a plain-text report');
  }
  for (const warning of result.warnings) options.onWarning?.(`${file}: ${warning}`);
  return { file, bytes: decoded.bytes, encoding: decoded.encoding, result };
}
