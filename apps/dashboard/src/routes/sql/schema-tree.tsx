/** The store's tables and views with their columns, beside the editor; a click inserts a name. */
import type { SchemaList } from '../../api/types';

interface Props {
  schema: SchemaList;
  onInsert: (text: string) => void;
}

export function SchemaTree({ schema, onInsert }: Props) {
  const views = [...schema.tables].sort((a, b) => Number(a.kind !== 'view') - Number(b.kind !== 'view'));
  return (
    <div data-testid="sql-schema">
      {views.map((table) => (
        <details key={table.name} open={table.name === 'v_facts'}>
          {/* No button inside <summary>: nested controls confuse screen readers (axe nested-interactive). */}
          <summary title={table.description}>
            <code>{table.name}</code> <span className="card-meta">{table.kind}</span>
          </summary>
          <button type="button" className="link-button schema-insert" onClick={() => onInsert(table.name)}>
            + {table.name}
          </button>
          <ul>
            {table.columns.map((column) => (
              <li key={column.name} title={column.description}>
                <button type="button" className="link-button" onClick={() => onInsert(column.name)}>
                  <code>{column.name}</code>
                </button>{' '}
                <span className="card-meta">{column.type}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
