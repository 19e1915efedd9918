/**
 * GB/T 2260 levels: province (省级), prefecture (地级), county (县级); `national` for 全国. From the
 * top down. (Plain data, apart from the schema: the extractor's browser bundle reads the order
 * without zod.)
 */
export const REGION_LEVELS = ['national', 'province', 'prefecture', 'county'] as const;

/**
 * The four municipalities directly under the central government: province-level cities whose
 * districts are counties' peers (plain data, so browsers need not load the divisions).
 */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(['北京市', '天津市', '上海市', '重庆市']);
