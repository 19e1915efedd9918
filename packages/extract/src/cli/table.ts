/**
 * Aligned, human-readable columns for a terminal. Widths count CJK characters as two columns;
 * long cells are cut with `…` at a per-column maximum so one long clause cannot push the table
 * off the screen.
 */
import { displayWidth, padToWidth, truncateToWidth } from './display-width.js';

export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
  /** Widest a cell may be, in terminal columns. */
  max?: number;
}

export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const cut = rows.map((row) => row.map((cell, i) => truncateToWidth(cell, columns[i]!.max ?? 40)));
  // A loop, not Math.max(...rows): spreading 100k+ rows into arguments overflows the stack.
  const widths = columns.map((column) => displayWidth(column.header));
  for (const row of cut)
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i]!, displayWidth(row[i]!));
  const line = (cells: readonly string[]) =>
    `${cells
      .map((cell, i) => padToWidth(cell, widths[i]!, columns[i]!.align))
      .join('  ')
      .trimEnd()}\n`;
  return line(columns.map((c) => c.header)) + line(widths.map((w) => '-'.repeat(w))) + cut.map(line).join('');
}
