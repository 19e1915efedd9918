import { z } from 'zod';
import { MeasureSchema } from './fact.js';

/**
 * Which way is good: `higher` (GDP growth), `lower` (unemployment, PM2.5), or `ceiling`
 * (a CPI target is a limit not to exceed, and undershooting it is not "better").
 */
export const DirectionSchema = z.enum(['higher', 'lower', 'ceiling']);
export type Direction = z.infer<typeof DirectionSchema>;

export const IndicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  zh: z.string(),
  en: z.string(),
  measures: z.array(MeasureSchema),
  /** Base unit of `level` values (`CNY`, `USD`, `person`, `ug/m3`), null where there is no level. */
  levelUnit: z.string().nullable(),
  direction: DirectionSchema,
  /** Surface forms the extractor matches, longest first is not required: the matcher sorts. */
  aliases: z.array(z.string()),
  /**
   * The years the statistic was published, where it was not always: 农民人均纯收入 was replaced by
   * 农村居民人均可支配收入 from the 2013 household survey on. Absent: always; a missing end is open.
   */
  years: z.object({ from: z.number().int().optional(), to: z.number().int().optional() }).optional(),
  /**
   * The statistic published under this one's loose names before its `years.from` (农民人均纯收入
   * before the disposable-income series): a figure of an earlier year worded loosely
   * (`城乡居民人均收入分别为…`) is that one's.
   */
  before: z.string().optional(),
  /**
   * Aliases (listed in `aliases` too) that do not name this statistic in full (`农民人均收入`,
   * `农村居民收入`): a figure of a year before `years.from` under them is the `before` one's.
   */
  loose: z.array(z.string()).optional(),
  /**
   * The statistic this one is the local part of (一般公共预算收入 of 财政总收入): where a sentence
   * gives two amounts under this one's names, the larger is the whole's.
   */
  partOf: z.string().optional(),
  /**
   * Aliases (listed in `aliases` too) that name a wider statistic standing in for this one
   * (`全部工业增加值` for 规模以上工业增加值): a figure under them gives way to one of the same year,
   * kind and measure that the report states under this statistic's own name.
   */
  wider: z.array(z.string()).optional(),
  /**
   * The indicator of this statistic's share of GDP (服务业增加值 → 服务业比重): a rate said of it as a
   * share of GDP (`服务业增加值300亿元,占地区生产总值比重达到52%`) is that indicator's.
   */
  shareOfGdp: z.string().optional(),
  /** A statistic per resident (人均地区生产总值): its level is one person's, never a sum counted in 亿. */
  perHead: z.boolean().optional(),
  /**
   * Counting words that count the level too (new jobs as positions: `新增就业岗位3.23万个`); such a
   * figure is stored in `levelUnit`.
   */
  countedAs: z.array(z.string()).optional(),
  /**
   * A count of what a year brings in or adds (新增就业, 实际利用外资, 项目总投资), never a level held:
   * said over a span of years (`五年来…实际利用外资5.6亿美元`), it is the span's sum, no year's.
   */
  summed: z.boolean().optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;
