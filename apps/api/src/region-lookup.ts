/** Resolves a region parameter (name or GB/T 2260 code) to the region as stored. */
import type { RegionLevel } from '@gwr/domain';
import type { GwrDatabase, Params } from './db.js';
import { ApiError } from './errors.js';

export interface StoredRegion {
  name: string;
  code: string | null;
  level: RegionLevel | null;
}

/** The `regions` table by name and by code, read once per database: the store does not change. */
const indexes = new WeakMap<GwrDatabase, Promise<Map<string, StoredRegion>>>();

function regionIndex(db: GwrDatabase): Promise<Map<string, StoredRegion>> {
  let index = indexes.get(db);
  if (!index) {
    index = db
      .all<StoredRegion>(
        'SELECT name, region_code AS code, level FROM regions ORDER BY region_code NULLS LAST',
      )
      .then((rows) => {
        const map = new Map<string, StoredRegion>();
        // The first region with a name wins over a later homonym (regions come in code order).
        for (const r of rows) if (r.code && !map.has(r.code)) map.set(r.code, r);
        for (const r of rows) if (!map.has(r.name)) map.set(r.name, r);
        return map;
      });
    indexes.set(db, index);
  }
  return index;
}

/**
 * The regions table answers almost always; facts are scanned only for a region the loader did not
 * list (a scan with an OR over two columns cannot use zone maps, so it is the fallback).
 */
export async function findRegion(db: GwrDatabase, region: string): Promise<StoredRegion | undefined> {
  return (
    (await regionIndex(db)).get(region) ??
    (await db.one<StoredRegion>(
      `SELECT region AS name, region_code AS code, NULL AS level FROM facts
       WHERE region = $r OR region_code = $r LIMIT 1`,
      { r: region },
    ))
  );
}

export async function lookupRegion(db: GwrDatabase, region: string): Promise<StoredRegion> {
  const found = await findRegion(db, region);
  if (!found)
    throw new ApiError(
      404,
      'unknown_region',
      `region: no region is named or coded ${JSON.stringify(region)}`,
    );
  return found;
}

/**
 * A filter on facts aliased `alias` for one stored region, written as plain equalities so DuckDB
 * can skip row groups by their min/max (facts are stored sorted by region).
 */
export function regionFilter(alias: string, region: StoredRegion, params: Params): string {
  params.region_name = region.name;
  if (region.code === null) return `${alias}.region = $region_name AND ${alias}.region_code IS NULL`;
  params.region_code = region.code;
  return `${alias}.region = $region_name AND ${alias}.region_code = $region_code`;
}
