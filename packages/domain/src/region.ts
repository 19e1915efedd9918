import { z } from 'zod';

/** GB/T 2260 levels: province (省级), prefecture (地级), county (县级); `national` for 全国. From the top down. */
export const RegionLevelSchema = z.enum(['national', 'province', 'prefecture', 'county']);
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
