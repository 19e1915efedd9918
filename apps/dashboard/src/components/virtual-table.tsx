/**
 * A table that renders only the rows in view (@tanstack/react-virtual), so a 10 000-row SQL
 * result scrolls as smoothly as a 10-row one. It stays a real <table> (rows absolutely placed in a
 * tall tbody), and aria-rowcount/aria-rowindex tell screen readers the rows not in the DOM.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

interface Props {
  columns: readonly { name: string; type?: string }[];
  rows: readonly (readonly unknown[])[];
  label: string;
  rowHeight?: number;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function VirtualTable({ columns, rows, label, rowHeight = 30 }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    // happy-dom and the first paint have no layout yet: start with a window's worth of rows.
    initialRect: { width: 800, height: 420 },
  });
  const template = `repeat(${columns.length}, minmax(120px, 1fr))`;
  return (
    // The scroll box is focusable so keyboard users can scroll the result.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div className="vtable" ref={scrollRef} tabIndex={0} data-testid="result-table">
      <table aria-label={label} aria-rowcount={rows.length + 1} style={{ minWidth: columns.length * 120 }}>
        <thead>
          <tr
            className="vtable-row vtable-header"
            aria-rowindex={1}
            style={{ gridTemplateColumns: template }}
          >
            {columns.map((c) => (
              <th key={c.name} scope="col" title={c.type} className="vtable-cell">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize(), position: 'relative', display: 'block' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <tr
                key={item.key}
                className="vtable-row"
                aria-rowindex={item.index + 2}
                style={{
                  gridTemplateColumns: template,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: item.size,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                {columns.map((c, i) => {
                  const text = cellText(row[i]);
                  return (
                    <td
                      key={c.name}
                      title={text}
                      className={row[i] === null ? 'vtable-cell cell-null' : 'vtable-cell'}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
