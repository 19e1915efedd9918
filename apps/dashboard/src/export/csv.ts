/**
 * CSV downloads from the dashboard. The CSV itself is the product's (@gwr/domain: RFC 4180 quoting,
 * CRLF, formulas neutralised, a UTF-8 BOM so Excel reads Chinese text as UTF-8).
 */
import { toCsv } from '@gwr/domain';

export type CsvCell = unknown;

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
