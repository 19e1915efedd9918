/** Words of the constructions that state a figure without a unit (unitless-figures.ts). */

/** What a three-sector structure is called before its ratio (`三次产业结构调整为9.1:45.2:45.7`). */
export const SECTOR_STRUCTURE_WORDS = [
  '三次产业结构',
  '三次产业比例',
  '三次产业比',
  '三次产业',
  '三大产业结构',
  '三大产业比例',
  '三大产业',
  '产业结构',
  // (`产业比例从2020年的7.9:35.6:56.5调整到…`: the ratio says which sectors.)
  '产业比例',
  '三产结构',
  // The sectors counted out (`一二三产业比重调整为1.5:56.4:42.1`, `一、二、三产比例调整为…`).
  '一二三产',
  '一、二、三产',
  '一二三次产业',
  '一、二、三次产业',
];

/**
 * The three sectors' shares of GDP, in the order a structure states them, by the names a share is
 * said with (`第三产业增加值占生产总值比重`, `服务业增加值占比`).
 */
export const SECTOR_SHARES = [
  { names: '第一产业|一产', id: 'primary_industry_share' },
  { names: '第二产业|二产', id: 'secondary_industry_share' },
  { names: '服务业|第三产业|三产', id: 'services_share' },
] as const;

/** One share of a three-sector ratio (`9.1` of `9.1:45.2:45.7`), as a pattern. */
export const RATIO_SHARE = String.raw`\d{1,2}(?:\.\d{1,3})?`;

/** A consumer price index written as 100 + the rise (`居民消费价格指数为102.7`). */
export const PRICE_INDEX_WORDS = ['居民消费价格总指数', '居民消费价格指数', 'CPI'];
/** The index level of a rise of under 20% (`102.7`), or of a fall of under 10% (`99.6`: prices fell 0.4%). */
export const PRICE_INDEX_LEVEL = String.raw`(?:9\d|1[01]\d)(?:\.\d{1,2})?`;
/** The words between the index and its level (`居民消费价格指数为`, `…指数控制在`). */
export const PRICE_INDEX_LINK = String.raw`[^,;。\d]{0,6}?`;

/** The comparison before `持平` (no change): `与上年持平`, `同比基本持平`, `与上年度持平`. */
export const FLAT_COMPARISONS = ['与上年度', '与上年', '与去年', '较上年', '比上年', '同比'];

/**
 * A result's verb between a sector and its value added or output (`规上工业实现增加值`,
 * `规模以上工业预计完成增加值`), as a pattern.
 */
export const SECTOR_RESULT_VERB = '(?:预计)?(?:实现|完成)';

/**
 * What a sentence may open on before a value added's verb with no sector named: the whole year, as
 * an estimate (`预计全年实现增加值290亿元`), as a pattern. (`预计实现` is the verb's own.)
 */
export const WHOLE_YEAR_ESTIMATE = '(?:(?:预计)?全年)?';

/** Verbs of policy a sector's name may follow before how it went (`促进第三产业多作贡献,实现增加值…`). */
export const POLICY_VERBS = ['促进', '推动', '推进'];

/**
 * A rate named as a growth after it (`实现8.5%以上的增长`, `保持7%左右的较快增长`, `实现8%以上的增速`,
 * without 的 `均实现30%以上增长`): the figure is the change, as if `增长` stood before it.
 */
export const GROWTH_AFTER_RATE = /^(?:的(?:较快|快速|平稳|稳定|稳步)?(?:增长|增幅|增速)|增长)/;

/** GDP as the whole a share is taken of (`占地区生产总值`, `占GDP`), as a pattern. */
export const OF_GDP = '(?:地区生产总值|国内生产总值|生产总值|GDP|经济总量)';
/** The region's own scope before its GDP (`占全县生产总值`), as a pattern. */
export const OWN_SCOPE_WORD = '全[县市区省州盟旗]';
/**
 * A share of GDP said after a sector's figure (`服务业增加值300亿元,占地区生产总值比重达到52%`,
 * `增长23%,占全区增加值的81%`: a district's 增加值 is its output).
 */
export const SHARE_OF_GDP_WORDS = `占(?:${OWN_SCOPE_WORD})?(?:${OF_GDP}|(?<=全[区县市])增加值)的?(?:比重|比例)?`;
export const SHARE_OF_GDP = new RegExp(SHARE_OF_GDP_WORDS);
