/** Resolves a region parameter (name or GB/T 2260 code) to the region as stored. */
import type { RegionLevel } from '@gwr/domain';
import type { GwrDatabase } from './db.js';
import { ApiError } from './errors.js';

export interface StoredRegion {
  name: string;
  code: string | null;
  level: RegionLevel | null;
}

export async function lookupRegion(db: GwrDatabase, region: string): Promise<StoredRegion> {
  const found = await db.one<StoredRegion>(
    `SELECT name, code, level FROM (
       SELECT name, region_code AS code, level, 0 AS pref FROM regions WHERE name = $r OR region_code = $r
       UNION ALL
       SELECT DISTINCT region, region_code, NULL, 1 FROM facts WHERE region = $r OR region_code = $r
     ) ORDER BY pref LIMIT 1`,
    { r: region },
  );
  if (!found)
    throw new ApiError(
      404,
      'unknown_region',
      `region: no region is named or coded ${JSON.stringify(region)}`,
    );
  return found;
}
