/**
 * Turns the bytes of an input file into text. UTF-8 (with or without BOM) and UTF-16 (with BOM)
 * are recognised by their bytes; anything that is not valid UTF-8 goes to `chardet`, a maintained
 * statistical detector, to tell GB18030/GBK from Big5 and the rest. Decoding itself is the
 * platform's WHATWG TextDecoder (in Node and in browsers), which knows all of these encodings.
 */
import { analyse } from 'chardet';
import { ExtractError } from './errors.js';

export interface Decoded {
  text: string;
  /** WHATWG encoding label used to decode. */
  encoding: string;
  /** Whether a byte-order mark was removed (offsets count from after it). */
  hadBom: boolean;
}

const CHARDET_TO_WHATWG: Record<string, string> = {
  GB18030: 'gb18030',
  GBK: 'gb18030',
  GB2312: 'gb18030',
  Big5: 'big5',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  'UTF-8': 'utf-8',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
};

/** Share of control characters (other than tab and line breaks) above which we call input binary. */
const MAX_CONTROL_SHARE = 0.01;

export function decode(bytes: Uint8Array, file: string): DecodedWithWarnings {
  if (bytes.length === 0) throw new ExtractError(file, 'the file is empty');
  const bom = detectBom(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding, { fatal: false }).decode(bytes.subarray(bom.length));
    return checked({ text, encoding: bom.encoding, hadBom: true }, file);
  }
  if (looksLikeUtf16(bytes)) {
    const encoding = bytes[0] === 0 ? 'utf-16be' : 'utf-16le';
    return checked({ text: new TextDecoder(encoding).decode(bytes), encoding, hadBom: false }, file);
  }
  if (bytes.includes(0)) throw new ExtractError(file, 'binary file (contains NUL bytes), not a text report');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return checked({ text, encoding: 'utf-8', hadBom: false }, file);
  } catch {
    // Not valid UTF-8: a legacy encoding, or UTF-8 cut short (a truncated multi-byte character).
  }
  const truncatedUtf8 = utf8ValidExceptTail(bytes);
  if (truncatedUtf8 !== null) {
    return checked({ text: truncatedUtf8, encoding: 'utf-8', hadBom: false }, file, [
      'the file ends in the middle of a UTF-8 character (truncated?); the incomplete character was dropped',
    ]);
  }
  const sample = bytes.length > 1 << 20 ? bytes.subarray(0, 1 << 20) : bytes;
  const guess = analyse(sample).find((c) => CHARDET_TO_WHATWG[c.name]);
  const encoding = guess ? CHARDET_TO_WHATWG[guess.name]! : 'gb18030';
  const chinese = guess && ['gb18030', 'big5'].includes(encoding) ? encoding : 'gb18030';
  // Chinese reports are what we read: among legacy encodings trust only the Chinese ones, and
  // fall back to GB18030 (a superset of GBK and GB2312) when the detector is unsure.
  const text = new TextDecoder(chinese).decode(bytes);
  return checked({ text, encoding: chinese, hadBom: false }, file);
}

export interface DecodedWithWarnings extends Decoded {
  warnings: string[];
}

function checked(decoded: Decoded, file: string, warnings: string[] = []): DecodedWithWarnings {
  const { text } = decoded;
  let control = 0;
  let replacement = 0;
  const limit = Math.min(text.length, 1 << 20);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (limit > 0 && control / limit > MAX_CONTROL_SHARE) {
    throw new ExtractError(file, 'binary file (control characters throughout), not a text report');
  }
  if (limit > 0 && replacement / limit > 0.05) {
    throw new ExtractError(file, `cannot decode: too many invalid characters as ${decoded.encoding}`);
  }
  if (text.trim() === '') throw new ExtractError(file, 'the file holds only whitespace');
  return { ...decoded, warnings };
}

function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) {
    return { encoding: 'gb18030', length: 4 };
  }
  return null;
}

/** UTF-16 without BOM: Chinese text has a zero or small high byte in a regular position. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  return (
    (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) || (oddZero > pairs * 0.3 && evenZero < pairs * 0.05)
  );
}

/** If only the last 1–3 bytes break UTF-8 (a cut-off character), the text before them. */
function utf8ValidExceptTail(bytes: Uint8Array): string | null {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut]!;
    if (lead >= 0xc0) {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      } catch {
        return null;
      }
    }
  }
  return null;
}
