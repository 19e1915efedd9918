/**
 * Character classes tested on character codes. The scanners test characters one at a time over
 * every stretch of text they read; a CJK character read as a one-character string is a new
 * string each time, and a regex per character costs more than the comparison.
 */

export const isDigit = (c: number) => c >= 48 && c <= 57;

/** 。!? and their full-width forms: a sentence ends here. */
export const isSentenceMark = (c: number) =>
  c === 0x3002 || c === 33 || c === 63 || c === 0xff01 || c === 0xff1f;

/** What the regex `\s` matches. */
export const isWhitespace = (c: number) =>
  c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 ||
      c === 0x3000 ||
      c === 0xfeff ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f;
