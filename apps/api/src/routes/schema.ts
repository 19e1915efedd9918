/** The tables and views analysts may query, every column with its type and meaning. */
import { describeColumn, LAKE_TABLES, TABLE_DOCS } from '@gwr/domain';
import { createRoute } from '@hono/zod-openapi';
import type { GwrDatabase } from '../db.js';
import { createRouter, jsonResponse } from '../router.js';
import { SchemaListSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/schema',
  tags: ['sql'],
  summary: 'Tables and views for SQL, every column described',
  responses: { 200: jsonResponse(SchemaListSchema, 'Views first (the stable contract), then tables') },
});

export function schemaRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const columns = await db.all<{
      table_name: string;
      table_type: string;
      column_name: string;
      data_type: string;
    }>(
      `SELECT c.table_name, t.table_type, c.column_name, c.data_type
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_catalog, table_schema, table_name)
       WHERE c.table_schema = 'main' AND c.table_catalog = current_database()
       ORDER BY c.table_name, c.ordinal_position`,
    );
    const order = Object.keys(TABLE_DOCS);
    const tables = new Map<
      string,
      {
        name: string;
        kind: 'table' | 'view';
        description: string;
        columns: { name: string; type: string; description: string }[];
      }
    >();
    for (const col of columns) {
      let table = tables.get(col.table_name);
      if (!table) {
        table = {
          name: col.table_name,
          // A table of the store is one whether it is stored in the file or read from a lake's files.
          kind: col.table_type === 'VIEW' && !(col.table_name in LAKE_TABLES) ? 'view' : 'table',
          description: TABLE_DOCS[col.table_name]?.description ?? '',
          columns: [],
        };
        tables.set(col.table_name, table);
      }
      table.columns.push({
        name: col.column_name,
        type: col.data_type,
        description: describeColumn(col.table_name, col.column_name) ?? '',
      });
    }
    const rank = (t: { name: string; kind: string }) => {
      const i = order.indexOf(t.name);
      return (t.kind === 'view' ? 0 : 1000) + (i === -1 ? 999 : i);
    };
    return c.json(
      { tables: [...tables.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name)) },
      200,
    );
  });
}
