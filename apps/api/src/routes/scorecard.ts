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
import { type FactRef, ScorecardSchema } from '../schemas.js';

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

/** The facts one row of a scorecard for year Y shows. */
interface Cell {
  indicator: string;
  measure: Measure;
  /** The result for Y−1. */
  previous: FactRef | null;
  result: FactRef | null;
  target: FactRef | null;
  /** The target for Y+1. */
  next: FactRef | null;
}
const NO_YEARS: RegionYears = { years: [], results: [] };

export type ScorecardOut = z.infer<typeof ScorecardSchema>;

/** The scorecard of a region (name or code) for a year (default: its latest year with results). */
export async function loadScorecard(
  db: GwrDatabase,
  regionParam: string,
  wantedYear?: number,
): Promise<ScorecardOut> {
  const region = await lookupRegion(db, regionParam);
  const params: Params = {};
  const where = regionFilter('f', region, params);
  // Years first (from memory), then only the facts the scorecard shows: converting a region's
  // whole history to JS objects costs more than the query.
  const [yearIndex, byId] = await Promise.all([scorecardYears(db), indicatorCatalog(db)]);
  const { years, results } = yearIndex.get(regionYearsKey(region.name, region.code)) ?? NO_YEARS;
  const year = wantedYear ?? results.at(-1) ?? years.at(-1) ?? null;
  const facts = year === null ? [] : await db.all<PickRow>(scorecardFactsSql(where, year), params);

  // The facts of each indicator and measure, in the order of the first that the scorecard shows
  // (a result for Y, a target for Y or Y+1): a result for Y−1 only serves as a baseline.
  const cells = new Map<string, Cell>();
  const shown: Cell[] = [];
  const shareFacts: PickRow[] = [];
  for (const f of facts) {
    if (!f.indicator) {
      if (f.indicator === null && f.measure === 'attainment_pct' && f.year === year) shareFacts.push(f);
      continue;
    }
    const key = `${f.indicator}|${f.measure}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        indicator: f.indicator,
        measure: f.measure,
        previous: null,
        result: null,
        target: null,
        next: null,
      };
      cells.set(key, cell);
    }
    const wasShown = cell.result || cell.target || cell.next;
    const ref = toFactRef(f);
    if (f.kind === 'actual') {
      if (f.year === year) cell.result = ref;
      else cell.previous = ref;
    } else if (f.year === year) cell.target = ref;
    else cell.next = ref;
    if (!wasShown && (cell.result || cell.target || cell.next)) shown.push(cell);
  }

  const rows = shown
    .map(({ indicator, measure, previous, result, target, next: nextTarget }) => {
      const info = byId.get(indicator);
      const direction: Direction = info?.direction ?? 'higher';
      const { status, gap } = evaluateAttainment(measure, target, result, direction);
      const ambition = targetAmbition(target, previous, direction);
      const nextAmbition = targetAmbition(nextTarget, result, direction);
      const row = {
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
      };
      return { row, ord: info?.ord ?? Number.MAX_SAFE_INTEGER, measureOrd: MEASURE_ORDER.indexOf(measure) };
    })
    .sort((a, b) => a.ord - b.ord || a.measureOrd - b.measureOrd)
    .map(({ row }) => row);

  const shares = shareFacts
    .map((f) => {
      const fact = toFactRef(f);
      return { label: f.label, fact, ...evaluateShare(fact) };
    })
    .sort((a, b) => a.fact.evidence.start - b.fact.evidence.start);

  return { region, year, years, rows, shares };
}

export function scorecardRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const query = c.req.valid('query');
    return c.json(await loadScorecard(db, query.region, query.year), 200);
  });
}
