/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 BOM so Excel reads
 * Chinese text as UTF-8 rather than the local code page.
 */
export type CsvCell = unknown;

function quote(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'object' ? JSON.stringify(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [columns.map(quote).join(',')];
  for (const row of rows) lines.push(row.map(quote).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Starts a browser download of `blob` under `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once cancels the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(
  filename: string,
  columns: readonly string[],
  rows: readonly (readonly CsvCell[])[],
) {
  downloadBlob(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }), filename);
}
