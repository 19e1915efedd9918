/**
 * CSV output (RFC 4180): fields quoted when they hold a comma, quote or line break; CRLF rows.
 * A UTF-8 byte-order mark leads the file so spreadsheet programs read the Chinese text as UTF-8.
 */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  const lines = [header.map(field).join(',')];
  for (const row of rows) lines.push(row.map(field).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** `attachment; filename="facts.csv"` with an RFC 5987 form for non-ASCII names. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
