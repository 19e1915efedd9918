/**
 * The scorecard of one region for one year: per indicator and measure, the result for Y against
 * the target for Y, the target for Y+1, and the ambition of each target against the result of the
 * year before it. Status, gap and ambition come from the `scorecard` table, where the domain's
 * attainment rules ran when the store was built; this route only gathers each row's facts.
 */
import {
  type AmbitionVerdict,
  type AttainmentStatus,
  type Direction,
  type Measure,
  MeasureSchema,
} from '@gwr/domain';
import { createRoute, z } from '@hono/zod-openapi';
import type { GwrDatabase, Params } from '../db.js';
import { indicatorCatalog, type RegionYears, regionYearsKey, scorecardYears } from '../dimensions.js';
import { PICK_COLUMNS, type PickRow, toFactRef } from '../fact-pick.js';
import { regionParam, yearParam } from '../query-params.js';
import { lookupRegion, regionFilter } from '../region-lookup.js';
import { createRouter, errorResponse, jsonResponse } from '../router.js';
import { type FactRef, type LoadedReport, ScorecardSchema } from '../schemas.js';

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

/** The verdicts of the scorecard table for a region's years Y and Y+1. */
export const scorecardVerdictsSql = (regionWhere: string, year: number) => `
SELECT f.indicator, f.measure, f.year, f.result_fact_id, f.status, f.gap, f.ambition_delta, f.ambition_verdict
FROM scorecard f
WHERE ${regionWhere} AND f.year BETWEEN ${year} AND ${year + 1}`;

/** The region's documents, by year: what its pairs are read from. */
const reportsSql = (regionWhere: string) => `
SELECT doc_id, title, kind, report_year FROM documents f
WHERE ${regionWhere} ORDER BY report_year NULLS LAST, doc_id`;

interface Verdict {
  indicator: string | null;
  measure: Measure;
  year: number;
  result_fact_id: string | null;
  status: AttainmentStatus;
  gap: number | null;
  ambition_delta: number | null;
  ambition_verdict: AmbitionVerdict;
}

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
const NO_VERDICT = {
  status: 'unknown',
  gap: null,
  ambition_delta: null,
  ambition_verdict: 'unknown',
} as const;

/**
 * The report that would complete a row's pair, when it is not loaded: a year's result is stated in
 * the next year's report, its target in that year's own.
 */
function completingReport(status: AttainmentStatus, year: number, loaded: Set<number | null>): number | null {
  if (status === 'awaiting_result' && !loaded.has(year + 1)) return year + 1;
  if (status === 'no_target' && !loaded.has(year)) return year;
  return null;
}

export type ScorecardOut = z.infer<typeof ScorecardSchema>;

/** The scorecard of a region (name or code) for a year (default: its latest year with results). */
export async function loadScorecard(
  db: GwrDatabase,
  regionParam: string,
  wantedYear?: number,
): Promise<ScorecardOut> {
  const query = { region: regionParam, year: wantedYear };
  const region = await lookupRegion(db, query.region);
  const params: Params = {};
  const where = regionFilter('f', region, params);
  // Years first (from memory), then only the facts the scorecard shows: converting a region's
  // whole history to JS objects costs more than the query.
  const [yearIndex, byId, reports] = await Promise.all([
    scorecardYears(db),
    indicatorCatalog(db),
    db.all<LoadedReport>(reportsSql(where), params),
  ]);
  const { years, results } = yearIndex.get(regionYearsKey(region.name, region.code)) ?? NO_YEARS;
  const year = query.year ?? results.at(-1) ?? years.at(-1) ?? null;
  const [facts, verdicts] =
    year === null
      ? [[], []]
      : await Promise.all([
          db.all<PickRow>(scorecardFactsSql(where, year), params),
          db.all<Verdict>(scorecardVerdictsSql(where, year), params),
        ]);
  const reportYears = new Set(reports.filter((r) => r.kind === 'work_report').map((r) => r.report_year));
  const verdictOf = new Map(verdicts.map((v) => [`${v.indicator}|${v.measure}|${v.year}`, v]));
  const shareVerdicts = new Map(
    verdicts.filter((v) => v.indicator === null).map((v) => [v.result_fact_id, v]),
  );

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
      const now =
        (result || target ? verdictOf.get(`${indicator}|${measure}|${year}`) : undefined) ?? NO_VERDICT;
      const next =
        (nextTarget ? verdictOf.get(`${indicator}|${measure}|${year! + 1}`) : undefined) ?? NO_VERDICT;
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
        // A row shown only for next year's target has nothing to say about this year.
        status: result || target ? now.status : ('no_target' as const),
        gap: now.gap,
        ambition: {
          baseline: target ? previous : null,
          delta: target ? now.ambition_delta : null,
          verdict: target ? now.ambition_verdict : ('unknown' as const),
        },
        next_ambition: {
          baseline: nextTarget ? result : null,
          delta: next.ambition_delta,
          verdict: next.ambition_verdict,
        },
        completing_report_year: completingReport(now.status, year!, reportYears),
      };
      return { row, ord: info?.ord ?? Number.MAX_SAFE_INTEGER, measureOrd: MEASURE_ORDER.indexOf(measure) };
    })
    .sort((a, b) => a.ord - b.ord || a.measureOrd - b.measureOrd)
    .map(({ row }) => row);

  const shares = shareFacts
    .map((f) => {
      const verdict = shareVerdicts.get(f.fact_id) ?? NO_VERDICT;
      return { label: f.label, fact: toFactRef(f), status: verdict.status, gap: verdict.gap };
    })
    .sort((a, b) => a.fact.evidence.start - b.fact.evidence.start);

  return { region, year, years, reports, rows, shares };
}

export function scorecardRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const query = c.req.valid('query');
    return c.json(await loadScorecard(db, query.region, query.year), 200);
  });
}
