/**
 * The store's small, immutable lookup tables (indicator names and directions, document titles,
 * each region's scorecard years) held in memory, read once per database like the regions index
 * (region-lookup.ts). Requests still query DuckDB for their facts; joining a page of facts to these
 * tables in code saves each request a hash join over the documents table, and knowing a region's
 * years saves a scorecard a query of its own (DuckDB costs ~1 ms for even the smallest scan).
 */
import type { Direction } from '@gwr/domain';
import type { GwrDatabase } from './db.js';

export interface IndicatorInfo {
  id: string;
  zh: string;
  en: string;
  direction: Direction;
  /** Position in the catalog. */
  ord: number;
}

const catalogs = new WeakMap<GwrDatabase, Promise<Map<string, IndicatorInfo>>>();
const titles = new WeakMap<GwrDatabase, Promise<Map<string, string>>>();
const scorecardYearIndexes = new WeakMap<GwrDatabase, Promise<Map<string, RegionYears>>>();

function once<T>(cache: WeakMap<GwrDatabase, Promise<T>>, db: GwrDatabase, load: () => Promise<T>) {
  let value = cache.get(db);
  if (!value) {
    value = load();
    // A failed read is retried by the next request rather than remembered.
    value.catch(() => cache.delete(db));
    cache.set(db, value);
  }
  return value;
}

/** The indicator catalog by id, in catalog order. */
export function indicatorCatalog(db: GwrDatabase): Promise<Map<string, IndicatorInfo>> {
  return once(catalogs, db, async () => {
    const rows = await db.all<IndicatorInfo>(
      'SELECT id, zh, en, direction, row_number() OVER () AS ord FROM indicators',
    );
    return new Map(rows.map((r) => [r.id, r]));
  });
}

/** Document titles by doc_id. */
export function documentTitles(db: GwrDatabase): Promise<Map<string, string>> {
  return once(titles, db, async () => {
    const rows = await db.all<{ doc_id: string; title: string }>('SELECT doc_id, title FROM documents');
    return new Map(rows.map((r) => [r.doc_id, r.title]));
  });
}

/** The years of a region's scorecard facts. */
export interface RegionYears {
  /** Years with results or targets, ascending. */
  years: number[];
  /** Years with results, ascending. */
  results: number[];
}

/** The key of a stored region (name and code, as `regionFilter` matches them) in `scorecardYears`. */
export const regionYearsKey = (name: string, code: string | null) => `${name}|${code}`;

/** Each region's scorecard years (derived table `scorecard_years`: a row per region and kind). */
export function scorecardYears(db: GwrDatabase): Promise<Map<string, RegionYears>> {
  return once(scorecardYearIndexes, db, async () => {
    const rows = await db.all<{ region: string; region_code: string | null; kind: string; years: number[] }>(
      'SELECT region, region_code, kind, years FROM scorecard_years',
    );
    const byRegion = new Map<string, RegionYears>();
    for (const r of rows) {
      const key = regionYearsKey(r.region, r.region_code);
      const entry = byRegion.get(key) ?? { years: [], results: [] };
      if (r.kind === 'actual') entry.results = r.years;
      entry.years = [...new Set([...entry.years, ...r.years])].sort((a, b) => a - b);
      byRegion.set(key, entry);
    }
    return byRegion;
  });
}
