/**
 * Sorting for tables: the reader clicks a column header to sort by it, again to reverse. Missing
 * values sort last whichever the direction, so a sorted column starts with figures, not dashes.
 */
import { useMemo, useState } from 'react';

export type SortValue = string | number | null | undefined;
export type SortKeys<T> = Record<string, (row: T) => SortValue>;

export interface Sorting {
  key: string | null;
  descending: boolean;
}

function compare(a: SortValue, b: SortValue): number {
  if (a == null || a === '') return b == null || b === '' ? 0 : 1;
  if (b == null || b === '') return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');
}

export function sortRows<T>(rows: readonly T[], keys: SortKeys<T>, sorting: Sorting): T[] {
  const key = sorting.key ? keys[sorting.key] : undefined;
  if (!key) return [...rows];
  return [...rows].sort((x, y) => {
    const a = key(x);
    const b = key(y);
    // Missing values stay last in both directions.
    if (a == null || a === '' || b == null || b === '') return compare(a, b);
    return sorting.descending ? compare(b, a) : compare(a, b);
  });
}

export function useSorting<T>(
  rows: readonly T[],
  keys: SortKeys<T>,
  initial: Sorting = { key: null, descending: false },
) {
  const [sorting, setSorting] = useState<Sorting>(initial);
  const sorted = useMemo(() => sortRows(rows, keys, sorting), [rows, keys, sorting]);
  const toggle = (key: string) =>
    setSorting((s) =>
      s.key === key ? { key, descending: !s.descending } : { key, descending: key !== 'name' },
    );
  return { sorted, sorting, toggle };
}
