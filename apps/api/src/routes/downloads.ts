/**
 * The whole dataset for download: every fact as CSV and as Parquet, the DuckDB file itself, and
 * a data dictionary saying what each column of the facts means (`GET /api/downloads`).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { describeColumn, TABLE_DOCS } from '@gwr/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { attachment } from '../csv.js';
import { DatasetExport, EXPORT_FILES, type ExportName } from '../dataset-export.js';
import type { GwrDatabase } from '../db.js';
import { errorBody } from '../errors.js';
import { createRouter, errorResponse, jsonResponse } from '../router.js';

export const DownloadsSchema = z
  .object({
    built_at: z.string().nullable(),
    files: z.array(
      z.object({
        name: z.string(),
        format: z.string(),
        url: z.string(),
        description: z.string(),
      }),
    ),
    dictionary: z.object({
      table: z.string(),
      description: z.string(),
      columns: z.array(z.object({ name: z.string(), type: z.string(), description: z.string() })),
    }),
  })
  .openapi('Downloads');

const indexRoute = createRoute({
  method: 'get',
  path: '/api/downloads',
  tags: ['downloads'],
  summary: 'The downloadable files of the whole dataset, and the data dictionary of the facts',
  responses: { 200: jsonResponse(DownloadsSchema, 'Files and dictionary') },
});

const fileRoute = createRoute({
  method: 'get',
  path: '/api/downloads/{file}',
  tags: ['downloads'],
  summary: 'One file of the dataset: facts.csv, facts.parquet or gwr.duckdb',
  request: { params: z.object({ file: z.enum(['facts.csv', 'facts.parquet', 'gwr.duckdb']) }) },
  responses: {
    200: {
      description: 'The file',
      content: {
        'text/csv': { schema: z.string() },
        'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    400: errorResponse('No such file'),
    404: errorResponse('gwr.duckdb from a server that serves a Parquet lake'),
  },
});

/** A UTF-8 byte-order mark leads CSV files so spreadsheet programs read the Chinese as UTF-8. */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function fileStream(path: string, prefix?: Buffer): ReadableStream {
  const file = createReadStream(path);
  const node = prefix
    ? Readable.from(
        (async function* () {
          yield prefix;
          yield* file;
        })(),
      )
    : file;
  return Readable.toWeb(node) as ReadableStream;
}

export function downloadRoutes(db: GwrDatabase) {
  const exported = new DatasetExport(db.path, db.isLake);
  return createRouter()
    .openapi(indexRoute, async (c) => {
      const [meta, columns] = await Promise.all([
        db.one<{ built_at: string | null }>(
          "SELECT (SELECT value FROM meta WHERE key = 'built_at') AS built_at",
        ),
        db.all<{ name: string; type: string }>(
          `SELECT column_name AS name, data_type AS type FROM information_schema.columns
           WHERE table_name = 'v_facts' AND table_catalog = current_database() ORDER BY ordinal_position`,
        ),
      ]);
      return c.json(
        {
          built_at: meta?.built_at ?? null,
          files: [
            { name: 'facts.csv', format: 'CSV', description: 'Every fact, one row each, the columns below' },
            {
              name: 'facts.parquet',
              format: 'Parquet',
              description: 'The same facts, typed, for pandas, R or DuckDB',
            },
            {
              name: 'gwr.duckdb',
              format: 'DuckDB',
              description:
                'The whole store: documents with their text, sections, facts, regions, indicators and views',
            },
          ]
            .filter((f) => !(db.isLake && f.name === 'gwr.duckdb'))
            .map((f) => ({ ...f, url: `/api/downloads/${f.name}` })),
          dictionary: {
            table: 'v_facts',
            description: TABLE_DOCS.v_facts?.description ?? '',
            columns: columns.map((col) => ({
              ...col,
              description: describeColumn('v_facts', col.name) ?? '',
            })),
          },
        },
        200,
      );
    })
    .openapi(fileRoute, async (c) => {
      const { file } = c.req.valid('param');
      // The store is opened read-only and replaced only by a rename: its bytes, and every export
      // of it, stay the same while the process runs. A tag of our own spares the ETag middleware
      // hashing a whole file.
      if (file === 'gwr.duckdb' && db.isLake)
        return c.json(
          errorBody(
            'not_found',
            'this server serves a Parquet lake (GWR_LAKE), not a DuckDB file: read its files',
          ),
          404,
        );
      const store = await stat(db.path);
      const etag = `"${file}-${store.size}-${Math.round(store.mtimeMs)}"`;
      if (file === 'gwr.duckdb') {
        const size = store.size;
        return c.body(fileStream(db.path), 200, {
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(size),
          'Content-Disposition': attachment('gwr.duckdb'),
          'Cache-Control': 'no-cache',
          ETag: etag,
        });
      }
      const name = file as ExportName;
      const { path, bytes } = await exported.file(name);
      const csv = name === 'facts.csv';
      return c.body(fileStream(path, csv ? BOM : undefined), 200, {
        'Content-Type': EXPORT_FILES[name].type,
        'Content-Length': String(bytes + (csv ? BOM.length : 0)),
        'Content-Disposition': attachment(name),
        'Cache-Control': 'no-cache',
        ETag: etag,
      });
    });
}
