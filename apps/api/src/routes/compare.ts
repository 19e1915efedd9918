/** One indicator and measure across every region and year: results and targets side by side. */

import { listValue } from '@duckdb/node-api';
import type { RegionLevel } from '@gwr/domain';
import { type Direction, evaluateAttainment, MeasureSchema } from '@gwr/domain';
import { createRoute, z } from '@hono/zod-openapi';
import type { GwrDatabase } from '../db.js';
import { ApiError } from '../errors.js';
import { factRefStruct, PICK_ORDER } from '../fact-sql.js';
import { indicatorParam } from '../query-params.js';
import { createRouter, errorResponse, jsonResponse } from '../router.js';
import { CompareSchema, type FactRef } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/compare',
  tags: ['analytics'],
  summary: 'One indicator across regions and years, results and targets side by side',
  request: {
    query: z.object({
      indicator: indicatorParam(),
      measure: MeasureSchema,
      regions: z.string().min(1).max(2000).optional().openapi({
        description: 'Comma-separated region names or codes to compare (default: every region)',
        example: '331126,330304',
      }),
    }),
  },
  responses: {
    200: jsonResponse(CompareSchema, 'Series per region'),
    400: errorResponse('A parameter is invalid'),
    404: errorResponse('Unknown indicator'),
  },
});

const PICKS_SQL = `
SELECT f.region, f.region_code, r.level, f.kind, f.year, ${factRefStruct('f')} AS ref
FROM (
  SELECT f.*, row_number() OVER (PARTITION BY f.region, f.region_code, f.kind, f.year ORDER BY ${PICK_ORDER}) AS rn
  FROM facts f
  WHERE f.indicator = $indicator AND f.measure = $measure AND f.year IS NOT NULL AND f.region IS NOT NULL
    AND ($regions::VARCHAR[] IS NULL OR list_contains($regions::VARCHAR[], f.region)
         OR list_contains($regions::VARCHAR[], f.region_code))
) f
LEFT JOIN regions r ON r.name = f.region AND r.region_code IS NOT DISTINCT FROM f.region_code
WHERE f.rn = 1
ORDER BY f.region_code NULLS LAST, f.region, f.year`;

interface Pick {
  region: string;
  region_code: string | null;
  level: RegionLevel | null;
  kind: 'actual' | 'target';
  year: number;
  ref: FactRef;
}

export { PICKS_SQL as COMPARE_SQL };

export function compareRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const { indicator, measure, regions: regionList } = c.req.valid('query');
    const wanted = regionList
      ?.split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    const info = await db.one<{ id: string; zh: string; en: string; direction: Direction }>(
      'SELECT id, zh, en, direction FROM indicators WHERE id = $indicator',
      { indicator },
    );
    if (!info)
      throw new ApiError(
        404,
        'unknown_indicator',
        `indicator: no indicator has the id ${JSON.stringify(indicator)}`,
      );
    const picks = await db.all<Pick>(PICKS_SQL, {
      indicator,
      measure,
      regions: wanted?.length ? listValue(wanted) : null,
    });
    const years = [...new Set(picks.map((p) => p.year))].sort((a, b) => a - b);
    const regions = new Map<
      string,
      {
        region: string;
        region_code: string | null;
        level: RegionLevel | null;
        byYear: Map<number, { result: FactRef | null; target: FactRef | null }>;
      }
    >();
    for (const p of picks) {
      const key = `${p.region}|${p.region_code}`;
      let entry = regions.get(key);
      if (!entry) {
        entry = { region: p.region, region_code: p.region_code, level: p.level, byYear: new Map() };
        regions.set(key, entry);
      }
      const cell = entry.byYear.get(p.year) ?? { result: null, target: null };
      if (p.kind === 'actual') cell.result = p.ref;
      else cell.target = p.ref;
      entry.byYear.set(p.year, cell);
    }
    return c.json(
      {
        indicator: info,
        measure,
        years,
        regions: [...regions.values()].map(({ byYear, ...region }) => ({
          ...region,
          series: [...byYear.entries()]
            .sort(([a], [b]) => a - b)
            .map(([year, { result, target }]) => ({
              year,
              result,
              target,
              ...evaluateAttainment(measure, target, result, info.direction),
            })),
        })),
      },
      200,
    );
  });
}
