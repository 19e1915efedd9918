/**
 * A list item or heading marker at the start of a text, after any spaces: `2.` (not the `2.5` of
 * a decimal), `(八)`, `三、`. Its number is group 1 (digits) or group 2 or 3 (numerals). The spam
 * detector reads it to place a stranded title; facts leave it out of their evidence.
 */
export const LIST_MARKER =
  /^\s*(?:(\d{1,2})[.、](?!\d)|\(([一二三四五六七八九十]{1,3})\)|([一二三四五六七八九十]{1,3})、)/;
