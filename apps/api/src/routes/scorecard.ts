/**
 * The scorecard of one region for one year: per indicator and measure, the result for Y against
 * the target for Y (status and gap by the domain's attainment rules), the target for Y+1, and the
 * ambition of each target against the result of the year before it.
 */
import {
  type Direction,
  evaluateAttainment,
  evaluateShare,
  type Measure,
  MeasureSchema,
  targetAmbition,
} from '@gwr/domain';
import { createRoute, z } from '@hono/zod-openapi';
import type { GwrDatabase, Params } from '../db.js';
import { indicatorCatalog, type RegionYears, regionYearsKey, scorecardYears } from '../dimensions.js';
import { PICK_COLUMNS, type PickRow, toFactRef } from '../fact-pick.js';
import { regionParam, yearParam } from '../query-params.js';
import { lookupRegion, regionFilter } from '../region-lookup.js';
import { createRouter, errorResponse, jsonResponse } from '../router.js';
import { ScorecardSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/scorecard',
  tags: ['analytics'],
  summary: 'Targets against results for one region and year',
  request: {
    query: z.object({
      region: regionParam(),
      year: yearParam()
        .optional()
        .openapi({ type: 'integer', description: 'Default: the latest year with results for the region' }),
    }),
  },
  responses: {
    200: jsonResponse(ScorecardSchema, 'The scorecard'),
    400: errorResponse('A parameter is invalid'),
    404: errorResponse('Unknown region'),
  },
});

/**
 * The facts a scorecard for `year` shows: results for Y−1 (the baseline of a target's ambition) and
 * Y, targets for Y and Y+1. Read from `scorecard_facts`: the facts that can enter a scorecard,
 * already picked (one per region, indicator, measure, kind and year) and sorted by region and year.
 */
export const scorecardFactsSql = (regionWhere: string, year: number) => `
SELECT ${PICK_COLUMNS} FROM scorecard_facts f
WHERE ${regionWhere} AND f.year BETWEEN ${year - 1} AND ${year + 1}
  AND (f.kind = 'actual' AND f.year <= ${year} OR f.kind = 'target' AND f.year >= ${year})`;

const MEASURE_ORDER = MeasureSchema.options;
const NO_YEARS: RegionYears = { years: [], results: [] };

export function scorecardRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const query = c.req.valid('query');
    const region = await lookupRegion(db, query.region);
    const params: Params = {};
    const where = regionFilter('f', region, params);
    // Years first (from memory), then only the facts the scorecard shows: converting a region's
    // whole history to JS objects costs more than the query.
    const [yearIndex, byId] = await Promise.all([scorecardYears(db), indicatorCatalog(db)]);
    const { years, results } = yearIndex.get(regionYearsKey(region.name, region.code)) ?? NO_YEARS;
    const year = query.year ?? results.at(-1) ?? years.at(-1) ?? null;
    const facts = year === null ? [] : await db.all<PickRow>(scorecardFactsSql(where, year), params);
    const picks = facts.map((f) => ({ ...f, year: f.year!, ref: toFactRef(f) }));

    const cells = new Map<string, (typeof picks)[number]>();
    for (const p of picks) if (p.indicator) cells.set(`${p.indicator}|${p.measure}|${p.kind}|${p.year}`, p);
    const get = (indicator: string, measure: string, kind: string, y: number | null) =>
      y === null ? null : (cells.get(`${indicator}|${measure}|${kind}|${y}`)?.ref ?? null);

    const keys = new Set<string>();
    for (const p of picks) {
      if (!p.indicator || year === null) continue;
      const relevant = p.kind === 'actual' ? p.year === year : p.year === year || p.year === year + 1;
      if (relevant) keys.add(`${p.indicator}|${p.measure}`);
    }
    const rows = [...keys]
      .map((key) => {
        const [indicator, measure] = key.split('|') as [string, Measure];
        const info = byId.get(indicator);
        const direction: Direction = info?.direction ?? 'higher';
        const result = get(indicator, measure, 'actual', year);
        const target = get(indicator, measure, 'target', year);
        const nextTarget = get(indicator, measure, 'target', year === null ? null : year + 1);
        const previous = get(indicator, measure, 'actual', year === null ? null : year - 1);
        const { status, gap } = evaluateAttainment(measure, target, result, direction);
        const ambition = targetAmbition(target, previous, direction);
        const nextAmbition = targetAmbition(nextTarget, result, direction);
        return {
          indicator,
          indicator_zh: info?.zh ?? indicator,
          indicator_en: info?.en ?? indicator,
          direction,
          measure,
          unit: result?.unit ?? target?.unit ?? nextTarget?.unit ?? null,
          result,
          target,
          next_target: nextTarget,
          status,
          gap,
          ambition: { baseline: target ? previous : null, ...ambition },
          next_ambition: { baseline: nextTarget ? result : null, ...nextAmbition },
          ord: info?.ord ?? Number.MAX_SAFE_INTEGER,
        };
      })
      .sort((a, b) => a.ord - b.ord || MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure))
      .map(({ ord: _ord, ...row }) => row);

    const shares = picks
      .filter((p) => p.indicator === null && p.measure === 'attainment_pct' && p.year === year)
      .map((p) => ({ label: p.label, fact: p.ref, ...evaluateShare(p.ref) }))
      .sort((a, b) => a.fact.evidence.start - b.fact.evidence.start);

    return c.json({ region, year, years, rows, shares }, 200);
  });
}
