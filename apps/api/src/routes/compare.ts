/** One indicator and measure across every region and year: results and targets side by side. */

import { listValue } from '@duckdb/node-api';
import type { RegionLevel } from '@gwr/domain';
import { type Direction, evaluateAttainment, MeasureSchema } from '@gwr/domain';
import { createRoute, z } from '@hono/zod-openapi';
import type { GwrDatabase } from '../db.js';
import { ApiError } from '../errors.js';
import { PICK_COLUMNS, type PickRow, pickBest, toFactRef } from '../fact-pick.js';
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

/** Facts of one indicator and measure (optionally some regions); picked in code (fact-pick.ts). */
const COMPARE_FACTS_SQL = `
SELECT ${PICK_COLUMNS} FROM facts f
WHERE f.indicator = $indicator AND f.measure = $measure AND f.year IS NOT NULL AND f.region IS NOT NULL
  AND ($regions::VARCHAR[] IS NULL OR list_contains($regions::VARCHAR[], f.region)
       OR list_contains($regions::VARCHAR[], f.region_code))`;

const LEVELS_SQL = 'SELECT name, region_code, level FROM regions';

export { COMPARE_FACTS_SQL };

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
    const [facts, levelRows] = await Promise.all([
      db.all<PickRow>(COMPARE_FACTS_SQL, {
        indicator,
        measure,
        regions: wanted?.length ? listValue(wanted) : null,
      }),
      db.all<{ name: string; region_code: string | null; level: RegionLevel }>(LEVELS_SQL),
    ]);
    const levels = new Map(levelRows.map((r) => [`${r.name}|${r.region_code}`, r.level]));
    const picks = [...pickBest(facts, (f) => `${f.region}|${f.region_code}|${f.kind}|${f.year}`).values()]
      .sort(
        (a, b) =>
          (a.region_code ?? '\uffff').localeCompare(b.region_code ?? '\uffff') ||
          a.region!.localeCompare(b.region!) ||
          a.year! - b.year!,
      )
      .map((f) => ({
        region: f.region!,
        region_code: f.region_code,
        level: levels.get(`${f.region}|${f.region_code}`) ?? null,
        kind: f.kind,
        year: f.year!,
        ref: toFactRef(f),
      }));
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
