/** The indicator catalog and, for each indicator, which regions and years have data. */
import { createRoute, type z } from '@hono/zod-openapi';
import type { GwrDatabase } from '../db.js';
import { createRouter, jsonResponse } from '../router.js';
import { IndicatorListSchema, type IndicatorOutSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/indicators',
  tags: ['catalog'],
  summary: 'Indicator catalog with the regions and years that have data',
  responses: { 200: jsonResponse(IndicatorListSchema, 'Indicators in catalog order') },
});

const SQL = `
WITH per_region AS (
  SELECT indicator, region, region_code, count(*) AS n,
         list_sort(list_distinct(list(year) FILTER (WHERE year IS NOT NULL))) AS years,
         list_sort(list_distinct(list(measure))) AS measures
  FROM facts WHERE indicator IS NOT NULL AND region IS NOT NULL GROUP BY ALL
), per_indicator AS (
  SELECT indicator, sum(n)::INTEGER AS facts,
         list_sort(list_distinct(flatten(list(years)))) AS years,
         list({'region': region, 'region_code': region_code, 'years': years, 'measures': measures}
              ORDER BY region_code NULLS LAST, region) AS regions
  FROM per_region GROUP BY indicator
)
SELECT i.id, i.zh, i.en, i.measures, i.level_unit, i.direction,
       coalesce(p.facts, 0) AS facts, coalesce(p.years, []) AS years, coalesce(p.regions, []) AS regions
FROM (SELECT *, row_number() OVER () AS ord FROM indicators) i
LEFT JOIN per_indicator p ON p.indicator = i.id
ORDER BY i.ord`;

export function indicatorRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const indicators = await db.all<z.infer<typeof IndicatorOutSchema>>(SQL);
    return c.json({ indicators }, 200);
  });
}
