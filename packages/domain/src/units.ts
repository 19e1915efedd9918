/**
 * Units, as data shared by the extractor (which reads their Chinese forms) and the dashboard's
 * formatter (which writes them back): values travel in base units (`CNY`, `person`, `%`), and a
 * unit's family says which values may stand on one axis.
 */

/** Values of one family can be compared (CNY and USD are both money, at a stated rate). */
export type UnitFamily =
  | 'money'
  | 'percent'
  | 'people'
  | 'households'
  | 'area'
  | 'length'
  | 'volume'
  | 'mass'
  | 'energy'
  | 'power'
  | 'concentration'
  | 'containers'
  | 'count';

export interface Unit {
  /** Base unit code the facts carry (`CNY`, `ug/m3`), or the counting word itself (`个`, `家`). */
  code: string;
  family: UnitFamily;
  /** How a report writes it after a number, without a multiplier. */
  zh: string;
  /** English label after a number. */
  en: string;
  /** Read with 万/亿 in Chinese and millions/billions in English (`69.5亿元`, `6.95 bn CNY`). */
  scaled: boolean;
}

const money = (code: string, zh: string): Unit => ({ code, family: 'money', zh, en: code, scaled: true });
/** Counting words (量词): the word is the unit, and values of different words never share an axis. */
const counter = (zh: string, en: string): Unit => ({ code: zh, family: 'count', zh, en, scaled: false });

export const UNITS: readonly Unit[] = [
  money('CNY', '元'),
  money('USD', '美元'),
  money('EUR', '欧元'),
  money('HKD', '港元'),
  { code: '%', family: 'percent', zh: '%', en: '%', scaled: false },
  { code: '‰', family: 'percent', zh: '‰', en: '‰', scaled: false },
  { code: 'person', family: 'people', zh: '人', en: 'people', scaled: true },
  { code: 'person-time', family: 'people', zh: '人次', en: 'visits', scaled: true },
  { code: 'household', family: 'households', zh: '户', en: 'households', scaled: true },
  { code: 'ug/m3', family: 'concentration', zh: '微克/立方米', en: 'µg/m³', scaled: false },
  { code: 'km2', family: 'area', zh: '平方公里', en: 'km²', scaled: false },
  { code: 'm2', family: 'area', zh: '平方米', en: 'm²', scaled: true },
  { code: 'ha', family: 'area', zh: '公顷', en: 'ha', scaled: true },
  { code: 'mu', family: 'area', zh: '亩', en: 'mu', scaled: true },
  { code: 'm3', family: 'volume', zh: '立方米', en: 'm³', scaled: true },
  { code: 'km', family: 'length', zh: '公里', en: 'km', scaled: false },
  { code: 't', family: 'mass', zh: '吨', en: 't', scaled: true },
  { code: 'tce', family: 'energy', zh: '吨标准煤', en: 'tce', scaled: true },
  { code: 'kWh', family: 'energy', zh: '千瓦时', en: 'kWh', scaled: true },
  { code: 'kW', family: 'power', zh: '千瓦', en: 'kW', scaled: true },
  { code: 'TEU', family: 'containers', zh: '标箱', en: 'TEU', scaled: true },
  ...(
    [
      ['个', 'units'],
      ['家', 'firms'],
      ['项', 'items'],
      ['座', 'sites'],
      ['所', 'institutions'],
      ['条', 'lines'],
      ['张', 'units'],
      ['套', 'sets'],
      ['处', 'sites'],
      ['辆', 'vehicles'],
      ['台', 'machines'],
      ['艘', 'vessels'],
      ['间', 'rooms'],
      ['栋', 'buildings'],
      ['幢', 'buildings'],
      ['场', 'events'],
      ['批', 'batches'],
      ['件', 'items'],
      ['支', 'teams'],
      ['株', 'plants'],
      ['头', 'head'],
      ['只', 'head'],
      ['床', 'beds'],
      ['盏', 'lamps'],
    ] as const
  ).map(([zh, en]) => counter(zh, en)),
];

/**
 * The Chinese forms a report writes after a number, each with its unit and the factor to the
 * base unit. Multipliers written before the unit (`万`, `亿`) are the numerals' business.
 */
export interface UnitWord {
  word: string;
  unit: string;
  factor: number;
}

export const UNIT_WORDS: readonly UnitWord[] = [
  ...UNITS.map((u) => ({ word: u.zh, unit: u.code, factor: 1 })),
  { word: '港币', unit: 'HKD', factor: 1 },
  // A change in percentage points is read as a percent with `percentagePoints` set.
  { word: '个百分点', unit: '%', factor: 1 },
  { word: '名', unit: 'person', factor: 1 },
  { word: '微克每立方米', unit: 'ug/m3', factor: 1 },
  { word: 'μg/m3', unit: 'ug/m3', factor: 1 },
  { word: 'μg/m³', unit: 'ug/m3', factor: 1 },
  { word: '平方千米', unit: 'km2', factor: 1 },
  { word: '千米', unit: 'km', factor: 1 },
  // `增长1.6倍`: a rise of 160%.
  { word: '倍', unit: '%', factor: 100 },
  // Grain is often counted in 斤 (half a kilogram), national reports in 万亿斤.
  { word: '斤', unit: 't', factor: 0.0005 },
  { word: '公斤', unit: 't', factor: 0.001 },
  { word: '千克', unit: 't', factor: 0.001 },
  // Electricity is counted in 度, the everyday name of a kWh (`全社会用电量9.25亿度`).
  { word: '度', unit: 'kWh', factor: 1 },
  // Taiwan's press writes 万亿 as 兆 (`地區生產總值達人民幣5.2兆元`, `糧食產量1.4兆斤`); the
  // mainland's 兆 is mega, and comes before no 元 or 斤.
  { word: '兆元', unit: 'CNY', factor: 1e12 },
  { word: '兆斤', unit: 't', factor: 1e12 * 0.0005 },
  // Statistical bulletins count sown area in thousands of hectares (`粮食播种面积85.76千公顷`).
  { word: '千公顷', unit: 'ha', factor: 1000 },
];

/**
 * Units that convert at a fixed rate, so a figure in one is read on its indicator's axis
 * (`粮食种植面积43907公顷` is 658,605 亩). Currencies do not: their rate moves.
 */
const FIXED_RATES: readonly { from: string; to: string; factor: number }[] = [
  { from: 'ha', to: 'mu', factor: 15 },
];

/** How many `to` one `from` is, where the rate is fixed. @example fixedRate('ha', 'mu') // 15 */
export function fixedRate(from: string, to: string): number | undefined {
  return FIXED_RATES.find((r) => r.from === from && r.to === to)?.factor;
}

const BY_CODE = new Map(UNITS.map((u) => [u.code, u]));

/** The unit with this code, if it is one we know. @example unitByCode('CNY')?.zh // '元' */
export function unitByCode(code: string): Unit | undefined {
  return BY_CODE.get(code);
}
