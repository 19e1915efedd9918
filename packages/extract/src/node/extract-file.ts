/**
 * One input file through the whole library: read, decode, extract, and refuse what holds no
 * document. The CLI and the loader share it so both say the same thing about the same file.
 */
import { type ExtractResult, extract } from '../extract.js';
import { regionPinyin } from './region-pinyin.js';
import { noDocument, readUsableInput } from './usable-input.js';

export interface ExtractedFile {
  file: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** Encoding it was decoded from (WHATWG label). */
  encoding: string;
  result: ExtractResult;
  /** The decoded text the offsets of `result` point into. */
  text: string;
  /** Time spent reading and decoding, and extracting (checks included), in milliseconds. */
  timings: { readMs: number; extractMs: number };
}

export interface ExtractFileOptions {
  /** Called with `file: reason` for each problem that did not stop the file from being used. */
  onWarning?: (message: string) => void;
  /** What documents record as their source file (default: the path read). */
  sourceName?: string;
}

/**
 * Reads one file and extracts it. Throws an `ExtractError` naming the file and the reason when
 * it cannot be read or decoded, or holds no recognisable document.
 */
export async function extractFile(file: string, options: ExtractFileOptions = {}): Promise<ExtractedFile> {
  const started = performance.now();
  const decoded = await readUsableInput(file, options);
  const read = performance.now();
  const result = extract(decoded.text, {
    sourceFile: options.sourceName ?? file,
    regionPinyin: regionPinyin(),
  });
  if (result.documents.length === 0) throw noDocument(file);
  for (const warning of result.warnings) options.onWarning?.(`${file}: ${warning}`);
  const timings = { readMs: read - started, extractMs: performance.now() - read };
  return { file, bytes: decoded.bytes, encoding: decoded.encoding, result, text: decoded.text, timings };
}
