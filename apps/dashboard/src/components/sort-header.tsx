/** A column header that sorts its table: a button inside the <th>, with aria-sort saying how. */
import type { ReactNode } from 'react';
import type { Sorting } from './sortable';

interface Props {
  id: string;
  sorting: Sorting;
  onSort: (id: string) => void;
  numeric?: boolean;
  title?: string;
  children: ReactNode;
}

export function SortHeader({ id, sorting, onSort, numeric, title, children }: Props) {
  const active = sorting.key === id;
  const order = active ? (sorting.descending ? 'descending' : 'ascending') : 'none';
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={order} title={title}>
      <button type="button" className="sort-button" onClick={() => onSort(id)} data-sort={id}>
        {children}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sorting.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}
