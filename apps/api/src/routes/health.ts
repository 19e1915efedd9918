import { createRoute } from '@hono/zod-openapi';
import type { GwrDatabase } from '../db.js';
import { createRouter, jsonResponse } from '../router.js';
import { HealthSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['meta'],
  summary: 'Service and database status',
  description:
    '`degraded` when the store is served with warnings: corpus files skipped at build, a corpus not found, a rebuild that failed.',
  responses: { 200: jsonResponse(HealthSchema, 'The service is up; what database it serves') },
});

export interface HealthInfo {
  /** The store's file name (a server path would tell a client how the machine is laid out). */
  name: string;
  /** What the operator should know about the store served (skipped files, a corpus not found…). */
  warnings: readonly string[];
}

export function healthRoutes(db: GwrDatabase, info: HealthInfo) {
  return createRouter().openapi(route, async (c) => {
    const row = await db.one<{
      documents: number;
      facts: number;
      built_at: string | null;
      schema_version: string | null;
      skipped_files: string | null;
    }>(`SELECT (SELECT count(*) FROM documents)::INTEGER AS documents,
               (SELECT count(*) FROM facts)::INTEGER AS facts,
               (SELECT value FROM meta WHERE key = 'built_at') AS built_at,
               (SELECT value FROM meta WHERE key = 'schema_version') AS schema_version,
               (SELECT value FROM meta WHERE key = 'skipped_files') AS skipped_files`);
    const skipped = JSON.parse(row?.skipped_files ?? '[]') as { file: string; reason: string }[];
    const warnings = [...skipped.map((s) => `${s.file}: ${s.reason}; skipped`), ...info.warnings];
    return c.json(
      {
        status: warnings.length ? ('degraded' as const) : ('ok' as const),
        database: {
          name: info.name,
          documents: row?.documents ?? 0,
          facts: row?.facts ?? 0,
          built_at: row?.built_at ?? null,
          schema_version: row?.schema_version ?? null,
        },
        warnings,
      },
      200,
    );
  });
}
