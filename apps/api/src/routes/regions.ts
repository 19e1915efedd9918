/** Regions the corpus talks about (and their ancestors), with how much data each has. */

import type { z } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { GwrDatabase } from '../db.js';
import { createRouter, jsonResponse } from '../router.js';
import { RegionListSchema, type RegionOutSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/regions',
  tags: ['catalog'],
  summary: 'Regions with level, parent, counts of documents and facts, and years',
  responses: { 200: jsonResponse(RegionListSchema, 'Regions, provinces first then by code') },
});

const SQL = `
WITH doc_counts AS (
  SELECT region, region_code, count(*)::INTEGER AS documents,
         list_sort(list_distinct(list(report_year) FILTER (WHERE report_year IS NOT NULL))) AS report_years
  FROM documents GROUP BY ALL
), fact_counts AS (
  SELECT region, region_code, count(*)::INTEGER AS facts,
         list_sort(list_distinct(list(year) FILTER (WHERE year IS NOT NULL))) AS fact_years
  FROM facts GROUP BY ALL
)
SELECT r.name, r.region_code AS code, r.level, r.parent_code, r.parent_name, r.province_name,
       coalesce(d.documents, 0) AS documents, coalesce(f.facts, 0) AS facts,
       coalesce(d.report_years, []) AS report_years, coalesce(f.fact_years, []) AS fact_years
FROM regions r
LEFT JOIN doc_counts d ON d.region = r.name AND d.region_code IS NOT DISTINCT FROM r.region_code
LEFT JOIN fact_counts f ON f.region = r.name AND f.region_code IS NOT DISTINCT FROM r.region_code
ORDER BY CASE r.level WHEN 'national' THEN 0 WHEN 'province' THEN 1 WHEN 'prefecture' THEN 2 ELSE 3 END,
         r.region_code NULLS LAST, r.name`;

export function regionRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const regions = await db.all<z.infer<typeof RegionOutSchema>>(SQL);
    return c.json({ regions }, 200);
  });
}
