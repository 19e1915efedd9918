/**
 * Turns the bytes of an input file into text, in Node and in the browser alike (only the WHATWG
 * `TextDecoder`, which knows UTF-8, UTF-16, GB18030 and Big5).
 *
 * A byte-order mark decides when there is one, and valid UTF-8 is UTF-8. Anything else is decoded
 * as each candidate encoding and the most plausible text wins. Statistical detectors (chardet)
 * guess wrong on short Chinese inputs — a 12-character GBK line comes back as Shift_JIS or Big5
 * with equal low confidence — while the question we need answered is narrower: which decoding
 * reads as Chinese? Each encoding's own table says which characters are common: GB2312 level 1
 * holds the 3,755 most used simplified characters, Big5 level 1 the 5,401 most used traditional
 * ones. Decoding GBK bytes as Big5 (or the reverse) yields valid but rare characters, so the share
 * of level-1 characters, with U+FFFD and control characters as penalties, separates them.
 */
import { ExtractError } from './errors.js';
import { occurrences } from './occurrences.js';

export interface Decoded {
  text: string;
  /** WHATWG encoding label used to decode (`utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`). */
  encoding: string;
  /** Whether a byte-order mark was removed (offsets count from after it). */
  hadBom: boolean;
}

export interface DecodedWithWarnings extends Decoded {
  /** Problems that did not stop decoding (a truncated last character, replaced bytes). */
  warnings: string[];
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** Bytes scored per candidate: enough for a stable verdict, small enough to be free on 100 MB. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control characters (other than tab and line breaks) above which we call input binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of undecodable characters above which no candidate encoding fits. */
const MAX_INVALID_SHARE = 0.05;
/**
 * Least share of ASCII, punctuation and common characters in a text: random bytes read as UTF-16
 * give valid but rare characters and nothing else. (Real reports score above 0.8, traditional
 * text in GB18030 — only its characters shared with simplified count — above 0.5.)
 */
const MIN_PLAUSIBLE_SHARE = 0.4;

export interface DecodeOptions {
  /**
   * A faster UTF-8 decoder the platform offers: returns the text when the bytes are valid UTF-8,
   * `undefined` when they are not. Without one, a fatal `TextDecoder` decides.
   */
  utf8?: (bytes: Uint8Array) => string | undefined;
}

/**
 * Decodes an input file's bytes; `file` names it in errors and warnings.
 * Throws an `ExtractError` for an empty, binary or undecodable input.
 */
export function decode(bytes: Uint8Array, file = 'input', options: DecodeOptions = {}): DecodedWithWarnings {
  if (bytes.length === 0) throw new ExtractError(file, 'the file is empty');
  const bom = detectBom(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length));
    return checked({ text, encoding: bom.encoding, hadBom: true }, file, replacedWarning(text));
  }
  const hasNul = bytes.includes(0);
  if (!hasNul) {
    const text = options.utf8 ? options.utf8(bytes) : fatalUtf8(bytes);
    if (text !== undefined) return checked({ text, encoding: 'utf-8', hadBom: false }, file);
    // Not valid UTF-8: a legacy encoding, UTF-16 without BOM, or UTF-8 cut short.
    const truncated = utf8ValidExceptTail(bytes);
    if (truncated !== null) {
      return checked({ text: truncated, encoding: 'utf-8', hadBom: false }, file, [
        'the file ends in the middle of a UTF-8 character (truncated?); the incomplete character was dropped',
      ]);
    }
  }
  const encoding = bestEncoding(bytes, hasNul, file);
  // UTF-16 is two bytes a unit: an odd count means the file was cut, and the odd byte is dropped.
  const cut = encoding.startsWith('utf-16') && bytes.length % 2 === 1;
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(cut ? bytes.subarray(0, -1) : bytes);
  const warnings = replacedWarning(text);
  if (cut)
    warnings.unshift(
      'the file has an odd number of bytes for UTF-16 (truncated?); the last byte was dropped',
    );
  return checked({ text, encoding, hadBom: false }, file, warnings);
}

function fatalUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Scores each plausible encoding on a sample of the bytes and returns the best. */
function bestEncoding(bytes: Uint8Array, hasNul: boolean, file: string): Encoding {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  // NUL bytes occur in text only as the zero half of a UTF-16 code unit.
  const candidates: Encoding[] = hasNul
    ? ['utf-16le', 'utf-16be', 'utf-8', 'gb18030', 'big5']
    : ['gb18030', 'big5', 'utf-16le', 'utf-16be', 'utf-8'];
  let best: { encoding: Encoding; score: Score } | null = null;
  for (const encoding of candidates) {
    // Scored on whole code units: an odd sample length would end in a lone byte.
    const units = encoding.startsWith('utf-16') ? sample.subarray(0, sample.length & ~1) : sample;
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(units, { stream: true });
    const score = scoreText(text, commonCharacters(encoding));
    if (!best || score.value > best.score.value) best = { encoding, score };
  }
  const fits =
    best &&
    best.score.control <= best.score.total * MAX_CONTROL_SHARE &&
    best.score.invalid <= best.score.total * MAX_INVALID_SHARE &&
    best.score.good >= best.score.total * MIN_PLAUSIBLE_SHARE;
  if (!best || !fits) {
    throw new ExtractError(
      file,
      hasNul || (best && best.score.control > best.score.total * MAX_CONTROL_SHARE)
        ? 'binary file (NUL bytes or control characters), not a text report'
        : 'cannot decode: not text in UTF-8, UTF-16, GB18030/GBK or Big5',
    );
  }
  return best.encoding;
}

interface Score {
  value: number;
  good: number;
  total: number;
  control: number;
  invalid: number;
}

/**
 * Plausibility of a decoding: common characters and ASCII text count for it, U+FFFD and control
 * characters against it; rare characters, as a wrong decoding produces, count for nothing.
 */
function scoreText(text: string, common: ReadonlySet<number>): Score {
  let good = 0;
  let control = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) good++;
    else if (c === 0x0a || c === 0x0d || c === 0x09) good++;
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) control++;
    else if (c === 0xfffd) invalid++;
    else if (common.has(c) || isChinesePunctuation(c)) good++;
  }
  return { value: good - 4 * (invalid + control), good, total: text.length, control, invalid };
}

/** Full-width forms and the CJK punctuation reports use (、。《》「」【】…). */
function isChinesePunctuation(c: number): boolean {
  return (c >= 0xff01 && c <= 0xff5e) || (c >= 0x3001 && c <= 0x3002) || (c >= 0x3008 && c <= 0x3011);
}

let gbLevel1: Set<number> | null = null;
let big5Level1: Set<number> | null = null;
let eitherLevel1: Set<number> | null = null;

/** The characters an encoding's own table ranks as common (built on first use: no import cost). */
function commonCharacters(encoding: Encoding): ReadonlySet<number> {
  // GB2312 level 1: rows 0xB0–0xD7, cells 0xA1–0xFE (the last row ends at 0xF9).
  gbLevel1 ??= tableCharacters('gb18030', 0xb0, 0xd7, [[0xa1, 0xfe]]);
  // Big5 level 1 (常用字): 0xA440–0xC67E, cells 0x40–0x7E and 0xA1–0xFE.
  big5Level1 ??= tableCharacters('big5', 0xa4, 0xc6, [
    [0x40, 0x7e],
    [0xa1, 0xfe],
  ]);
  eitherLevel1 ??= new Set([...gbLevel1, ...big5Level1]);
  if (encoding === 'gb18030') return gbLevel1;
  if (encoding === 'big5') return big5Level1;
  return eitherLevel1;
}

function tableCharacters(
  encoding: Encoding,
  firstLead: number,
  lastLead: number,
  cells: number[][],
): Set<number> {
  const bytes: number[] = [];
  for (let lead = firstLead; lead <= lastLead; lead++) {
    for (const [from, to] of cells) for (let cell = from!; cell <= to!; cell++) bytes.push(lead, cell);
  }
  const set = new Set<number>();
  const text = new TextDecoder(encoding).decode(new Uint8Array(bytes));
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) set.add(c);
  }
  return set;
}

function replacedWarning(text: string): string[] {
  const count = occurrences(text, '\ufffd');
  return count > 0 ? [`${count} undecodable byte sequence(s) replaced by U+FFFD`] : [];
}

/**
 * Control characters other than tab and line breaks: text has (almost) none, binary has them
 * throughout. A regex, not a loop over charCodeAt: the decoded text of a large file is an
 * external string, which a JS loop reads at ~11 ns a character and the regex engine directly.
 */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/** Whether more than `most` matches of a global regex occur in `sample` (stops counting there). */
function moreMatchesThan(re: RegExp, sample: string, most: number): boolean {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(sample); m; m = re.exec(sample)) if (++n > most) return true;
  return false;
}

function checked(decoded: Decoded, file: string, warnings: string[] = []): DecodedWithWarnings {
  const { text } = decoded;
  const sample = text.length > 1 << 20 ? text.slice(0, 1 << 20) : text;
  if (moreMatchesThan(CONTROL, sample, sample.length * MAX_CONTROL_SHARE)) {
    throw new ExtractError(file, 'binary file (control characters throughout), not a text report');
  }
  const mostInvalid = sample.length * MAX_INVALID_SHARE;
  if (occurrences(sample, '\ufffd', mostInvalid) > mostInvalid) {
    throw new ExtractError(file, `cannot decode: too many invalid characters as ${decoded.encoding}`);
  }
  if (text.trim() === '') {
    throw new ExtractError(file, 'the file holds only whitespace');
  }
  return { ...decoded, warnings };
}

function detectBom(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) {
    return { encoding: 'gb18030', length: 4 };
  }
  return null;
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
