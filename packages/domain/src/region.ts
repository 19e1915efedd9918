import { z } from 'zod';
import { REGION_LEVELS } from './region-levels.js';

/** GB/T 2260 levels, from the top down (region-levels.ts). */
export const RegionLevelSchema = z.enum(REGION_LEVELS);
export type RegionLevel = z.infer<typeof RegionLevelSchema>;

export const RegionSchema = z.object({
  /** 6-digit GB/T 2260 code (`330304`), or null where the region has none (全国, 苏州工业园区 before it got one). */
  code: z.string().nullable(),
  name: z.string(),
  level: RegionLevelSchema,
  parent_code: z.string().nullable(),
  parent_name: z.string().nullable(),
  province_name: z.string().nullable(),
});
export type Region = z.infer<typeof RegionSchema>;
