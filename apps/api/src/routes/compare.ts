/** One indicator and measure across every region and year: results and targets side by side. */

import { type Attainment, type AttainmentStatus, MeasureSchema, type RegionLevel } from '@gwr/domain';
import { createRoute, z } from '@hono/zod-openapi';
import type { GwrDatabase, Params } from '../db.js';
import { indicatorCatalog } from '../dimensions.js';
import { ApiError } from '../errors.js';
import { PICK_COLUMNS, type PickRow, toFactRef } from '../fact-pick.js';
import { indicatorParam, intParam } from '../query-params.js';
import { findRegion, regionFilter, regionLevels, type StoredRegion } from '../region-lookup.js';
import { createRouter, errorResponse, jsonResponse } from '../router.js';
import { CompareSchema, type FactRef } from '../schemas.js';

/**
 * Largest page of regions. Across every region of a large store a comparison runs to megabytes
 * (869 counties × 12 years: 5.5 MB, too slow to build and send under load); a page keeps each
 * response small, and `total_regions` says how many pages there are.
 */
const MAX_PAGE_REGIONS = 1000;

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
      limit: intParam(1, MAX_PAGE_REGIONS)
        .optional()
        .openapi({ type: 'integer', description: 'Regions per page, in region-code order (default: all)' }),
      offset: intParam(0, 10_000_000)
        .optional()
        .openapi({ type: 'integer', description: 'Regions to skip before the page (default 0)' }),
    }),
  },
  responses: {
    200: jsonResponse(CompareSchema, 'Series per region'),
    400: errorResponse('A parameter is invalid'),
    404: errorResponse('Unknown indicator'),
  },
});

/** The facts a comparison is made of: the indicator and measure, with a region and a year. */
const COMPARED =
  'f.indicator = $indicator AND f.measure = $measure AND f.year IS NOT NULL AND f.region IS NOT NULL';

/**
 * Facts of one indicator and measure, optionally for some regions (resolved beforehand and listed
 * as plain equalities): the picked ones (`scorecard_facts`, one per region, kind and year), each
 * with the status and gap of its year from the `scorecard` table, where the attainment rules ran
 * when the store was built.
 */
export const compareFactsSql = (regionWhere = '') => `
SELECT ${PICK_COLUMNS}, s.status, s.gap FROM scorecard_facts f
LEFT JOIN scorecard s ON s.region = f.region AND s.region_code IS NOT DISTINCT FROM f.region_code
  AND s.indicator = f.indicator AND s.measure = f.measure AND s.year = f.year
WHERE ${COMPARED} ${regionWhere}`;

/** A picked fact with the verdict of its year. */
type ComparedRow = PickRow & { status: AttainmentStatus; gap: number | null };

/** The facts behind a comparison (the database work of `GET /api/compare`). */
export async function loadCompareFacts(
  db: GwrDatabase,
  indicator: string,
  measure: string,
  wanted?: string[],
): Promise<ComparedRow[]> {
  const params: Params = { indicator, measure };
  let regionWhere = '';
  if (wanted?.length) {
    const found = await Promise.all(wanted.map((r) => findRegion(db, r)));
    const clauses = found
      .filter((r): r is StoredRegion => r !== undefined)
      .map((r, i) => {
        const sub: Params = {};
        const clause = regionFilter('f', r, sub);
        for (const [k, v] of Object.entries(sub)) params[`${k}_${i}`] = v;
        return `(${clause.replace(/\$(region_name|region_code)/g, `$$$1_${i}`)})`;
      });
    regionWhere = `AND (${clauses.length ? clauses.join(' OR ') : 'false'})`;
  }
  return db.all<ComparedRow>(compareFactsSql(regionWhere), params);
}

interface RegionKey {
  region: string;
  region_code: string | null;
}

/** The order of a comparison's regions: by GB/T code (regions without one last), then by name. */
const byRegion = (a: RegionKey, b: RegionKey) =>
  (a.region_code ?? '\uffff').localeCompare(b.region_code ?? '\uffff') || a.region.localeCompare(b.region);

/** Every region with a fact of the indicator and measure, in comparison order. */
async function comparisonRegions(db: GwrDatabase, indicator: string, measure: string): Promise<RegionKey[]> {
  const keys = await db.all<RegionKey>(
    `SELECT DISTINCT f.region, f.region_code FROM facts_by_indicator f WHERE ${COMPARED}`,
    { indicator, measure },
  );
  return keys.sort(byRegion);
}

/**
 * The facts of a page of regions only: a page of a large comparison then reads and picks its own
 * facts instead of every region's (the query still scans the indicator's rows, cheaply).
 */
function loadPageFacts(
  db: GwrDatabase,
  indicator: string,
  measure: string,
  page: RegionKey[],
): Promise<ComparedRow[]> {
  if (page.length === 0) return Promise.resolve([]);
  // One parameter whatever the page size (a prepared statement per page size would not be reused).
  const keys = page.map((r) => `${r.region_code ?? ''}|${r.region}`).join('\n');
  return db.all<ComparedRow>(
    compareFactsSql(
      `AND (coalesce(f.region_code, '') || '|' || f.region) IN (SELECT unnest(string_split($page_keys, chr(10))))`,
    ),
    { indicator, measure, page_keys: keys },
  );
}

/**
 * The database work of a page of a comparison of every region: how many regions it has, its
 * years, and the facts of the page's regions only.
 */
export async function loadComparePage(
  db: GwrDatabase,
  indicator: string,
  measure: string,
  offset: number,
  limit: number | undefined,
): Promise<{ totalRegions: number; years: number[]; facts: ComparedRow[] }> {
  const regions = await comparisonRegions(db, indicator, measure);
  const page = regions.slice(offset, offset + (limit ?? regions.length));
  const [years, facts] = await Promise.all([
    comparisonYears(db, indicator, measure),
    loadPageFacts(db, indicator, measure, page),
  ]);
  return { totalRegions: regions.length, years, facts };
}

/** The years with a fact of the indicator and measure in any region. */
async function comparisonYears(db: GwrDatabase, indicator: string, measure: string): Promise<number[]> {
  const rows = await db.all<{ year: number }>(
    `SELECT DISTINCT f.year FROM facts_by_indicator f WHERE ${COMPARED} ORDER BY f.year`,
    { indicator, measure },
  );
  return rows.map((r) => r.year);
}

export function compareRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const { indicator, measure, regions: regionList, limit, offset = 0 } = c.req.valid('query');
    const wanted = regionList
      ?.split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    const catalogInfo = (await indicatorCatalog(db)).get(indicator);
    if (!catalogInfo)
      throw new ApiError(
        404,
        'unknown_indicator',
        `indicator: no indicator has the id ${JSON.stringify(indicator)}`,
      );
    const { id, zh, en, direction } = catalogInfo;
    const info = { id, zh, en, direction };
    // Without `regions=`, a page is chosen from the comparison's regions before any fact is read.
    const pagedInDb = !wanted?.length && (limit !== undefined || offset > 0);
    const [loaded, levelOf] = await Promise.all([
      pagedInDb
        ? loadComparePage(db, indicator, measure, offset, limit)
        : loadCompareFacts(db, indicator, measure, wanted).then((facts) => ({
            facts,
            totalRegions: undefined,
            years: undefined,
          })),
      regionLevels(db),
    ]);
    const picks = [...loaded.facts]
      .sort((a, b) => byRegion(a as RegionKey, b as RegionKey) || a.year! - b.year!)
      .map((f) => ({
        region: f.region!,
        region_code: f.region_code,
        level: levelOf(f.region!, f.region_code),
        kind: f.kind,
        year: f.year!,
        ref: toFactRef(f),
        verdict: { status: f.status, gap: f.gap },
      }));
    // The years of the whole comparison, so every page has the same columns.
    const years = loaded.years ?? [...new Set(picks.map((p) => p.year))].sort((a, b) => a - b);
    const regions = new Map<
      string,
      {
        region: string;
        region_code: string | null;
        level: RegionLevel | null;
        byYear: Map<number, { result: FactRef | null; target: FactRef | null; verdict: Attainment }>;
      }
    >();
    for (const p of picks) {
      const key = `${p.region}|${p.region_code}`;
      let entry = regions.get(key);
      if (!entry) {
        entry = { region: p.region, region_code: p.region_code, level: p.level, byYear: new Map() };
        regions.set(key, entry);
      }
      const cell = entry.byYear.get(p.year) ?? { result: null, target: null, verdict: p.verdict };
      if (p.kind === 'actual') cell.result = p.ref;
      else cell.target = p.ref;
      entry.byYear.set(p.year, cell);
    }
    const listed = [...regions.values()];
    // Paged in the database, the regions are the page already.
    const page =
      loaded.totalRegions !== undefined
        ? listed
        : listed.slice(offset, limit === undefined ? undefined : offset + limit);
    return c.json(
      {
        indicator: info,
        measure,
        years,
        total_regions: loaded.totalRegions ?? listed.length,
        offset,
        limit: limit ?? null,
        regions: page.map(({ byYear, ...region }) => ({
          ...region,
          series: [...byYear.entries()]
            .sort(([a], [b]) => a - b)
            .map(([year, { result, target, verdict }]) => ({ year, result, target, ...verdict })),
        })),
      },
      200,
    );
  });
}
