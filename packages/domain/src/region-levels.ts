/**
 * GB/T 2260 levels: province (省级), prefecture (地级), county (县级); `national` for 全国. From the
 * top down. (Plain data, apart from the schema: the extractor's browser bundle reads the order
 * without zod.)
 */
export const REGION_LEVELS = ['national', 'province', 'prefecture', 'county'] as const;
