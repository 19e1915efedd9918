import { createRoute } from '@hono/zod-openapi';
import type { GwrDatabase } from '../db.js';
import { createRouter, jsonResponse } from '../router.js';
import { HealthSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['meta'],
  summary: 'Service and database status',
  responses: { 200: jsonResponse(HealthSchema, 'The service is up; what database it serves') },
});

export function healthRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const row = await db.one<{
      documents: number;
      facts: number;
      built_at: string | null;
      schema_version: string | null;
    }>(`SELECT (SELECT count(*) FROM documents)::INTEGER AS documents,
               (SELECT count(*) FROM facts)::INTEGER AS facts,
               (SELECT value FROM meta WHERE key = 'built_at') AS built_at,
               (SELECT value FROM meta WHERE key = 'schema_version') AS schema_version`);
    return c.json(
      {
        status: 'ok' as const,
        database: {
          path: db.path,
          documents: row?.documents ?? 0,
          facts: row?.facts ?? 0,
          built_at: row?.built_at ?? null,
          schema_version: row?.schema_version ?? null,
        },
      },
      200,
    );
  });
}
