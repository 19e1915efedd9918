/**
 * CSV as every part of the product writes it (API downloads, the dashboard's exports, the CLI):
 * RFC 4180 quoting (a field holding a comma, quote or line break is quoted), CRLF line ends, and
 * formulas neutralised as OWASP recommends. A spreadsheet runs a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return as a formula (`=HYPERLINK(…)` sends data away, `+cmd|…`
 * runs programs), and our cells hold text from the corpus and analysts' SQL: such a cell gets a
 * leading `'`, which spreadsheets show as text and do not display. Numbers stay numbers.
 */

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain number written as text (`-12.5`, `+3e2`): a spreadsheet reads it as that number. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A whole file: the header, the rows, and a UTF-8 byte-order mark so spreadsheets read Chinese text as UTF-8. */
export function toCsv(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  let out = `\ufeff${csvLine(header)}`;
  for (const row of rows) out += csvLine(row);
  return out;
}
