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
const indexes = new WeakMap<
  GwrDatabase,
  Promise<{ byKey: Map<string, StoredRegion>; levels: Map<string, RegionLevel | null> }>
>();

function regionIndex(db: GwrDatabase) {
  let index = indexes.get(db);
  if (!index) {
    index = db
      .all<StoredRegion>(
        'SELECT name, region_code AS code, level FROM regions ORDER BY region_code NULLS LAST',
      )
      .then((rows) => {
        const byKey = new Map<string, StoredRegion>();
        // The first region with a name wins over a later homonym (regions come in code order).
        for (const r of rows) if (r.code && !byKey.has(r.code)) byKey.set(r.code, r);
        for (const r of rows) if (!byKey.has(r.name)) byKey.set(r.name, r);
        const levels = new Map(rows.map((r) => [levelKey(r.name, r.code), r.level]));
        return { byKey, levels };
      });
    indexes.set(db, index);
  }
  return index;
}

const levelKey = (name: string, code: string | null) => `${name}|${code}`;

/** The level of a stored region (by name and code), or null when the regions table lacks it. */
export async function regionLevels(
  db: GwrDatabase,
): Promise<(name: string, code: string | null) => RegionLevel | null> {
  const { levels } = await regionIndex(db);
  return (name, code) => levels.get(levelKey(name, code)) ?? null;
}

/**
 * The regions table answers almost always; facts are scanned only for a region the loader did not
 * list (a scan with an OR over two columns cannot use zone maps, so it is the fallback).
 */
export async function findRegion(db: GwrDatabase, region: string): Promise<StoredRegion | undefined> {
  return (
    (await regionIndex(db)).byKey.get(region) ??
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
