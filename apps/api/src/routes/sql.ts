/** `POST /api/sql`: one read-only statement from an analyst, as JSON or CSV (see sql-runner.ts). */
import { createRoute, z } from '@hono/zod-openapi';
import { clientKey, requireBearerToken } from '../bearer-token.js';
import { attachment, toCsv } from '../csv.js';
import { ApiError } from '../errors.js';
import { createRouter, errorResponse } from '../router.js';
import { SqlRequestSchema, SqlResultSchema } from '../schemas.js';
import type { SqlPool } from '../sql-pool.js';

const route = (tokens: readonly string[] | undefined) =>
  createRoute({
    method: 'post',
    path: '/api/sql',
    tags: ['sql'],
    summary: 'Run one read-only SQL statement against the store',
    description:
      'Exactly one SELECT (or EXPLAIN, DESCRIBE, SHOW, SUMMARIZE) statement over the tables and views of /api/schema. ' +
      'Time-limited, row-capped, memory-capped; a bearer token is required when the server has API_TOKEN. ' +
      'Send `Accept: text/csv` or `?format=csv` for CSV.',
    middleware: [requireBearerToken(tokens)] as const,
    security: tokens?.length ? [{ bearer: [] }] : [],
    request: {
      query: z.object({ format: z.enum(['json', 'csv']).optional() }),
      body: { required: true, content: { 'application/json': { schema: SqlRequestSchema } } },
    },
    responses: {
      200: {
        description: 'The result',
        content: { 'application/json': { schema: SqlResultSchema }, 'text/csv': { schema: z.string() } },
      },
      400: errorResponse('Not one statement, a syntax or binding error, or a bad parameter'),
      401: errorResponse('API_TOKEN is set and the bearer token is missing or wrong'),
      403: errorResponse(
        'The statement is not one reading SELECT, calls a function or reads a table not allowed, or SQL is off on this server',
      ),
      408: errorResponse('The query ran past the time limit and was interrupted'),
      413: errorResponse('The request body is too large'),
      422: errorResponse('The query needs more memory than allowed'),
      429: errorResponse(
        'No query slot came free within the wait limit, or this client has too many waiting',
      ),
      503: errorResponse('The server is shutting down'),
    },
  });

export function sqlRoutes(runner: SqlPool, apiTokens: readonly string[] | undefined, disabled?: string) {
  return createRouter().openapi(route(apiTokens), async (c) => {
    if (disabled) throw new ApiError(403, 'sql_disabled', `sql: ${disabled}`);
    const { sql, max_rows } = c.req.valid('json');
    const wantsCsv =
      c.req.valid('query').format === 'csv' || /\btext\/csv\b/.test(c.req.header('Accept') ?? '');
    const result = await runner.run(sql, max_rows, clientKey(c, apiTokens));
    if (wantsCsv) {
      return c.body(
        toCsv(
          result.columns.map((col) => col.name),
          result.rows,
        ),
        200,
        {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': attachment('query.csv'),
          'X-Truncated': String(result.truncated),
          'X-Elapsed-Ms': String(result.elapsed_ms),
        },
      );
    }
    return c.json(result, 200);
  });
}
