/**
 * The fact rules on real sentences of the seed's work reports (庆元县, 瓯海区, 衢州市 2018) and
 * on constructions from other reports. Each sentence is read as a section of the given kind.
 */
import { type Fact, NATIONAL, type Region, regionByCode, type SectionKind } from '@gwr/domain';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/facts.js';
import { readingView } from '../src/reading-view.js';

const county: Region = {
  code: '331126',
  name: '庆元县',
  level: 'county',
  parent_code: '331100',
  parent_name: '丽水市',
  province_name: '浙江省',
};

/** The facts of `text` read as one section of `kind`, the body starting at `bodyOffset` in its file. */
function readAs(
  text: string,
  kind: SectionKind,
  ctx: { region: Region; reportYear: number; bodyOffset: number; traditional?: boolean; title?: string },
): Fact[] {
  const view = readingView(text, ctx.traditional ?? false);
  const title = ctx.title ?? '';
  return extractFacts(text, view, view.text, [{ kind, title, start: 0, end: view.text.length }], {
    docId: 'doc',
    docKind: kind === 'body' ? 'news' : 'work_report',
    region: ctx.region,
    frame: { reportYear: ctx.reportYear, reportLike: kind !== 'body' },
    bodyOffset: ctx.bodyOffset,
  });
}

function factsOf(text: string, kind: SectionKind = 'review', reportYear = 2018): Fact[] {
  return readAs(text, kind, { region: county, reportYear, bodyOffset: 100 });
}

/** The facts of `text` read as the body of news that relays a report of `reportYear`. */
function relayed(text: string, reportYear: number): Fact[] {
  const view = readingView(text, false);
  return extractFacts(text, view, view.text, [{ kind: 'body', title: '', start: 0, end: view.text.length }], {
    docId: 'doc',
    docKind: 'news',
    region: county,
    frame: { reportYear, reportLike: true },
    bodyOffset: 0,
  });
}

const brief = (f: Fact) =>
  [f.indicator ?? f.label, f.kind, f.year, f.measure, f.value, f.qualifier].join(' ');

describe('level and growth in one clause', () => {
  it('goes on past a lead over a wider place’s figure, which is no figure of its own', () => {
    expect(factsOf('地区生产总值增长5%,高于全市3个百分点,总量达到400亿元。').map(brief)).toEqual([
      'gdp actual 2017 growth_pct 5 exact',
      'gdp actual 2017 level 40000000000 exact',
    ]);
    expect(factsOf('人均生产总值8万元,比全省平均水平高9277元。').map(brief)).toEqual([
      'gdp_per_capita actual 2017 level 80000 exact',
    ]);
  });

  it('goes on past the circumstance a figure came about in (在疫情冲击影响下)', () => {
    expect(factsOf('税收收入在疫情冲击影响下仍实现12.5%的增幅。').map(brief)).toEqual([
      'tax_revenue actual 2017 growth_pct 12.5 exact',
    ]);
  });

  it('reads the short forms of a change against last year (比增, 比降), after a basis in brackets too', () => {
    expect(
      factsOf('一般公共预算总收入40亿元,(同口径)比降5%;地方一般公共预算收入30亿元,比增7%。').map(brief),
    ).toEqual([
      'fiscal_total_revenue actual 2017 level 4000000000 exact',
      'fiscal_total_revenue actual 2017 growth_pct -5 exact',
      'general_budget_revenue actual 2017 level 3000000000 exact',
      'general_budget_revenue actual 2017 growth_pct 7 exact',
    ]);
  });

  it('reads both, and the growth clause borrows the subject', () => {
    const facts = factsOf('全县地区生产总值69.5亿元,增长7.5%;财政总收入7.11亿元,增长12.3%。');
    expect(facts.map(brief)).toEqual([
      'gdp actual 2017 level 6950000000 exact',
      'gdp actual 2017 growth_pct 7.5 exact',
      'fiscal_total_revenue actual 2017 level 711000000 exact',
      'fiscal_total_revenue actual 2017 growth_pct 12.3 exact',
    ]);
  });

  it('reads the subject after a dash rule that sets it off from the words before', () => {
    expect(factsOf('全县多项指标跨上新台阶——城镇居民人均可支配收入4.2万元,增长6%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2017 level 42000 exact',
      'urban_income_per_capita actual 2017 growth_pct 6 exact',
    ]);
  });

  it('grounds evidence in the original text with file offsets', () => {
    const text = '全县地区生产总值69.5亿元,增长7.5%。';
    const growth = factsOf(text)[1]!;
    expect(growth.evidence.text).toBe('全县地区生产总值69.5亿元,增长7.5%');
    expect(growth.evidence.start).toBe(100);
  });
});

describe('food security and ecology in a review', () => {
  it('reads investment in projects of 5 million yuan and up, how the statistic is compiled, as the region’s', () => {
    expect(factsOf('500万元以上项目固定资产投资86.5亿元,增长12%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2017 level 8650000000 exact',
      'fixed_asset_investment actual 2017 growth_pct 12 exact',
    ]);
    expect(factsOf('500万元及以上固定资产投资增长8.1%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2017 growth_pct 8.1 exact',
    ]);
  });

  it('reads grain area and output with their bounds, and forest coverage', () => {
    const facts = factsOf('粮食播种面积稳定在120万亩以上,粮食产量保持在50万吨左右。森林覆盖率达到62.5%。');
    expect(facts.map(brief)).toEqual([
      'grain_sown_area actual 2017 level 1200000 at_least',
      'grain_output actual 2017 level 500000 about',
      'forest_coverage actual 2017 rate_pct 62.5 exact',
    ]);
    expect(facts.map((f) => f.unit)).toEqual(['mu', 't', '%']);
    // A floor held for a streak of years (连续9年稳定在…以上) is the year's too.
    expect(factsOf('粮食产量连续6年稳定在80万吨以上。').map(brief)).toEqual([
      'grain_output actual 2017 level 800000 at_least',
    ]);
    // The output after the grain's area, named only as 总产, is the grain's.
    expect(factsOf('粮食种植面积25万亩,总产9.8万吨。').map(brief)).toEqual([
      'grain_sown_area actual 2017 level 250000 exact',
      'grain_output actual 2017 level 98000 exact',
    ]);
  });
});

describe('public finance, urbanisation and tourism in a review', () => {
  it('reads expenditure and tax revenue, and leaves a share within the expenditure alone', () => {
    const facts = factsOf(
      '全县一般公共预算支出45.3亿元,增长4.2%,其中民生支出占比达80%。税收收入18.6亿元,增长7.9%。',
    );
    expect(facts.map(brief)).toEqual([
      'general_budget_expenditure actual 2017 level 4530000000 exact',
      'general_budget_expenditure actual 2017 growth_pct 4.2 exact',
      'tax_revenue actual 2017 level 1860000000 exact',
      'tax_revenue actual 2017 growth_pct 7.9 exact',
    ]);
  });

  it('distributes 分别 over tourist arrivals and tourism revenue', () => {
    const facts = factsOf(
      '常住人口城镇化率达到58.6%。全年接待游客1250万人次,实现旅游总收入125亿元,分别增长35%和40%。',
    );
    expect(facts.map(brief)).toEqual([
      'urbanization_rate actual 2017 rate_pct 58.6 exact',
      'tourist_arrivals actual 2017 level 12500000 exact',
      'tourism_revenue actual 2017 level 12500000000 exact',
      'tourist_arrivals actual 2017 growth_pct 35 exact',
      'tourism_revenue actual 2017 growth_pct 40 exact',
    ]);
    expect(facts[1]!.unit).toBe('person-time');
  });
});

describe('a bracketed gloss after the indicator', () => {
  it('reads through an abbreviation in full-width brackets and a comparability note', () => {
    const facts = factsOf('全县实现地区生产总值（GDP）356.78亿元，按可比价计算，比上年增长6.8%。');
    expect(facts.map(brief)).toEqual([
      'gdp actual 2017 level 35678000000 exact',
      'gdp actual 2017 growth_pct 6.8 exact',
    ]);
    expect(factsOf('居民消费价格(CPI)上涨2.1%。').map(brief)).toEqual([
      'cpi actual 2017 growth_pct 2.1 exact',
    ]);
  });

  it('goes on with the total past an aside with a figure of its own, closed before a joiner (…)、增长…)', () => {
    expect(factsOf('一般公共预算收入20.5亿元(含留抵退税1.2亿元)、同口径增长6%。').map(brief)).toEqual([
      'general_budget_revenue actual 2017 level 2050000000 exact',
      'general_budget_revenue actual 2017 growth_pct 6 exact',
    ]);
  });
});

describe('wordings of other years and places', () => {
  it('reads a goal said as a sprint towards its figure (向…冲刺)', () => {
    expect(factsOf('到2022年,全县经济总量向300亿元冲刺。', 'tasks', 2018).map(brief)).toEqual([
      'gdp target 2022 level 30000000000 exact',
    ]);
  });

  it('reads customs’ exports, own-level budget revenue, jobs counted as people and capital used from other provinces', () => {
    expect(
      factsOf(
        '海关出口总额70亿美元。一般公共预算本级收入6.9亿元。新增就业人数5万人。实际利用省外资金73.9亿元,增长5%。',
      ).map(brief),
    ).toEqual([
      'exports actual 2017 level 7000000000 exact',
      'general_budget_revenue actual 2017 level 690000000 exact',
      'new_urban_jobs actual 2017 level 50000 exact',
      'actual_domestic_investment actual 2017 level 7390000000 exact',
      'actual_domestic_investment actual 2017 growth_pct 5 exact',
    ]);
  });

  it('reads figures reported up before they are final (分别上报完成) as the year’s', () => {
    expect(factsOf('城镇、农村居民人均可支配收入分别上报完成41000元、19000元。').map(brief)).toEqual([
      'urban_income_per_capita actual 2017 level 41000 exact',
      'rural_income_per_capita actual 2017 level 19000 exact',
    ]);
  });

  it('reads foreign direct investment used (利用外商直接投资) without 实际', () => {
    expect(factsOf('全县利用外商直接投资9800万美元,增长12%。').map(brief)).toEqual([
      'actual_fdi actual 2017 level 98000000 exact',
      'actual_fdi actual 2017 growth_pct 12 exact',
    ]);
  });

  it('reads capital said to come from within the country (国内实际到位资金) as domestic investment', () => {
    expect(factsOf('引进国内实际到位资金28亿元,同比增长9%。').map(brief)).toEqual([
      'actual_domestic_investment actual 2017 level 2800000000 exact',
      'actual_domestic_investment actual 2017 growth_pct 9 exact',
    ]);
  });

  it('reads a municipality’s capital drawn from the other provinces (吸引外省市资金) as domestic investment', () => {
    expect(factsOf('吸引外省市资金98亿元,增长12%。').map(brief)).toEqual([
      'actual_domestic_investment actual 2017 level 9800000000 exact',
      'actual_domestic_investment actual 2017 growth_pct 12 exact',
    ]);
  });

  it('pairs two subjects with the values after them, however loosely the pair is named', () => {
    expect(factsOf('城乡居民可支配收入分别达到31000元、12000元。').map(brief)).toEqual([
      'urban_income_per_capita actual 2017 level 31000 exact',
      'rural_income_per_capita actual 2017 level 12000 exact',
    ]);
    expect(factsOf('完成大口径财政收入和一般公共预算收入2.3亿元、1.4亿元。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2017 level 230000000 exact',
      'general_budget_revenue actual 2017 level 140000000 exact',
    ]);
  });

  it('reads other wordings: a year’s mean PM2.5, tax bar customs, a province’s whole by its one-character name, visitors counted as people, export earnings, grain crops’ area, capital from other provinces, a city’s air up to standard', () => {
    expect(
      factsOf('PM2.5年平均浓度降到31微克/立方米。国内税收收入88.8亿元。全疆粮食播种面积3000万亩。').map(
        brief,
      ),
    ).toEqual([
      'pm25 actual 2017 level 31 exact',
      'tax_revenue actual 2017 level 8880000000 exact',
      'grain_sown_area actual 2017 level 30000000 exact',
    ]);
    // Exports as the foreign exchange they earn, grain's area said of its crops, and capital drawn
    // in from other provinces.
    expect(
      factsOf('出口创汇额实现3000万美元。粮食作物面积达到80万亩。引进外省资金12亿元。').map(brief),
    ).toEqual([
      'exports actual 2017 level 30000000 exact',
      'grain_sown_area actual 2017 level 800000 exact',
      'actual_domestic_investment actual 2017 level 1200000000 exact',
    ]);
    // Visitors counted as people are the count of visits.
    expect(factsOf('全年接待游客520万人。').map(brief)).toEqual([
      'tourist_arrivals actual 2017 level 5200000 exact',
    ]);
    // A city's days up to standard are its good days, as its 优良率 is.
    expect(factsOf('城市空气质量达标率为85%。').map(brief)).toEqual([
      'air_quality_good_rate actual 2017 rate_pct 85 exact',
    ]);
    // What a year's aims are set for, before the statistic, only frames it.
    expect(factsOf('全市经济社会发展力争实现地区生产总值增长7%左右。', 'targets').map(brief)).toEqual([
      'gdp target 2018 growth_pct 7 about',
    ]);
    // Industry above the size line named by its enterprises, shortened (规上工业企业).
    expect(factsOf('规上工业企业增加值增长7.1%。').map(brief)).toEqual([
      'industrial_value_added actual 2017 growth_pct 7.1 exact',
    ]);
    // Foreign capital named as an amount (额), and energy per unit of GDP said as 综合能耗.
    expect(factsOf('实际使用外资额2.6亿美元。单位GDP综合能耗下降3.2%。').map(brief)).toEqual([
      'actual_fdi actual 2017 level 260000000 exact',
      'energy_intensity actual 2017 growth_pct -3.2 exact',
    ]);
  });

  it('gives the growth after a figure restated in dollars to the statistic, not to the conversion', () => {
    expect(factsOf('人均生产总值为81000元(按年平均汇率折算为11800美元),增长4.1%。').map(brief)).toEqual([
      'gdp_per_capita actual 2017 level 81000 exact',
      'gdp_per_capita actual 2017 growth_pct 4.1 exact',
    ]);
    expect(factsOf('人均生产总值52000元,按2017年平均汇率计算为7600美元,增长2.5%。').map(brief)).toEqual([
      'gdp_per_capita actual 2017 level 52000 exact',
      'gdp_per_capita actual 2017 growth_pct 2.5 exact',
    ]);
    // Restated bare (`约合`), in a clause of its own.
    expect(factsOf('人均生产总值6.8万元,约合1万美元,增长5%。').map(brief)).toEqual([
      'gdp_per_capita actual 2017 level 68000 exact',
      'gdp_per_capita actual 2017 growth_pct 5 exact',
    ]);
  });

  it('reads each sector’s 增加值比重 after the first share of GDP, past its change in points', () => {
    expect(
      factsOf(
        '第一产业增加值占地区生产总值的比重为9.5%,比上年下降0.6个百分点;第二产业增加值比重为44.1%,上升0.9个百分点;第三产业增加值比重为46.4%。',
      ).map(brief),
    ).toEqual([
      'primary_industry_share actual 2017 rate_pct 9.5 exact',
      'secondary_industry_share actual 2017 rate_pct 44.1 exact',
      'services_share actual 2017 rate_pct 46.4 exact',
    ]);
  });

  it('reads a sector’s bare 占比 as its share of GDP', () => {
    expect(factsOf('全区服务业增加值完成88亿元,第三产业占比达到51.2%。').map(brief)).toEqual([
      'services_value_added actual 2017 level 8800000000 exact',
      'services_share actual 2017 rate_pct 51.2 exact',
    ]);
    expect(factsOf('第二产业占比提高到40.5%。').map(brief)).toEqual([
      'secondary_industry_share actual 2017 rate_pct 40.5 exact',
    ]);
  });

  it('reads retail sales counted over every outlet (全口径社零额) and domestic capital received (到位内资)', () => {
    expect(factsOf('全口径社零额增长6.5%,到位内资35亿元。').map(brief)).toEqual([
      'retail_sales actual 2017 growth_pct 6.5 exact',
      'actual_domestic_investment actual 2017 level 3500000000 exact',
    ]);
  });

  it('reads a county’s own-level revenue said with 本级 (县本级财政收入) as its budget revenue', () => {
    expect(factsOf('县本级财政收入8.5亿元,同比增长7.2%。').map(brief)).toEqual([
      'general_budget_revenue actual 2017 level 850000000 exact',
      'general_budget_revenue actual 2017 growth_pct 7.2 exact',
    ]);
  });

  it('reads the tax bureaus’ total (工商税收总收入) and capital brought in from outside the province (引进省外资金)', () => {
    expect(factsOf('工商税收总收入120亿元,增长8%;引进省外资金20亿元。').map(brief)).toEqual([
      'tax_revenue actual 2017 level 12000000000 exact',
      'tax_revenue actual 2017 growth_pct 8 exact',
      'actual_domestic_investment actual 2017 level 2000000000 exact',
    ]);
  });

  it('reads the farming and herding areas’ residents (农牧区常住居民) as the rural series', () => {
    expect(
      factsOf('城镇常住居民人均可支配收入30500元、农牧区常住居民人均可支配收入9800元,分别增长7%和9%。').map(
        brief,
      ),
    ).toEqual([
      'urban_income_per_capita actual 2017 level 30500 exact',
      'rural_income_per_capita actual 2017 level 9800 exact',
      'urban_income_per_capita actual 2017 growth_pct 7 exact',
      'rural_income_per_capita actual 2017 growth_pct 9 exact',
    ]);
  });

  it('reads the national and local tax bureaus’ revenue together (国地两税收入) as tax revenue', () => {
    expect(factsOf('国地两税收入36.8亿元,增长12.5%。').map(brief)).toEqual([
      'tax_revenue actual 2017 level 3680000000 exact',
      'tax_revenue actual 2017 growth_pct 12.5 exact',
    ]);
  });

  it('reads the subject after a verb with its aspect (实现了) and past a high base (在高基数下)', () => {
    expect(factsOf('全县同时实现了单位生产总值能耗降低4%。').map(brief)).toEqual([
      'energy_intensity actual 2017 growth_pct -4 exact',
    ]);
    expect(factsOf('外贸进出口总额在高基数下实现52亿元。').map(brief)).toEqual([
      'foreign_trade actual 2017 level 5200000000 exact',
    ]);
  });

  it('reads the level a change over past years reached as the year reviewed’s, even among goals', () => {
    expect(
      factsOf('在过去五年中,全县地区生产总值从2012年的100亿元增至150亿元以上。', 'targets').map(brief),
    ).toEqual(['gdp actual 2012 level 10000000000 exact', 'gdp actual 2017 level 15000000000 at_least']);
  });

  it('reads gross output at current prices, domestic capital arrived, and grain output with the year inside its name', () => {
    expect(factsOf('工业现价总产值完成60亿元。内资到位80亿元。粮食全年总产量3万吨。').map(brief)).toEqual([
      'industrial_gross_output actual 2017 level 6000000000 exact',
      'actual_domestic_investment actual 2017 level 8000000000 exact',
      'grain_output actual 2017 level 30000 exact',
    ]);
  });

  it('reads the catalog’s Latin names written in lower case (完成gdp, 人均gdp)', () => {
    expect(factsOf('全县完成gdp113.8亿元,人均gdp达到5.2万元。').map(brief)).toEqual([
      'gdp actual 2017 level 11380000000 exact',
      'gdp_per_capita actual 2017 level 52000 exact',
    ]);
  });

  it('leaves out a goal’s growth over a plan’s period, which is no year’s growth', () => {
    expect(
      factsOf('“十三五”期间全县生产总值达到300亿元,城镇居民人均可支配收入增长60%。', 'targets').map(brief),
    ).toEqual(['gdp target 2020 level 30000000000 exact']);
  });

  it('leaves out a sum given with its yearly average, which is no year’s level', () => {
    expect(factsOf('固定资产投资累计完成900亿元,年均增长15%;2017年达到220亿元。').map(brief)).toEqual([
      'fixed_asset_investment actual 2017 level 22000000000 exact',
    ]);
    expect(factsOf('全年固定资产投资累计完成220亿元,增长12%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2017 level 22000000000 exact',
      'fixed_asset_investment actual 2017 growth_pct 12 exact',
    ]);
    // So is a breakdown of such a sum, in the sentence after it (`其中,…`).
    expect(factsOf('累计完成投资900亿元。其中,完成工业投资400亿元,年均增长12%。').map(brief)).toEqual([]);
  });

  it('leaves out a sum said after a span of years a later sentence of its paragraph names', () => {
    expect(
      factsOf(
        '县长作政府工作报告。他指出,过去五年,全县改革持续深化。进出口总额累计120亿元,居全市首位。全县生产总值增长7%。',
        'body',
      ).map(brief),
    ).toEqual(['gdp actual 2018 growth_pct 7 exact']);
  });

  it('leaves out a change summed over years (累计下降), not one summed over the year (全年累计增长)', () => {
    expect(factsOf('万元生产总值能耗累计下降21.6%。').map(brief)).toEqual([]);
    expect(factsOf('全市生产总值全年累计增长6.7%。').map(brief)).toEqual([
      'gdp actual 2017 growth_pct 6.7 exact',
    ]);
  });

  it('holds 累计 over the items of its list that have no verb of their own, up to a semicolon', () => {
    expect(
      factsOf(
        '五年来成效显著。累计完成合同外资12亿美元,实到外资8.5亿美元,自营出口300亿元;地区生产总值达到420亿元。',
      ).map(brief),
    ).toEqual(['gdp actual 2017 level 42000000000 exact']);
    // A level reached after a cumulative growth is the last year's.
    expect(factsOf('五年来成效显著。全市生产总值累计增长30%,达到3600亿元。').map(brief)).toEqual([
      'gdp actual 2017 level 360000000000 exact',
    ]);
  });

  it('leaves out a sum compared with a past period right after it (是前五年的1.9倍), which is no year’s level', () => {
    expect(
      factsOf('五年实施重点项目800个,完成固定资产投资900亿元,是前五年的1.8倍。全年固定资产投资220亿元。').map(
        brief,
      ),
    ).toEqual(['fixed_asset_investment actual 2017 level 22000000000 exact']);
    expect(factsOf('固定资产投资完成2100亿元,是“十二五”时期的2.1倍。').map(brief)).toEqual([]);
  });

  it('reads a sector named before how it went as the subject of the value added after', () => {
    expect(factsOf('全县工业平稳发展,增加值增长4%;农业生产稳定,增加值增长3%。').map(brief)).toEqual([
      'industrial_value_added actual 2017 growth_pct 4 exact',
      'agriculture_value_added actual 2017 growth_pct 3 exact',
    ]);
    // A branch of industry is not industry; a clause with a figure of its own says more than how it went.
    expect(factsOf('轻工业平稳发展,增加值增长6%。').map(brief)).toEqual([]);
    expect(factsOf('工业12个项目投产,增加值增长6%。').map(brief)).toEqual([]);
  });

  it('reads no statistic of the subjects 分别 counts out when another noun heads them (…增长的贡献率分别达…)', () => {
    expect(
      factsOf('园区完成工业增加值40亿元,对全县经济增长和税收增长的贡献率分别达38%和26%。').map(brief),
    ).toEqual([]);
    // (A share of the year's task each completed still reads as the subjects' attainment.)
    expect(factsOf('固定资产投资、工业投资分别完成年度任务的110%和104%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2017 attainment_pct 110 exact',
      'industrial_investment actual 2017 attainment_pct 104 exact',
    ]);
  });

  it('reads no growth of a statistic after its level counted in other units (出口9万辆,…增长40%)', () => {
    expect(factsOf('龙头车企销量突破18万辆、出口9万辆,分别增长20%和40%。').map(brief)).toEqual([]);
    // A count of months after the growth says how long it led, and counts nothing of the statistic.
    expect(factsOf('固定资产投资增长6.3%,增速连续12个月居全省前列。').map(brief)).toEqual([
      'fixed_asset_investment actual 2017 growth_pct 6.3 exact',
    ]);
  });

  it('reads what years bring in, framed by a span of them, as no year’s (五年来…新增就业)', () => {
    expect(
      factsOf('五年来,全县城镇新增就业3.2万人,实际利用外资1.5亿美元,森林覆盖率达到62%。').map(brief),
    ).toEqual(['forest_coverage actual 2017 rate_pct 62 exact']);
    expect(factsOf('2017年,全县城镇新增就业6800人。').map(brief)).toEqual([
      'new_urban_jobs actual 2017 level 6800 exact',
    ]);
    // So where the span opens the paragraph a sentence before, unless the figure names its year.
    expect(factsOf('五年来,坚持每年办好民生实事。全县城镇新增就业3.2万人。').map(brief)).toEqual([]);
    expect(factsOf('五年来,坚持每年办好民生实事。2017年城镇新增就业6800人。').map(brief)).toEqual([
      'new_urban_jobs actual 2017 level 6800 exact',
    ]);
  });

  it('reads a change framed by a span of years opening its paragraph, after the address too, as no year’s', () => {
    expect(
      factsOf(
        '各位代表!“十二五”期间,全市较好完成了各项任务。全市生产总值达到900亿元,万元生产总值能耗下降15%。',
      ).map(brief),
    ).toEqual(['gdp actual 2017 level 90000000000 exact']);
    // Unless a sentence between names a year of its own: the change is that year's.
    expect(
      factsOf('五年来,全市较好完成了各项任务。特别是2017年,经济企稳回升。全市生产总值增长8%。').map(brief),
    ).toEqual(['gdp actual 2017 growth_pct 8 exact']);
  });

  it('reads sums under a numbered government’s term (十五届人民政府工作回顾) as no year’s, and a rate among them as its year’s', () => {
    const facts = readAs(
      '地区生产总值预计达到58亿元;累计实施重点项目80项,完成固定资产投资76亿元,三次产业结构演进为15:52:33。',
      'review',
      { region: county, reportYear: 2022, bodyOffset: 0, title: '一、十五届人民政府工作回顾' },
    );
    expect(facts.map(brief)).toEqual([
      'gdp actual 2021 level 5800000000 exact',
      'primary_industry_share actual 2021 rate_pct 15 exact',
      'secondary_industry_share actual 2021 rate_pct 52 exact',
      'services_share actual 2021 rate_pct 33 exact',
    ]);
  });

  it('takes no year compared with (涨幅低于上年实际涨幅) for the time of the figures after it', () => {
    expect(
      relayed('今年GDP增长8%,居民消费价格涨幅低于上年实际涨幅,城镇登记失业率控制在4.5%以内。', 2018).map(
        brief,
      ),
    ).toEqual([
      'gdp target 2018 growth_pct 8 exact',
      'registered_unemployment_rate target 2018 rate_pct 4.5 at_most',
    ]);
  });

  it('reads no part said after 其中 of the statistic just given as that statistic', () => {
    expect(
      factsOf('引进亿元以上项目120个、总投资860亿元,其中,十亿元以上项目9个、总投资310亿元。').map(brief),
    ).toEqual(['project_investment actual 2017 level 86000000000 exact']);
  });

  it('reads a projects’ total before a count of them, and no single named project’s size', () => {
    expect(factsOf('总投资86亿元的甲化工、乙材料等12个重大项目开工建设。').map(brief)).toEqual([
      'project_investment actual 2017 level 8600000000 exact',
    ]);
    expect(factsOf('总投资52亿元的某港液体化工码头建成投用。').map(brief)).toEqual([]);
  });

  it('reads no value in a threshold that is part of a statistic’s name (500万元以上固定资产投资)', () => {
    expect(factsOf('生产总值、财政总收入、500万元以上固定资产投资比“十一五”末实现翻番。').map(brief)).toEqual(
      [],
    );
    expect(factsOf('全县500万元以上固定资产投资完成86亿元。').map(brief)).toEqual([
      'fixed_asset_investment actual 2017 level 8600000000 exact',
    ]);
  });

  it('reads a value added a sentence opens on after one saying how a sector went as that sector’s', () => {
    expect(factsOf('工业运行稳中向好。实现增加值120亿元、增长6%。').map(brief)).toEqual([
      'industrial_value_added actual 2017 level 12000000000 exact',
      'industrial_value_added actual 2017 growth_pct 6 exact',
    ]);
    // After a sentence on anything else, it is the place's own output.
    expect(factsOf('经济运行稳中向好。实现增加值120亿元。').map(brief)).toEqual([
      'gdp actual 2017 level 12000000000 exact',
    ]);
  });

  it('reads the subject after a run-in heading’s verdict whose break a page lost (工业经济稳中有进规上…)', () => {
    expect(factsOf('一年来,工业经济稳中有进规上工业总产值500亿元,增长12%。').map(brief)).toEqual([
      'industrial_gross_output actual 2017 level 50000000000 exact',
      'industrial_gross_output actual 2017 growth_pct 12 exact',
    ]);
    expect(factsOf('经济运行总体平稳地区生产总值达到80亿元。').map(brief)).toEqual([
      'gdp actual 2017 level 8000000000 exact',
    ]);
    // Words that are no verdict still name something else's figure.
    expect(factsOf('工业园区规上工业总产值500亿元。').map(brief)).toEqual([]);
  });

  it('reads such a value added as the sector’s when the sentence opens on an estimate of the year', () => {
    expect(factsOf('服务业较快发展。预计全年实现增加值150亿元,比上年增长20%。').map(brief)).toEqual([
      'services_value_added actual 2017 level 15000000000 exact',
      'services_value_added actual 2017 growth_pct 20 exact',
    ]);
    expect(factsOf('经济运行稳中向好。预计全年完成增加值120亿元。').map(brief)).toEqual([
      'gdp actual 2017 level 12000000000 exact',
    ]);
  });

  it('reads an indicator whose first word is set off in quotation marks (“规上”工业增加值)', () => {
    expect(factsOf('全县地区生产总值增长8%,“规上”工业增加值增长7.3%。').map(brief)).toEqual([
      'gdp actual 2017 growth_pct 8 exact',
      'industrial_value_added actual 2017 growth_pct 7.3 exact',
    ]);
    // A quoted word that opens no alias names something else: no catalog figure.
    expect(factsOf('“双创”工业增加值增长7%。').map(brief)).toEqual([]);
  });

  it('reads the three sectors’ growth as their value added’s', () => {
    expect(factsOf('其中一、二、三产业分别增长5%、9%和8%。').map(brief)).toEqual([
      'agriculture_value_added actual 2017 growth_pct 5 exact',
      'secondary_industry_value_added actual 2017 growth_pct 9 exact',
      'services_value_added actual 2017 growth_pct 8 exact',
    ]);
  });

  it('reads revenue as a share of its budget (占预算的102%) as the share of its goal achieved', () => {
    expect(
      factsOf('全部财政收入完成9.6亿元,占预算的103%;一般公共预算收入4亿元,为年初预算的98.5%。').map(brief),
    ).toEqual([
      'fiscal_total_revenue actual 2017 level 960000000 exact',
      'fiscal_total_revenue actual 2017 attainment_pct 103 exact',
      'general_budget_revenue actual 2017 level 400000000 exact',
      'general_budget_revenue actual 2017 attainment_pct 98.5 exact',
    ]);
  });

  it('reads a share of the year’s goal met without 的 (完成预期目标115%) as attainment, no goal', () => {
    expect(factsOf('实现地区生产总值28亿元,同比增长16%,完成预期目标115.4%。').map(brief)).toEqual([
      'gdp actual 2017 level 2800000000 exact',
      'gdp actual 2017 growth_pct 16 exact',
      'gdp actual 2017 attainment_pct 115.4 exact',
    ]);
  });

  it('reads a share of a goal a league set, and goes on with its subject after it', () => {
    expect(
      factsOf('地方财政总收入完成2.5亿元,完成盟级调整任务的105%,下降12%;地方财政总支出完成8亿元。').map(
        brief,
      ),
    ).toEqual([
      'fiscal_total_revenue actual 2017 level 250000000 exact',
      'fiscal_total_revenue actual 2017 attainment_pct 105 exact',
      'fiscal_total_revenue actual 2017 growth_pct -12 exact',
      'general_budget_expenditure actual 2017 level 800000000 exact',
    ]);
    expect(factsOf('研究与开发经费占GDP比重达到1.2%。', 'targets').map(brief)).toEqual([
      'rd_intensity target 2018 rate_pct 1.2 exact',
    ]);
  });

  it('reads a goal’s auxiliary between its subject and its figure, under a plan’s period', () => {
    expect(factsOf('“十三五”期间全县进出口总额要突破10亿美元。').map(brief)).toEqual([
      'foreign_trade target 2020 level 1000000000 at_least',
    ]);
    expect(factsOf('单位GDP耗能下降3%。').map(brief)).toEqual([
      'energy_intensity actual 2017 growth_pct -3 exact',
    ]);
    expect(factsOf('能耗强度下降2.5%。').map(brief)).toEqual([
      'energy_intensity actual 2017 growth_pct -2.5 exact',
    ]);
    // The Hong Kong and Taiwan words: the index's name, and 年增 for year on year.
    expect(factsOf('消费者物价指数(CPI)上涨0.3%,财政收入年增2.1%。').map(brief)).toEqual([
      'cpi actual 2017 growth_pct 0.3 exact',
      'fiscal_total_revenue actual 2017 growth_pct 2.1 exact',
    ]);
    expect(factsOf('城市居民消费价格涨幅1.9%,城市居民消费价格总水平上涨2%。').map(brief)).toEqual([
      'cpi actual 2017 growth_pct 1.9 exact',
      'cpi actual 2017 growth_pct 2 exact',
    ]);
  });

  it('reads a price index written with a percent sign as the rise it states', () => {
    expect(factsOf('居民消费价格指数101.7%,城镇登记失业率3%。').map(brief)).toEqual([
      'cpi actual 2017 growth_pct 1.7 exact',
      'registered_unemployment_rate actual 2017 rate_pct 3 exact',
    ]);
    // Below 100: prices fell.
    expect(factsOf('居民消费价格指数为98.8%。').map(brief)).toEqual([
      'cpi actual 2017 growth_pct -1.2 exact',
    ]);
    // Bounded as a goal bounds it: at most (控制在…以内), about (左右).
    expect(factsOf('居民消费价格指数控制在103%以内,城镇登记失业率4%左右。', 'targets').map(brief)).toEqual([
      'cpi target 2018 growth_pct 3 at_most',
      'registered_unemployment_rate target 2018 rate_pct 4 about',
    ]);
  });

  it('reads a relayed target after 报告提出今年的预期目标是, and 市区居民 income as urban', () => {
    expect(
      factsOf('报告提出今年的预期目标是生产总值增长11%,实现此目标需要稳中求进。', 'targets').map(brief),
    ).toEqual(['gdp target 2018 growth_pct 11 exact']);
    // A goal set at its figure (定为, 确定为), in news; a level held (稳定在) is no goal.
    expect(factsOf('今年全县把地区生产总值增长目标定为9%。', 'body').map(brief)).toEqual([
      'gdp target 2018 growth_pct 9 exact',
    ]);
    // A congress setting the year's figures; the goals a past session set are no such cue.
    expect(factsOf('本次会议确定2018年全县实现地区生产总值85亿元。', 'body').map(brief)).toEqual([
      'gdp target 2018 level 8500000000 exact',
    ]);
    expect(relayed('圆满完成县人大一次会议确定的任务,地区生产总值80亿元。', 2018).map(brief)).toEqual([
      'gdp actual 2017 level 8000000000 exact',
    ]);
    // Goals a sentence sets for its list, though its paragraph opened on the year before.
    expect(
      relayed(
        '2017年全县地区生产总值预计达到80亿元。为实现新的目标,会议还确定了一般公共预算收入增长6%、固定资产投资增长10%。',
        2018,
      ).map(brief),
    ).toEqual([
      'gdp actual 2017 level 8000000000 exact',
      'general_budget_revenue target 2018 growth_pct 6 exact',
      'fixed_asset_investment target 2018 growth_pct 10 exact',
    ]);
    expect(factsOf('全县粮食播种面积稳定在80万亩以上。', 'body').map(brief)).toEqual([
      'grain_sown_area actual 2018 level 800000 at_least',
    ]);
    // Last year's figure in brackets after the goal: a clause of its own, of its own year.
    expect(factsOf('力争实际利用外资9亿美元(去年实际利用外资6亿美元)。', 'targets').map(brief)).toEqual([
      'actual_fdi target 2018 level 900000000 exact',
      'actual_fdi actual 2017 level 600000000 exact',
    ]);
    expect(factsOf('农村居民人均可支配收入计划达到15200元(去年为14100元)。', 'targets').map(brief)).toEqual([
      'rural_income_per_capita target 2018 level 15200 exact',
      'rural_income_per_capita actual 2017 level 14100 exact',
    ]);
    // A plan's figure, 计划 between the subject and its verb.
    expect(factsOf('农村居民人均可支配收入计划达到15200元。', 'targets').map(brief)).toEqual([
      'rural_income_per_capita target 2018 level 15200 exact',
    ]);
    expect(factsOf('市区居民人均可支配收入达到37902元,财税总收入737.1亿元。').map(brief)).toEqual([
      'urban_income_per_capita actual 2017 level 37902 exact',
      'fiscal_total_revenue actual 2017 level 73710000000 exact',
    ]);
  });

  it('reads a sector’s growth as its value added’s, and nothing from other figures of the sector', () => {
    expect(factsOf('第一产业增长4%,第二产业增长10.7%,第三产业增长9.5%。').map(brief)).toEqual([
      'agriculture_value_added actual 2017 growth_pct 4 exact',
      'secondary_industry_value_added actual 2017 growth_pct 10.7 exact',
      'services_value_added actual 2017 growth_pct 9.5 exact',
    ]);
    expect(factsOf('第三产业投资增长20%,第三产业从业人员3万人。').filter((f) => f.indicator)).toEqual([]);
  });

  it('reads a growth past a note on what it is called below, and older names of catalogued figures', () => {
    expect(factsOf('全县生产总值完成80亿元,同比增长(以下简称增长)6%。').map(brief)).toEqual([
      'gdp actual 2017 level 8000000000 exact',
      'gdp actual 2017 growth_pct 6 exact',
    ]);
    expect(factsOf('城镇居民年人均可支配收入增长9%,农村居民年人均纯收入增长11%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2017 growth_pct 9 exact',
      'rural_net_income_per_capita actual 2017 growth_pct 11 exact',
    ]);
    expect(factsOf('旅游接待总人数500万人次,同比增长(下称“增长”)9%。').map(brief)).toEqual([
      'tourist_arrivals actual 2017 level 5000000 exact',
      'tourist_arrivals actual 2017 growth_pct 9 exact',
    ]);
    expect(
      factsOf(
        '全年接待游客人数超过900万人次,旅游综合收入突破80亿元,地方财政预算收入增长9%,研发投入占比达到2.1%。',
      ).map(brief),
    ).toEqual([
      'tourist_arrivals actual 2017 level 9000000 at_least',
      'tourism_revenue actual 2017 level 8000000000 at_least',
      'general_budget_revenue actual 2017 growth_pct 9 exact',
      'rd_intensity actual 2017 rate_pct 2.1 exact',
    ]);
  });
});

describe('分别', () => {
  it('counts the sectors out of 一、二、三次产业增加值 (or two of them: 第二、三产业), a run without separators too', () => {
    const facts = factsOf(
      '其中,一、二、三次产业增加值分别完成3.1亿元、20.5亿元和9.2亿元,分别增长3%、8%和6%。',
    );
    expect(facts.map(brief)).toEqual([
      'agriculture_value_added actual 2017 level 310000000 exact',
      'secondary_industry_value_added actual 2017 level 2050000000 exact',
      'services_value_added actual 2017 level 920000000 exact',
      'agriculture_value_added actual 2017 growth_pct 3 exact',
      'secondary_industry_value_added actual 2017 growth_pct 8 exact',
      'services_value_added actual 2017 growth_pct 6 exact',
    ]);
    // The enumeration is what the figures are of, not a list marker to leave out.
    expect(facts[0]!.evidence.text.startsWith('一、二、三次产业增加值')).toBe(true);
    expect(factsOf('三次产业分别增长2.1%、6.3%和7.4%。').map(brief)).toEqual([
      'agriculture_value_added actual 2017 growth_pct 2.1 exact',
      'secondary_industry_value_added actual 2017 growth_pct 6.3 exact',
      'services_value_added actual 2017 growth_pct 7.4 exact',
    ]);
    expect(factsOf('三次产业增加值分别完成4亿元、40亿元和20亿元。').map(brief)).toEqual([
      'agriculture_value_added actual 2017 level 400000000 exact',
      'secondary_industry_value_added actual 2017 level 4000000000 exact',
      'services_value_added actual 2017 level 2000000000 exact',
    ]);
    expect(factsOf('一产、二产、三产增加值分别增长3.5%、6%和7.5%。').map(brief)).toEqual([
      'agriculture_value_added actual 2017 growth_pct 3.5 exact',
      'secondary_industry_value_added actual 2017 growth_pct 6 exact',
      'services_value_added actual 2017 growth_pct 7.5 exact',
    ]);
    expect(factsOf('第一、二、三产业增加值分别增长4.1%5.2%6.3%。').map(brief)).toEqual([
      'agriculture_value_added actual 2017 growth_pct 4.1 exact',
      'secondary_industry_value_added actual 2017 growth_pct 5.2 exact',
      'services_value_added actual 2017 growth_pct 6.3 exact',
    ]);
    // Two of them, sharing the words after them.
    expect(factsOf('第二、三产业增加值分别增长7%、5%。').map(brief)).toEqual([
      'secondary_industry_value_added actual 2017 growth_pct 7 exact',
      'services_value_added actual 2017 growth_pct 5 exact',
    ]);
    expect(factsOf('一、二产业分别增长2.5%和8%。').map(brief)).toEqual([
      'agriculture_value_added actual 2017 growth_pct 2.5 exact',
      'secondary_industry_value_added actual 2017 growth_pct 8 exact',
    ]);
  });

  it('counts out a run whose values a page joins with commas, compared with one base year throughout', () => {
    expect(factsOf('第一,第二,第三产业增加值分别达到5.2亿元,47.1亿元和30亿元。').map(brief)).toEqual([
      'agriculture_value_added actual 2017 level 520000000 exact',
      'secondary_industry_value_added actual 2017 level 4710000000 exact',
      'services_value_added actual 2017 level 3000000000 exact',
    ]);
    // A change since a base years back is no year's growth, for the values after the commas too.
    expect(
      factsOf('三次产业增加值分别达到6亿元、52亿元和31亿元,分别比2012年增长2倍,3.6倍和3.1倍。').map(brief),
    ).toEqual([
      'agriculture_value_added actual 2017 level 600000000 exact',
      'secondary_industry_value_added actual 2017 level 5200000000 exact',
      'services_value_added actual 2017 level 3100000000 exact',
    ]);
  });

  it('pairs a clause of values alone with the subjects that just received one, without 分别', () => {
    expect(
      factsOf('城镇居民人均可支配收入21000元,农村居民人均可支配收入9000元,实际增长7.2%和8.1%。').map(brief),
    ).toEqual([
      'urban_income_per_capita actual 2017 level 21000 exact',
      'rural_income_per_capita actual 2017 level 9000 exact',
      'urban_income_per_capita actual 2017 growth_pct 7.2 exact',
      'rural_income_per_capita actual 2017 growth_pct 8.1 exact',
    ]);
    // Not when the values follow a figure of their own clause, or a base years back.
    expect(
      factsOf(
        '全市生产总值900亿元、一般公共预算收入50亿元、税费收入80亿元,较2012年分别增长30%、12%和9%。',
      ).map(brief),
    ).toEqual([
      'gdp actual 2017 level 90000000000 exact',
      'general_budget_revenue actual 2017 level 5000000000 exact',
    ]);
  });

  it('pairs n subjects with n values, twice in a sentence', () => {
    const facts = factsOf('城乡居民人均可支配收入分别达33805元和15626元,分别增长8.2%和9.7%。');
    expect(facts.map(brief)).toEqual([
      'urban_income_per_capita actual 2017 level 33805 exact',
      'rural_income_per_capita actual 2017 level 15626 exact',
      'urban_income_per_capita actual 2017 growth_pct 8.2 exact',
      'rural_income_per_capita actual 2017 growth_pct 9.7 exact',
    ]);
  });

  it('pairs subjects named in full, with a qualifier on the last value only', () => {
    expect(factsOf('城乡居民人均可支配收入分别增长8%和8.5%左右。', 'targets').map(brief)).toEqual([
      'urban_income_per_capita target 2018 growth_pct 8 exact',
      'rural_income_per_capita target 2018 growth_pct 8.5 about',
    ]);
    expect(factsOf('城镇居民和农村居民人均可支配收入分别增长9.4%和9.8%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2017 growth_pct 9.4 exact',
      'rural_income_per_capita actual 2017 growth_pct 9.8 exact',
    ]);
  });

  it('distributes over the subjects that received values before it', () => {
    const facts = factsOf('财政总收入30.9亿元,其中地方财政收入17.3亿元,分别增长13.3%、8.6%。');
    expect(facts.map(brief)).toEqual([
      'fiscal_total_revenue actual 2017 level 3090000000 exact',
      'general_budget_revenue actual 2017 level 1730000000 exact',
      'fiscal_total_revenue actual 2017 growth_pct 13.3 exact',
      'general_budget_revenue actual 2017 growth_pct 8.6 exact',
    ]);
    // A figure in an aside (another basis of the same statistic) names no subject of its own.
    expect(
      factsOf('地区生产总值300亿元,一般预算收入完成20亿元(按原口径完成24亿元),分别增长9%和12%。').map(brief),
    ).toEqual([
      'gdp actual 2017 level 30000000000 exact',
      'general_budget_revenue actual 2017 level 2000000000 exact',
      'gdp actual 2017 growth_pct 9 exact',
      'general_budget_revenue actual 2017 growth_pct 12 exact',
    ]);
  });

  it('counts out the subjects of a 分别 past a figure whose separator was lost', () => {
    // A conversion dropped the comma after 3.1%: the pair still starts after that figure.
    expect(
      factsOf('税收收入20亿元,增长3.1%城镇和农村居民人均可支配收入分别增长5%、6.5%。').map(brief),
    ).toEqual([
      'tax_revenue actual 2017 level 2000000000 exact',
      'tax_revenue actual 2017 growth_pct 3.1 exact',
      'urban_income_per_capita actual 2017 growth_pct 5 exact',
      'rural_income_per_capita actual 2017 growth_pct 6.5 exact',
    ]);
  });

  it('counts out subjects whose names hold a count of their own from the clause’s start', () => {
    // 320个 and 85个 count the projects each subject names; they are no figures before the 分别.
    expect(factsOf('320个省重点项目、85个市重点项目投资分别完成年度计划的112.4%和105%。').map(brief)).toEqual(
      [
        '320个省重点项目 actual 2017 attainment_pct 112.4 exact',
        '85个市重点项目投资 actual 2017 attainment_pct 105 exact',
      ],
    );
  });

  it('reads support secured from above (争取国家…项目) as no goal of the figures after it', () => {
    expect(
      relayed('全年争取国家专项资金项目56个,全社会固定资产投资达到180亿元,增长15%。', 2018).map(brief),
    ).toEqual([
      'fixed_asset_investment actual 2017 level 18000000000 exact',
      'fixed_asset_investment actual 2017 growth_pct 15 exact',
    ]);
  });

  it('reads a span said after the sentence’s own year as its clause’s alone (增速近5年来…)', () => {
    expect(
      factsOf('预计2017年全县地区生产总值增长7%,增速近5年来保持全市前列,固定资产投资增长12%。').map(brief),
    ).toEqual([
      'gdp actual 2017 growth_pct 7 exact',
      'fixed_asset_investment actual 2017 growth_pct 12 exact',
    ]);
  });

  it('goes on with the subject past a comparison with a plan’s period and a note after the figure', () => {
    // The year's level after a term's yearly average compared with the term before, and a note
    // (预计,下同) after it that the clause's comma cuts.
    expect(
      factsOf(
        '全县生产总值年均增长10.2%,比“十一五”时期提高1.1个百分点;2015年达到320亿元(预计,下同),增长8%。',
      ).map(brief),
    ).toEqual(['gdp actual 2015 level 32000000000 exact', 'gdp actual 2015 growth_pct 8 exact']);
  });

  it('goes on with the subject before an aside once the aside closes', () => {
    // The aside restates the level on another basis; the growth after it is the total's.
    expect(factsOf('全县生产总值120亿元(按新口径为131.5亿元),比上年增长6.4%。').map(brief)).toEqual([
      'gdp actual 2017 level 12000000000 exact',
      'gdp actual 2017 growth_pct 6.4 exact',
    ]);
    // …and so after a breakdown in brackets, whose own figures stay inside it.
    expect(
      factsOf('规上工业增加值40亿元(其中装备制造业增加值12亿元,增长9%),增长7.2%。')
        .filter((f) => f.indicator)
        .map(brief),
    ).toEqual([
      'industrial_value_added actual 2017 level 4000000000 exact',
      'industrial_value_added actual 2017 growth_pct 7.2 exact',
    ]);
  });

  it('reads a list of levels in one clause, then distributes the growth over it', () => {
    const facts = factsOf(
      '城镇居民人均可支配收入69838元、农村居民人均可支配收入43598元,分别增长4.3%和6.9%。',
    );
    expect(facts.map(brief)).toEqual([
      'urban_income_per_capita actual 2017 level 69838 exact',
      'rural_income_per_capita actual 2017 level 43598 exact',
      'urban_income_per_capita actual 2017 growth_pct 4.3 exact',
      'rural_income_per_capita actual 2017 growth_pct 6.9 exact',
    ]);
  });

  it('counts out subjects by their separators, catalog or not', () => {
    const facts = factsOf('过夜游客人数、旅游总收入分别增长21.4%和25.6%。');
    expect(facts.map(brief)).toEqual(['tourism_revenue actual 2017 growth_pct 25.6 exact']);
  });

  it('reads 城乡居民收入 with 分别 as the urban and rural income', () => {
    expect(factsOf('城乡居民收入分别增长8%和9%。', 'targets').map(brief)).toEqual([
      'urban_income_per_capita target 2018 growth_pct 8 exact',
      'rural_income_per_capita target 2018 growth_pct 9 exact',
    ]);
    // Each side named loosely, or per household member as older reviews count.
    expect(factsOf('城镇居民收入增长6%,农村居民收入增长7%。', 'targets').map(brief)).toEqual([
      'urban_income_per_capita target 2018 growth_pct 6 exact',
      'rural_income_per_capita target 2018 growth_pct 7 exact',
    ]);
    expect(factsOf('农村居民家庭人均可支配收入23000元。').map(brief)).toEqual([
      'rural_income_per_capita actual 2017 level 23000 exact',
    ]);
    // The pair named side by side, without 人均.
    expect(factsOf('城镇和农村常住居民可支配收入分别增长7.5%、8.2%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2017 growth_pct 7.5 exact',
      'rural_income_per_capita actual 2017 growth_pct 8.2 exact',
    ]);
    // Per head and per year (`年人均`), as news relaying a report writes it.
    expect(factsOf('城镇和农村居民年人均可支配收入分别增长6.5%、7%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2017 growth_pct 6.5 exact',
      'rural_income_per_capita actual 2017 growth_pct 7 exact',
    ]);
  });

  it('gives a pair one value after 分别 each', () => {
    expect(factsOf('城乡居民人均可支配收入分别增长7.6%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2017 growth_pct 7.6 exact',
      'rural_income_per_capita actual 2017 growth_pct 7.6 exact',
    ]);
    // A joiner after the one value leaves the list cut short (a page cut mid-sentence): it is the first's.
    expect(factsOf('城镇和农村居民人均可支配收入分别增长5.3%、').map(brief)).toEqual([
      'urban_income_per_capita actual 2017 growth_pct 5.3 exact',
    ]);
    // The one value is still one quantity: the figure after it is read for its own subject.
    expect(factsOf('财政总收入和一般公共预算收入分别增长9%;固定资产投资150亿元。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2017 growth_pct 9 exact',
      'general_budget_revenue actual 2017 growth_pct 9 exact',
      'fixed_asset_investment actual 2017 level 15000000000 exact',
    ]);
  });

  it('gives a bare verb the object it shares with the next one (新建和改造农村公路)', () => {
    const facts = factsOf('新建和改造农村公路分别为100公里和50公里。', 'tasks');
    expect(facts.map(brief)).toEqual([
      '新建农村公路 target 2018 level 100 exact',
      '改造农村公路 target 2018 level 50 exact',
    ]);
  });
});

describe('shared subjects, qualifiers and sentences without facts', () => {
  it('gives one value to both rates of a shared subject', () => {
    const facts = factsOf('城镇调查失业率和登记失业率稳定在4.3%左右。', 'targets');
    expect(facts.map(brief)).toEqual([
      'surveyed_unemployment_rate target 2018 rate_pct 4.3 about',
      'registered_unemployment_rate target 2018 rate_pct 4.3 about',
    ]);
  });

  it('reads ceilings on targets', () => {
    expect(factsOf('确保市区PM2.5浓度下降到40微克/立方米。', 'tasks').map(brief)).toEqual([
      'pm25 target 2018 level 40 at_most',
    ]);
    expect(factsOf('城镇登记失业率控制在3%以内。', 'targets').map(brief)).toEqual([
      'registered_unemployment_rate target 2018 rate_pct 3 at_most',
    ]);
  });

  it('states nothing where no number is given', () => {
    expect(factsOf('固定资产投资确保完成省市下达任务。', 'targets')).toEqual([]);
  });

  it('reads a fall as a negative growth', () => {
    expect(factsOf('单位生产总值能耗下降3.5%。').map(brief)).toEqual([
      'energy_intensity actual 2017 growth_pct -3.5 exact',
    ]);
  });

  it("keeps a sub-entity's figure out of the region's indicator", () => {
    expect(factsOf('4个特色小镇完成固定资产投资24.76亿元。')).toEqual([]);
  });

  it('reads a change to its far end said with the short 增至 under the subject of a clause before', () => {
    expect(
      factsOf('一般公共预算收入实现翻番,从2010年的8.1亿元增至2015年的17.6亿元。', 'review', 2016).map(brief),
    ).toEqual([
      'general_budget_revenue actual 2010 level 810000000 exact',
      'general_budget_revenue actual 2015 level 1760000000 exact',
    ]);
  });

  it('reads a figure within the place’s bounds (县内, 市内, 境内, 辖区) as its own', () => {
    expect(factsOf('完成县内固定资产投资52.3亿元,增长9%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2017 level 5230000000 exact',
      'fixed_asset_investment actual 2017 growth_pct 9 exact',
    ]);
    expect(factsOf('实现市内生产总值310亿元。').map(brief)).toEqual([
      'gdp actual 2017 level 31000000000 exact',
    ]);
    expect(factsOf('辖区税收收入总额32.5亿元。').map(brief)).toEqual([
      'tax_revenue actual 2017 level 3250000000 exact',
    ]);
    // A park's figure is still the park's, a science park's too.
    expect(factsOf('工业园区内固定资产投资12亿元。')).toEqual([]);
    expect(factsOf('城东科技园全年工业投资超过15亿元。')).toEqual([]);
  });

  it('reads 县域 as the county’s own scope, and in a city’s text as its counties together', () => {
    const text = '县域生产总值实现300亿元,增长9%。';
    expect(factsOf(text).map(brief)).toEqual([
      'gdp actual 2017 level 30000000000 exact',
      'gdp actual 2017 growth_pct 9 exact',
    ]);
    const city: Region = {
      code: '331100',
      name: '丽水市',
      level: 'prefecture',
      parent_code: '330000',
      parent_name: '浙江省',
      province_name: '浙江省',
    };
    expect(readAs(text, 'review', { region: city, reportYear: 2018, bodyOffset: 0 })).toEqual([]);
    // So where the counties are counted first.
    const counted = '2017年全市9个县域生产总值达到800亿元,增长7%。';
    expect(readAs(counted, 'review', { region: city, reportYear: 2018, bodyOffset: 0 })).toEqual([]);
  });
});

describe('a round-up of several places', () => {
  it('leaves to a province the figures the country’s text singles it out for (特别是某省经济运行…)', () => {
    const text =
      '国内生产总值增长5%。特别是四川经济运行稳中有进,地区生产总值同比增长5.7%,增速高于全国0.7个百分点。';
    expect(readAs(text, 'review', { region: NATIONAL, reportYear: 2025, bodyOffset: 0 }).map(brief)).toEqual([
      'gdp actual 2024 growth_pct 5 exact',
    ]);
  });

  it('leaves the figures of a part of a sentence another place opens (…;某市排在第二位,接待…) to that place', () => {
    const text =
      '全县接待游客520万人次;杭州市排在第一位,接待游客8000万人次;宁波市紧随其后,共接待游客6000万人次。';
    expect(readAs(text, 'review', { region: county, reportYear: 2020, bodyOffset: 0 }).map(brief)).toEqual([
      'tourist_arrivals actual 2019 level 5200000 exact',
    ]);
  });

  it('leaves a list another place leads (某县提出的目标是:…) to that place', () => {
    const city: Region = {
      code: '331100',
      name: '丽水市',
      level: 'prefecture',
      parent_code: '330000',
      parent_name: '浙江省',
      province_name: '浙江省',
    };
    const text =
      '全市地区生产总值增长8%。克服灾情影响,龙泉市提出的目标是:GDP增速15%,固定资产投资增速28%,一般公共预算收入增长30%。';
    expect(readAs(text, 'targets', { region: city, reportYear: 2022, bodyOffset: 0 }).map(brief)).toEqual([
      'gdp target 2022 growth_pct 8 exact',
    ]);
  });
});

describe('achievement statements and commitments', () => {
  it('keeps a result stated as a share of its target', () => {
    const facts = factsOf('拆违1512万平方米、“三改”4009万平方米,分别完成年度任务的201.6%和250.6%。');
    expect(facts.map(brief)).toEqual([
      '拆违 actual 2017 attainment_pct 201.6 exact',
      '三改 actual 2017 attainment_pct 250.6 exact',
    ]);
  });

  it('reads a figure in Chinese numerals whose unit holds its multiplier (Taiwan’s 兆斤)', () => {
    expect(factsOf('粮食产量一点三兆斤以上。', 'targets').map(brief)).toEqual([
      'grain_output target 2018 level 650000000 at_least',
    ]);
  });

  it('reads the level a growth rose to, said in short (升至)', () => {
    expect(factsOf('全县生产总值增长6.1%,升至约320亿元。').map(brief)).toEqual([
      'gdp actual 2017 growth_pct 6.1 exact',
      'gdp actual 2017 level 32000000000 about',
    ]);
  });

  it("reads tourism's visitors and its revenue named together, the revenue by its noun alone", () => {
    expect(factsOf('全县旅游人次和收入分别增长12%、14.5%。').map(brief)).toEqual([
      'tourist_arrivals actual 2017 growth_pct 12 exact',
      'tourism_revenue actual 2017 growth_pct 14.5 exact',
    ]);
  });

  it('reads exports named as goods exported in value (出口商品总值)', () => {
    expect(factsOf('出口商品总值增长12%。', 'targets').map(brief)).toEqual([
      'exports target 2018 growth_pct 12 exact',
    ]);
  });

  it('reads foreign and domestic capital named as used and then as arrived (利用外资实际到位资金)', () => {
    expect(factsOf('利用外资实际到位资金2.1亿美元,利用内资实际到位资金60亿元。').map(brief)).toEqual([
      'actual_fdi actual 2017 level 210000000 exact',
      'actual_domestic_investment actual 2017 level 6000000000 exact',
    ]);
  });

  it("gives a share of the year's goal to the statistic it names, the goal called a plan or a budget", () => {
    expect(factsOf('税收收入完成年初预算的98.6%。').map(brief)).toEqual([
      'tax_revenue actual 2017 attainment_pct 98.6 exact',
    ]);
    expect(factsOf('完成全社会固定资产投资64亿元,为年度计划的104%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2017 level 6400000000 exact',
      'fixed_asset_investment actual 2017 attainment_pct 104 exact',
    ]);
  });

  it('labels uncatalogued commitments in task sections', () => {
    const facts = factsOf('新增公共停车位2000个,建成10个美丽田园示范点项目。', 'tasks');
    expect(facts.map(brief)).toEqual([
      '新增公共停车位 target 2018 level 2000 exact',
      '建成…美丽田园示范点项目 target 2018 level 10 exact',
    ]);
  });

  it('takes the year a target names', () => {
    const facts = factsOf('到2020年,全县城镇新增就业1万人以上。', 'tasks');
    expect(facts.map(brief)).toEqual(['new_urban_jobs target 2020 level 10000 at_least']);
  });
});

describe('evidence', () => {
  it("starts after a list item's number", () => {
    const facts = factsOf('2.改造农村危房300户。3.新增养老床位500张。', 'appendix');
    expect(facts.map((f) => f.evidence.text)).toEqual(['改造农村危房300户', '新增养老床位500张']);
  });
});

describe('news', () => {
  it('reads project investment with its bound and currency', () => {
    expect(factsOf('这批项目总投资达65亿余元,涵盖产业就业。', 'body', 2018).map(brief)).toEqual([
      'project_investment actual 2018 level 6500000000 at_least',
    ]);
    expect(
      factsOf('项目总投资超2000万美元,预计2019年底前完成主体工程建设。', 'body', 2019).map((f) => f.unit),
    ).toEqual(['USD']);
  });

  it('reads the figures of a paragraph that opens on a year to come with its plans as that year’s goals', () => {
    const text =
      '2024年,全区经济总量达到500亿元。\n2025年,全区将继续扩大投资,并计划启动一批重点工程。预计地区生产总值增长6%以上,社会消费品零售总额增长8%左右。';
    expect(factsOf(text, 'body', 2024).map(brief)).toEqual([
      'gdp actual 2024 level 50000000000 exact',
      'gdp target 2025 growth_pct 6 at_least',
      'retail_sales target 2025 growth_pct 8 about',
    ]);
    // One opening on that year without plans keeps its figures results.
    expect(factsOf('2025年,全区经济稳中向好。地区生产总值增长6%。', 'body', 2024).map(brief)).toEqual([
      'gdp actual 2025 growth_pct 6 exact',
    ]);
  });

  it('reads a quoted figure the words after it name a goal as a goal of the year it names', () => {
    expect(
      factsOf('全县紧扣“2030年地区生产总值突破600亿元”的发展目标,推动项目建设。', 'body', 2025).map(brief),
    ).toEqual(['gdp target 2030 level 60000000000 at_least']);
  });

  it('reads the items of a goal said to be what it is (目标,即…) as goals', () => {
    expect(
      factsOf(
        '今年,开发区确定了全年发展的具体目标,即实现税收8000万元,完成固定资产投资12亿元。',
        'body',
        2012,
      ).map(brief),
    ).toEqual([
      'tax_revenue target 2012 level 80000000 exact',
      'fixed_asset_investment target 2012 level 1200000000 exact',
    ]);
  });

  it('counts a goal word at its strongest, though the same word was said before of other goals', () => {
    // The first 目标 is said in passing; the second opens the list of this year's.
    expect(
      factsOf(
        '今年,开发区对照目标找差距,确定了全年发展的具体目标,即实现税收8000万元,完成固定资产投资12亿元。',
        'body',
        2012,
      ).map(brief),
    ).toEqual([
      'tax_revenue target 2012 level 80000000 exact',
      'fixed_asset_investment target 2012 level 1200000000 exact',
    ]);
  });

  it('reads 总投资额 and the year of the title', () => {
    expect(factsOf('现场签约项目28个,总投资额达356亿元。', 'body', 2021).map(brief)).toEqual([
      'project_investment actual 2021 level 35600000000 exact',
    ]);
  });

  it("keeps a project's investment breakdown out of the region's fixed-asset investment", () => {
    const facts = factsOf(
      '该项目计划总投资50亿元,其中固定资产投资35亿元,达产后预计年产值100亿元。',
      'body',
      2021,
    );
    expect(facts.map(brief)).toEqual(['project_investment actual 2021 level 5000000000 exact']);
  });

  it('takes a goal the work was built around, in a clause before a stated year, for no aim of its figures', () => {
    const text =
      '攻坚克难,紧扣特色经济庆元、幸福庆元、美丽庆元、平安庆元目标, 2014年,庆元县实现地区生产总值106.6亿元,增长4.1%;城乡居民人均可支配收入达到24664元和9726元。';
    expect(factsOf(text, 'body', 2014).map(brief)).toEqual([
      'gdp actual 2014 level 10660000000 exact',
      'gdp actual 2014 growth_pct 4.1 exact',
      'urban_income_per_capita actual 2014 level 24664 exact',
      'rural_income_per_capita actual 2014 level 9726 exact',
    ]);
  });

  it('aims each item of a list its opening clause aims, though a dateline’s date comes first', () => {
    const text =
      '本报某地1月 10日电(记者 某某)日前,记者从县人大会议上了解到,该县力争2023年地区生产总值增长8%左右,城乡居民人均可支配收入分别增长10%和12%左右。';
    expect(factsOf(text, 'body', 2023).map(brief)).toEqual([
      'gdp target 2023 growth_pct 8 about',
      'urban_income_per_capita target 2023 growth_pct 10 exact',
      'rural_income_per_capita target 2023 growth_pct 12 about',
    ]);
  });

  it('takes a goal’s words without a year for the article’s year’s aim', () => {
    expect(factsOf('该市力争城镇化率达到40%、粮食总产量达到20万吨。', 'body', 2023).map(brief)).toEqual([
      'urbanization_rate target 2023 rate_pct 40 exact',
      'grain_output target 2023 level 200000 exact',
    ]);
  });

  it('takes no rank among the plan’s cities (居计划单列市第2位) for a goal’s words', () => {
    expect(
      factsOf('全市地区生产总值增长6.8%,居计划单列市第2位;完成一般公共预算收入146亿元。', 'body', 2019).map(
        brief,
      ),
    ).toEqual([
      'gdp actual 2019 growth_pct 6.8 exact',
      'general_budget_revenue actual 2019 level 14600000000 exact',
    ]);
  });

  it('dates a figure by the year its paragraph opens on, over the article’s year', () => {
    const facts = factsOf(
      '2018年,全市工业总量稳居全省第一,规模工业增加值增长9%。全年引进项目120个,完成工业投资550亿元。',
      'body',
      2019,
    );
    expect(facts.map(brief)).toEqual([
      'industrial_value_added actual 2018 growth_pct 9 exact',
      'industrial_investment actual 2018 level 55000000000 exact',
    ]);
  });

  it('dates news figures by the year their paragraph opens on, though its opening states none, but not by a date', () => {
    expect(
      factsOf('2018年,全区加大对新农村建设的投入。农民人均纯收入5000元,比上年增长8%。', 'body', 2019).map(
        brief,
      ),
    ).toEqual([
      'rural_net_income_per_capita actual 2018 level 5000 exact',
      'rural_net_income_per_capita actual 2018 growth_pct 8 exact',
    ]);
    expect(
      factsOf('2018年10月,全区迎来建区60周年。农民人均纯收入5000元,比上年增长8%。', 'body', 2019).map(brief),
    ).toEqual([
      'rural_net_income_per_capita actual 2019 level 5000 exact',
      'rural_net_income_per_capita actual 2019 growth_pct 8 exact',
    ]);
  });

  it('reads a paragraph that opens on a past year’s figures as that year’s results, in any part', () => {
    // After a relayed targets statement, a paragraph back on last year's estimate (预计…) is a review.
    expect(
      factsOf('预计2017年全县生产总值300亿元。财政总收入20亿元,增长8%。', 'tasks', 2018).map(brief),
    ).toEqual([
      'gdp actual 2017 level 30000000000 exact',
      'fiscal_total_revenue actual 2017 level 2000000000 exact',
      'fiscal_total_revenue actual 2017 growth_pct 8 exact',
    ]);
    // So is one passing on what the report said of it (`某某在报告中回顾去年工作时指出,2017年,…`).
    expect(
      factsOf(
        '县长在报告中回顾去年工作时指出,2017年,全县生产总值300亿元。此外,财政总收入增长8%。',
        'tasks',
        2018,
      ).map(brief),
    ).toEqual([
      'gdp actual 2017 level 30000000000 exact',
      'fiscal_total_revenue actual 2017 growth_pct 8 exact',
    ]);
    // Or on what the reporter learned (`据了解,2017年…`, `据悉,…`).
    for (const learned of ['据了解', '据悉'])
      expect(
        factsOf(`${learned},2017年全县生产总值300亿元。其中,第三产业增加值120亿元。`, 'tasks', 2018).map(
          brief,
        ),
      ).toEqual([
        'gdp actual 2017 level 30000000000 exact',
        'services_value_added actual 2017 level 12000000000 exact',
      ]);
    // A paragraph opening on the report's own year stays the year's aims.
    expect(factsOf('2018年全县生产总值增长8%。财政总收入增长10%。', 'tasks', 2018).map(brief)).toEqual([
      'gdp target 2018 growth_pct 8 exact',
      'fiscal_total_revenue target 2018 growth_pct 10 exact',
    ]);
  });
});

describe('aims opening a list', () => {
  it('aims every item of a list its first figure’s clause sets as goals, after the year it opens on', () => {
    expect(
      factsOf(
        '2019年,全县将努力实现生产总值增长8%左右,财政总收入增长9%左右,固定资产投资增长10%左右。',
        'review',
        2019,
      ).map(brief),
    ).toEqual([
      'gdp target 2019 growth_pct 8 about',
      'fiscal_total_revenue target 2019 growth_pct 9 about',
      'fixed_asset_investment target 2019 growth_pct 10 about',
    ]);
  });
});

describe('traditional characters', () => {
  it('reads a traditional sentence through its simplified match text', () => {
    const text = '全縣地區生產總值69.5億元,增長7.5%。';
    const facts = readAs(text, 'review', {
      region: county,
      reportYear: 2018,
      bodyOffset: 0,
      traditional: true,
    });
    expect(facts.map(brief)).toEqual([
      'gdp actual 2017 level 6950000000 exact',
      'gdp actual 2017 growth_pct 7.5 exact',
    ]);
    expect(facts[1]!.evidence.text).toBe('全縣地區生產總值69.5億元,增長7.5%');
  });

  it('reads a Taiwan editor’s words for a statistic (網路 for 网络)', () => {
    const facts = readAs('實現網路零售額46.2億元,增長18%。', 'review', {
      region: county,
      reportYear: 2018,
      bodyOffset: 0,
      traditional: true,
    });
    expect(facts.map(brief)).toEqual([
      'online_retail_sales actual 2017 level 4620000000 exact',
      'online_retail_sales actual 2017 growth_pct 18 exact',
    ]);
  });
});

describe('constructions of other reports (national and provincial style)', () => {
  const national: Region = {
    ...county,
    code: null,
    name: '全国',
    level: 'national',
    parent_code: null,
    parent_name: null,
  };
  const read = (text: string, kind: SectionKind, reportYear: number) =>
    readAs(text, kind, { region: national, reportYear, bodyOffset: 0 }).map(brief);

  it('reads 我国 as the country’s own word for itself', () => {
    expect(read('2021年,我国国内生产总值达到110万亿元,增长8%。', 'review', 2022)).toEqual([
      'gdp actual 2021 level 110000000000000 exact',
      'gdp actual 2021 growth_pct 8 exact',
    ]);
  });

  it('reads 中国 before its statistic, and a year in numerals before it (not 七年中, seven years)', () => {
    expect(read('二〇一七年中国国内生产总值增长百分之六点九。', 'review', 2018)).toEqual([
      'gdp actual 2017 growth_pct 6.9 exact',
    ]);
  });

  it('reads a review paragraph of the 2019 national report', () => {
    const text =
      '国内生产总值增长6.6%,总量突破90万亿元。城镇新增就业1361万人,城镇调查失业率稳定在5%左右的较低水平。居民消费价格上涨2.1%。进出口总额增长9.7%,突破30万亿元。';
    expect(read(text, 'review', 2019)).toEqual([
      'gdp actual 2018 growth_pct 6.6 exact',
      'gdp actual 2018 level 90000000000000 at_least',
      'new_urban_jobs actual 2018 level 13610000 exact',
      'surveyed_unemployment_rate actual 2018 rate_pct 5 about',
      'cpi actual 2018 growth_pct 2.1 exact',
      'foreign_trade actual 2018 growth_pct 9.7 exact',
      'foreign_trade actual 2018 level 30000000000000 at_least',
    ]);
  });

  it('reads the 2019 national targets: a range, bounds, a CPI ceiling, a fall', () => {
    const text =
      '今年发展的主要预期目标是:国内生产总值增长6%-6.5%;城镇新增就业1100万人以上,城镇调查失业率5.5%左右,城镇登记失业率4.5%以内;居民消费价格涨幅3%左右;单位国内生产总值能耗下降3%左右。';
    expect(read(text, 'targets', 2019)).toEqual([
      'gdp target 2019 growth_pct 6 range',
      'new_urban_jobs target 2019 level 11000000 at_least',
      'surveyed_unemployment_rate target 2019 rate_pct 5.5 about',
      'registered_unemployment_rate target 2019 rate_pct 4.5 at_most',
      'cpi target 2019 growth_pct 3 about',
      'energy_intensity target 2019 growth_pct -3 about',
    ]);
  });

  it('reads the first target after a proposed or drafted lead (建议为, 拟定为)', () => {
    for (const lead of ['主要预期目标建议为', '主要预期目标拟定为']) {
      expect(read(`${lead}地区生产总值增长7%,一般公共预算收入增长5%。`, 'targets', 2019)).toEqual([
        'gdp target 2019 growth_pct 7 exact',
        'general_budget_revenue target 2019 growth_pct 5 exact',
      ]);
    }
  });

  it('leaves out a growth at least twice the yearly average after it, and keeps one near it', () => {
    expect(
      factsOf(
        '社会消费品零售总额、税收收入分别增长80.5%、60%,年均增长12.5%、9.9%。全县固定资产投资增长90%,年均增长13.7%。',
      ).map(brief),
    ).toEqual([]);
    expect(
      factsOf('去年城镇和农村居民人均可支配收入分别增长10.5%和15%,年均分别增长8.1%和13.2%。').map(brief),
    ).toEqual([
      'urban_income_per_capita actual 2017 growth_pct 10.5 exact',
      'rural_income_per_capita actual 2017 growth_pct 15 exact',
    ]);
  });

  it('leaves multi-year averages out of a year, and dates a starting point by the span', () => {
    const text = '五年来,地区生产总值年均增长7.1%,一般公共预算收入由32亿元增加到45亿元。';
    expect(read(text, 'review', 2018)).toEqual([
      'general_budget_revenue actual 2012 level 3200000000 exact',
      'general_budget_revenue actual 2017 level 4500000000 exact',
    ]);
    // A review's paragraph may open on its span (`——五年奋勇争先,…`), the paragraph before it on its own.
    const item = '——五年奋勇争先,我们交出了一份答卷。全区属地生产总值从100亿元增加到150亿元。';
    expect(read(item, 'review', 2018)).toEqual([
      'gdp actual 2012 level 10000000000 exact',
      'gdp actual 2017 level 15000000000 exact',
    ]);
  });

  it('dates a start named as last year’s (由上年的) a year back, even in a five-year review', () => {
    const text = '五年来,全县面貌一新。全县三次产业结构由上年的9.2:48.5:42.3调整为8.6:47.1:44.3。';
    expect(read(text, 'review', 2018)).toEqual([
      'primary_industry_share actual 2016 rate_pct 9.2 exact',
      'secondary_industry_share actual 2016 rate_pct 48.5 exact',
      'services_share actual 2016 rate_pct 42.3 exact',
      'primary_industry_share actual 2017 rate_pct 8.6 exact',
      'secondary_industry_share actual 2017 rate_pct 47.1 exact',
      'services_share actual 2017 rate_pct 44.3 exact',
    ]);
  });

  it('reads the figure a change reached from the end of a five-year plan', () => {
    const text =
      '五年来,全县生产总值由“十二五”末的32亿元增加到45亿元,财政总收入由十二五期末的3亿元增加到5亿元。';
    expect(read(text, 'review', 2021)).toEqual([
      'gdp actual 2015 level 3200000000 exact',
      'gdp actual 2020 level 4500000000 exact',
      'fiscal_total_revenue actual 2015 level 300000000 exact',
      'fiscal_total_revenue actual 2020 level 500000000 exact',
    ]);
  });

  it('reads an industry’s value added named across its verb, and older names of revenue and farming', () => {
    const text = '全市规模工业实现增加值120亿元,地方财政总收入完成30亿元,农牧业增加值增长4%。';
    expect(read(text, 'review', 2010)).toEqual([
      'industrial_value_added actual 2009 level 12000000000 exact',
      'fiscal_total_revenue actual 2009 level 3000000000 exact',
      'agriculture_value_added actual 2009 growth_pct 4 exact',
    ]);
  });

  it('reads 两位数增长 as growth of at least 10%', () => {
    expect(read('外贸进出口总额实现两位数增长。', 'targets', 2019)).toEqual([
      'foreign_trade target 2019 growth_pct 10 at_least',
    ]);
  });

  it('reads a part of a total that 其 (its) introduces as 其中 does', () => {
    expect(read('进出口总额900亿元,其出口320亿元,同比增长8.5%。', 'review', 2019)).toEqual([
      'foreign_trade actual 2018 level 90000000000 exact',
      'exports actual 2018 level 32000000000 exact',
      'exports actual 2018 growth_pct 8.5 exact',
    ]);
  });

  it('reads what arrived of the capital contracted (合同利用外资…,实际到位…) as the capital actually used', () => {
    expect(
      read(
        '合同利用外资5000万美元,实际到位2300万美元;合同利用市外内资12亿元,实际到位5.2亿元。',
        'review',
        2009,
      ),
    ).toEqual([
      'actual_fdi actual 2008 level 23000000 exact',
      'actual_domestic_investment actual 2008 level 520000000 exact',
    ]);
  });

  it('reads a county’s or district’s own general budget revenue by its older name (县级一般预算收入)', () => {
    expect(read('全县财政收入稳步增长,县级一般预算收入7200万元。', 'review', 2006)).toEqual([
      'general_budget_revenue actual 2005 level 72000000 exact',
    ]);
  });

  it('reads 其中 breakdowns, 同口径 growth, achievement against plan and R&D wordings', () => {
    expect(read('进出口总额7.1万亿元,增长8%,其中出口4.3万亿元,增长6.7%。', 'review', 2019)).toEqual([
      'foreign_trade actual 2018 level 7100000000000 exact',
      'foreign_trade actual 2018 growth_pct 8 exact',
      'exports actual 2018 level 4300000000000 exact',
      'exports actual 2018 growth_pct 6.7 exact',
    ]);
    expect(read('地方一般公共预算收入1.13万亿元,同口径增长10.9%。', 'review', 2019)).toEqual([
      'general_budget_revenue actual 2018 level 1130000000000 exact',
      'general_budget_revenue actual 2018 growth_pct 10.9 exact',
    ]);
    // A figure the text singles out, its growth `高达`; a price rise's `幅度` after its verb.
    expect(read('值得关注的是固定资产投资完成475.2亿元,增幅高达71.8%。', 'review', 2019)).toEqual([
      'fixed_asset_investment actual 2018 level 47520000000 exact',
      'fixed_asset_investment actual 2018 growth_pct 71.8 exact',
    ]);
    expect(read('居民消费价格上涨幅度不超过3%。', 'targets', 2019)).toEqual([
      'cpi target 2019 growth_pct 3 at_most',
    ]);
    // A list that shares its head (`规模以上工业总产值、增加值`), with an uncatalogued item last.
    expect(
      read('全市规模以上工业总产值、增加值、利润分别完成1460亿元、440亿元、50亿元。', 'review', 2019),
    ).toEqual([
      'industrial_gross_output actual 2018 level 146000000000 exact',
      'industrial_value_added actual 2018 level 44000000000 exact',
    ]);
    // `比增`, a short form of 比上年增长; a doubling stated with its yearly average is the period's.
    expect(read('全市实现地区生产总值180亿元,比增13%。', 'review', 2019)).toEqual([
      'gdp actual 2018 level 18000000000 exact',
      'gdp actual 2018 growth_pct 13 exact',
    ]);
    expect(read('财政总收入实现翻番,达到40.7亿元,年均增长29.1%。', 'review', 2019)).toEqual([
      'fiscal_total_revenue actual 2018 level 4070000000 exact',
    ]);
    // The circumstance a change came about in stands between it and its subject.
    expect(read('一般公共预算收入119亿元,在大幅减税降费情况下增长1.5%。', 'review', 2019)).toEqual([
      'general_budget_revenue actual 2018 level 11900000000 exact',
      'general_budget_revenue actual 2018 growth_pct 1.5 exact',
    ]);
    expect(read('固定资产投资完成5200亿元,增长12%,完成年度计划的104%。', 'review', 2019)).toEqual([
      'fixed_asset_investment actual 2018 level 520000000000 exact',
      'fixed_asset_investment actual 2018 growth_pct 12 exact',
      'fixed_asset_investment actual 2018 attainment_pct 104 exact',
    ]);
    // The plan's amount named before the share achieved: the goal and the share are both stated.
    expect(read('地区生产总值500亿元,完成年计划560亿元的89.3%。', 'review', 2019)).toEqual([
      'gdp actual 2018 level 50000000000 exact',
      'gdp target 2018 level 56000000000 exact',
      'gdp actual 2018 attainment_pct 89.3 exact',
    ]);
    // A share of another goal achieved is not the subject's.
    expect(read('全省生产总值增长9%,完成灾后重建主要目标任务的72%。', 'review', 2019)).toEqual([
      'gdp actual 2018 growth_pct 9 exact',
    ]);
    expect(read('全社会研发经费支出占地区生产总值比重达2.65%。', 'review', 2019)).toEqual([
      'rd_intensity actual 2018 rate_pct 2.65 exact',
    ]);
    expect(read('研发经费支出约4200亿元,占地区生产总值比重3.26%。', 'review', 2023)).toEqual([
      'rd_intensity actual 2022 rate_pct 3.26 exact',
    ]);
    // Revenue raised in the region (the central share in it) beside the local part.
    expect(
      read('源于本市地区的财政一般预算收入260亿元,增长7%;地方财政一般预算收入70亿元。', 'review', 2010),
    ).toEqual([
      'fiscal_total_revenue actual 2009 level 26000000000 exact',
      'fiscal_total_revenue actual 2009 growth_pct 7 exact',
      'general_budget_revenue actual 2009 level 7000000000 exact',
    ]);
    // The spending's change stated first.
    expect(read('研发经费支出从900亿元增加到1500亿元,占地区生产总值比重1.8%。', 'review', 2023)).toEqual([
      'rd_intensity actual 2022 rate_pct 1.8 exact',
    ]);
  });

  /**
   * Wordings of real pages, each in a sentence of our own: what it shows, the sentence, the part it
   * stands in, the report's year and the facts it states.
   */
  const wordings: [string, string, SectionKind, number, string[]][] = [
    [
      "农区, a banner's farming areas, as the rural side of an income pair",
      '城镇和农区常住居民人均可支配收入分别增长6%、8%。',
      'review',
      2019,
      [
        'urban_income_per_capita actual 2018 growth_pct 6 exact',
        'rural_income_per_capita actual 2018 growth_pct 8 exact',
      ],
    ],
    [
      '电商网络零售额 as online retail sales',
      '全市实现电商网络零售额50亿元。',
      'review',
      2019,
      ['online_retail_sales actual 2018 level 5000000000 exact'],
    ],
    [
      'what a figure leaves out, in brackets before its subject, and growth 按可比价',
      '全年(不包括某电厂)完成地区生产总值60亿元,按可比价增长8%。',
      'review',
      2023,
      ['gdp actual 2022 level 6000000000 exact', 'gdp actual 2022 growth_pct 8 exact'],
    ],
    [
      '分别 after a clause that names its subjects and gives them no figure',
      '一般公共预算收入增长20%;城镇新增就业1万人;城乡居民人均可支配收入增速持续快于经济发展速度,分别增长5%、8%。',
      'review',
      2024,
      [
        'general_budget_revenue actual 2023 growth_pct 20 exact',
        'new_urban_jobs actual 2023 level 10000 exact',
        'urban_income_per_capita actual 2023 growth_pct 5 exact',
        'rural_income_per_capita actual 2023 growth_pct 8 exact',
      ],
    ],
    [
      'what a statistic rests on, said before it (以…为支撑的)',
      '以现代服务业为支撑的服务业增加值占地区生产总值的比重达到60%。',
      'review',
      2024,
      ['services_share actual 2023 rate_pct 60 exact'],
    ],
    [
      '规模以上企业实现产值, 工业 left out',
      '全区30家规模以上企业实现产值50亿元,同比增长3%。',
      'review',
      2016,
      [
        'industrial_gross_output actual 2015 level 5000000000 exact',
        'industrial_gross_output actual 2015 growth_pct 3 exact',
      ],
    ],
    [
      'a sector after a verb of policy, how it went, then its value added',
      '促进第三产业多作贡献,实现增加值600亿元、增长12%。',
      'review',
      2017,
      [
        'services_value_added actual 2016 level 60000000000 exact',
        'services_value_added actual 2016 growth_pct 12 exact',
      ],
    ],
    [
      '社零额, the short form of retail sales',
      '社零额200亿元,增长6%。',
      'review',
      2023,
      ['retail_sales actual 2022 level 20000000000 exact', 'retail_sales actual 2022 growth_pct 6 exact'],
    ],
    [
      'older and local names: retail sales as 社会商品零售额, goods trade, capital drawn in (内联引资), FDI arrived, a sector’s share',
      '社会商品零售额30亿元,增长9%。商品进出口总值12亿元。内联引资40亿元,外商直接投资实际到位金额1.2亿美元。二产比重达52%。',
      'review',
      2008,
      [
        'retail_sales actual 2007 level 3000000000 exact',
        'retail_sales actual 2007 growth_pct 9 exact',
        'foreign_trade actual 2007 level 1200000000 exact',
        'actual_domestic_investment actual 2007 level 4000000000 exact',
        'actual_fdi actual 2007 level 120000000 exact',
        'secondary_industry_share actual 2007 rate_pct 52 exact',
      ],
    ],
    [
      'the field a review turns to before the verb that reports its catalogued figure',
      '国内贸易实现社会消费品零售总额20亿元。服务业完成社会消费品零售总额30亿元,增长9%。外贸完成进出口总额4亿元。',
      'review',
      2008,
      [
        'retail_sales actual 2007 level 2000000000 exact',
        'retail_sales actual 2007 level 3000000000 exact',
        'retail_sales actual 2007 growth_pct 9 exact',
        'foreign_trade actual 2007 level 400000000 exact',
      ],
    ],
    [
      '播种粮食, the verb before its object, as the area sown',
      '全年播种粮食200万亩,粮食总产量80万吨。',
      'review',
      2023,
      ['grain_sown_area actual 2022 level 2000000 exact', 'grain_output actual 2022 level 800000 exact'],
    ],
    [
      '种植粮食, planting for sowing, as the area sown',
      '全年种植粮食150万亩,总产60万吨。',
      'review',
      2023,
      ['grain_sown_area actual 2022 level 1500000 exact', 'grain_output actual 2022 level 600000 exact'],
    ],
    [
      "a sector's growth named as its rate (增速)",
      '其中,第一产业增速5.5%,第三产业增速3.5%。',
      'review',
      2023,
      [
        'agriculture_value_added actual 2022 growth_pct 5.5 exact',
        'services_value_added actual 2022 growth_pct 3.5 exact',
      ],
    ],
    [
      '“十三五”以来首次 as no span a growth is over',
      '生产总值增长6%,实现“十三五”以来首次超过全省平均水平,其中,第二产业增长8%。',
      'review',
      2023,
      ['gdp actual 2022 growth_pct 6 exact', 'secondary_industry_value_added actual 2022 growth_pct 8 exact'],
    ],
    [
      'multiples grown over a span of years named earlier in the sentence, across its semicolons',
      '全县发展取得重大成就。五年间,全县生产总值增长2倍,达到90亿元;财政总收入增长3.5倍,突破9亿元;城镇居民人均可支配收入增长1.8倍。',
      'review',
      2011,
      ['gdp actual 2010 level 9000000000 exact', 'fiscal_total_revenue actual 2010 level 900000000 at_least'],
    ],
    [
      'a year a sentence builds on as the base of its multiples (在2015年基础上)',
      '在2015年基础上翻番目标基本实现,旅游总收入增长了3倍,固定资产投资增长了1.5倍。',
      'review',
      2021,
      [],
    ],
    [
      "a change going on from the clause before with that clause's base year",
      '财政收入预计完成7亿元,比2015年净增5亿元,增长2.5倍。',
      'review',
      2021,
      ['fiscal_total_revenue actual 2020 level 700000000 exact'],
    ],
    [
      '引进省外实际到位资金 as domestic investment used',
      '全年引进省外实际到位资金100亿元,增长15%。',
      'review',
      2019,
      [
        'actual_domestic_investment actual 2018 level 10000000000 exact',
        'actual_domestic_investment actual 2018 growth_pct 15 exact',
      ],
    ],
    [
      'a figure a census revised (修订为)',
      '经济普查后,2018年全县地区生产总值修订为200亿元。',
      'review',
      2020,
      ['gdp actual 2018 level 20000000000 exact'],
    ],
    [
      'a threshold crossed again after so many years (时隔5年再次突破)',
      '一般公共预算收入时隔5年再次突破50亿元。',
      'review',
      2019,
      ['general_budget_revenue actual 2018 level 5000000000 at_least'],
    ],
    [
      'a figure kept to the count before a revision (按原统计口径)',
      '地区生产总值按原统计口径预计完成140亿元,同比增长12%。',
      'review',
      2011,
      ['gdp actual 2010 level 14000000000 exact', 'gdp actual 2010 growth_pct 12 exact'],
    ],
    [
      '单位地区生产总值能源消耗 as energy intensity',
      '单位地区生产总值能源消耗降低4%。',
      'targets',
      2019,
      ['energy_intensity target 2019 growth_pct -4 exact'],
    ],
    [
      '工业性投入 as industrial investment',
      '全市完成工业性投入80亿元。',
      'review',
      2019,
      ['industrial_investment actual 2018 level 8000000000 exact'],
    ],
    [
      'disposable income with the year said between (城镇居民年人均可支配收入)',
      '城镇居民年人均可支配收入3万元,农村居民年人均可支配收入1.6万元。',
      'review',
      2020,
      [
        'urban_income_per_capita actual 2019 level 30000 exact',
        'rural_income_per_capita actual 2019 level 16000 exact',
      ],
    ],
    [
      '工业生产性投入 as industrial investment',
      '工业生产性投入60亿元,增长9%。',
      'review',
      2015,
      [
        'industrial_investment actual 2014 level 6000000000 exact',
        'industrial_investment actual 2014 growth_pct 9 exact',
      ],
    ],
    [
      "区本级 as the district's own figure",
      '完成区本级一般公共预算收入6亿元,增长12%。',
      'review',
      2019,
      [
        'general_budget_revenue actual 2018 level 600000000 exact',
        'general_budget_revenue actual 2018 growth_pct 12 exact',
      ],
    ],
    [
      "区本级 after the whole district's figure as its part",
      '财政总收入完成31亿元,增长2.6%。区本级财政总收入完成25亿元,增长5.5%。',
      'review',
      2019,
      [
        'fiscal_total_revenue actual 2018 level 3100000000 exact',
        'fiscal_total_revenue actual 2018 growth_pct 2.6 exact',
      ],
    ],
    [
      "区级 said after 其中 as the district government's part, the whole keeping its name",
      '一般公共预算收入实现500亿元、增长1%,其中区级一般公共预算收入200亿元、增长2%。',
      'review',
      2019,
      [
        'general_budget_revenue actual 2018 level 50000000000 exact',
        'general_budget_revenue actual 2018 growth_pct 1 exact',
      ],
    ],
    ["市本级 as no figure of the city's", '市本级一般公共预算收入60亿元。', 'review', 2019, []],
    [
      'a rank among peers after a figure as a result, a rank aimed at as no such mark',
      '固定资产投资增长12%、增速居全省第二。规上工业增加值增长6%、增速保持全省前列。',
      'tasks',
      2019,
      [
        'fixed_asset_investment actual 2018 growth_pct 12 exact',
        'industrial_value_added target 2019 growth_pct 6 exact',
      ],
    ],
    [
      "县本级 as the county's own figure",
      '完成县本级固定资产投资50亿元,增长9%。',
      'review',
      2019,
      [
        'fixed_asset_investment actual 2018 level 5000000000 exact',
        'fixed_asset_investment actual 2018 growth_pct 9 exact',
      ],
    ],
    [
      "a list's last item opening its clause with 以及",
      '去年新建学校三所,以及优良天数比例首次突破85%。',
      'review',
      2019,
      ['air_quality_good_rate actual 2018 rate_pct 85 at_least'],
    ],
    [
      'older names: 限额以上工业增加值, 万元国内生产总值综合能耗',
      '限额以上工业增加值120亿元;万元国内生产总值综合能耗下降4%。',
      'review',
      2006,
      [
        'industrial_value_added actual 2005 level 12000000000 exact',
        'energy_intensity actual 2005 growth_pct -4 exact',
      ],
    ],
    [
      '工业投资额 and 全社会投资 as industrial and fixed-asset investment',
      '工业投资额30亿元;全社会投资增长5%。',
      'review',
      2019,
      [
        'industrial_investment actual 2018 level 3000000000 exact',
        'fixed_asset_investment actual 2018 growth_pct 5 exact',
      ],
    ],
    [
      'the growth the economy is expected to make (经济预期增长目标为)',
      '今年全县经济预期增长目标为8%以上。',
      'targets',
      2019,
      ['gdp target 2019 growth_pct 8 at_least'],
    ],
    [
      'a threshold crossed without its figure between a subject and its growth',
      '地区生产总值又迈上新的百亿台阶、增长6.6%。',
      'review',
      2019,
      ['gdp actual 2018 growth_pct 6.6 exact'],
    ],
    [
      'a threshold crossed at one stroke (一举突破), then the figure reached',
      '全部财政收入一举突破10亿元大关,达到10.9亿元。',
      'review',
      2019,
      ['fiscal_total_revenue actual 2018 level 1090000000 exact'],
    ],
    [
      'figures a place ranks with among its peers (分别以…位居)',
      '城乡居民人均可支配收入分别以3.2万元、1.6万元位居全省第四和第二位。',
      'review',
      2019,
      [
        'urban_income_per_capita actual 2018 level 32000 exact',
        'rural_income_per_capita actual 2018 level 16000 exact',
      ],
    ],
    [
      'a step climbed with 上 alone (再上一个…台阶) before the threshold crossed and the growth',
      '全县生产总值再上一个十亿级台阶、突破80亿元、增长5.2%。',
      'review',
      2019,
      ['gdp actual 2018 level 8000000000 at_least', 'gdp actual 2018 growth_pct 5.2 exact'],
    ],
    [
      'the head a threshold crossed shares with the next item (总产值突破千亿大关、增加值增长)',
      '规上工业总产值突破千亿大关、增加值增长7.5%。',
      'review',
      2019,
      [
        'industrial_gross_output actual 2018 level 100000000000 at_least',
        'industrial_value_added actual 2018 growth_pct 7.5 exact',
      ],
    ],
    [
      'a goal set at (设定在) a range of percents written out',
      '今年地区生产总值增长目标设定在百分之六至百分之六点五。',
      'targets',
      2019,
      ['gdp target 2019 growth_pct 6 range'],
    ],
    [
      'a year gone by that frames the sentences after it, past the speaker who says it (某某指,)',
      '今年要抓好五件大事。县长指,2018年全县地区生产总值达到100亿元,增长6%。一般公共预算收入9亿元,增长3%。',
      'tasks',
      2019,
      [
        'gdp actual 2018 level 10000000000 exact',
        'gdp actual 2018 growth_pct 6 exact',
        'general_budget_revenue actual 2018 level 900000000 exact',
        'general_budget_revenue actual 2018 growth_pct 3 exact',
      ],
    ],
    [
      'a bracketed note on how the figures after it are counted, before the subject',
      '预计(以下均为预计数)地区生产总值增长6%以上。',
      'review',
      2019,
      ['gdp actual 2018 growth_pct 6 at_least'],
    ],
    [
      '比上一年 as a comparison, not the time word 上一年',
      '2019年,全市地区生产总值预计比上一年增长6%左右。',
      'targets',
      2019,
      ['gdp target 2019 growth_pct 6 about'],
    ],
  ];

  it.each(wordings)('reads %s', (_shows, text, kind, reportYear, stated) => {
    expect(read(text, kind, reportYear)).toEqual(stated);
  });

  it('reads 人均 after GDP’s figures, a change and a yearly average as GDP per head', () => {
    expect(
      read(
        '地区生产总值从2010年的1300亿元增加到2015年的2080亿元,年均增长9%,增速居全省前列,人均达到70000元。',
        'review',
        2016,
      ),
    ).toContain('gdp_per_capita actual 2015 level 70000 exact');
  });

  it('reads the economy growing as GDP and a year-end rate, skips amounts of change, and dates a starting point by its year', () => {
    expect(read('全年经济增长7%左右。', 'targets', 2024)).toEqual(['gdp target 2024 growth_pct 7 about']);
    expect(read('城镇居民人均可支配收入达到4.5万元,比上年增加3200元。', 'review', 2024)).toEqual([
      'urban_income_per_capita actual 2023 level 45000 exact',
    ]);
    expect(read('年末城镇调查失业率降到5.5%。', 'review', 2023)).toEqual([
      'surveyed_unemployment_rate actual 2022 rate_pct 5.5 exact',
    ]);
    expect(read('地区生产总值由2018年的500亿元增加到2023年的800亿元。', 'review', 2024)).toEqual([
      'gdp actual 2018 level 50000000000 exact',
      'gdp actual 2023 level 80000000000 exact',
    ]);
    // Grown to (发展到), past a comma.
    expect(read('人均GDP从1990年的320元,发展到2023年的6.4万元。', 'review', 2024)).toEqual([
      'gdp_per_capita actual 1990 level 320 exact',
      'gdp_per_capita actual 2023 level 64000 exact',
    ]);
  });

  it('reads growth stated on a comparable, nominal or same-period basis', () => {
    expect(
      read('地区生产总值完成120.5亿元,可比增长8.1%;财政总收入15.2亿元,比上年同期增长10.1%。', 'review', 2022),
    ).toEqual([
      'gdp actual 2021 level 12050000000 exact',
      'gdp actual 2021 growth_pct 8.1 exact',
      'fiscal_total_revenue actual 2021 level 1520000000 exact',
      'fiscal_total_revenue actual 2021 growth_pct 10.1 exact',
    ]);
    expect(read('社会消费品零售总额45.3亿元,按可比口径增长6.6%。', 'review', 2022).at(-1)).toBe(
      'retail_sales actual 2021 growth_pct 6.6 exact',
    );
    // A fall said as growth below zero.
    expect(read('地区生产总值负增长1.9%。', 'review', 2022)).toEqual([
      'gdp actual 2021 growth_pct -1.9 exact',
    ]);
    // Against last year's final accounts, as budget revenue is compared.
    expect(read('一般预算收入首次突破5亿元,比上年决算数增长12.5%。', 'review', 2022).at(-1)).toBe(
      'general_budget_revenue actual 2021 growth_pct 12.5 exact',
    );
    // The basis said with 计算, its digits spaced apart by a PDF's layout.
    expect(read('一般公共预算收入31.4亿元,按可比口径计算增长1 2 %。', 'review', 2022).at(-1)).toBe(
      'general_budget_revenue actual 2021 growth_pct 12 exact',
    );
    expect(read('城镇居民人均可支配收入5.23万元,名义增长9.0%。', 'review', 2022).at(-1)).toBe(
      'urban_income_per_capita actual 2021 growth_pct 9 exact',
    );
  });

  it('leaves figures of other subjects and changes in points alone', () => {
    expect(read('规模以上工业增加值增长7.2%,高技术制造业增加值增长13.2%。', 'review', 2019)).toEqual([
      'industrial_value_added actual 2018 growth_pct 7.2 exact',
    ]);
    expect(read('常住人口城镇化率提高1个百分点。', 'targets', 2019)).toEqual([]);
    expect(read('三次产业结构调整为4.2:42.4:53.4。', 'review', 2019)).toEqual([
      'primary_industry_share actual 2018 rate_pct 4.2 exact',
      'secondary_industry_share actual 2018 rate_pct 42.4 exact',
      'services_share actual 2018 rate_pct 53.4 exact',
    ]);
    // The sectors counted out name the structure too, with 产业 or its short 产.
    for (const words of ['一二三产业比重', '一、二、三产比例'])
      expect(read(`${words}调整为4.2:42.4:53.4。`, 'review', 2019)).toEqual([
        'primary_industry_share actual 2018 rate_pct 4.2 exact',
        'secondary_industry_share actual 2018 rate_pct 42.4 exact',
        'services_share actual 2018 rate_pct 53.4 exact',
      ]);
    // A sentence opening on the structure's bare name goes on with the sectors of the one before;
    // after one about something else, a ratio is no structure.
    const sectors = (before: string) =>
      read(`${before}比重调整为4.2:42.4:53.4。`, 'review', 2019).filter((f) => f.includes('share'));
    expect(sectors('三次产业增加值分别增长3%、6%和8%。')).toEqual([
      'primary_industry_share actual 2018 rate_pct 4.2 exact',
      'secondary_industry_share actual 2018 rate_pct 42.4 exact',
      'services_share actual 2018 rate_pct 53.4 exact',
    ]);
    expect(sectors('全县新建学校三所。')).toEqual([]);
    // Two structures in one sentence, each dated by its own year.
    expect(read('三次产业比例2010年为8:50:42,2015年为6:47:47。', 'review', 2016)).toEqual([
      'primary_industry_share actual 2010 rate_pct 8 exact',
      'secondary_industry_share actual 2010 rate_pct 50 exact',
      'services_share actual 2010 rate_pct 42 exact',
      'primary_industry_share actual 2015 rate_pct 6 exact',
      'secondary_industry_share actual 2015 rate_pct 47 exact',
      'services_share actual 2015 rate_pct 47 exact',
    ]);
    // A share given to a thousandth, as a district with almost no farming writes it.
    expect(read('三次产业结构调整为0.001:21.269:78.73。', 'review', 2019)).toEqual([
      'primary_industry_share actual 2018 rate_pct 0.001 exact',
      'secondary_industry_share actual 2018 rate_pct 21.269 exact',
      'services_share actual 2018 rate_pct 78.73 exact',
    ]);
    // So do their shares of GDP reshaped to a run of percentages.
    expect(read('一、二、三产业占地区生产总值的比重调整为4.2%、42.4%、53.4%。', 'review', 2019)).toEqual([
      'primary_industry_share actual 2018 rate_pct 4.2 exact',
      'secondary_industry_share actual 2018 rate_pct 42.4 exact',
      'services_share actual 2018 rate_pct 53.4 exact',
    ]);
  });

  it('starts a subject’s words after a phrase of its own set off by 、 before it', () => {
    expect(read('全省GDP突破6万亿元、迈上新台阶、人均达8.1万元左右。', 'review', 2023)).toEqual([
      'gdp actual 2022 level 6000000000000 at_least',
      'gdp_per_capita actual 2022 level 81000 about',
    ]);
  });

  it('reads two sectors’ shares said together, and a services share after a clause naming services', () => {
    expect(read('第二产业和第三产业增加值占地区生产总值比重分别为33.5%和62.1%。', 'review', 2019)).toEqual([
      'secondary_industry_share actual 2018 rate_pct 33.5 exact',
      'services_share actual 2018 rate_pct 62.1 exact',
    ]);
    expect(read('现代服务业提速发展,服务业增加值占比达55.3%。', 'review', 2019)).toEqual([
      'services_share actual 2018 rate_pct 55.3 exact',
    ]);
    // Services a share of something else is taken of are no share of services.
    expect(read('高新技术产业占全县生产总值、服务业增加值的比重分别达到40%和35%。', 'review', 2019)).toEqual(
      [],
    );
    expect(read('实到外资12.4亿美元,增长6%。', 'review', 2019)).toEqual([
      'actual_fdi actual 2018 level 1240000000 exact',
      'actual_fdi actual 2018 growth_pct 6 exact',
    ]);
  });

  it('reads a structure reshaped from last year’s with its 为 lost, and keeps a level over its restatement in dollars', () => {
    expect(read('三次产业结构由上年的12.1:45.3:42.6调整11.8:44.9:43.3。', 'review', 2019)).toEqual([
      'primary_industry_share actual 2017 rate_pct 12.1 exact',
      'secondary_industry_share actual 2017 rate_pct 45.3 exact',
      'services_share actual 2017 rate_pct 42.6 exact',
      'primary_industry_share actual 2018 rate_pct 11.8 exact',
      'secondary_industry_share actual 2018 rate_pct 44.9 exact',
      'services_share actual 2018 rate_pct 43.3 exact',
    ]);
    expect(read('人均生产总值52000元,按年末汇率折算为7600美元。', 'review', 2019)).toEqual([
      'gdp_per_capita actual 2018 level 52000 exact',
    ]);
    // Alone, the restated figure is the statement.
    expect(read('人均生产总值按当年汇率折算超过8000美元。', 'review', 2019)).toEqual([
      'gdp_per_capita actual 2018 level 8000 at_least',
    ]);
    // A threshold in dollars beside the level in yuan, with no word of a conversion, restates it too.
    expect(read('人均地区生产总值达62000元、历史性突破9000美元。', 'review', 2019)).toEqual([
      'gdp_per_capita actual 2018 level 62000 exact',
    ]);
  });

  it('reads all three sectors’ shares said together, however the sectors are numbered', () => {
    expect(read('第一、二、三产业增加值占生产总值的比重分别为12.5%、40%、47.5%。', 'review', 2019)).toEqual([
      'primary_industry_share actual 2018 rate_pct 12.5 exact',
      'secondary_industry_share actual 2018 rate_pct 40 exact',
      'services_share actual 2018 rate_pct 47.5 exact',
    ]);
    expect(read('三次产业增加值占全县生产总值的比重分别为9%、41%和50%。', 'review', 2019)).toEqual([
      'primary_industry_share actual 2018 rate_pct 9 exact',
      'secondary_industry_share actual 2018 rate_pct 41 exact',
      'services_share actual 2018 rate_pct 50 exact',
    ]);
  });

  it('reads the later sectors’ shares said as their value added’s 比重 after a first one named against GDP', () => {
    expect(
      read(
        '第一产业增加值占地区生产总值的比重为12%,第二产业增加值比重为40%,第三产业增加值比重为48%。',
        'review',
        2019,
      ),
    ).toEqual([
      'primary_industry_share actual 2018 rate_pct 12 exact',
      'secondary_industry_share actual 2018 rate_pct 40 exact',
      'services_share actual 2018 rate_pct 48 exact',
    ]);
    // With the shares in two decimals, the third stands further from the first's whole.
    expect(
      read(
        '第一产业增加值占地区生产总值的比重为12.06%,第二产业增加值比重为40.74%,第三产业增加值比重为47.20%。',
        'review',
        2019,
      ),
    ).toContain('services_share actual 2018 rate_pct 47.2 exact');
    // Alone, a sector's value added's 比重 is its share of GDP, as 第二产业比重 is.
    expect(read('第二产业增加值比重为40%。', 'review', 2019)).toEqual([
      'secondary_industry_share actual 2018 rate_pct 40 exact',
    ]);
  });

  it('reads the towns’ share of the population as the urbanisation rate, and the budget’s 总支出 as its spending', () => {
    expect(
      read('其中城镇常住人口8.1万人,占总人口比重为52.3%。公共财政预算总支出20亿元。', 'review', 2019),
    ).toEqual([
      'urbanization_rate actual 2018 rate_pct 52.3 exact',
      'general_budget_expenditure actual 2018 level 2000000000 exact',
    ]);
    // Taiwan's press writes 万亿 as 兆, and 则 (then) links a goal to its subject.
    expect(read('地区生产总值达人民币5.2兆元;今年生产总值则预期增长5%左右。', 'review', 2019)).toEqual([
      'gdp actual 2018 level 5200000000000 exact',
      'gdp target 2019 growth_pct 5 about',
    ]);
    // …and names GDP 国内生产毛额, the rise of prices 升幅, and grain in 兆斤.
    expect(read('国内生产毛额增长6%,粮食产量1.3兆斤;今年消费者物价指数升幅3%左右。', 'review', 2019)).toEqual(
      [
        'gdp actual 2018 growth_pct 6 exact',
        'grain_output actual 2018 level 650000000 exact',
        'cpi target 2019 growth_pct 3 about',
      ],
    );
    // Digits a page ran together make no amount an economy has.
    expect(read('第一、二、三产业增加值分别为23323395346268亿元。', 'review', 2019)).toEqual([]);
    // Older and local names of the fiscal total and of trade.
    expect(
      read('公共预算总收入58亿元;自营进出口总额9.8亿美元;自营出口额6.1亿美元。', 'review', 2019),
    ).toEqual([
      'fiscal_total_revenue actual 2018 level 5800000000 exact',
      'foreign_trade actual 2018 level 980000000 exact',
      'exports actual 2018 level 610000000 exact',
    ]);
    // Whose count a figure follows stands between it and its subject.
    expect(read('实际使用外资商务部口径完成600万美元。', 'review', 2019)).toEqual([
      'actual_fdi actual 2018 level 6000000 exact',
    ]);
    // A share of the population that is not the towns' is no urbanisation rate.
    expect(read('其中60岁以上人口3万人,占总人口比重为20%。', 'review', 2019)).toEqual([]);
  });

  it('reads a sector’s share with its noun said (第三产业增加值比重), a space left inside too', () => {
    expect(read('第二产业增加值比重为12%,第三产业 增加值比重达87.5%。', 'review', 2016)).toEqual([
      'secondary_industry_share actual 2015 rate_pct 12 exact',
      'services_share actual 2015 rate_pct 87.5 exact',
    ]);
  });

  it('reads a three-sector structure whose shares carry percent signs', () => {
    expect(read('三次产业结构调整为6.5%:39.8%:53.7%。', 'review', 2021)).toEqual([
      'primary_industry_share actual 2020 rate_pct 6.5 exact',
      'secondary_industry_share actual 2020 rate_pct 39.8 exact',
      'services_share actual 2020 rate_pct 53.7 exact',
    ]);
  });

  it('reads a structure called 产业比例, its end reshaped far from where the sectors were named', () => {
    expect(
      read(
        '三次产业协同发展提质增效,产业比例从2020年的8.1:36.2:55.7调整到2025年的6.2:31.5:62.3,结构更趋合理。',
        'review',
        2026,
      ),
    ).toEqual([
      'primary_industry_share actual 2020 rate_pct 8.1 exact',
      'secondary_industry_share actual 2020 rate_pct 36.2 exact',
      'services_share actual 2020 rate_pct 55.7 exact',
      'primary_industry_share actual 2025 rate_pct 6.2 exact',
      'secondary_industry_share actual 2025 rate_pct 31.5 exact',
      'services_share actual 2025 rate_pct 62.3 exact',
    ]);
  });

  it('reads no structure of a part of the economy (民营经济三次产业结构) as the region’s', () => {
    expect(read('民营经济三次产业结构由上年的15:44:41调整为14:44:42。', 'review', 2021)).toEqual([]);
  });

  it('reads no plan in a congress’s ordinal (十五届人大), and both ends of a change between named years', () => {
    expect(
      read('完成了市十五届人大二次会议确定的目标任务,实现地区生产总值900亿元。', 'review', 2015),
    ).toEqual(['gdp actual 2014 level 90000000000 exact']);
    // Thresholds crossed, counted, link a subject to the figure it reached.
    expect(read('全市生产总值连跨2个千亿元台阶、达到3200亿元左右。', 'review', 2021)).toEqual([
      'gdp actual 2020 level 320000000000 about',
    ]);
    // A threshold crossed gives way to the figures the change runs between.
    expect(
      read('地区生产总值突破千亿大关,从2015年的720亿元提高到2020年的1040亿元。', 'review', 2021),
    ).toEqual(['gdp actual 2015 level 72000000000 exact', 'gdp actual 2020 level 104000000000 exact']);
  });

  it('reads a change after a figure’s share of a wider whole as the figure’s', () => {
    expect(read('全市生产总值达1500亿元,占全省比重提高到21%;增速达9%,保持前列。', 'review', 2014)).toEqual([
      'gdp actual 2013 level 150000000000 exact',
      'gdp actual 2013 growth_pct 9 exact',
    ]);
  });

  it('reads Chinese numerals in dollars, the currency named after an amount, and a year after a span’s average', () => {
    expect(
      read(
        '全市生产总值由二00二年的一千二百多亿元人民币增加到二00七年的二千六百多亿元,五年年均增长百分之十五,二00七年比上年增长百分之十三点五。全市人均生产总值超过三千美元。',
        'review',
        2008,
      ),
    ).toEqual([
      'gdp actual 2002 level 120000000000 at_least',
      'gdp actual 2007 level 260000000000 at_least',
      'gdp actual 2007 growth_pct 13.5 exact',
      'gdp_per_capita actual 2007 level 3000 at_least',
    ]);
  });

  it('reads past counting notes, a comparison with last year named by its year, and lists sharing one figure', () => {
    expect(read('全年预计(下同)完成地区生产总值520亿元(含开发区)、增长6.2%。', 'review', 2017)).toEqual([
      'gdp actual 2016 level 52000000000 exact',
      'gdp actual 2016 growth_pct 6.2 exact',
    ]);
    expect(read('地区生产总值根据第四次经济普查结果预计完成610亿元,增长6.8%。', 'review', 2020)).toEqual([
      'gdp actual 2019 level 61000000000 exact',
      'gdp actual 2019 growth_pct 6.8 exact',
    ]);
    expect(read('全市生产总值突破800亿元,比2015年增长8.1%。', 'review', 2017)).toEqual([
      'gdp actual 2016 level 80000000000 at_least',
      'gdp actual 2016 growth_pct 8.1 exact',
    ]);
    expect(
      read(
        '地区生产总值、一般公共预算收入、金融机构存款余额均增长9%。全年消费价格涨幅回落至2.1%。',
        'review',
        2017,
      ),
    ).toEqual([
      'gdp actual 2016 growth_pct 9 exact',
      'general_budget_revenue actual 2016 growth_pct 9 exact',
      'cpi actual 2016 growth_pct 2.1 exact',
    ]);
  });

  it('reads a loose name of rural income before the disposable-income series as net income, past an elision', () => {
    expect(read('……城乡居民人均收入分别为16000元和5800元,分别增长12%和15%。', 'review', 2011)).toEqual([
      'urban_income_per_capita actual 2010 level 16000 exact',
      'rural_net_income_per_capita actual 2010 level 5800 exact',
      'urban_income_per_capita actual 2010 growth_pct 12 exact',
      'rural_net_income_per_capita actual 2010 growth_pct 15 exact',
    ]);
    // From the series' first year, or named in full, it is disposable income.
    expect(read('农村居民人均可支配收入5800元。', 'review', 2011)).toEqual([
      'rural_income_per_capita actual 2010 level 5800 exact',
    ]);
    expect(read('城乡居民人均收入分别为26000元和9800元。', 'review', 2015)).toEqual([
      'urban_income_per_capita actual 2014 level 26000 exact',
      'rural_income_per_capita actual 2014 level 9800 exact',
    ]);
  });

  it('reads farmers’ income said loosely as the series of its year, and a full name as itself', () => {
    expect(read('农民人均收入达到5200元,增长9%。', 'review', 2009)).toEqual([
      'rural_net_income_per_capita actual 2008 level 5200 exact',
      'rural_net_income_per_capita actual 2008 growth_pct 9 exact',
    ]);
    expect(read('农村居民收入增长10%。', 'review', 2012)).toEqual([
      'rural_net_income_per_capita actual 2011 growth_pct 10 exact',
    ]);
    expect(read('农民人均收入增长8%。', 'review', 2019)).toEqual([
      'rural_income_per_capita actual 2018 growth_pct 8 exact',
    ]);
    expect(read('农村居民人均可支配收入增长8%。', 'review', 2012)).toEqual([
      'rural_income_per_capita actual 2011 growth_pct 8 exact',
    ]);
  });

  it('reads the figures after a plan’s targets said to be met as the year’s', () => {
    expect(
      read(
        '农民人均纯收入4000元,提前两年完成“十一五”目标;全社会固定资产投资12亿元,增长30%。',
        'review',
        2009,
      ),
    ).toEqual([
      'rural_net_income_per_capita actual 2008 level 4000 exact',
      'fixed_asset_investment actual 2008 level 1200000000 exact',
      'fixed_asset_investment actual 2008 growth_pct 30 exact',
    ]);
  });

  it('reads no year’s growth in changes compared with a base years back, however the sentence goes on', () => {
    expect(
      read(
        '与“十五”末相比,2010年全市生产总值完成800亿元,增长60%;财政总收入完成90亿元,增长90%。',
        'review',
        2011,
      ),
    ).toEqual([
      'gdp actual 2010 level 80000000000 exact',
      'fiscal_total_revenue actual 2010 level 9000000000 exact',
    ]);
    expect(read('与2015年相比,全市生产总值增长40%。', 'review', 2021)).toEqual([]);
  });

  it('reads the structure a year’s change started from as the year before’s', () => {
    expect(read('三次产业结构由8.0:50.0:42.0调整为7.5:49.5:43.0。', 'review', 2019)).toEqual([
      'primary_industry_share actual 2017 rate_pct 8 exact',
      'secondary_industry_share actual 2017 rate_pct 50 exact',
      'services_share actual 2017 rate_pct 42 exact',
      'primary_industry_share actual 2018 rate_pct 7.5 exact',
      'secondary_industry_share actual 2018 rate_pct 49.5 exact',
      'services_share actual 2018 rate_pct 43 exact',
    ]);
  });

  it('reads a pair that names the rural side first, and a half-year named only as a comparison’s base', () => {
    expect(read('农村居民和城镇居民人均可支配收入分别达到15000元和30000元。', 'review', 2016)).toEqual([
      'rural_income_per_capita actual 2015 level 15000 exact',
      'urban_income_per_capita actual 2015 level 30000 exact',
    ]);
    expect(
      read('一般公共预算收入下降8%,降幅较上半年收窄3个百分点;社会消费品零售总额增长2%。', 'review', 2021),
    ).toEqual([
      'general_budget_revenue actual 2020 growth_pct -8 exact',
      'retail_sales actual 2020 growth_pct 2 exact',
    ]);
  });

  it('leaves a sum counted in 亿 to the whole, never to a per-head statistic', () => {
    expect(
      read('全省生产总值突破600亿元、人均12000元,由2000年的300亿元增加到2005年的650亿元。', 'review', 2006),
    ).toEqual(['gdp actual 2005 level 60000000000 at_least', 'gdp_per_capita actual 2005 level 12000 exact']);
  });

  it('reads the size a fall or a rise narrowed to as the change, in the direction its noun names', () => {
    expect(read('出口总额20亿美元,降幅收窄到3.5%;社会消费品零售总额增幅收窄至2%。', 'review', 2010)).toEqual([
      'exports actual 2009 level 2000000000 exact',
      'exports actual 2009 growth_pct -3.5 exact',
      'retail_sales actual 2009 growth_pct 2 exact',
    ]);
  });

  it('reads a year’s plan named with the region (庆元县计划…) and capital from other provinces', () => {
    expect(
      relayed(
        '2015年,庆元县计划地区生产总值增长10%;实际利用外资、引进外省到位资金分别增长20%左右。',
        2015,
      ).map(brief),
    ).toEqual([
      'gdp target 2015 growth_pct 10 exact',
      'actual_fdi target 2015 growth_pct 20 about',
      'actual_domestic_investment target 2015 growth_pct 20 about',
    ]);
  });

  it('reads a target a report proposes (并提出力争…)', () => {
    expect(relayed('报告将增长目标定为5%,并提出力争规上工业增加值增长7%以上。', 2016).map(brief)).toContain(
      'industrial_value_added target 2016 growth_pct 7 at_least',
    );
    // The report named right before its subject, with no comma between.
    expect(relayed('报告提出国内生产总值增长6%-6.5%的目标。', 2019).map(brief)).toEqual([
      'gdp target 2019 growth_pct 6 range',
    ]);
  });

  it('reads the goals a report is said to propose, in the clauses after 还提出, as goals even in a review', () => {
    expect(
      factsOf('他在报告中还提出,城镇新增就业不低于1万人,城镇登记失业率控制在4%以内。', 'review', 2016).map(
        brief,
      ),
    ).toEqual([
      'new_urban_jobs target 2016 level 10000 at_least',
      'registered_unemployment_rate target 2016 rate_pct 4 at_most',
    ]);
  });

  it('reads this year’s estimate in a report (今年…预计增长8.5%) as a goal, and the year so far (今年以来) as a result', () => {
    expect(factsOf('报告称,今年全县生产总值预计增长8.5%左右。', 'review', 2016).map(brief)).toEqual([
      'gdp target 2016 growth_pct 8.5 about',
    ]);
    expect(factsOf('今年以来,全县生产总值预计增长8.5%。', 'review', 2016).map(brief)).toEqual([
      'gdp actual 2016 growth_pct 8.5 exact',
    ]);
  });

  it('reads the level a change led to (比上年增加800元,达到15000元) as the level, not a second change', () => {
    expect(
      factsOf('城镇居民人均可支配收入比上年增加800元,达到15000元。', 'targets', 2016).map(brief),
    ).toEqual(['urban_income_per_capita target 2016 level 15000 exact']);
  });

  it('counts out 分别 values past a rank in brackets after each (5.6%(全市第四)、6.6%)', () => {
    expect(factsOf('城乡居民人均可支配收入增速分别为5%(全市第三)、7%(全市第九)。').map(brief)).toEqual([
      'urban_income_per_capita actual 2017 growth_pct 5 exact',
      'rural_income_per_capita actual 2017 growth_pct 7 exact',
    ]);
  });

  it('reads results after goals met (圆满完成各项目标任务) as results, not goals', () => {
    expect(relayed('区长说,全区圆满完成各项目标任务,地区生产总值达到338亿元。', 2017).map(brief)).toEqual([
      'gdp actual 2016 level 33800000000 exact',
    ]);
  });

  it('reads the main targets of the government’s work named with the region (庆元政府工作的主要目标是…)', () => {
    expect(relayed('2016年,庆元政府工作的主要目标是地区生产总值增长7.5%。', 2016).map(brief)).toEqual([
      'gdp target 2016 growth_pct 7.5 exact',
    ]);
  });

  it('reads a round threshold crossed with no digits (经济总量突破万亿大关) in its indicator’s unit', () => {
    expect(read('经济社会发展跃上新台阶。经济总量突破万亿大关。', 'review', 2015)).toEqual([
      'gdp actual 2014 level 1000000000000 at_least',
    ]);
  });

  it('reads a sector’s growth by its number (一产增长, 第三产业增长), and what projects drove (带动…)', () => {
    expect(read('一产增长4.1%、二产增长9.2%,第三产业增长6%。', 'review', 2019)).toEqual([
      'agriculture_value_added actual 2018 growth_pct 4.1 exact',
      'secondary_industry_value_added actual 2018 growth_pct 9.2 exact',
      'services_value_added actual 2018 growth_pct 6 exact',
    ]);
    expect(read('全年实施重点项目520个,带动固定资产投资完成310亿元。', 'review', 2019)).toEqual([
      'fixed_asset_investment actual 2018 level 31000000000 exact',
    ]);
  });

  it('frames a review paragraph’s later sentences by the year an earlier one opens on with its figures', () => {
    expect(
      read('2017年全县实现生产总值120亿元,增长7%。第一产业增加值20亿元,增长3%。', 'review', 2019),
    ).toEqual([
      'gdp actual 2017 level 12000000000 exact',
      'gdp actual 2017 growth_pct 7 exact',
      'agriculture_value_added actual 2017 level 2000000000 exact',
      'agriculture_value_added actual 2017 growth_pct 3 exact',
    ]);
    // A year that opens no figure of its own (`2016年以来`) frames nothing.
    expect(read('2016年以来,投资增长较快。第一产业增加值20亿元。', 'review', 2019)).toEqual([
      'agriculture_value_added actual 2018 level 2000000000 exact',
    ]);
    // So does a change that ends in a year it names: the figures after it are of that year.
    expect(
      read('全县生产总值由2012年的80亿元增加到2016年的120亿元。人均生产总值达到3万元。', 'review', 2018),
    ).toEqual([
      'gdp actual 2012 level 8000000000 exact',
      'gdp actual 2016 level 12000000000 exact',
      'gdp_per_capita actual 2016 level 30000 exact',
    ]);
  });

  it('keeps the goal, not its stretch (增长6.5%左右,力争7%), and reads other second figures like the first', () => {
    expect(read('地区生产总值增长6.5%左右,力争7%。', 'targets', 2019)).toEqual([
      'gdp target 2019 growth_pct 6.5 about',
    ]);
    expect(read('财政总收入增长9%、争取达到10%,社会消费品零售总额增长8%。', 'targets', 2019)).toEqual([
      'fiscal_total_revenue target 2019 growth_pct 9 exact',
      'retail_sales target 2019 growth_pct 8 exact',
    ]);
    expect(read('地区生产总值超300亿元、力争达320亿元。', 'targets', 2019)).toEqual([
      'gdp target 2019 level 30000000000 at_least',
    ]);
    // The stretch of a level set before the growth that follows it.
    expect(read('财政收入达到7.2亿元,增长9%,力争突破8亿元。', 'targets', 2019)).toEqual([
      'fiscal_total_revenue target 2019 level 720000000 exact',
      'fiscal_total_revenue target 2019 growth_pct 9 exact',
    ]);
    // A second figure with a verb of its own is the statistic's next measure.
    expect(read('固定资产投资增长12%,力争完成投资300亿元。', 'targets', 2019)).toHaveLength(2);
  });
});

describe('years and goals in quotation marks', () => {
  it('frames only the quoted words by a year inside the quotation', () => {
    expect(
      factsOf(
        '过去一年,全县紧扣“2030年地区生产总值突破600亿元”的主要支撑目标,地区生产总值增长6.5%。',
        'review',
        2026,
      ).map(brief),
    ).toEqual(['gdp target 2030 level 60000000000 at_least', 'gdp actual 2025 growth_pct 6.5 exact']);
  });
});

describe('goals relayed in news', () => {
  it('does not take 同比 in a list of goals for a result: it names a basis both use', () => {
    const text =
      '力争固定资产投资增长16%以上、社会消费品零售总额同比增长15%以上,财政总收入达到20亿元、增长12%以上。';
    const view = readingView(text, false);
    const facts = extractFacts(
      text,
      view,
      view.text,
      [{ kind: 'body', title: '', start: 0, end: view.text.length }],
      {
        docId: 'doc',
        docKind: 'news',
        region: county,
        frame: { reportYear: 2023, reportLike: true },
        bodyOffset: 0,
      },
    );
    expect(facts.map((f) => `${f.indicator} ${f.kind} ${f.year} ${f.measure}`)).toEqual([
      'fixed_asset_investment target 2023 growth_pct',
      'retail_sales target 2023 growth_pct',
      'fiscal_total_revenue target 2023 level',
      'fiscal_total_revenue target 2023 growth_pct',
    ]);
  });
});

describe('a list of goals opened by 分别是 (namely)', () => {
  it('reads the first item’s statistic, not 分别是 with it as a label', () => {
    const text = '今年确定了以下几项主要目标:分别是实际利用外资增长12%,达到8亿美元;进出口总额增长10%。';
    expect(factsOf(text, 'targets', 2016).map(brief)).toEqual([
      'actual_fdi target 2016 growth_pct 12 exact',
      'actual_fdi target 2016 level 800000000 exact',
      'foreign_trade target 2016 growth_pct 10 exact',
    ]);
  });
});

describe('a digest’s paragraphs labelled by their time', () => {
  it('dates a paragraph opening on 去年: as last year’s results, under a heading of this year’s work', () => {
    const text =
      '去年:消费稳步回升。社会消费品零售总额520亿元,增长9%。\n今年:力争社会消费品零售总额增长10%。';
    expect(factsOf(text, 'tasks').map(brief)).toEqual([
      'retail_sales actual 2017 level 52000000000 exact',
      'retail_sales actual 2017 growth_pct 9 exact',
      'retail_sales target 2018 growth_pct 10 exact',
    ]);
  });
});

describe('the statistics just listed, counted', () => {
  it('gives a run of changes after 三项数据, 上述两项指标 or 二者 to the statistics listed before', () => {
    const trade = '进出口总额95亿美元,其中出口63亿美元,进口32亿美元,三项数据同比分别增长9%、5.5%和16%。';
    expect(factsOf(trade).map(brief)).toEqual([
      'foreign_trade actual 2017 level 9500000000 exact',
      'exports actual 2017 level 6300000000 exact',
      'foreign_trade actual 2017 growth_pct 9 exact',
      'exports actual 2017 growth_pct 5.5 exact',
    ]);
    const pair = '地区生产总值300亿元,一般公共预算收入20亿元,上述两项指标分别增长8%和6%。';
    expect(factsOf(pair).map(brief)).toEqual([
      'gdp actual 2017 level 30000000000 exact',
      'general_budget_revenue actual 2017 level 2000000000 exact',
      'gdp actual 2017 growth_pct 8 exact',
      'general_budget_revenue actual 2017 growth_pct 6 exact',
    ]);
  });
});

describe('goals a clause of their own introduces', () => {
  /** The facts of a news body of 2016. */
  const news = (text: string) => readAs(text, 'body', { region: county, reportYear: 2016, bodyOffset: 0 });

  it('reads a list after 今年力争, or 预期: as goals, and not after a goal met', () => {
    expect(news('会上通报,今年力争,进出口总额增长9%,实际利用外资增长6%。').map(brief)).toEqual([
      'foreign_trade target 2016 growth_pct 9 exact',
      'actual_fdi target 2016 growth_pct 6 exact',
    ]);
    expect(news('据介绍,预期:社会消费品零售总额增长10%。').map(brief)).toEqual([
      'retail_sales target 2016 growth_pct 10 exact',
    ]);
    expect(news('全年完成了预期,社会消费品零售总额增长10%。').map(brief)).toEqual([
      'retail_sales actual 2016 growth_pct 10 exact',
    ]);
  });

  it('reads the first item after a goal’s word and a colon as a goal too', () => {
    expect(
      news('2016年,该县给自己定下了小目标:地区生产总值增长7%以上,财政总收入增长6%以上。').map(brief),
    ).toEqual([
      'gdp target 2016 growth_pct 7 at_least',
      'fiscal_total_revenue target 2016 growth_pct 6 at_least',
    ]);
  });
});

describe('a plan of two tiers', () => {
  it('reads the floor and the stretch goal of each statistic', () => {
    const facts = factsOf(
      '进出口总额:底线目标21亿美元,增长9%;奋斗目标23亿美元,增长15%。社会消费品零售总额保底目标410亿元,冲刺目标430亿元。',
      'targets',
      2016,
    );
    expect(facts.map(brief)).toEqual([
      'foreign_trade target 2016 level 2100000000 exact',
      'foreign_trade target 2016 growth_pct 9 exact',
      'foreign_trade target 2016 level 2300000000 exact',
      'foreign_trade target 2016 growth_pct 15 exact',
      'retail_sales target 2016 level 41000000000 exact',
      'retail_sales target 2016 level 43000000000 exact',
    ]);
  });
});

describe('how real reports pair, continue and qualify their figures', () => {
  const facts = (text: string, kind: SectionKind = 'review') => factsOf(text, kind, 2020);

  it('counts a run of values out over the subjects of the 分别 before it', () => {
    expect(facts('城乡居民人均可支配收入分别为3.1万元、1.6万元,增长7.2%、8.4%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2019 level 31000 exact',
      'rural_income_per_capita actual 2019 level 16000 exact',
      'urban_income_per_capita actual 2019 growth_pct 7.2 exact',
      'rural_income_per_capita actual 2019 growth_pct 8.4 exact',
    ]);
  });

  it('reads a pair’s name with one level as the whole’s figure, with 均 or one change alone as both', () => {
    expect(facts('城乡居民人均可支配收入2.6万元,增长7%。').map(brief)).toEqual([
      'resident_income_per_capita actual 2019 level 26000 exact',
      'resident_income_per_capita actual 2019 growth_pct 7 exact',
    ]);
    expect(facts('城乡居民人均可支配收入均增长7%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2019 growth_pct 7 exact',
      'rural_income_per_capita actual 2019 growth_pct 7 exact',
    ]);
    // One change alone is each side's: a goal set for both alike, a result both had.
    expect(facts('城乡居民人均可支配收入增长7.5%以上。', 'targets').map(brief)).toEqual([
      'urban_income_per_capita target 2020 growth_pct 7.5 at_least',
      'rural_income_per_capita target 2020 growth_pct 7.5 at_least',
    ]);
    expect(facts('城乡居民人均可支配收入增长7.5%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2019 growth_pct 7.5 exact',
      'rural_income_per_capita actual 2019 growth_pct 7.5 exact',
    ]);
    // After the whole's level, the change is the whole's too.
    expect(facts('城乡居民人均可支配收入达到2.6万元,增长7%。').map(brief)).toEqual([
      'resident_income_per_capita actual 2019 level 26000 exact',
      'resident_income_per_capita actual 2019 growth_pct 7 exact',
    ]);
  });

  it('reads a statistic paired with one the catalog does not hold, both with one figure (和…均)', () => {
    expect(facts('单位地区生产总值能耗和用水总量均下降4%。').map(brief)).toEqual([
      'energy_intensity actual 2019 growth_pct -4 exact',
    ]);
  });

  it('counts a run out over a pair of subjects without 分别', () => {
    expect(facts('城镇和农村居民人均可支配收入38000元、19000元。').map(brief)).toEqual([
      'urban_income_per_capita actual 2019 level 38000 exact',
      'rural_income_per_capita actual 2019 level 19000 exact',
    ]);
  });

  it('reads a bare head noun with the qualifier an earlier subject gives it (收入和支出)', () => {
    expect(facts('一般公共预算收入和支出分别达5.2亿元、18.6亿元。').map(brief)).toEqual([
      'general_budget_revenue actual 2019 level 520000000 exact',
      'general_budget_expenditure actual 2019 level 1860000000 exact',
    ]);
    // The enterprises above designated size give their value added as they give their output.
    expect(facts('全县规模以上企业实现产值30亿元,实现增加值7.5亿元,增长9%。').map(brief)).toEqual([
      'industrial_gross_output actual 2019 level 3000000000 exact',
      'industrial_value_added actual 2019 level 750000000 exact',
      'industrial_value_added actual 2019 growth_pct 9 exact',
    ]);
  });

  it('gives a subject named in a clause without a figure the figure of the next clause', () => {
    expect(facts('全县生产总值增长7%;财政总收入突破亿元大关,实现10560万元,增长12%。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 7 exact',
      'fiscal_total_revenue actual 2019 level 105600000 exact',
      'fiscal_total_revenue actual 2019 growth_pct 12 exact',
    ]);
    // A clause that names the subject's change and its rank gives the per cent after it that change;
    // an amount after a clause of its change stays a level.
    expect(
      facts('规上工业增加值增速居全市第二位,达到12.5%;财政总收入增速放缓,完成11亿元。').map(brief),
    ).toEqual([
      'industrial_value_added actual 2019 growth_pct 12.5 exact',
      'fiscal_total_revenue actual 2019 level 1100000000 exact',
    ]);
  });

  it('keeps the exact figure of a threshold crossed and reached (突破…,达到…)', () => {
    expect(facts('城镇居民人均可支配收入突破3万元,达到31250元。').map(brief)).toEqual([
      'urban_income_per_capita actual 2019 level 31250 exact',
    ]);
    // The figure reached, followed by the multiple it is of an earlier year or by its change.
    for (const after of ['、是2010年的2.5倍', '、为上年的1.2倍', '、增长1.5倍'])
      expect(facts(`全县生产总值突破300亿元,达到312.4亿元${after}。`).map(brief)[0]).toBe(
        'gdp actual 2019 level 31240000000 exact',
      );
    // Of a part of a whole (a budget's revenue of all fiscal revenue): one amount, not two parts.
    expect(
      facts('地方财政收入首破百亿大关:全市地方财政收入完成126亿4127万元,首次突破百亿元大关。').map(brief),
    ).toEqual(['general_budget_revenue actual 2019 level 12641270000 exact']);
    // Two subjects past one threshold, then each one's exact figure.
    expect(facts('固定资产投资和社会消费品零售总额均突破千亿元,分别达到1250和1020亿元。').map(brief)).toEqual(
      [
        'fixed_asset_investment actual 2019 level 125000000000 exact',
        'retail_sales actual 2019 level 102000000000 exact',
      ],
    );
    // A result said roughly (a news lead's 多) gives way to the exact figure said later, as a
    // threshold crossed does.
    expect(
      facts('全县生产总值二百九十多亿元,增长6%。\n初步核算,全县生产总值完成296.4亿元,增长6%。').map(brief),
    ).toEqual([
      'gdp actual 2019 growth_pct 6 exact',
      'gdp actual 2019 level 29640000000 exact',
      'gdp actual 2019 growth_pct 6 exact',
    ]);
  });

  it('keeps the exact figure a bracket gives right after a threshold crossed', () => {
    expect(facts('全县生产总值首次突破300亿元(312.5亿元),增长6%。').map(brief)).toEqual([
      'gdp actual 2019 level 31250000000 exact',
      'gdp actual 2019 growth_pct 6 exact',
    ]);
    expect(facts('财政总收入突破20亿元(达到21.3亿元)。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 2130000000 exact',
    ]);
  });

  it('keeps the exact figure after a threshold crossed in a clause of its own', () => {
    // The subject goes on through the threshold's clause (`…大关,`) to the exact figure.
    expect(facts('全年GDP增长5.8%,首次突破百亿元大关,达到101.2亿元,实现历史跨越。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 5.8 exact',
      'gdp actual 2019 level 10120000000 exact',
    ]);
    // A record said of the threshold (`历史首次`) leaves the growth after it to the statistic.
    expect(facts('一般公共预算收入完成12.3亿元,历史首次突破10亿元大关,增长9.5%。').map(brief)).toEqual([
      'general_budget_revenue actual 2019 level 1230000000 exact',
      'general_budget_revenue actual 2019 growth_pct 9.5 exact',
    ]);
    // Two names of one statistic: the threshold by one, the exact figure by the other.
    expect(facts('经济总量跃上千亿元台阶,全市实现地区生产总值1043亿元。').map(brief)).toEqual([
      'gdp actual 2019 level 104300000000 exact',
    ]);
  });

  it('reads a subheading that restates a figure of the paragraph under it as naming that figure', () => {
    // The paragraph's figure, framed by its words (力争今年), is the one; the subheading adds none.
    expect(
      relayed('工业:规上工业增加值增长9%\n推进工业强市建设,力争今年规上工业增加值增长9%。', 2014).map(brief),
    ).toEqual(['industrial_value_added target 2014 growth_pct 9 exact']);
  });

  it('keeps the exact figure over a threshold neared that restates it (接近, 近)', () => {
    expect(
      facts('全市实现地区生产总值2896.4亿元,增长8.7%。经济总量接近3000亿元,增速近9%。').map(brief),
    ).toEqual(['gdp actual 2019 level 289640000000 exact', 'gdp actual 2019 growth_pct 8.7 exact']);
    // Alone, a figure neared is about that much.
    expect(facts('全市经济总量接近3000亿元。').map(brief)).toEqual([
      'gdp actual 2019 level 300000000000 about',
    ]);
  });

  it('reads figures listed before the marks they name as thresholds crossed (两千亿元和三千亿元两个台阶)', () => {
    expect(facts('经济总量跨越了两千亿元和三千亿元两个台阶,全市生产总值达到3440亿元。').map(brief)).toEqual([
      'gdp actual 2019 level 344000000000 exact',
    ]);
    // One after another (先后), each figure of the list before the mark a threshold.
    expect(
      facts('生产总值先后跨越1500亿元、2000亿元、2500亿元台阶,初步核算达到2680亿元。').map(brief),
    ).toEqual(['gdp actual 2019 level 268000000000 exact']);
    // A figure before a mark that names another figure is no threshold (`首次跨越“两千万”台阶`).
    expect(facts('接待游客2230万人次、首次跨越“两千万”台阶。').map(brief)).toEqual([
      'tourist_arrivals actual 2019 level 22300000 exact',
    ]);
  });

  it('reads no change from 与去年持平 after the clause that states a subject’s level', () => {
    const flat = facts('完成固定资产投资86亿元,与去年持平。');
    expect(flat.map(brief)).toEqual([
      'fixed_asset_investment actual 2019 level 8600000000 exact',
      'fixed_asset_investment actual 2019 growth_pct 0 exact',
    ]);
    expect(flat[1]!.evidence.text).toBe('完成固定资产投资86亿元,与去年持平');
  });

  it('reads no change on the basis it names (按可比口径与上年持平) as a comparable figure', () => {
    const flat = factsOf('一般公共预算收入按可比口径与上年持平,固定资产投资增长5%。', 'targets');
    expect(flat.map(brief)).toEqual([
      'general_budget_revenue target 2018 growth_pct 0 exact',
      'fixed_asset_investment target 2018 growth_pct 5 exact',
    ]);
    expect(flat[0]!.basis).toBe('comparable');
  });

  it('reads a statistic named with the bare word of the place’s own level (完成区地方财政收入) as its own', () => {
    const district = regionByCode('310113')!;
    const read = (text: string, region: Region) =>
      readAs(text, 'review', { region, reportYear: 2008, bodyOffset: 0 }).map(brief);
    expect(read('完成区地方财政收入52.2亿元,同比增长15.6%。', district)).toEqual([
      'general_budget_revenue actual 2007 level 5220000000 exact',
      'general_budget_revenue actual 2007 growth_pct 15.6 exact',
    ]);
    expect(factsOf('全年实现县财政总收入12亿元。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2017 level 1200000000 exact',
    ]);
    // Not a zone's, nor a county's in a city's report.
    expect(read('开发区财政总收入3亿元,园区地方财政收入1亿元。', district)).toEqual([]);
    expect(read('全年实现县财政总收入12亿元。', regionByCode('330100')!)).toEqual([]);
  });

  it('reads investment news’s words for capital paid in and trade', () => {
    expect(
      factsOf(
        '全年外资到位资金1330万美元,实际引进内资81亿元,外贸进出口总值达300.8亿元,全口径实际利用外资5.9亿美元。',
      ).map(brief),
    ).toEqual([
      'actual_fdi actual 2017 level 13300000 exact',
      'actual_domestic_investment actual 2017 level 8100000000 exact',
      'foreign_trade actual 2017 level 30080000000 exact',
      'actual_fdi actual 2017 level 590000000 exact',
    ]);
    expect(
      readAs('實際到賬外資7.38億美元。', 'review', {
        region: county,
        reportYear: 2016,
        bodyOffset: 0,
        traditional: true,
      }).map(brief),
    ).toEqual(['actual_fdi actual 2015 level 738000000 exact']);
  });

  it('reads residents’ income said loosely (居民收入增长6%左右) as income per head, its sides as theirs', () => {
    expect(
      factsOf('居民收入增长6%左右,城镇居民收入和农村居民收入分别增长5.5%和7%。', 'targets').map(brief),
    ).toEqual([
      'resident_income_per_capita target 2018 growth_pct 6 about',
      'urban_income_per_capita target 2018 growth_pct 5.5 exact',
      'rural_income_per_capita target 2018 growth_pct 7 exact',
    ]);
  });

  it('reads the goal’s amount inside the share of it met as the year’s target, past the growth', () => {
    expect(
      factsOf('全县共引进实际到位内资79.6亿元,同比增长13.7%,完成年度目标任务76亿元的104.7%。').map(brief),
    ).toEqual([
      'actual_domestic_investment actual 2017 level 7960000000 exact',
      'actual_domestic_investment actual 2017 growth_pct 13.7 exact',
      'actual_domestic_investment target 2017 level 7600000000 exact',
      'actual_domestic_investment actual 2017 attainment_pct 104.7 exact',
    ]);
  });

  it('works a goal out from an excess over it past a growth in another measure (超原定目标216亿元)', () => {
    expect(
      factsOf('地区生产总值由2012年332亿元增加到2017年816亿元,增长1.5倍,超原定目标216亿元。')
        .filter((f) => f.kind === 'target')
        .map(brief),
    ).toEqual(['gdp target 2017 level 60000000000 exact']);
  });

  it('reads one growth said of both items (增幅双双达到11%以上) as each one’s', () => {
    expect(
      facts(
        '城镇居民人均可支配收入和农村居民人均可支配收入分别达到42000元和23000元,增幅双双达到8%以上。',
      ).map(brief),
    ).toEqual([
      'urban_income_per_capita actual 2019 level 42000 exact',
      'rural_income_per_capita actual 2019 level 23000 exact',
      'urban_income_per_capita actual 2019 growth_pct 8 at_least',
      'rural_income_per_capita actual 2019 growth_pct 8 at_least',
    ]);
  });

  it('reads no figure from a count of sizes (跨越3个千亿元台阶)', () => {
    expect(facts('全市生产总值跨越3个千亿元台阶,达到1.2万亿元。').map(brief)).toEqual([
      'gdp actual 2019 level 1200000000000 exact',
    ]);
  });

  it('lets a threshold crossed in one sentence give way to the exact figure of another', () => {
    expect(facts('全年生产总值跃上3万亿元新台阶。生产总值实现3.15万亿元,增长8%。').map(brief)).toEqual([
      'gdp actual 2019 level 3150000000000 exact',
      'gdp actual 2019 growth_pct 8 exact',
    ]);
  });

  it('reads no fact from the base a figure builds on (在…的基础上), unless its year stands before it', () => {
    // With its year before the threshold it crossed, it is that year's level.
    expect(facts('税收收入在2017年突破5亿元的基础上,2019年达到7.2亿元。').map(brief)).toEqual([
      'tax_revenue actual 2017 level 500000000 at_least',
      'tax_revenue actual 2019 level 720000000 exact',
    ]);
    // With no year of its own, none.
    expect(facts('税收收入在突破5亿元的基础上,2019年达到7.2亿元。').map(brief)).toEqual([
      'tax_revenue actual 2019 level 720000000 exact',
    ]);
    // A base stated with its year right before it is that year's level.
    expect(facts('全县生产总值在2015年320亿元的基础上,2019年达到480亿元。').map(brief)).toEqual([
      'gdp actual 2015 level 32000000000 exact',
      'gdp actual 2019 level 48000000000 exact',
    ]);
  });

  it('reads a sector’s share of GDP said with 占, and a target list opened by 即', () => {
    expect(
      facts('服务业增加值占地区生产总值超60%,第一产业增加值占全县生产总值的比重下降到9.5%。').map(brief),
    ).toEqual([
      'services_share actual 2019 rate_pct 60 at_least',
      'primary_industry_share actual 2019 rate_pct 9.5 exact',
    ]);
    expect(facts('今年的主要目标,即地区生产总值增长6.5%左右。', 'targets').map(brief)).toEqual([
      'gdp target 2020 growth_pct 6.5 about',
    ]);
  });

  it('takes the year a review opens by naming as the year of its figures', () => {
    // A page titled by the year it reviews (the report was given early the next year).
    const review = '2019年,是我县爬坡过坎的一年。\n全县地区生产总值增长4.1%,固定资产投资增长9%。';
    expect(factsOf(review, 'review', 2019).map(brief)).toEqual([
      'gdp actual 2019 growth_pct 4.1 exact',
      'fixed_asset_investment actual 2019 growth_pct 9 exact',
    ]);
    // Without that line, a review speaks of the year before the report's.
    expect(factsOf('全县地区生产总值增长4.1%。', 'review', 2019).map(brief)).toEqual([
      'gdp actual 2018 growth_pct 4.1 exact',
    ]);
  });

  it('goes on with a subject through a clause of its figures joined by link words', () => {
    // A threshold crossed, then the level reached, after the subject's growth.
    expect(facts('全县地区生产总值增长9.6%,总量突破100亿元、达到113.5亿元。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 9.6 exact',
      'gdp actual 2019 level 11350000000 exact',
    ]);
    // Not a figure whose clause goes on to name something else.
    expect(facts('全县地区生产总值增长9.6%,引进项目12个、投资30亿元。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 9.6 exact',
    ]);
  });

  it('reads a numbered list item’s indicator after its marker', () => {
    expect(facts('1、国内生产总值增长6%左右。\n2、居民消费价格涨幅3%左右。', 'targets').map(brief)).toEqual([
      'gdp target 2020 growth_pct 6 about',
      'cpi target 2020 growth_pct 3 about',
    ]);
    // Numbered with a slash, as some pages lay out their goals.
    expect(facts('01/地区生产总值增长6%\n02/一般公共预算收入增长4%左右', 'targets').map(brief)).toEqual([
      'gdp target 2020 growth_pct 6 exact',
      'general_budget_revenue target 2020 growth_pct 4 about',
    ]);
    expect(facts('全社会消费品零售总额完成12.3亿元。').map(brief)).toEqual([
      'retail_sales actual 2019 level 1230000000 exact',
    ]);
    expect(facts('全年共实现地区生产总值36.2亿元,同比增长9.1%。').map(brief)).toEqual([
      'gdp actual 2019 level 3620000000 exact',
      'gdp actual 2019 growth_pct 9.1 exact',
    ]);
    // Industry's gross output and services' value added named around their verbs.
    expect(facts('规模以上工业企业实现产值93亿元,服务业实现增加值40亿元。').map(brief)).toEqual([
      'industrial_gross_output actual 2019 level 9300000000 exact',
      'services_value_added actual 2019 level 4000000000 exact',
    ]);
    expect(facts('规上企业实现产值229亿元。').map(brief)).toEqual([
      'industrial_gross_output actual 2019 level 22900000000 exact',
    ]);
    // …or around the year it is of.
    expect(facts('第一产业2019年增加值达到18亿元。').map(brief)).toEqual([
      'agriculture_value_added actual 2019 level 1800000000 exact',
    ]);
    // An estimate between the industry and its value added; a Beijing district's 区域税收.
    expect(facts('规模以上工业预计完成增加值72亿元,区域税收达到45亿元。').map(brief)).toEqual([
      'industrial_value_added actual 2019 level 7200000000 exact',
      'tax_revenue actual 2019 level 4500000000 exact',
    ]);
    // Revenue a district collects for every level, by its local names.
    expect(facts('全口径税收收入达46.5亿元,组织财政收入增长13%。').map(brief)).toEqual([
      'tax_revenue actual 2019 level 4650000000 exact',
      'fiscal_total_revenue actual 2019 growth_pct 13 exact',
    ]);
    // An abbreviation glossed after the name; the pre-2011 county series of investment.
    expect(facts('地区生产总值(GDP)增长6.2%,规模以上固定资产投资41亿元。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 6.2 exact',
      'fixed_asset_investment actual 2019 level 4100000000 exact',
    ]);
  });

  it('reads targets opened by the statement’s own words, percents written out, and a year in numerals', () => {
    expect(
      facts('今年全县经济社会发展的主要指标安排是生产总值增长百分之八以上。', 'targets').map(brief),
    ).toEqual(['gdp target 2020 growth_pct 8 at_least']);
    expect(
      facts('其中二00六年全县生产总值达到一百零五亿元,财政一般公共预算收入9.1亿元。').map(brief),
    ).toEqual([
      'gdp actual 2006 level 10500000000 exact',
      'general_budget_revenue actual 2006 level 910000000 exact',
    ]);
  });

  it('reads no year’s figure from a quarter or the first months of it', () => {
    const text = '2020年一季度,全区经济逆势上扬。初步预计,地区生产总值增长7%以上;固定资产投资增长40.1%。';
    expect(facts(text).map(brief)).toEqual([]);
    // The whole year named after a part of it is the year's figure.
    expect(facts('上半年受疫情影响较大,全年地区生产总值增长3.1%。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 3.1 exact',
    ]);
    // So is a year named on its own after it (a page whose sentences run on with no stop between).
    expect(
      facts('全力实现一季度“开门红” 2018年,全县地区生产总值增长9%,全面完成年度目标。').map(brief),
    ).toEqual(['gdp actual 2018 growth_pct 9 exact']);
    // Not the year the part is of.
    expect(facts('工作扎实推进,2019年一季度,地区生产总值增长6%。').map(brief)).toEqual([]);
    // A quarter opening a sentence frames all of it; named in passing, only up to its semicolon.
    expect(facts('一季度,地区生产总值增长5%;规上工业增加值增长6%。').map(brief)).toEqual([]);
    // The first months counted in digits (前10个月) are as much a part of the year.
    expect(facts('今年前10个月,全县环境空气质量优良率达94.9%。').map(brief)).toEqual([]);
    // So it frames the breakdown of its figures the next sentence gives.
    expect(facts('今年上半年,生产总值完成900亿元,增长5%。其中服务业增加值增长8%。').map(brief)).toEqual([]);
    // The year's plan a part is measured against names no whole year.
    expect(facts('一季度,全区生产总值完成全年计划的26%,增长6%。').map(brief)).toEqual([]);
    // A sentence that names its goals sets the year's, though its paragraph opened on months gone by.
    expect(
      relayed(
        '今年1至8月,全县实际利用外资1.2亿美元。会议要求,今年全县招商工作目标任务是到位资金60亿元,实际利用外资3亿美元。',
        2017,
      )
        .filter((f) => f.indicator)
        .map(brief),
    ).toEqual(['actual_fdi target 2017 level 300000000 exact']);
    // A part that opens on a quarter frames its paragraphs up to one that opens on a whole year.
    expect(
      facts(
        '一季度全区经济回暖,生产总值增长6%。\n2019年全区完成各项任务,税收收入80亿元。\n去年全年社会消费品零售总额增长9%。其中网上零售额增长20%。\n外贸进出口增长3%。',
      ).map(brief),
    ).toEqual([
      'tax_revenue actual 2019 level 8000000000 exact',
      'retail_sales actual 2019 growth_pct 9 exact',
      'online_retail_sales actual 2019 growth_pct 20 exact',
    ]);
    expect(
      facts(
        '固定资产投资增长14%,结构性指标连续多月高于全省平均,获得三季度投资激励;社会消费品零售总额增长4%。',
      ).map(brief),
    ).toEqual([
      'fixed_asset_investment actual 2019 growth_pct 14 exact',
      'retail_sales actual 2019 growth_pct 4 exact',
    ]);
  });

  it('reads no year’s growth from a change measured from a base years back', () => {
    const text =
      '2019年,全县生产总值120亿元,比2015年(下同)增长47%;固定资产投资90亿元,增长61%;财政收入比上年增长8%。';
    expect(facts(text).map(brief)).toEqual([
      'gdp actual 2019 level 12000000000 exact',
      'fixed_asset_investment actual 2019 level 9000000000 exact',
      'fiscal_total_revenue actual 2019 growth_pct 8 exact',
    ]);
    // So is one from a base counted back in years (比30年前).
    expect(
      facts('2019年,全县生产总值62亿元、财政总收入3.8亿元,分别比30年前增长了91倍和89倍。').map(brief),
    ).toEqual([
      'gdp actual 2019 level 6200000000 exact',
      'fiscal_total_revenue actual 2019 level 380000000 exact',
    ]);
    // Later sentences go on with the base while they name no year and no yearly comparison of their own.
    const paragraph =
      '2019年,全县生产总值120亿元,比2015年增长47%。人均生产总值6万元,增长40%。2019年,财政收入增长8%。';
    expect(facts(paragraph).map(brief)).toEqual([
      'gdp actual 2019 level 12000000000 exact',
      'gdp_per_capita actual 2019 level 60000 exact',
      'fiscal_total_revenue actual 2019 growth_pct 8 exact',
    ]);
    // Not a doubling over a base (`比2010年翻一番`): a milestone said of its own subject.
    const milestone = '全县生产总值比2012年实现翻番。财政收入达到9亿元,增长12%。居民消费价格上涨2%。';
    expect(facts(milestone).map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 900000000 exact',
      'fiscal_total_revenue actual 2019 growth_pct 12 exact',
      'cpi actual 2019 growth_pct 2 exact',
    ]);
  });

  it('reads where a change started (由…的77亿元跃升到…) as the result of the year it names', () => {
    expect(facts('全州地区生产总值由2010年的77亿元跃升到2015年的161.1亿元。').map(brief)).toEqual([
      'gdp actual 2010 level 7700000000 exact',
      'gdp actual 2015 level 16110000000 exact',
    ]);
    // So is the level a comparison gives its base year (`比1997年的20.2亿元`).
    expect(
      facts('2002年全县生产总值34.1亿元,比上年增长12.4%,比1997年的20.2亿元增长68.8%。').map(brief),
    ).toEqual([
      'gdp actual 2002 level 3410000000 exact',
      'gdp actual 2002 growth_pct 12.4 exact',
      'gdp actual 1997 level 2020000000 exact',
    ]);
  });

  it('reads a sum over the years a passage reviews as no year’s level', () => {
    const review = '过去五年,发展基础不断夯实。人均生产总值达到5.2万元;固定资产投资累计完成860亿元。';
    expect(facts(review).map(brief)).toEqual(['gdp_per_capita actual 2019 level 52000 exact']);
    // 累计 holds for the list it opens.
    expect(facts('五年来,累计完成固定资产投资900亿元、社会消费品零售总额700亿元。').map(brief)).toEqual([]);
    // Within one year's review, 累计 sums the year.
    expect(facts('一般公共预算收入完成8.6亿元,累计支出31.4亿元。').map(brief)).toEqual([
      'general_budget_revenue actual 2019 level 860000000 exact',
      'general_budget_expenditure actual 2019 level 3140000000 exact',
    ]);
    // …as it does when it opens the clause (`累计完成固定资产投资…`).
    expect(facts('全年新开工项目80个,累计完成固定资产投资30亿元,增长12%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2019 level 3000000000 exact',
      'fixed_asset_investment actual 2019 growth_pct 12 exact',
    ]);
    // A sum over the years it counts (`三年累计`) is no year's; a year named after it gives that year's figure.
    expect(facts('三年累计完成固定资产投资90亿元,年均增长10%,2019年达到35亿元,增长15%。').map(brief)).toEqual(
      [
        'fixed_asset_investment actual 2019 level 3500000000 exact',
        'fixed_asset_investment actual 2019 growth_pct 15 exact',
      ],
    );
    expect(facts('五年累计完成固定资产投资900亿元、社会消费品零售总额700亿元。').map(brief)).toEqual([]);
    // So is one over a plan's period, the tenth plan's (十五) as much as the later ones'.
    expect(facts('“十五”期间,累计完成全社会工业投入800亿元;其中2019年完成300亿元。').map(brief)).toEqual([
      'industrial_investment actual 2019 level 30000000000 exact',
    ]);
  });

  it('reads the aims a news item reports for a year to come as targets, and the rest as results', () => {
    const aims = factsOf(
      '该县提出:2010年将努力实现全县生产总值增长12%,地方财政一般预算收入增长15%。',
      'body',
      2010,
    );
    expect(aims.map(brief)).toEqual([
      'gdp target 2010 growth_pct 12 exact',
      'general_budget_revenue target 2010 growth_pct 15 exact',
    ]);
    // A meeting that settles the year's goals, after a paragraph that opened on the year before:
    // the goals are the news's year's, however the meeting is named.
    const settled = factsOf(
      '2009年全市生产总值增长12%。为此,市委经济工作会议还确定了财政收入增长10%、全社会固定资产投资增长20%等目标。',
      'body',
      2010,
    );
    expect(settled.map(brief)).toEqual([
      'gdp actual 2009 growth_pct 12 exact',
      'fiscal_total_revenue target 2010 growth_pct 10 exact',
      'fixed_asset_investment target 2010 growth_pct 20 exact',
    ]);
    // A year's result, or a plan's size without goal words, stays what happened.
    expect(factsOf('2010年全县生产总值增长12%。', 'body', 2010).map(brief)).toEqual([
      'gdp actual 2010 growth_pct 12 exact',
    ]);
  });

  it('reads an aim that opens a list of figures as the aim of every item, for the year the news goes on to', () => {
    // A news item on a year gone by says which year it turns to, then lists that year's aims
    // under one 力争.
    const story =
      '2010年,全县生产总值达到40亿元。\n2011年是新规划的第一年,全县将加快发展。\n一是抓项目。全年力争生产总值增长13%,税收收入增长20%,全社会固定资产投资增长22%;引进项目30个。';
    expect(factsOf(story, 'body', 2010).map(brief)).toEqual([
      'gdp actual 2010 level 4000000000 exact',
      'gdp target 2011 growth_pct 13 exact',
      'tax_revenue target 2011 growth_pct 20 exact',
      'fixed_asset_investment target 2011 growth_pct 22 exact',
    ]);
    // A goal named in a later item is what that item is measured against, no aim of the list.
    const measured = factsOf('全县经济增长6%,与年初的目标略有差距,但生产总值达到50亿元。', 'body', 2010);
    expect(measured.map(brief)).toContain('gdp actual 2010 level 5000000000 exact');
    // A sentence opening on its aim holds one list past its semicolons; a result's cue in an item
    // still ends it.
    const semicolons = factsOf(
      '力争2010年实现全县生产总值80亿元,增长15%;完成固定资产投资60亿元;地方财政收入增长12%。',
      'body',
      2010,
    );
    expect(semicolons.map(brief)).toEqual([
      'gdp target 2010 level 8000000000 exact',
      'gdp target 2010 growth_pct 15 exact',
      'fixed_asset_investment target 2010 level 6000000000 exact',
      'general_budget_revenue target 2010 growth_pct 12 exact',
    ]);
    const reported = factsOf('力争2010年全县生产总值增长15%;全年完成了财政收入8亿元。', 'body', 2010);
    expect(reported.map(brief)).toEqual([
      'gdp target 2010 growth_pct 15 exact',
      'fiscal_total_revenue actual 2010 level 800000000 exact',
    ]);
  });

  it('reads a quotation of figures named as the year’s targets, before its opening or after its close (or a list cut short)', () => {
    const after = relayed(
      '蓝图已绘就。“生产总值增长6%左右,固定资产投资增长7%……”今年全市的主要预期目标已确定。',
      2025,
    );
    expect(after.map(brief)).toEqual([
      'gdp target 2025 growth_pct 6 about',
      'fixed_asset_investment target 2025 growth_pct 7 exact',
    ]);
    const before = relayed('明确目标,再出发!“生产总值增长6%,社会消费品零售总额增长8%', 2020);
    expect(before.map(brief)).toEqual([
      'gdp target 2020 growth_pct 6 exact',
      'retail_sales target 2020 growth_pct 8 exact',
    ]);
    // A quotation of targets met is no year's goal.
    const met = relayed('“生产总值增长6%,投资增长7%”的预期目标圆满完成。', 2020);
    expect(met.filter((f) => f.kind === 'target')).toEqual([]);
    // A list cut short by an ellipsis that the words after it name as the year's goals.
    const listed = relayed(
      '生产总值增长8%,CPI控制在3%左右……市长所作的政府工作报告中,今年的一系列发展目标格外醒目。',
      2012,
    );
    expect(listed.map(brief)).toEqual([
      'gdp target 2012 growth_pct 8 exact',
      'cpi target 2012 growth_pct 3 about',
    ]);
  });

  it('does not read a cue inside a longer word (the 要 of 主要, the 将 of 将近)', () => {
    const said = relayed('主要经济指标迈上新台阶,财政总收入突破800亿元。', 2010);
    expect(said.map(brief)).toEqual(['fiscal_total_revenue actual 2009 level 80000000000 at_least']);
    expect(said[0]!.reason).not.toContain('要');
  });

  it('does not take the goal a result is measured against for a cue of the next figure', () => {
    // News relaying a report: no section says which figures are results.
    const said = relayed(
      '城镇登记失业率3.5%,控制在预期4.5%以内;居民消费价格涨幅1.1%,控制在预期3%以内。',
      2018,
    );
    expect(said.map(brief)).toEqual([
      'registered_unemployment_rate actual 2017 rate_pct 3.5 exact',
      'registered_unemployment_rate target 2017 rate_pct 4.5 at_most',
      'cpi actual 2017 growth_pct 1.1 exact',
      'cpi target 2017 growth_pct 3 at_most',
    ]);
  });

  it('reads the target a reviewed year had set beside its result', () => {
    expect(facts('城镇登记失业率3.1%,控制在预期4%以内。').map(brief)).toEqual([
      'registered_unemployment_rate actual 2019 rate_pct 3.1 exact',
      'registered_unemployment_rate target 2019 rate_pct 4 at_most',
    ]);
    expect(facts('单位生产总值能耗下降4.2%,好于下降3%的预期。').map(brief)).toEqual([
      'energy_intensity actual 2019 growth_pct -4.2 exact',
      'energy_intensity target 2019 growth_pct -3 exact',
    ]);
    expect(facts('居民消费价格上涨1.8%,比预期目标低1.2个百分点。').map(brief)).toEqual([
      'cpi actual 2019 growth_pct 1.8 exact',
      'cpi target 2019 growth_pct 3 exact',
    ]);
    expect(facts('地区生产总值增长9.6%,增幅比预期目标高出1.6个百分点。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 9.6 exact',
      'gdp target 2019 growth_pct 8 exact',
    ]);
    // The year's target (年度目标), as a plan's report names it.
    expect(facts('地区生产总值增长7.9%,高于年度目标0.4个百分点。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 7.9 exact',
      'gdp target 2019 growth_pct 7.5 exact',
    ]);
    // A result that met a goal of its own figure, in spite of all (仍), states both; a goal to meet does not.
    expect(facts('税收收入仍实现了增长5%的既定目标。').map(brief)).toEqual([
      'tax_revenue actual 2019 growth_pct 5 exact',
      'tax_revenue target 2019 growth_pct 5 exact',
    ]);
    expect(facts('确保实现税收收入增长5%的目标。', 'targets').map(brief)).toEqual([
      'tax_revenue target 2020 growth_pct 5 exact',
    ]);
    // A goal named by its figure and then said to be met (`…的目标圆满完成`) is the goal alone; one
    // aimed at (确保…的目标顺利实现) is still to meet.
    expect(facts('年初提出的财政总收入8亿元的目标圆满完成。').map(brief)).toEqual([
      'fiscal_total_revenue target 2019 level 800000000 exact',
    ]);
    expect(facts('确保生产总值增长7%的目标顺利实现。', 'targets').map(brief)).toEqual([
      'gdp target 2020 growth_pct 7 exact',
    ]);
    // …and a range met as the year's goal (实现了7%~7.5%的年度预期目标).
    expect(facts('全县生产总值比上年增长7.2%,实现了7%~7.5%的年度预期目标。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 7.2 exact',
      'gdp target 2019 growth_pct 7 range',
    ]);
    // The goal may be named by a bare 目标 after its figure and qualifier (批准增长6%以上目标).
    expect(
      facts(
        '地区生产总值增长7%,完成人代会批准增长6%以上目标;城镇登记失业率2.5%,完成批准的控制在4%以内目标。',
      ).map(brief),
    ).toEqual([
      'gdp actual 2019 growth_pct 7 exact',
      'gdp target 2019 growth_pct 6 at_least',
      'registered_unemployment_rate actual 2019 rate_pct 2.5 exact',
      'registered_unemployment_rate target 2019 rate_pct 4 at_most',
    ]);
    // So does an amount of a goal met, or exceeded, with no verb's 了 (超额完成…市定目标).
    expect(facts('工业投资超额完成60亿元市定目标。').map(brief)).toEqual([
      'industrial_investment actual 2019 level 6000000000 exact',
      'industrial_investment target 2019 level 6000000000 exact',
    ]);
    // …or the year's task a higher level set, beside the result (`超额完成省下达的…年度任务`).
    expect(facts('城镇新增就业6.2万人,超额完成省下达的5万人年度任务。').map(brief)).toEqual([
      'new_urban_jobs actual 2019 level 62000 exact',
      'new_urban_jobs target 2019 level 50000 exact',
    ]);
    // `低于预期的8%`; a cause's opening (由于) and `仅为` frame the result.
    expect(facts('由于2018年全县生产总值增速仅为5.1%,低于预期的7%,今年更重稳定。').map(brief)).toEqual([
      'gdp actual 2018 growth_pct 5.1 exact',
      'gdp target 2018 growth_pct 7 exact',
    ]);
    // `高出计划…个百分点`: the margin over the plan.
    expect(facts('地区生产总值增长8.5%,高出计划0.5个百分点。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 8.5 exact',
      'gdp target 2019 growth_pct 8 exact',
    ]);
    // The target's clause may name its statistic again, not another one.
    expect(facts('地区生产总值增长7.1%,超过年初确定的地区生产总值增长6.5%的目标。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 7.1 exact',
      'gdp target 2019 growth_pct 6.5 exact',
    ]);
    // A comparison opened on the goal (比预期目标高…, its comma lost) sets no goal for the figures after it.
    expect(facts('又有1.2万人实现就业比预期目标高20%,城镇登记失业率控制在3.8%。').map(brief)).toEqual([
      'registered_unemployment_rate actual 2019 rate_pct 3.8 at_most',
    ]);
    // Noted in brackets, past the result's gap to a wider place and its rank.
    expect(
      facts('地区生产总值增长6.2%,高于全市0.5个百分点,排名全市第2位(预期目标为7%以上)。').map(brief),
    ).toEqual(['gdp actual 2019 growth_pct 6.2 exact', 'gdp target 2019 growth_pct 7 at_least']);
  });

  it('works out a reviewed year’s target from the margin its result beat it by', () => {
    expect(facts('地区生产总值增长8%,超目标任务1个百分点。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 8 exact',
      'gdp target 2019 growth_pct 7 exact',
    ]);
    expect(facts('固定资产投资完成20亿元,超额完成年度任务1.5亿元,增长9%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2019 level 2000000000 exact',
      'fixed_asset_investment target 2019 level 1850000000 exact',
      'fixed_asset_investment actual 2019 growth_pct 9 exact',
    ]);
    // Not from another subject's margin (农业投资) in the next clause.
    expect(facts('固定资产投资完成77亿元,超额完成年初预定目标;农业投资超目标2亿元。').map(brief)).toEqual([
      'fixed_asset_investment actual 2019 level 7700000000 exact',
    ]);
  });

  it('reads no value in the margin a result passed its stated target by (比目标…超过/多…)', () => {
    expect(facts('财政总收入由2013年的30亿元增加到52亿元,比规划目标40亿元超过12亿元。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2013 level 3000000000 exact',
      'fiscal_total_revenue actual 2019 level 5200000000 exact',
      'fiscal_total_revenue target 2019 level 4000000000 exact',
    ]);
    // `多` before the margin's figure is the comparison's word, not the target's qualifier.
    expect(facts('财政总收入52亿元,比年初目标40亿元多12亿元。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 5200000000 exact',
      'fiscal_total_revenue target 2019 level 4000000000 exact',
    ]);
  });

  it('says which figure is on a comparable basis when both are given', () => {
    const stated = facts('一般公共预算收入下降6%,同口径增长3.5%。');
    expect(stated.map((f) => [brief(f), f.basis])).toEqual([
      ['general_budget_revenue actual 2019 growth_pct -6 exact', 'reported'],
      ['general_budget_revenue actual 2019 growth_pct 3.5 exact', 'comparable'],
    ]);
    expect(facts('地区生产总值增长6%。')[0]!.basis).toBeNull();
    // The other basis in brackets after the figure.
    expect(
      facts('地方一般公共预算收入同口径增长8.2%(自然增长2.1%)。').map((f) => [brief(f), f.basis]),
    ).toEqual([
      ['general_budget_revenue actual 2019 growth_pct 8.2 exact', 'comparable'],
      ['general_budget_revenue actual 2019 growth_pct 2.1 exact', 'reported'],
    ]);
    // A year in what the comparable basis leaves out is not the figures' year.
    expect(
      facts(
        '固定资产投资下降9%,扣除2017年大项目基数较大因素影响,可比增长4%;城镇居民人均可支配收入增长6%。',
      ).map(brief),
    ).toEqual([
      'fixed_asset_investment actual 2019 growth_pct -9 exact',
      'fixed_asset_investment actual 2019 growth_pct 4 exact',
      'urban_income_per_capita actual 2019 growth_pct 6 exact',
    ]);
    // What a figure leaves out (a price rise, a tax cut) puts it on another basis than the published one.
    const leftOut = facts(
      '城镇居民人均可支配收入增长9%,扣除价格因素实际增长6.5%;税收收入增长2%,剔除留抵退税后增长7%。',
    );
    expect(leftOut.map((f) => [brief(f), f.basis])).toEqual([
      ['urban_income_per_capita actual 2019 growth_pct 9 exact', 'reported'],
      ['urban_income_per_capita actual 2019 growth_pct 6.5 exact', 'comparable'],
      ['tax_revenue actual 2019 growth_pct 2 exact', 'reported'],
      ['tax_revenue actual 2019 growth_pct 7 exact', 'comparable'],
    ]);
    // Growth at comparable prices beside growth at current prices.
    const prices = facts('地区生产总值可比增长2.5%、现价增长3.5%。');
    expect(prices.map((f) => [brief(f), f.basis])).toEqual([
      ['gdp actual 2019 growth_pct 2.5 exact', 'comparable'],
      ['gdp actual 2019 growth_pct 3.5 exact', 'reported'],
    ]);
  });

  it('records what decided a figure’s kind and year', () => {
    const [target] = facts('今年主要预期目标是:地区生产总值增长6%左右。', 'targets');
    expect(target!.reason).toContain('targets section');
    const [stated] = factsOf('2018年,全县生产总值增长6.8%。', 'body', 2020).filter(
      (f) => f.indicator === 'gdp',
    );
    expect(stated!.year).toBe(2018);
  });

  it('reads figures stated without a unit: a sector structure, a price index, no change', () => {
    expect(facts('三次产业结构由上年的12.1:47.6:40.3调整为11.3:46.9:41.8。').map(brief)).toEqual([
      'primary_industry_share actual 2018 rate_pct 12.1 exact',
      'secondary_industry_share actual 2018 rate_pct 47.6 exact',
      'services_share actual 2018 rate_pct 40.3 exact',
      'primary_industry_share actual 2019 rate_pct 11.3 exact',
      'secondary_industry_share actual 2019 rate_pct 46.9 exact',
      'services_share actual 2019 rate_pct 41.8 exact',
    ]);
    expect(facts('三次产业结构为12:30:40。')).toEqual([]); // shares that do not add up to 100
    expect(facts('居民消费价格指数为102.4,社会消费品零售总额与上年持平。').map(brief)).toEqual([
      'cpi actual 2019 growth_pct 2.4 exact',
      'retail_sales actual 2019 growth_pct 0 exact',
    ]);
    expect(factsOf('固定资产投资与上年度持平。', 'targets').map(brief)).toEqual([
      'fixed_asset_investment target 2018 growth_pct 0 exact',
    ]);
  });

  it('leaves figures of a city or zone inside the region to that place', () => {
    const province: Region = {
      code: '440000',
      name: '广东省',
      level: 'province',
      parent_code: null,
      parent_name: null,
      province_name: '广东省',
    };
    const read = (text: string) =>
      readAs(text, 'review', { region: province, reportYear: 2024, bodyOffset: 0 }).map(brief);
    expect(read('全省地区生产总值增长5%,广州地区生产总值突破3万亿元。')).toEqual([
      'gdp actual 2023 growth_pct 5 exact',
    ]);
    expect(read('高新区实现工业总产值800亿元;完成地区生产总值300亿元。')).toEqual([]);
    // A zone's own text calls it by its kind's word: a district named as a zone (浦东新区) by 新区, an
    // industrial park (苏州工业园区) by 园区, a zone named in full (长春高新技术产业开发区) by its short form.
    const readIn = (code: string, text: string) =>
      readAs(text, 'review', { region: regionByCode(code)!, reportYear: 2019, bodyOffset: 0 }).map(brief);
    expect(readIn('310115', '新区生产总值比上年增长9.7%。')).toEqual([
      'gdp actual 2018 growth_pct 9.7 exact',
    ]);
    expect(readIn('320576', '园区实现地区生产总值2100亿元,增长5%。')).toEqual([
      'gdp actual 2018 level 210000000000 exact',
      'gdp actual 2018 growth_pct 5 exact',
    ]);
    expect(readIn('220173', '高新区实现地区生产总值680亿元,增长6%。')).toEqual([
      'gdp actual 2018 level 68000000000 exact',
      'gdp actual 2018 growth_pct 6 exact',
    ]);
    // A city opening a sentence is the subject of its every clause, not only the first.
    expect(read('其中,深圳预计实现地区生产总值3.6万亿元,增长6%。全省外贸进出口增长3%。')).toEqual([
      'foreign_trade actual 2023 growth_pct 3 exact',
    ]);
  });

  it('leaves a figure of the province a county lies in to it where the province opens its clause', () => {
    // (`county` is 庆元县 of 丽水, 浙江; named in passing, they leave the county its figure.)
    expect(facts('今年浙江经济增长预期目标6.5%以上。获评浙江示范县,全县生产总值增长7%。').map(brief)).toEqual(
      ['gdp actual 2019 growth_pct 7 exact'],
    );
    expect(facts('根据丽水统一核算结果,全县生产总值增长7%。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 7 exact',
    ]);
  });

  it('reads past a news dateline: the place a story was filed from is not its figures’ place', () => {
    // (`county` is 庆元县 of 浙江; 杭州 is another city.)
    expect(facts('新华社杭州1月12日电(记者某某) 全县预计地区生产总值95亿元,增长7.6%。').map(brief)).toEqual([
      'gdp actual 2019 level 9500000000 exact',
      'gdp actual 2019 growth_pct 7.6 exact',
    ]);
  });

  it('reads a quotation opening before a subject as the start of its phrase', () => {
    expect(facts('记者从县统计局获悉“2019年庆元预计地区生产总值95亿元,增长7.6%。”').map(brief)).toEqual([
      'gdp actual 2019 level 9500000000 exact',
      'gdp actual 2019 growth_pct 7.6 exact',
    ]);
  });

  it('leaves the sectors of a part of the economy (其中 after 民营经济增加值) to that part', () => {
    const text =
      '全年地区生产总值200亿元。其中,第一产业增加值30亿元。\n全年民营经济增加值120亿元,占GDP比重为60%。其中,第一产业增加值18亿元;第二产业增加值50亿元。';
    expect(facts(text).map(brief)).toEqual([
      'gdp actual 2019 level 20000000000 exact',
      'agriculture_value_added actual 2019 level 3000000000 exact',
    ]);
  });

  it('leaves changes over several years out of a year', () => {
    expect(facts('五年来,全县经济总量实现翻番,地区生产总值增长8%。').map(brief)).toEqual([]);
    // The level a change reaches is the year's; the growth over the span is not.
    expect(facts('地区生产总值从60亿元增加到95亿元,增长58%。').map(brief)).toEqual([
      'gdp actual 2019 level 9500000000 exact',
    ]);
    expect(facts('过去五年成绩显著,2019年全县地区生产总值增长8%。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 8 exact',
    ]);
  });

  it('reads a bare multiplier in its indicator’s unit, and growth in multiples', () => {
    expect(facts('地方财政收入176亿,工业增加值增长1.5倍。').map(brief)).toEqual([
      'general_budget_revenue actual 2019 level 17600000000 exact',
      'industrial_value_added actual 2019 growth_pct 150 exact',
    ]);
  });

  it('leaves a growth in multiples since a named year out of a year', () => {
    expect(facts('税收收入完成30亿元,比上年增长9%,是2010年的2.1倍。').map(brief)).toEqual([
      'tax_revenue actual 2019 level 3000000000 exact',
      'tax_revenue actual 2019 growth_pct 9 exact',
    ]);
    expect(facts('地区生产总值从2014年的40亿元增加到2019年的70亿元,增长75%。').map(brief)).toEqual([
      'gdp actual 2014 level 4000000000 exact',
      'gdp actual 2019 level 7000000000 exact',
    ]);
  });

  it('reads a sector named before its verb and value added, and the three sectors with 分别 inside', () => {
    expect(facts('第二产业完成增加值40亿元,增长6%。').map(brief)).toEqual([
      'secondary_industry_value_added actual 2019 level 4000000000 exact',
      'secondary_industry_value_added actual 2019 growth_pct 6 exact',
    ]);
    expect(facts('86家规模以上工业企业实现增加值12亿元。').map(brief)).toEqual([
      'industrial_value_added actual 2019 level 1200000000 exact',
    ]);
    // …the value added named in full after the verb too.
    expect(facts('86家规模以上工业企业预计完成工业增加值12亿元。').map(brief)).toEqual([
      'industrial_value_added actual 2019 level 1200000000 exact',
    ]);
    expect(facts('全部工业完成增加值31亿元,增长7%。').map(brief)).toEqual([
      'industrial_value_added actual 2019 level 3100000000 exact',
      'industrial_value_added actual 2019 growth_pct 7 exact',
    ]);
    expect(facts('全县一、二、三产业分别实现增加值5亿元、30亿元和25亿元。').map(brief)).toEqual([
      'agriculture_value_added actual 2019 level 500000000 exact',
      'secondary_industry_value_added actual 2019 level 3000000000 exact',
      'services_value_added actual 2019 level 2500000000 exact',
    ]);
  });

  it('leaves the country’s and the province’s figures in a county’s report to them', () => {
    expect(
      facts('全国国内生产总值增长6%,全省地区生产总值增长7%,全县地区生产总值增长8%。').map(brief),
    ).toEqual(['gdp actual 2019 growth_pct 8 exact']);
    // A rank in the province is the county's own figure's.
    expect(facts('地区生产总值增长8%、居全省第二,全省第一的财政总收入达到20亿元。').map(brief)).toContain(
      'gdp actual 2019 growth_pct 8 exact',
    );
  });

  it('reads 人均 right after GDP’s figure as GDP per head, and both incomes growing in step', () => {
    expect(facts('全县地区生产总值200亿元,增长8%,人均5.6万元。').map(brief)).toEqual([
      'gdp actual 2019 level 20000000000 exact',
      'gdp actual 2019 growth_pct 8 exact',
      'gdp_per_capita actual 2019 level 56000 exact',
    ]);
    // Past a semicolon too, where the list of results goes on.
    expect(facts('全县地区生产总值200亿元,增长8%;人均5.6万元,增长7%。').map(brief)).toEqual([
      'gdp actual 2019 level 20000000000 exact',
      'gdp actual 2019 growth_pct 8 exact',
      'gdp_per_capita actual 2019 level 56000 exact',
      'gdp_per_capita actual 2019 growth_pct 7 exact',
    ]);
    expect(facts('农民人均纯收入1.2万元,增长9%,人均储蓄3万元。').map(brief)).not.toContain(
      'gdp_per_capita actual 2019 level 30000 exact',
    );
    expect(
      facts('城镇居民人均可支配收入、农民人均纯收入分别达到3万元、1.2万元,同步增长9%。').map(brief),
    ).toEqual([
      'urban_income_per_capita actual 2019 level 30000 exact',
      'rural_net_income_per_capita actual 2019 level 12000 exact',
      'urban_income_per_capita actual 2019 growth_pct 9 exact',
      'rural_net_income_per_capita actual 2019 growth_pct 9 exact',
    ]);
  });

  it('reads a city district’s value added as its output', () => {
    expect(facts('全区实现增加值72亿元,增长9%;区增加值中服务业占八成。').map(brief)).toEqual([
      'gdp actual 2019 level 7200000000 exact',
      'gdp actual 2019 growth_pct 9 exact',
    ]);
    expect(facts('地区增加值增长8%,开发区增加值增长20%。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 8 exact',
    ]);
    // A zone singled out in a year, its main figures listed after (`其中,2021年某开发区主要经济指标…`).
    expect(
      facts('其中,2018年青山经济开发区主要经济指标成绩喜人,地区生产总值、固定资产投资分别增长30%、20%。').map(
        brief,
      ),
    ).toEqual([]);
    // A zone as the topic a short verdict opens on, before its figures (`工业园区提质增效,完成…`).
    expect(
      facts('全县固定资产投资增长7%。工业园区提质增效,完成规上工业总产值20亿元,增长6%。').map(brief),
    ).toEqual(['fixed_asset_investment actual 2019 growth_pct 7 exact']);
    // A sentence opening on the verb has the place as its subject; a sector before it keeps its own.
    expect(facts('实现增加值50亿元,增长7%。').map(brief)).toEqual([
      'gdp actual 2019 level 5000000000 exact',
      'gdp actual 2019 growth_pct 7 exact',
    ]);
    expect(facts('工业企业完成产值50亿元,实现增加值12亿元。').map(brief)).toEqual([]);
  });

  it('reads a figure followed by its rank as the figure of the subject before it', () => {
    expect(
      facts('全市地区生产总值突破500亿元大关,达到520亿元、全省第三,增长7%、居全省第二。').map(brief),
    ).toEqual(['gdp actual 2019 level 52000000000 exact', 'gdp actual 2019 growth_pct 7 exact']);
    // A place among the first so many (`稳居全国前十强`).
    expect(facts('全市地区生产总值达到3200亿元、稳居全国前十强、增长5.1%。').map(brief)).toEqual([
      'gdp actual 2019 level 320000000000 exact',
      'gdp actual 2019 growth_pct 5.1 exact',
    ]);
    // A place kept (`继续保持全省前五`) after the subject's total in a clause of its own.
    expect(facts('全市地区生产总值增长5.2%,总量860亿元左右、继续保持全省前五。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 5.2 exact',
      'gdp actual 2019 level 86000000000 about',
    ]);
  });

  it('reads a revenue stated twice as its whole and its local part, the larger the whole', () => {
    expect(facts('财政一般预算收入30亿元,增长9%,其中地方财政收入16亿元,增长7%。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 3000000000 exact',
      'fiscal_total_revenue actual 2019 growth_pct 9 exact',
      'general_budget_revenue actual 2019 level 1600000000 exact',
      'general_budget_revenue actual 2019 growth_pct 7 exact',
    ]);
    // Not where the sentence names the whole itself, nor over a figure of another place.
    expect(facts('财政总收入40亿元,公共财政收入30亿元,地方公共财政收入16亿元。').map(brief)).toContain(
      'general_budget_revenue actual 2019 level 3000000000 exact',
    );
    expect(facts('地方公共财政收入16亿元,增长8%;甲乡、乙乡地方公共财政收入突破1亿元。').map(brief)).toEqual([
      'general_budget_revenue actual 2019 level 1600000000 exact',
      'general_budget_revenue actual 2019 growth_pct 8 exact',
    ]);
  });

  it('reads a figure stated as a circumstance (在…的情况下) and news’s 该省 as the region’s own', () => {
    expect(facts('在固定资产投资增长3.2%、低于预期的情况下,实现地区生产总值增长6.1%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2019 growth_pct 3.2 exact',
      'gdp actual 2019 growth_pct 6.1 exact',
    ]);
    // Past a circumstance whose own figure came just before, the figure goes on with the subject
    // named before the circumstance opened.
    expect(facts('完成地方财政收入40.2亿元,在土地收入下降9%的情况下,仍增长5%。').map(brief)).toEqual([
      'general_budget_revenue actual 2019 level 4020000000 exact',
      'general_budget_revenue actual 2019 growth_pct 5 exact',
    ]);
    // A qualifier before the name still makes another statistic.
    expect(facts('交通固定资产投资增长3.2%。').map(brief)).toEqual([]);
    expect(facts('该县地区生产总值增长6.1%。').map(brief)).toEqual(['gdp actual 2019 growth_pct 6.1 exact']);
    // Revenue raised in the region, the region named after 来源于.
    expect(facts('来源于庆元财政总收入12.5亿元、增长6%。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 1250000000 exact',
      'fiscal_total_revenue actual 2019 growth_pct 6 exact',
    ]);
    // Public revenue raised in the region with its local part after it: the wider is the total.
    expect(facts('来自庆元的公共财政收入15亿元,其中地方公共财政收入6亿元。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 1500000000 exact',
      'general_budget_revenue actual 2019 level 600000000 exact',
    ]);
    // The total under the budget's older names: 公共财政预算总收入, Shenzhen's 辖区公共财政收入.
    expect(facts('公共财政预算总收入20.5亿元;辖区公共财政收入30亿元。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 2050000000 exact',
      'fiscal_total_revenue actual 2019 level 3000000000 exact',
    ]);
  });

  it('reads industry’s growth said without its noun (规上工业增长8%) as its value added’s', () => {
    expect(facts('规上工业增长8%,高于全省2个百分点。').map(brief)).toEqual([
      'industrial_value_added actual 2019 growth_pct 8 exact',
    ]);
    expect(facts('规上工业企业达到120家。').map(brief)).toEqual([]);
  });

  it('lets a wider statistic stand in only where the report gives none under the own name', () => {
    // All industry's growth gives way to the 规上 growth of the same year; its level, stated alone, stays.
    expect(
      facts('全部工业增加值21亿元,同比增长4%。新培育企业5家,规模以上工业增加值增长8.2%。').map(brief),
    ).toEqual([
      'industrial_value_added actual 2019 level 2100000000 exact',
      'industrial_value_added actual 2019 growth_pct 8.2 exact',
    ]);
    expect(facts('工业总产值88亿元,其中规上工业总产值61亿元。').map(brief)).toEqual([
      'industrial_gross_output actual 2019 level 6100000000 exact',
    ]);
    // Trade and exports without 总 or with the older 总值, energy per 10,000 yuan of value added,
    // and the air quality index named in brackets.
    expect(
      facts(
        '货物进出口额3000万元,增长40%;外贸出口总值2.2亿元;万元增加值综合能耗下降1.5%;环境空气质量(AQI)优良率达到80.5%。',
      ).map(brief),
    ).toEqual([
      'foreign_trade actual 2019 level 30000000 exact',
      'foreign_trade actual 2019 growth_pct 40 exact',
      'exports actual 2019 level 220000000 exact',
      'energy_intensity actual 2019 growth_pct -1.5 exact',
      'air_quality_good_rate actual 2019 rate_pct 80.5 exact',
    ]);
    // Industry's investment as Jiangsu names it (工业投入), and new urban jobs counted as people.
    expect(facts('其中工业投入150亿元,增长12%;新增城镇就业人口2.1万人。').map(brief)).toEqual([
      'industrial_investment actual 2019 level 15000000000 exact',
      'industrial_investment actual 2019 growth_pct 12 exact',
      'new_urban_jobs actual 2019 level 21000 exact',
    ]);
    // Older reviews drop 社会 and 总 from retail sales; a part of them is still no total.
    expect(facts('实现消费品零售额176亿元,按可比口径增长8%。').map(brief)).toEqual([
      'retail_sales actual 2019 level 17600000000 exact',
      'retail_sales actual 2019 growth_pct 8 exact',
    ]);
    expect(facts('农村消费品零售额30亿元。').map((f) => f.indicator)).not.toContain('retail_sales');
    expect(facts('社会消费零售增长1.9%。').map(brief)).toEqual([
      'retail_sales actual 2019 growth_pct 1.9 exact',
    ]);
    // So do industry's sales as a whole.
    expect(facts('完成工业销售产值150亿元,增长9%。').map(brief)).toEqual([
      'industrial_sales_value actual 2019 level 15000000000 exact',
      'industrial_sales_value actual 2019 growth_pct 9 exact',
    ]);
    expect(facts('工业销售产值150亿元,其中规模以上工业销售产值120亿元。').map(brief)).toEqual([
      'industrial_sales_value actual 2019 level 12000000000 exact',
    ]);
    // A target under the wider word is no result's stand-in.
    expect(facts('工业增加值增长6%。今年预期目标:规模以上工业增加值增长7%。').map(brief)).toHaveLength(2);
  });

  it('reads a sector’s share of GDP said after its figures as the share’s indicator', () => {
    expect(facts('第三产业增加值300亿元,增长9%,占地区生产总值的比重为52%。').map(brief)).toEqual([
      'services_value_added actual 2019 level 30000000000 exact',
      'services_value_added actual 2019 growth_pct 9 exact',
      'services_share actual 2019 rate_pct 52 exact',
    ]);
    expect(facts('第一产业增加值20亿元,占GDP比重8%。').map(brief)).toContain(
      'primary_industry_share actual 2019 rate_pct 8 exact',
    );
    // Services' growth said without its noun, and its share of a district's 全区增加值 (its output).
    expect(facts('地区增加值增长8%,其中服务业增长9%,占全区增加值的81%。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 8 exact',
      'services_value_added actual 2019 growth_pct 9 exact',
      'services_share actual 2019 rate_pct 81 exact',
    ]);
    expect(facts('现代服务业增长12%。').map(brief)).toEqual([]);
    // A statistic with no share indicator keeps none.
    expect(facts('财政总收入30亿元,占地区生产总值比重12%。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 3000000000 exact',
    ]);
  });

  it('reads a digest’s targets lead joined by a dash (主要预期目标——地区生产总值…)', () => {
    expect(facts('2020年主要预期目标——地区生产总值增长6%左右。', 'targets').map(brief)).toEqual([
      'gdp target 2020 growth_pct 6 about',
    ]);
  });

  it('dates relayed news figures by the year their paragraph opens on, not the year the report plans', () => {
    const text =
      '2020年,全县上下经受住了考验。县长在报告中用“来之不易”概括这一年。一是全县地区生产总值增长3.5%;二是固定资产投资增长9.2%。';
    expect(relayed(text, 2020).map(brief)).toEqual([
      'gdp actual 2020 growth_pct 3.5 exact',
      'fixed_asset_investment actual 2020 growth_pct 9.2 exact',
    ]);
    expect(relayed(text, 2020)[0]!.reason).toContain('year 2020 its paragraph opens on');
    // A date is no frame; the report's review year stays.
    expect(relayed(text.replace('2020年,', '2020年10月,'), 2020).map(brief)).toEqual([
      'gdp actual 2019 growth_pct 3.5 exact',
      'fixed_asset_investment actual 2019 growth_pct 9.2 exact',
    ]);
    // Goals the paragraph sets stay goals.
    expect(relayed('2021年,全县将开好局。力争地区生产总值增长7%左右。', 2021).map(brief)).toEqual([
      'gdp target 2021 growth_pct 7 about',
    ]);
  });

  it('reads relayed news under the year gone by its paragraph opens on as that year’s results', () => {
    const text =
      '县长在报告中说,过去的一年,是全县发展极为困难的一年。全县上下共同努力,确保了各项工作目标的实现,完成地区生产总值300亿元,增长6%。';
    expect(relayed(text, 2020).map(brief)).toEqual([
      'gdp actual 2019 level 30000000000 exact',
      'gdp actual 2019 growth_pct 6 exact',
    ]);
    // This year said at the paragraph's opening (a December session's 今年来) does not make a later
    // sentence's estimate a goal.
    expect(
      relayed('县长说,今年来全县经济稳步回升。预计全年完成地区生产总值300亿元。', 2020).map(brief),
    ).toEqual(['gdp actual 2019 level 30000000000 exact']);
  });

  it('reads the targets a news item says the goals include (主要预期目标包括地区生产总值…)', () => {
    expect(
      facts('会上提出,今年发展的主要预期目标包括地区生产总值增长6%左右。', 'targets').map(brief),
    ).toEqual(['gdp target 2020 growth_pct 6 about']);
    // Or says they are set at (定为), its own scope between.
    expect(facts('2020年全县社会发展主要目标定为GDP增长6%左右。', 'targets').map(brief)).toEqual([
      'gdp target 2020 growth_pct 6 about',
    ]);
    // Or names them with the work it proposes (主要预期目标及重点工作建议是).
    expect(
      facts('今年发展主要预期目标及重点工作建议是地区生产总值增长6%左右。', 'targets').map(brief),
    ).toEqual(['gdp target 2020 growth_pct 6 about']);
  });

  it('reads a rate named as a growth after it (实现8%以上的增长)', () => {
    expect(
      facts('固定资产投资力争实现12%以上的增长,社会消费品零售总额保持9%左右的较快增长。', 'targets').map(
        brief,
      ),
    ).toEqual([
      'fixed_asset_investment target 2020 growth_pct 12 at_least',
      'retail_sales target 2020 growth_pct 9 about',
    ]);
    // 的 may be left out (`均实现30%以上增长`).
    expect(facts('固定资产投资实现12%以上增长。').map(brief)).toEqual([
      'fixed_asset_investment actual 2019 growth_pct 12 at_least',
    ]);
    expect(facts('确保地区生产总值实现7%以上的增速。', 'targets').map(brief)).toEqual([
      'gdp target 2020 growth_pct 7 at_least',
    ]);
    // A rate followed by other words stays a rate.
    expect(facts('城镇化率达到58%的水平。').map(brief)).toEqual([
      'urbanization_rate actual 2019 rate_pct 58 exact',
    ]);
  });

  it('reads a start named with its date whatever verb a conversion left after it', () => {
    expect(facts('三次产业结构由2015年的20:40:40调整18:41:41。').map(brief).slice(0, 3)).toEqual([
      'primary_industry_share actual 2015 rate_pct 20 exact',
      'secondary_industry_share actual 2015 rate_pct 40 exact',
      'services_share actual 2015 rate_pct 40 exact',
    ]);
  });

  it('reads the growth after a rank’s move (从全省第10位跃升至第8位) as the year’s, not a change over years', () => {
    expect(facts('地区生产总值完成320亿元,总量从全省第12位跃升至第9位,增长6.4%。').map(brief)).toEqual([
      'gdp actual 2019 level 32000000000 exact',
      'gdp actual 2019 growth_pct 6.4 exact',
    ]);
    // A level's move still spans years.
    expect(facts('地区生产总值从200亿元跃升至320亿元,增长60%。').map(brief)).not.toContain(
      'gdp actual 2019 growth_pct 60 exact',
    );
  });

  it('carries a change’s start year to the changes in the sentences after it, in its paragraph', () => {
    const text = '全县生产总值由2012年的80亿元增加到2017年的120亿元。一般公共预算收入由5亿元增加到9亿元。';
    expect(factsOf(text).map(brief)).toEqual([
      'gdp actual 2012 level 8000000000 exact',
      'gdp actual 2017 level 12000000000 exact',
      'general_budget_revenue actual 2012 level 500000000 exact',
      'general_budget_revenue actual 2017 level 900000000 exact',
    ]);
    // A span counted in digits (5年来) dates a change's start as one in numerals does.
    expect(factsOf('5年来,全县一般公共预算收入由5亿元增加到9亿元。').map(brief)).toEqual([
      'general_budget_revenue actual 2012 level 500000000 exact',
      'general_budget_revenue actual 2017 level 900000000 exact',
    ]);
  });

  it('reads 从A到B, with no verb and with an approximate start, as a change over the years counted', () => {
    expect(factsOf('五年来,全县生产总值从接近80亿元到突破120亿元。').map(brief)).toEqual([
      'gdp actual 2012 level 8000000000 about',
      'gdp actual 2017 level 12000000000 at_least',
    ]);
  });

  it('does not give a new item after a semicolon to the last subject', () => {
    expect(
      facts('固定资产投资达到45亿元,总量居全市第一;财政预算内收入稳步增加,达到1.2亿元,增长9%。').map(brief),
    ).toEqual(['fixed_asset_investment actual 2019 level 4500000000 exact']);
    // A clause of link words after the semicolon goes on with it.
    expect(facts('固定资产投资年均增长16%;2019年达到60亿元,比上年增长20%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2019 level 6000000000 exact',
      'fixed_asset_investment actual 2019 growth_pct 20 exact',
    ]);
  });

  it('reads an estimate’s source (初步预计) between a waiting subject and its figure as a link', () => {
    expect(facts('全县地区生产总值增速保持在合理区间,初步预计全年增长6.3%。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 6.3 exact',
    ]);
  });

  it('gives a figure said of each (均) after a 分别 to every subject of that run', () => {
    expect(
      facts('城镇居民人均可支配收入和农民人均纯收入分别达到3万元和1.2万元,均增长9%。').map(brief),
    ).toEqual([
      'urban_income_per_capita actual 2019 level 30000 exact',
      'rural_net_income_per_capita actual 2019 level 12000 exact',
      'urban_income_per_capita actual 2019 growth_pct 9 exact',
      'rural_net_income_per_capita actual 2019 growth_pct 9 exact',
    ]);
    // Without 均 the next figure continues the last subject only.
    expect(
      facts('城镇居民人均可支配收入和农民人均纯收入分别达到3万元和1.2万元,增长9%。').map(brief),
    ).not.toContain('urban_income_per_capita actual 2019 growth_pct 9 exact');
  });

  it('gives a figure said of each (均) to every subject the clause before gave a value', () => {
    expect(facts('城镇居民人均可支配收入3.1万元、农民人均纯收入1.3万元,均增长8%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2019 level 31000 exact',
      'rural_net_income_per_capita actual 2019 level 13000 exact',
      'urban_income_per_capita actual 2019 growth_pct 8 exact',
      'rural_net_income_per_capita actual 2019 growth_pct 8 exact',
    ]);
    // Or to the subjects of the clauses before that gave one a value each, up to a semicolon.
    expect(facts('接待游客800万人次,旅游总收入60亿元,均增长20%。').map(brief)).toEqual([
      'tourist_arrivals actual 2019 level 8000000 exact',
      'tourism_revenue actual 2019 level 6000000000 exact',
      'tourist_arrivals actual 2019 growth_pct 20 exact',
      'tourism_revenue actual 2019 growth_pct 20 exact',
    ]);
  });

  it('reads the three sectors with a verb before their value added, and the newer aliases', () => {
    expect(facts('三次产业完成增加值分别为10亿元、40亿元和30亿元。').map(brief)).toEqual([
      'agriculture_value_added actual 2019 level 1000000000 exact',
      'secondary_industry_value_added actual 2019 level 4000000000 exact',
      'services_value_added actual 2019 level 3000000000 exact',
    ]);
    expect(facts('环境空气优良率达82%。').map(brief)).toEqual([
      'air_quality_good_rate actual 2019 rate_pct 82 exact',
    ]);
    // Shenzhen's word for GDP, and per head.
    expect(facts('本地生产总值3000亿元,人均本地生产总值18万元。').map(brief)).toEqual([
      'gdp actual 2019 level 300000000000 exact',
      'gdp_per_capita actual 2019 level 180000 exact',
    ]);
    // Words in the other order: GDP人均, 一般预算财政收入.
    expect(facts('GDP人均10.5万元,一般预算财政收入26亿元。').map(brief)).toEqual([
      'gdp_per_capita actual 2019 level 105000 exact',
      'general_budget_revenue actual 2019 level 2600000000 exact',
    ]);
    // And shortened: 财政一般收入 for 财政一般预算收入.
    expect(facts('财政一般收入3.1亿元,增长12%。').map(brief)).toEqual([
      'general_budget_revenue actual 2019 level 310000000 exact',
      'general_budget_revenue actual 2019 growth_pct 12 exact',
    ]);
    expect(facts('人均可支配收入增长9%,实际使用内资30亿元。').map(brief)).toEqual([
      'resident_income_per_capita actual 2019 growth_pct 9 exact',
      'actual_domestic_investment actual 2019 level 3000000000 exact',
    ]);
    expect(facts('财政一般预算总收入139亿元,游客数量突破300万人次。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 13900000000 exact',
      'tourist_arrivals actual 2019 level 3000000 at_least',
    ]);
    // Capital from outside the county or city but within the country, counted as it arrives.
    expect(facts('全年到位县外境内资金12亿元。').map(brief)).toEqual([
      'actual_domestic_investment actual 2019 level 1200000000 exact',
    ]);
    expect(facts('实际利用国内市外资金20亿元。').map(brief)).toEqual([
      'actual_domestic_investment actual 2019 level 2000000000 exact',
    ]);
    expect(facts('引进市外内资20亿元。').map(brief)).toEqual([
      'actual_domestic_investment actual 2019 level 2000000000 exact',
    ]);
    expect(facts('低收入农户人均可支配收入8000元。').map(brief)).toEqual([]);
    expect(facts('按可比口径实际利用外商直接投资10亿美元。').map(brief)).toEqual([
      'actual_fdi actual 2019 level 1000000000 exact',
    ]);
    // The capital paid in as verified (验资口径), the basis noted before the subject or after it.
    expect(facts('按验资口径实际利用外资1.2亿美元,增长5%。').map(brief)).toEqual([
      'actual_fdi actual 2019 level 120000000 exact',
      'actual_fdi actual 2019 growth_pct 5 exact',
    ]);
    expect(facts('实际利用外资验资口径1.2亿美元。').map(brief)).toEqual([
      'actual_fdi actual 2019 level 120000000 exact',
    ]);
    expect(facts('社会消费品零售同比增长4.1%,全部工业增加值12亿元,地方级税收收入3亿元。').map(brief)).toEqual(
      [
        'retail_sales actual 2019 growth_pct 4.1 exact',
        'industrial_value_added actual 2019 level 1200000000 exact',
        'tax_revenue actual 2019 level 300000000 exact',
      ],
    );
    // The city government's own level (本级) is not the city's figure.
    expect(facts('市本级一般公共预算收入8亿元。').map(brief)).toEqual([]);
    expect(facts('一般公共预算收支分别增长5%、3%,生产粮食40万吨,旅游总花费突破200亿元。').map(brief)).toEqual(
      [
        'general_budget_revenue actual 2019 growth_pct 5 exact',
        'general_budget_expenditure actual 2019 growth_pct 3 exact',
        'grain_output actual 2019 level 400000 exact',
        'tourism_revenue actual 2019 level 20000000000 at_least',
      ],
    );
    expect(facts('旅游经济总收入12.5亿元。').map(brief)).toEqual([
      'tourism_revenue actual 2019 level 1250000000 exact',
    ]);
    expect(
      facts('一产增加值14亿元,二产增加值18亿元,地方税收收入增长6%,固定资产投资额90亿元。').map(brief),
    ).toEqual([
      'agriculture_value_added actual 2019 level 1400000000 exact',
      'secondary_industry_value_added actual 2019 level 1800000000 exact',
      'tax_revenue actual 2019 growth_pct 6 exact',
      'fixed_asset_investment actual 2019 level 9000000000 exact',
    ]);
    expect(facts('贸易出口总额2.4亿美元。').map(brief)).toEqual([
      'exports actual 2019 level 240000000 exact',
    ]);
    // Revenue raised in the region, its name taking 的; thresholds crossed one after another.
    expect(facts('来源于庆元的财税总收入73亿元。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 7300000000 exact',
    ]);
    expect(facts('全口径财政收入连续跨越6亿、7亿两个关口,完成7.36亿元。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 736000000 exact',
    ]);
    // With no figure reached, the higher threshold crossed says how far it went.
    expect(facts('全县生产总值先后迈上200亿、250亿两个台阶。').map(brief)).toEqual([
      'gdp actual 2019 level 25000000000 at_least',
    ]);
    expect(facts('财政收入连续跨越8亿元、9亿元台阶。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 900000000 at_least',
    ]);
    // The local part named short under its total (其中地方收入, 其中本级收入).
    expect(facts('财政总收入3.1亿元,增长37%,其中地方收入1.7亿元,增长31.8%。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 310000000 exact',
      'fiscal_total_revenue actual 2019 growth_pct 37 exact',
      'general_budget_revenue actual 2019 level 170000000 exact',
      'general_budget_revenue actual 2019 growth_pct 31.8 exact',
    ]);
    // Every level's share (全口径) is the total's scope: the local budget revenue is the one named so.
    expect(
      facts('全口径一般公共预算收入9亿元,地方一般公共预算收入5亿元;全口径财政总收入12亿元。').map(brief),
    ).toEqual([
      'general_budget_revenue actual 2019 level 500000000 exact',
      'fiscal_total_revenue actual 2019 level 1200000000 exact',
    ]);
    expect(facts('地方一般公共财政预算收入10.6亿元。').map(brief)).toEqual([
      'general_budget_revenue actual 2019 level 1060000000 exact',
    ]);
    // Jobs counted as positions filled, stored in persons; other counters stay apart.
    const jobs = facts('新增就业岗位3.2万个,新增企业300个。');
    expect(jobs.map(brief)).toEqual(['new_urban_jobs actual 2019 level 32000 exact']);
    expect(jobs[0]!.unit).toBe('person');
    expect(facts('城镇新增就业岗位5200个;新增城镇就业岗位4.1万个以上。').map(brief)).toEqual([
      'new_urban_jobs actual 2019 level 5200 exact',
      'new_urban_jobs actual 2019 level 41000 at_least',
    ]);
    // Jobs in the 2000s' wordings: new in towns, new registered.
    expect(facts('城镇新就业3.9万人,新增登记就业1万人。').map(brief)).toEqual([
      'new_urban_jobs actual 2019 level 39000 exact',
      'new_urban_jobs actual 2019 level 10000 exact',
    ]);
    // Jobs counted as persons hired, a crop's area by its crops, the air by its days up to standard.
    expect(
      facts('城镇新增就业人员1.8万人,粮食作物种植面积2000公顷,空气质量达标率为88.5%。').map(brief),
    ).toEqual([
      'new_urban_jobs actual 2019 level 18000 exact',
      'grain_sown_area actual 2019 level 30000 exact',
      'air_quality_good_rate actual 2019 rate_pct 88.5 exact',
    ]);
    // The society-wide amount (全社会…投资额), a district's own budget under its older name, a rate
    // held all year (始终控制在).
    expect(
      facts('全社会固定资产投资额实现80亿元;区级公共财政预算收入9亿元;城镇登记失业率始终控制在2%以内。').map(
        brief,
      ),
    ).toEqual([
      'fixed_asset_investment actual 2019 level 8000000000 exact',
      'general_budget_revenue actual 2019 level 900000000 exact',
      'registered_unemployment_rate actual 2019 rate_pct 2 at_most',
    ]);
    // A statistic in corner quotation marks (a traditional reprint's), and energy use per 万元 of output.
    expect(facts('报告说「全县生产总值增长7%」,万元地区生产总值综合能耗下降3%。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 7 exact',
      'energy_intensity actual 2019 growth_pct -3 exact',
    ]);
    // Latin letters in lower case (`gdp`, `cpi`) name what the capitals do.
    expect(facts('全县gdp增长7%,人均gdp达到5万元,cpi上涨2%。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 7 exact',
      'gdp_per_capita actual 2019 level 50000 exact',
      'cpi actual 2019 growth_pct 2 exact',
    ]);
    // Per resident (常住), and a rate averaged over the months (平均值为).
    expect(facts('按常住人口计算人均地区生产总值为62000元。').map(brief)).toEqual([
      'gdp_per_capita actual 2019 level 62000 exact',
    ]);
    expect(facts('常住人均生产总值为61000元,增长5.2%;城镇调查失业率平均值为5.1%。').map(brief)).toEqual([
      'gdp_per_capita actual 2019 level 61000 exact',
      'gdp_per_capita actual 2019 growth_pct 5.2 exact',
      'surveyed_unemployment_rate actual 2019 rate_pct 5.1 exact',
    ]);
    expect(facts('城市人均可支配收入21000元,城市空气质量优良率90%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2019 level 21000 exact',
      'air_quality_good_rate actual 2019 rate_pct 90 exact',
    ]);
  });

  it('reads a goal for a year named with 到 before its subject (到2025年地区生产总值…)', () => {
    expect(factsOf('到2025年地区生产总值要突破600亿元。', 'targets', 2021).map(brief)).toEqual([
      'gdp target 2025 level 60000000000 at_least',
    ]);
  });

  it('goes on with a subject in a clause of its level and change (突破百亿元大关,达109亿元、增长9.2%)', () => {
    expect(facts('全县生产总值突破百亿元大关,达109亿元、增长9.2%。').map(brief)).toEqual([
      'gdp actual 2019 level 10900000000 exact',
      'gdp actual 2019 growth_pct 9.2 exact',
    ]);
    // With an adverb of manner before the verb (历史性地).
    expect(facts('全县生产总值历史性地突破百亿元大关,高达126亿元,较上年增长11%。').map(brief)).toEqual([
      'gdp actual 2019 level 12600000000 exact',
      'gdp actual 2019 growth_pct 11 exact',
    ]);
  });

  it('reads a year word between a subject and its figure (去年达到…) and a prefecture’s own scope (州属)', () => {
    expect(facts('全县地区生产总值年均增长9%,去年达到300亿元。').map(brief)).toEqual([
      'gdp actual 2019 level 30000000000 exact',
    ]);
    expect(facts('州属固定资产投资71亿元,同比增长3%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2019 level 7100000000 exact',
      'fixed_asset_investment actual 2019 growth_pct 3 exact',
    ]);
  });

  it('counts a 分别’s rates out in per cent and per mille alike', () => {
    expect(
      factsOf('城镇登记失业率、居民消费价格涨幅和人口自然增长率分别控制在4%、3%和7‰以内。', 'targets').map(
        brief,
      ),
    ).toEqual([
      'registered_unemployment_rate target 2018 rate_pct 4 at_most',
      'cpi target 2018 growth_pct 3 at_most',
      '人口自然增长率 target 2018 level 7 at_most',
    ]);
  });

  it('goes on with a 分别’s subjects in a clause that opens on a run of as many values', () => {
    expect(
      facts('生产总值、财政总收入和固定资产投资分别增长8%、9%和12%,达300亿元、40亿元和260亿元。').map(brief),
    ).toEqual([
      'gdp actual 2019 growth_pct 8 exact',
      'fiscal_total_revenue actual 2019 growth_pct 9 exact',
      'fixed_asset_investment actual 2019 growth_pct 12 exact',
      'gdp actual 2019 level 30000000000 exact',
      'fiscal_total_revenue actual 2019 level 4000000000 exact',
      'fixed_asset_investment actual 2019 level 26000000000 exact',
    ]);
    // So does a run that 各 (each) opens past a joiner, in the same clause.
    expect(facts('城乡居民人均可支配收入分别达到41000元和18000元、各增长6%和8%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2019 level 41000 exact',
      'rural_income_per_capita actual 2019 level 18000 exact',
      'urban_income_per_capita actual 2019 growth_pct 6 exact',
      'rural_income_per_capita actual 2019 growth_pct 8 exact',
    ]);
  });

  it('counts a 分别 clause out over the list the figureless clause before it names', () => {
    expect(
      facts('地区生产总值、一般公共预算收入和财政总收入再创新高,分别达到100亿元、6亿元和10亿元。').map(brief),
    ).toEqual([
      'gdp actual 2019 level 10000000000 exact',
      'general_budget_revenue actual 2019 level 600000000 exact',
      'fiscal_total_revenue actual 2019 level 1000000000 exact',
    ]);
    // A clause before that states a figure of its own is no list for the 分别 after it.
    expect(facts('地区生产总值100亿元,财政总收入再创新高,分别增长5%和6%。').map(brief)).not.toContain(
      'gdp actual 2019 growth_pct 6 exact',
    );
  });

  it('carries a 分别 run over a bare comma, and an item outside the catalog keeps its own value', () => {
    expect(facts('货物贸易、服务贸易分别增长12%,30%。').map(brief)).toEqual([
      'foreign_trade actual 2019 growth_pct 12 exact',
    ]);
  });

  it('reads goods trade (货物贸易进出口) as the whole trade, beside trade in services', () => {
    expect(facts('货物贸易进出口2100亿元,增长4.2%;服务贸易进出口90亿美元,增长11%。').map(brief)).toEqual([
      'foreign_trade actual 2019 level 210000000000 exact',
      'foreign_trade actual 2019 growth_pct 4.2 exact',
    ]);
  });

  it('reads goods exports (货物贸易出口) as exports, not as the whole trade', () => {
    expect(facts('货物贸易出口1.2万亿元、增长6.5%。').map(brief)).toEqual([
      'exports actual 2019 level 1200000000000 exact',
      'exports actual 2019 growth_pct 6.5 exact',
    ]);
  });

  it('links through a manner word and a scope note that holds below', () => {
    expect(facts('进出口逆势增长5.5%,居民消费价格稳步上涨2%。').map(brief)).toEqual([
      'foreign_trade actual 2019 growth_pct 5.5 exact',
      'cpi actual 2019 growth_pct 2 exact',
    ]);
    expect(facts('全市生产总值完成900亿元(不含开发区,下同)、增长6%。').map(brief)).toEqual([
      'gdp actual 2019 level 90000000000 exact',
      'gdp actual 2019 growth_pct 6 exact',
    ]);
  });

  it('links through a rank reached before the figure and a currency conversion', () => {
    expect(
      factsOf('全县经济总量跃居全市第3位、达到86.2亿元。人均地区生产总值按当年汇率折算超过9000美元。').map(
        brief,
      ),
    ).toEqual(['gdp actual 2017 level 8620000000 exact', 'gdp_per_capita actual 2017 level 9000 at_least']);
  });

  it('reads trade, herders’ income and unemployment by their regional names', () => {
    expect(factsOf('进出口贸易额实现30亿元,牧区常住居民人均可支配收入完成2.1万元。').map(brief)).toEqual([
      'foreign_trade actual 2017 level 3000000000 exact',
      'rural_income_per_capita actual 2017 level 21000 exact',
    ]);
    expect(factsOf('地区外贸进出口总额达到8.6亿美元。城镇居民登记失业率3.1%。').map(brief)).toEqual([
      'foreign_trade actual 2017 level 860000000 exact',
      'registered_unemployment_rate actual 2017 rate_pct 3.1 exact',
    ]);
    expect(factsOf('规上企业工业增加值同比增长8.6%,城镇化59.5%。').map(brief)).toEqual([
      'industrial_value_added actual 2017 growth_pct 8.6 exact',
      'urbanization_rate actual 2017 rate_pct 59.5 exact',
    ]);
  });

  it('keeps a level stated on a comparable basis and the growth that goes on from it on that basis', () => {
    const facts = factsOf('一般公共预算收入3.5亿元,自然增幅2%,同口径完成3.7亿元,增幅6.1%。');
    expect(facts.map((f) => `${f.measure} ${f.value} ${f.basis}`)).toEqual([
      'level 350000000 reported',
      'growth_pct 2 reported',
      'level 370000000 comparable',
      'growth_pct 6.1 comparable',
    ]);
  });

  it('reads growth on the published basis (自然增长) beside growth on a comparable one', () => {
    const facts = factsOf('一般公共预算收入5.1亿元,自然增长1.8%,同口径增长7.2%。');
    expect(facts.map((f) => `${brief(f)} ${f.basis}`)).toEqual([
      'general_budget_revenue actual 2017 level 510000000 exact null',
      'general_budget_revenue actual 2017 growth_pct 1.8 exact reported',
      'general_budget_revenue actual 2017 growth_pct 7.2 exact comparable',
    ]);
    // The published basis named as a count (自然口径), before 同比.
    const named = factsOf('一般公共预算收入4.2亿元,自然口径同比增长20.5%,同口径增长6%。');
    expect(named.map((f) => `${brief(f)} ${f.basis}`)).toEqual([
      'general_budget_revenue actual 2017 level 420000000 exact null',
      'general_budget_revenue actual 2017 growth_pct 20.5 exact reported',
      'general_budget_revenue actual 2017 growth_pct 6 exact comparable',
    ]);
  });

  it('reads a basis said in a note on the subject’s name or right after the figure', () => {
    const facts = factsOf(
      '地方一般公共预算收入完成2.6亿元(自然口径),同比增长9.5%。地方一般公共预算收入(同口径)完成2.8亿元,同比增长13.2%。',
    );
    expect(facts.map((f) => `${f.measure} ${f.value} ${f.basis}`)).toEqual([
      'level 260000000 reported',
      'growth_pct 9.5 reported',
      'level 280000000 comparable',
      'growth_pct 13.2 comparable',
    ]);
    // A bracket that goes on to a second figure is no note on the first (`下降2%(剔除…,同口径增长9%)`).
    expect(
      factsOf('一般公共预算收入下降2%(剔除减税因素,同口径增长9%)。').map((f) => `${f.value} ${f.basis}`),
    ).toEqual(['-2 reported', '9 comparable']);
  });

  it('reads a budget’s figures: what it sets aside for the year, and the share of it carried out', () => {
    expect(
      factsOf(
        '2018年全县一般公共预算收入安排12.5亿元,比上年增长8%;一般公共预算支出安排30亿元,增长5%。',
        'body',
        2018,
      ).map(brief),
    ).toEqual([
      'general_budget_revenue target 2018 level 1250000000 exact',
      'general_budget_revenue target 2018 growth_pct 8 exact',
      'general_budget_expenditure target 2018 level 3000000000 exact',
      'general_budget_expenditure target 2018 growth_pct 5 exact',
    ]);
    // A budget as adjusted or summed up is the goal a share carried out is of; the growth after it
    // goes on with the revenue.
    expect(factsOf('全县财政总收入12.8亿元,完成调整预算的99.5%,可比增长10.1%。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2017 level 1280000000 exact',
      'fiscal_total_revenue actual 2017 attainment_pct 99.5 exact',
      'fiscal_total_revenue actual 2017 growth_pct 10.1 exact',
    ]);
    expect(factsOf('一般公共预算收入32亿元,完成汇总预算的101%,比上年增长9%。').map(brief)).toEqual([
      'general_budget_revenue actual 2017 level 3200000000 exact',
      'general_budget_revenue actual 2017 attainment_pct 101 exact',
      'general_budget_revenue actual 2017 growth_pct 9 exact',
    ]);
  });

  it('goes on with a subject past a bracket that says why it fell short', () => {
    const growth = (text: string) =>
      factsOf(text)
        .filter((f) => f.measure === 'growth_pct')
        .map(brief);
    expect(
      growth('第二产业增加值80亿元,完成年计划的92%(主要是规模以上工业产值、建筑业产值未达预期),下降1.5%。'),
    ).toEqual(['secondary_industry_value_added actual 2017 growth_pct -1.5 exact']);
  });

  it('reads wordings of other pages: a one-off left out, year on year, a growth given, a goal expected', () => {
    expect(factsOf('一般公共预算收入剔除一次性收入因素影响同比增长2.7%。').map(brief)).toEqual([
      'general_budget_revenue actual 2017 growth_pct 2.7 exact',
    ]);
    // As Hong Kong papers write it: 按年 for year on year, a growth given with 为.
    expect(factsOf('去年全县生产总值达到320亿元,按年增长6.8%。全县经济增长为6.8%。').map(brief)).toEqual([
      'gdp actual 2017 level 32000000000 exact',
      'gdp actual 2017 growth_pct 6.8 exact',
      'gdp actual 2017 growth_pct 6.8 exact',
    ]);
    // A growth expected is a goal, in a headline over a review too.
    expect(factsOf('地区生产总值预期增长5%').map(brief)).toEqual(['gdp target 2018 growth_pct 5 exact']);
    // So is a per cent set as the goal of a statistic that is no rate.
    expect(factsOf('全县今年GDP目标设定为6.5%左右,财政收入目标为8%。', 'body').map(brief)).toEqual([
      'gdp target 2018 growth_pct 6.5 about',
      'fiscal_total_revenue target 2018 growth_pct 8 exact',
    ]);
    expect(factsOf('今年该县将经济增长目标设为7%以上。', 'body').map(brief)).toEqual([
      'gdp target 2018 growth_pct 7 at_least',
    ]);
    // Names of two statistics in older and local wordings.
    expect(factsOf('公共财政一般预算收入增长13%,外贸自营进出口总额增长5%。').map(brief)).toEqual([
      'general_budget_revenue actual 2017 growth_pct 13 exact',
      'foreign_trade actual 2017 growth_pct 5 exact',
    ]);
  });

  it('reads the report’s own year said in a figure’s sentence as the year it plans, in a page with no parts', () => {
    expect(
      factsOf('具体到2018年,实现地区生产总值增长13%以上;固定资产投资增长20%。', 'review', 2018).map(brief),
    ).toEqual([
      'gdp target 2018 growth_pct 13 at_least',
      'fixed_asset_investment target 2018 growth_pct 20 exact',
    ]);
    // A year before the report's is still its result.
    expect(factsOf('2017年,全县地区生产总值增长7%。', 'review', 2018).map(brief)).toEqual([
      'gdp actual 2017 growth_pct 7 exact',
    ]);
  });

  it('reads the year’s growth after a level a five-year passage gives for its last year (年增长)', () => {
    expect(
      factsOf('过去五年,全县生产总值年均增长12%,2017年达到91亿元,年增长14.4%;进出口贸易总值1.9亿美元。').map(
        brief,
      ),
    ).toEqual([
      'gdp actual 2017 level 9100000000 exact',
      'gdp actual 2017 growth_pct 14.4 exact',
      'foreign_trade actual 2017 level 190000000 exact',
    ]);
  });

  it('reads a goal quoted as one, the first of two years a change runs between, and growth since a plan’s end', () => {
    // A short quotation is a name (`“36条办法”`) unless the words around it name it a goal.
    expect(factsOf('报告将“生产总值增长5.5%左右”列入主要预期目标。', 'body', 2018).map(brief)).toEqual([
      'gdp target 2018 growth_pct 5.5 about',
    ]);
    // A change from the first year named to the last starts in the first, not five years back.
    expect(factsOf('2013年至2017年,全县地区生产总值从206亿元增长到286亿元。').map(brief)).toEqual([
      'gdp actual 2013 level 20600000000 exact',
      'gdp actual 2017 level 28600000000 exact',
    ]);
    // Growth since a plan's end is over its years, no one year's.
    expect(
      factsOf(
        '全县城乡居民人均可支配收入分别达到4.2万元和2.3万元,较“十二五”末分别增长51.3%、57.4%。',
        'review',
        2021,
      ).map(brief),
    ).toEqual([
      'urban_income_per_capita actual 2020 level 42000 exact',
      'rural_income_per_capita actual 2020 level 23000 exact',
    ]);
  });

  it('reads the registered population’s urbanisation rate as its own statistic, beside the resident one', () => {
    expect(factsOf('全市常住人口城镇化率和户籍人口城镇化率均突破50%。').map(brief)).toEqual([
      'urbanization_rate actual 2017 rate_pct 50 at_least',
      'registered_urbanization_rate actual 2017 rate_pct 50 at_least',
    ]);
  });

  it('reads striving to reach a figure as a goal, and an effort that reached it as a result', () => {
    expect(factsOf('加快发展现代工业,努力实现规模以上工业增加值增长9%-9.5%。').map(brief)).toEqual([
      'industrial_value_added target 2018 growth_pct 9 range',
    ]);
    expect(factsOf('经过全县上下共同努力实现了全县地区生产总值增长8%。').map(brief)).toEqual([
      'gdp actual 2017 growth_pct 8 exact',
    ]);
  });

  it('reads a part broken out with 其中 as its own, not as the whole’s goal', () => {
    expect(
      factsOf('地区生产总值预期增长9%,其中农业预期增长3.5%,规模以上工业增加值增长11%。', 'targets').map(
        brief,
      ),
    ).toEqual([
      'gdp target 2018 growth_pct 9 exact',
      '农业 target 2018 growth_pct 3.5 exact',
      'industrial_value_added target 2018 growth_pct 11 exact',
    ]);
  });

  it('reads a figure after an estimate’s source or the government speaking (初步核算, 我们)', () => {
    expect(
      factsOf('初步核算全县2017年生产总值达到45亿元。我们完成一般公共预算收入3.2亿元,同比增长6%。').map(
        brief,
      ),
    ).toEqual([
      'gdp actual 2017 level 4500000000 exact',
      'general_budget_revenue actual 2017 level 320000000 exact',
      'general_budget_revenue actual 2017 growth_pct 6 exact',
    ]);
    // The government named as the one acting.
    expect(factsOf('县政府将城镇登记失业率控制在4%以内。', 'targets').map(brief)).toEqual([
      'registered_unemployment_rate target 2018 rate_pct 4 at_most',
    ]);
  });

  it('reads figures after a list said in words, the three sectors without 分别 and older abbreviations', () => {
    expect(
      factsOf(
        '全县生产总值增长7%;二是规模以上工业增加值增长9.1%。一、二、三产业增长3.1%、9.2%和8%。城镇登记失业率控制到3.2%。工业固投增长18.4%。',
      ).map(brief),
    ).toEqual([
      'gdp actual 2017 growth_pct 7 exact',
      'industrial_value_added actual 2017 growth_pct 9.1 exact',
      'agriculture_value_added actual 2017 growth_pct 3.1 exact',
      'secondary_industry_value_added actual 2017 growth_pct 9.2 exact',
      'services_value_added actual 2017 growth_pct 8 exact',
      'registered_unemployment_rate actual 2017 rate_pct 3.2 exact',
      'industrial_investment actual 2017 growth_pct 18.4 exact',
    ]);
  });

  it('reads the year’s running total (全年累计) of the local level, not the total of a zone the sentence opens on', () => {
    expect(factsOf('全年累计完成地方固定资产投资42.3亿元,增长23.3%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2017 level 4230000000 exact',
      'fixed_asset_investment actual 2017 growth_pct 23.3 exact',
    ]);
    expect(factsOf('工业园区落户企业49家,累计完成固定资产投资44亿元。').map(brief)).toEqual([]);
    expect(factsOf('产业园区新入驻项目12个,完成固定资产投资20亿元。').map(brief)).toEqual([]);
  });

  it('reads the figures a report gives for the built-up part of its city (市区) as the part’s, not the city’s', () => {
    const review =
      '全市预计实现生产总值300亿元,增长9%。\n市区预计实现生产总值80亿元,增长11%;全社会固定资产投资50亿元。\n市区居民人均可支配收入达到3万元。';
    expect(factsOf(review).map(brief)).toEqual([
      'gdp actual 2017 level 30000000000 exact',
      'gdp actual 2017 growth_pct 9 exact',
      'urban_income_per_capita actual 2017 level 30000 exact',
    ]);
  });

  it('reads capital from elsewhere in the country by the channel it came in and a region’s own wording', () => {
    expect(
      factsOf('国内招商引资省外实际到位资金完成142亿元、增长10%。引进区外到位资金增长16.5%。').map(brief),
    ).toEqual([
      'actual_domestic_investment actual 2017 level 14200000000 exact',
      'actual_domestic_investment actual 2017 growth_pct 10 exact',
      'actual_domestic_investment actual 2017 growth_pct 16.5 exact',
    ]);
  });

  it('reads an estimate of what can be done (预计(下同)可实现), and no year from a document’s name', () => {
    expect(
      factsOf(
        '预计(下同)可实现地区生产总值近160亿元、增长8.3%。我们承接《某流域发展规划(2022—2030年)》,梳理项目68个,总投资200.9亿元。',
      ).map(brief),
    ).toEqual([
      'gdp actual 2017 level 16000000000 about',
      'gdp actual 2017 growth_pct 8.3 exact',
      'project_investment actual 2017 level 20090000000 exact',
    ]);
    // …nor from the period in brackets after a plan's name, without the book-title marks.
    expect(
      factsOf('城市总体规划(2020—2035年)获批实施,经济稳中向好,地区生产总值增长6.1%。').map(brief),
    ).toEqual(['gdp actual 2017 growth_pct 6.1 exact']);
  });

  it('dates the goals a targets paragraph sets after opening on a term’s years (未来五年) to the term’s last year', () => {
    expect(
      factsOf(
        '未来五年,全县将建设现代化新城。主要目标是:地区生产总值达到500亿元,年均增长6%。',
        'targets',
        2021,
      ).map(brief),
    ).toEqual(['gdp target 2025 level 50000000000 exact']);
    // What the term grows by or brings in is summed over it: no year's growth, no year's level.
    expect(
      factsOf(
        '未来五年,全县地区生产总值达到500亿元,城镇居民人均可支配收入增长60%,城镇新增就业5万人。',
        'targets',
        2021,
      ).map(brief),
    ).toEqual(['gdp target 2025 level 50000000000 exact']);
  });

  it('dates the goals after the year a targets part says it speaks in to that year, not to its heading’s term', () => {
    const facts = readAs(
      '未来五年,全县综合实力再上台阶。报告指出,2021年是实施“十四五”规划的第一年。主要预期目标是:地区生产总值增长8%;固定资产投资增长10%。',
      'targets',
      { region: county, reportYear: 2021, bodyOffset: 0, title: '未来五年主要预期目标' },
    );
    expect(facts.map(brief)).toEqual([
      'gdp target 2021 growth_pct 8 exact',
      'fixed_asset_investment target 2021 growth_pct 10 exact',
    ]);
  });

  it('reads a figure after the year reviewed said as a time word (过去的一年实现…)', () => {
    expect(
      factsOf('报告指出,过去的一年实现地区生产总值41.5亿元,可比增长8.5%。', 'targets').map(brief),
    ).toEqual(['gdp actual 2017 level 4150000000 exact', 'gdp actual 2017 growth_pct 8.5 exact']);
  });

  it('reads a year written without 年 before the place it speaks of (2018全县…), and no count as a year', () => {
    expect(
      factsOf('2018全县地区生产总值增长7%,一般公共预算收入增长5%。', 'targets', 2019).map(brief),
    ).toEqual([
      'gdp actual 2018 growth_pct 7 exact',
      'general_budget_revenue actual 2018 growth_pct 5 exact',
    ]);
    expect(factsOf('新增市场主体2019户,全县地区生产总值增长7%。', 'targets', 2020).map(brief)).toEqual([
      '新增市场主体 target 2020 level 2019 exact',
      'gdp target 2020 growth_pct 7 exact',
    ]);
  });

  it('reads the whole year’s growth after the quarters’ (GDP一季度累计增长…,全年累计增长…), and no quarter’s', () => {
    expect(
      factsOf('GDP一季度累计增长4.7%、二季度累计增长6.3%、三季度累计增长6.6%,全年累计增长6.7%。').map(brief),
    ).toEqual(['gdp actual 2017 growth_pct 6.7 exact']);
    // Periods counted out by 分别 give each its own figure, the whole year's the statistic's.
    expect(
      factsOf('地区生产总值一季度、上半年、前三季度、全年分别增长3%、3.4%、4%、4.5%。').map(brief),
    ).toEqual(['gdp actual 2017 growth_pct 4.5 exact']);
  });

  it('reads a Beijing district’s revenue collected for every level (区域财政收入), capital absorbed (实际吸收外资) and tourists counted (旅游人数)', () => {
    expect(
      factsOf('区域财政收入929亿元,增长11%;区级财政收入164.8亿元,增长21%。实际吸收外资9388万元。').map(brief),
    ).toEqual([
      'fiscal_total_revenue actual 2017 level 92900000000 exact',
      'fiscal_total_revenue actual 2017 growth_pct 11 exact',
      'general_budget_revenue actual 2017 level 16480000000 exact',
      'general_budget_revenue actual 2017 growth_pct 21 exact',
      'actual_fdi actual 2017 level 93880000 exact',
    ]);
    expect(factsOf('全年旅游人数增长15%。').map(brief)).toEqual([
      'tourist_arrivals actual 2017 growth_pct 15 exact',
    ]);
  });

  it('reads an island city’s rural income (渔农村居民) and capital from other provinces (省外到位资金)', () => {
    expect(
      factsOf('渔农村居民人均纯收入12450元,增长9.5%。省外到位资金49.4亿元。', 'review', 2010).map(brief),
    ).toEqual([
      'rural_net_income_per_capita actual 2009 level 12450 exact',
      'rural_net_income_per_capita actual 2009 growth_pct 9.5 exact',
      'actual_domestic_investment actual 2009 level 4940000000 exact',
    ]);
  });

  it('takes the region’s address (浙江省丽水市庆元县…) for the region, and a place on the way to it for another', () => {
    expect(factsOf('浙江省丽水市庆元县去年实现地区生产总值36亿元。', 'review', 2012).map(brief)).toEqual([
      'gdp actual 2011 level 3600000000 exact',
    ]);
    expect(factsOf('浙江丽水市地区生产总值增长7%。', 'review', 2012).map(brief)).toEqual([]);
  });

  it('dates no figure by the years it is set against, summed (接近2000-2003年四年总量)', () => {
    expect(
      factsOf(
        '完成生产总值670亿元,接近2000-2003年四年总量,增长14%;财政收入118.6亿元,超过2000-2006年七年总量,增长40%。',
        'review',
        2012,
      ).map(brief),
    ).toEqual([
      'gdp actual 2011 level 67000000000 exact',
      'gdp actual 2011 growth_pct 14 exact',
      'fiscal_total_revenue actual 2011 level 11860000000 exact',
      'fiscal_total_revenue actual 2011 growth_pct 40 exact',
    ]);
  });

  it('reads a figure said with certainty (一定会超过, 必将突破) as its statistic’s', () => {
    expect(
      factsOf('到2020年,全县地区生产总值一定会超过100亿元,财政总收入必将突破10亿元。', 'targets').map(brief),
    ).toEqual([
      'gdp target 2020 level 10000000000 at_least',
      'fiscal_total_revenue target 2020 level 1000000000 at_least',
    ]);
  });

  it('reads growth said also (也将力争), a like-for-like comparison (同比口径) and capital absorbed (吸收外商直接投资)', () => {
    expect(factsOf('一般公共预算收入也将力争增长4%左右。', 'targets').map(brief)).toEqual([
      'general_budget_revenue target 2018 growth_pct 4 about',
    ]);
    const facts = factsOf('一般公共预算收入6.5亿元,同比口径增长3.6%。实际吸收外商直接投资1.4亿美元。');
    expect(facts.map((f) => `${brief(f)} ${f.basis}`)).toEqual([
      'general_budget_revenue actual 2017 level 650000000 exact null',
      'general_budget_revenue actual 2017 growth_pct 3.6 exact comparable',
      'actual_fdi actual 2017 level 140000000 exact null',
    ]);
  });

  it('reads a year in numerals whose zero is typeset as a white circle (二○一七年)', () => {
    expect(factsOf('二○一七年全县地区生产总值增长7%。', 'targets', 2018).map(brief)).toEqual([
      'gdp actual 2017 growth_pct 7 exact',
    ]);
  });

  it('distributes amounts of different units over the grain’s area and output (面积和总产分别…万亩、…万吨)', () => {
    expect(factsOf('粮食生产面积和总产分别稳定在63万亩、24.5万吨左右。').map(brief)).toEqual([
      'grain_sown_area actual 2017 level 630000 exact',
      'grain_output actual 2017 level 245000 about',
    ]);
    // A rate and an amount make no run: `完成…亿元、增长…%` is one subject's level and growth.
    expect(factsOf('工业投资和实际利用外资分别完成30亿元、增长12%。').map(brief)).not.toContain(
      'actual_fdi actual 2017 growth_pct 12 exact',
    );
  });

  it('distributes sums of money in two currencies over their subjects (分别…亿元、…亿美元)', () => {
    expect(factsOf('工业投资和实际利用外资分别达到300亿元、5亿美元。').map(brief)).toEqual([
      'industrial_investment actual 2017 level 30000000000 exact',
      'actual_fdi actual 2017 level 500000000 exact',
    ]);
  });

  it('reads older and regional names of catalogued statistics', () => {
    expect(
      facts('社会固定资产投资完成80亿元,进出口商品总额12亿元,细颗粒物年均浓度降到33微克/立方米。').map(brief),
    ).toEqual([
      'fixed_asset_investment actual 2019 level 8000000000 exact',
      'foreign_trade actual 2019 level 1200000000 exact',
      'pm25 actual 2019 level 33 exact',
    ]);
  });

  it('reads where a change started under a heading reviewing a plan’s period as its first year’s', () => {
    const read = (title: string) =>
      readAs('经济结构持续优化。三次产业结构由12:50:38调整为9:48:43。', 'review', {
        region: county,
        reportYear: 2016,
        bodyOffset: 0,
        title,
      }).map(brief);
    expect(read('“十二五”工作回顾')).toEqual([
      'primary_industry_share actual 2010 rate_pct 12 exact',
      'secondary_industry_share actual 2010 rate_pct 50 exact',
      'services_share actual 2010 rate_pct 38 exact',
      'primary_industry_share actual 2015 rate_pct 9 exact',
      'secondary_industry_share actual 2015 rate_pct 48 exact',
      'services_share actual 2015 rate_pct 43 exact',
    ]);
    // Under a year's review it is the year before's.
    expect(read('2015年工作回顾').slice(0, 1)).toEqual([
      'primary_industry_share actual 2014 rate_pct 12 exact',
    ]);
  });

  it('reads where a change started as the result of the year it names, and drops it without one', () => {
    // The first change's start year holds for the changes after it in the sentence.
    expect(
      facts('地区生产总值由2015年的40亿元预计增加到70亿元,财政收入由3亿元增加到5亿元。').map(brief),
    ).toEqual([
      'gdp actual 2015 level 4000000000 exact',
      'gdp actual 2019 level 7000000000 exact',
      'fiscal_total_revenue actual 2015 level 300000000 exact',
      'fiscal_total_revenue actual 2019 level 500000000 exact',
    ]);
    // Its date may stand right before its figure, with no 的 between, and hold for the next sentences.
    expect(facts('地区生产总值由2014年52亿元增加到80亿元。税收收入由3亿元增加到6亿元。').map(brief)).toEqual([
      'gdp actual 2014 level 5200000000 exact',
      'gdp actual 2019 level 8000000000 exact',
      'tax_revenue actual 2014 level 300000000 exact',
      'tax_revenue actual 2019 level 600000000 exact',
    ]);
    // So does a comparison's base; a figure right before 增加到 starts a change without 由.
    expect(
      facts('与2014年相比,全县生产总值52亿元增加到80亿元;农民人均纯收入从6000元增加到9500元。').map(brief),
    ).toEqual([
      'gdp actual 2014 level 5200000000 exact',
      'gdp actual 2019 level 8000000000 exact',
      'rural_net_income_per_capita actual 2014 level 6000 exact',
      'rural_net_income_per_capita actual 2019 level 9500 exact',
    ]);
    expect(facts('财政收入由3亿元增加到5亿元。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 500000000 exact',
    ]);
    // The ninth plan's end is 2000; a structure's starting ratio is read the same way.
    expect(facts('三大产业比例由“九五”末的20:45:35演进为12:50:38。').map(brief)).toEqual([
      'primary_industry_share actual 2000 rate_pct 20 exact',
      'secondary_industry_share actual 2000 rate_pct 45 exact',
      'services_share actual 2000 rate_pct 35 exact',
      'primary_industry_share actual 2019 rate_pct 12 exact',
      'secondary_industry_share actual 2019 rate_pct 50 exact',
      'services_share actual 2019 rate_pct 38 exact',
    ]);
    // A structure's change with no span or year named is the year's: it started a year back.
    expect(facts('三次产业结构由上年的14:50:36调整优化为12:50 :38。').map(brief)).toEqual([
      'primary_industry_share actual 2018 rate_pct 14 exact',
      'secondary_industry_share actual 2018 rate_pct 50 exact',
      'services_share actual 2018 rate_pct 36 exact',
      'primary_industry_share actual 2019 rate_pct 12 exact',
      'secondary_industry_share actual 2019 rate_pct 50 exact',
      'services_share actual 2019 rate_pct 38 exact',
    ]);
  });

  it('reads a change a subject named in the clause before starts (…稳步增长,由…跃升至…)', () => {
    expect(facts('五年来,全市生产总值稳步增长,由800亿元跃升至1200亿元。').map(brief)).toEqual([
      'gdp actual 2014 level 80000000000 exact',
      'gdp actual 2019 level 120000000000 exact',
    ]);
  });

  it('dates where a change started by the span of years it is said over', () => {
    expect(facts('五年来,城镇化率由40%提高到48%,财政收入由3亿元增加到9亿元。').map(brief)).toEqual([
      'urbanization_rate actual 2014 rate_pct 40 exact',
      'urbanization_rate actual 2019 rate_pct 48 exact',
      'fiscal_total_revenue actual 2014 level 300000000 exact',
      'fiscal_total_revenue actual 2019 level 900000000 exact',
    ]);
    // The span may be named in the paragraph's sentence before.
    expect(facts('过去五年,是经济持续快速发展的五年。税收收入由3亿元增加到8亿元。').map(brief)).toEqual([
      'tax_revenue actual 2014 level 300000000 exact',
      'tax_revenue actual 2019 level 800000000 exact',
    ]);
    // However many sentences of the paragraph stand between, the nearest span before counts.
    const between = '城乡面貌变化很大,群众得到实惠很多,各项事业全面进步。'.repeat(10);
    expect(
      facts(`过去五年,是经济持续快速发展的五年。${between}三次产业结构由8:50:42调整为6:48:46。`).map(brief),
    ).toEqual([
      'primary_industry_share actual 2014 rate_pct 8 exact',
      'secondary_industry_share actual 2014 rate_pct 50 exact',
      'services_share actual 2014 rate_pct 42 exact',
      'primary_industry_share actual 2019 rate_pct 6 exact',
      'secondary_industry_share actual 2019 rate_pct 48 exact',
      'services_share actual 2019 rate_pct 46 exact',
    ]);
    expect(
      facts(`过去三年,全县财政收入翻番。过去五年,是转型的五年。${between}税收收入由3亿元增加到8亿元。`).map(
        brief,
      ),
    ).toEqual([
      'tax_revenue actual 2014 level 300000000 exact',
      'tax_revenue actual 2019 level 800000000 exact',
    ]);
    // Or by what the years were (`…最快的五年`), where a multiple grown is over the span too.
    expect(
      facts('这是发展最快的五年。财政总收入由40亿元增加到140亿元,消费品零售总额达200亿元,增长1.1倍。').map(
        brief,
      ),
    ).toEqual([
      'fiscal_total_revenue actual 2014 level 4000000000 exact',
      'fiscal_total_revenue actual 2019 level 14000000000 exact',
      'retail_sales actual 2019 level 20000000000 exact',
    ]);
    // A sum over the span with its yearly average before it is no year's level.
    expect(facts('固定资产投资年均增长20%,累计完成900亿元。').map(brief)).toEqual([]);
  });

  it('reads a multiple measured from last year as the year’s growth in a part about the term too', () => {
    const read = readAs('2018年经济稳中有进。固定资产投资完成68亿元,同比增长2.8倍。', 'review', {
      region: county,
      reportYear: 2019,
      bodyOffset: 0,
      title: '2018年及本届政府工作回顾',
    });
    expect(read.map(brief)).toEqual([
      'fixed_asset_investment actual 2018 level 6800000000 exact',
      'fixed_asset_investment actual 2018 growth_pct 280 exact',
    ]);
  });

  it('reads a sum over years broken down by one of them as that year’s figure', () => {
    expect(
      facts('五年来,全社会固定资产投资累计完成300亿元,其中2019年完成80亿元,增长12%。').map(brief),
    ).toEqual([
      'fixed_asset_investment actual 2019 level 8000000000 exact',
      'fixed_asset_investment actual 2019 growth_pct 12 exact',
    ]);
    // So without 累计: a whole broken down by one of its years is a sum over them, no year's level.
    expect(facts('全社会固定资产投资300亿元,其中2019年完成80亿元。').map(brief)).toEqual([
      'fixed_asset_investment actual 2019 level 8000000000 exact',
    ]);
    // A bare 其中 before an amount is a part of the whole, no figure of its subject.
    expect(facts('财政总收入20亿元,其中12亿元来自税收。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 2000000000 exact',
    ]);
  });

  it('leaves a doubling to the years it took, unless measured from last year', () => {
    expect(facts('社会消费品零售总额200亿元,实现翻番。').map(brief)).toEqual([
      'retail_sales actual 2019 level 20000000000 exact',
    ]);
    expect(facts('网络零售额比上年翻一番。').map(brief)).toEqual([
      'online_retail_sales actual 2019 growth_pct 100 exact',
    ]);
  });

  it('reads an amount that qualifies a noun as no figure of the subject', () => {
    expect(facts('培育税收亿元楼宇6个、税收5亿元楼宇2个。').map(brief)).toEqual([]);
    expect(facts('全市税收超1000万元工业企业达到15家。').map(brief)).toEqual([]);
  });

  it('reads the level an estimate says can be reached (可达到) as the statistic’s', () => {
    expect(facts('预计到年末,规模以上工业总产值可达到4.6亿元,同比增长21%。').map(brief)).toEqual([
      'industrial_gross_output actual 2019 level 460000000 exact',
      'industrial_gross_output actual 2019 growth_pct 21 exact',
    ]);
  });

  it('reads a figure counted on a unit of land as no total of the region', () => {
    expect(facts('全市每平方公里土地创造2.1亿元的GDP和八千万元的税收。').map(brief)).toEqual([]);
    expect(facts('全市地区生产总值620亿元,每亩产出增加值45万元。').map(brief)).toEqual([
      'gdp actual 2019 level 62000000000 exact',
    ]);
  });

  it('stops a 分别 run’s subjects at a clause that names a subject of its own', () => {
    const text =
      '城乡居民人均可支配收入分别达到36000元、18000元,增长6%、8%;存贷款余额240亿元、180亿元,增长9%、5%。';
    expect(facts(text).map(brief)).toEqual([
      'urban_income_per_capita actual 2019 level 36000 exact',
      'rural_income_per_capita actual 2019 level 18000 exact',
      'urban_income_per_capita actual 2019 growth_pct 6 exact',
      'rural_income_per_capita actual 2019 growth_pct 8 exact',
    ]);
  });

  it('pairs values with subjects when a line break cuts 分别 off its values', () => {
    const text = '城镇和农村居民人均可支配收入分别\n增长6%和8%。';
    expect(facts(text).map(brief)).toEqual([
      'urban_income_per_capita actual 2019 growth_pct 6 exact',
      'rural_income_per_capita actual 2019 growth_pct 8 exact',
    ]);
  });

  it('reads a rank, a first among peers and a floor held as no figure of their own', () => {
    // A county's sector that leads its province is still the county's.
    expect(facts('农业保持全省领先,增加值增长4.4%。').map(brief)).toEqual([
      'agriculture_value_added actual 2019 growth_pct 4.4 exact',
    ]);
    expect(facts('地区生产总值在全市率先突破200亿元,达到205亿元。').map(brief)).toEqual([
      'gdp actual 2019 level 20500000000 exact',
    ]);
    expect(facts('粮食产量10.4万吨,稳定在10万吨以上。').map(brief)).toEqual([
      'grain_output actual 2019 level 104000 exact',
    ]);
  });

  it('reads a prefecture’s 全地区, 外贸自营出口, 研发经费支出占比 and a year’s 预期', () => {
    expect(facts('全地区实现税收总额36亿元,增长5%。').map(brief)).toEqual([
      'tax_revenue actual 2019 level 3600000000 exact',
      'tax_revenue actual 2019 growth_pct 5 exact',
    ]);
    expect(facts('实现外贸自营出口10亿美元;全社会研发经费支出占比达到2.2%。').map(brief)).toEqual([
      'exports actual 2019 level 1000000000 exact',
      'rd_intensity actual 2019 rate_pct 2.2 exact',
    ]);
    expect(facts('2020年全县预期地区生产总值增长6.5%以上。').map(brief)).toEqual([
      'gdp target 2020 growth_pct 6.5 at_least',
    ]);
  });

  it('lets list parts share the words the text gives once', () => {
    // The qualifier said once, before the first head (旅游 of 旅游接待人次 and 收入) …
    expect(facts('旅游接待人次和收入分别增长20%、15%以上。').map(brief)).toEqual([
      'tourist_arrivals actual 2019 growth_pct 20 exact',
      'tourism_revenue actual 2019 growth_pct 15 at_least',
    ]);
    // … and the head said once, after the last qualifier (城镇 + 人均居民可支配收入).
    expect(facts('城镇、农村人均居民可支配收入分别完成40000元、20000元。').map(brief)).toEqual([
      'urban_income_per_capita actual 2019 level 40000 exact',
      'rural_income_per_capita actual 2019 level 20000 exact',
    ]);
  });

  it('reads 外商直接投资实际到位资金, 注册外资实际到账, 粮食播种 and a revenue stated like-for-like only', () => {
    expect(
      facts('外商直接投资实际到位资金26亿美元;注册外资实际到账10亿美元;完成粮食播种11万亩。').map(brief),
    ).toEqual([
      'actual_fdi actual 2019 level 2600000000 exact',
      'actual_fdi actual 2019 level 1000000000 exact',
      'grain_sown_area actual 2019 level 110000 exact',
    ]);
    expect(facts('同口径一般公共预算收入250亿元。').map(brief)).toEqual([
      'general_budget_revenue actual 2019 level 25000000000 exact',
    ]);
  });

  it('reads an amount that sets a class of places as no figure of the subject', () => {
    expect(facts('一般公共预算收入超10亿元的县(区)由2个增加到8个。').map(brief)).toEqual([]);
  });

  it('is not framed by a sentence that says what the report’s year is to bring', () => {
    const text =
      '2025年要全方位扩大内需,推动居民收入增长5%以上。工作回顾 - 全县地区生产总值增长5.7%;常住人口城镇化率突破60%。';
    expect(factsOf(text, 'review', 2025).map(brief)).toEqual([
      'resident_income_per_capita target 2025 growth_pct 5 at_least',
      'gdp actual 2024 growth_pct 5.7 exact',
      'urbanization_rate actual 2024 rate_pct 60 at_least',
    ]);
  });

  it('reads 内联引资到位额, R&D经费占比, growth at constant prices and the whole territory’s 全域口径', () => {
    expect(
      facts('内联引资到位额77亿元,同比增长近10%;R&D经费占比达2.3%;地区生产总值按不变价计算增长4%。').map(
        brief,
      ),
    ).toEqual([
      'actual_domestic_investment actual 2019 level 7700000000 exact',
      'actual_domestic_investment actual 2019 growth_pct 10 about',
      'rd_intensity actual 2019 rate_pct 2.3 exact',
      'gdp actual 2019 growth_pct 4 exact',
    ]);
    expect(facts('全域口径地区生产总值增长8%。').map(brief)).toEqual(['gdp actual 2019 growth_pct 8 exact']);
  });

  it('reads 城乡人均可支配收入 as the urban and rural pair, and 优良天数比例 as air quality', () => {
    expect(facts('城乡人均可支配收入分别预计增长6.7%、7.3%;优良天数比例达到72%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2019 growth_pct 6.7 exact',
      'rural_income_per_capita actual 2019 growth_pct 7.3 exact',
      'air_quality_good_rate actual 2019 rate_pct 72 exact',
    ]);
  });

  it('reads a subject after a turn or an addition (但, 同时)', () => {
    expect(facts('旅游总收入下降10%,但粮食总产量增长3.2%;同时,地区生产总值增长5%。').map(brief)).toEqual([
      'tourism_revenue actual 2019 growth_pct -10 exact',
      'grain_output actual 2019 growth_pct 3.2 exact',
      'gdp actual 2019 growth_pct 5 exact',
    ]);
  });

  it('reads the rate of growth named as a noun (增长率, 增长速度)', () => {
    expect(facts('全县经济增长率9.2%,财政收入增长速度为12%。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 9.2 exact',
      'fiscal_total_revenue actual 2019 growth_pct 12 exact',
    ]);
  });

  it('reads an area in hectares on its indicator’s axis of mu, at the fixed rate', () => {
    const area = facts('全年粮食种植面积3200公顷;粮食播种面积比上年增加;粮食播种面积12.5千公顷。');
    expect(area.map(brief)).toEqual([
      'grain_sown_area actual 2019 level 48000 exact',
      'grain_sown_area actual 2019 level 187500 exact',
    ]);
    expect(area.map((f) => f.unit)).toEqual(['mu', 'mu']);
  });

  it('reads PM2.5 named with its Chinese name before it, glossed or not', () => {
    expect(
      facts('细颗粒物(PM2.5)年均浓度32微克/立方米,可吸入颗粒物PM2.5平均浓度达41微克/立方米。').map(brief),
    ).toEqual(['pm25 actual 2019 level 32 exact', 'pm25 actual 2019 level 41 exact']);
  });

  it('reads the figure an exception states (除…外)', () => {
    expect(facts('除外贸出口增长1.5%未达到计划外,其余指标全部完成。').map(brief)).toEqual([
      'exports actual 2019 growth_pct 1.5 exact',
    ]);
  });

  it('leaves the year of what a figure builds on (在2018年…的基础上) to that base', () => {
    expect(facts('人均生产总值在2018年突破1000美元的基础上又有提高,超过1200美元。').map(brief)).toEqual([
      'gdp_per_capita actual 2018 level 1000 at_least',
      'gdp_per_capita actual 2019 level 1200 at_least',
    ]);
  });

  it('reads 全口径 as the whole of a revenue, and 人均 after GDP’s figure and a 、 as GDP per head', () => {
    expect(
      facts('实现全口径财政总收入138亿元;地区生产总值突破1200亿元、人均达14.3万元左右。').map(brief),
    ).toEqual([
      'fiscal_total_revenue actual 2019 level 13800000000 exact',
      'gdp actual 2019 level 120000000000 at_least',
      'gdp_per_capita actual 2019 level 143000 about',
    ]);
  });

  it('reads a name with its verb set inside it (固定资产完成投资, 工业完成投资)', () => {
    expect(facts('规模以上固定资产完成投资44.5亿元。').map(brief)).toEqual([
      'fixed_asset_investment actual 2019 level 4450000000 exact',
    ]);
    expect(facts('工业完成投资88亿元,同比增长21.5%。').map(brief)).toEqual([
      'industrial_investment actual 2019 level 8800000000 exact',
      'industrial_investment actual 2019 growth_pct 21.5 exact',
    ]);
  });

  it('reads 新增 before what a year brings in as no other statistic, and before a level held as one', () => {
    expect(facts('全年新增到账外资2.6亿美元,新增实际利用内资31亿元。').map(brief)).toEqual([
      'actual_fdi actual 2019 level 260000000 exact',
      'actual_domestic_investment actual 2019 level 3100000000 exact',
    ]);
    // The increase of a level (revenue, loans) is not the level.
    expect(facts('全年新增地方财政收入3亿元。').map(brief)).toEqual([]);
  });

  it('reads investment named for the levels it covers (城镇以上固定资产投资), and not as a second figure after its whole', () => {
    expect(facts('全县城镇以上固定资产投资完成12.5亿元,增长16%。').map(brief)).toEqual([
      'fixed_asset_investment actual 2019 level 1250000000 exact',
      'fixed_asset_investment actual 2019 growth_pct 16 exact',
    ]);
    expect(facts('全社会固定资产投资40亿元,其中,城镇以上固定资产投资38.2亿元。').map(brief)).toEqual([
      'fixed_asset_investment actual 2019 level 4000000000 exact',
    ]);
  });

  it('reads 城市居民年人均可支配收入 and 旅游总接待人数', () => {
    expect(facts('城市居民年人均可支配收入38812元;旅游总接待人数334万人次。').map(brief)).toEqual([
      'urban_income_per_capita actual 2019 level 38812 exact',
      'tourist_arrivals actual 2019 level 3340000 exact',
    ]);
  });

  it('reads a headline’s 破 as a threshold, a fall turned to growth, and 接待旅游人数', () => {
    expect(
      facts(
        '固定资产投资破百亿元,增长25%;规模以上工业增加值实现由负转正、增长2.2%;接待旅游人数1.9亿人次。',
      ).map(brief),
    ).toEqual([
      'fixed_asset_investment actual 2019 level 10000000000 at_least',
      'fixed_asset_investment actual 2019 growth_pct 25 exact',
      'industrial_value_added actual 2019 growth_pct 2.2 exact',
      'tourist_arrivals actual 2019 level 190000000 exact',
    ]);
    // …within the year (年内).
    expect(facts('地区生产总值年内实现由负转正、增长1.8%。').map(brief)).toEqual([
      'gdp actual 2019 growth_pct 1.8 exact',
    ]);
  });

  it('reads 财政一般预算收入 beside GDP, and what a meeting requires (并要求…)', () => {
    expect(
      facts('地区生产总值和财政一般预算收入增长10%以上,并要求万元生产总值综合能耗下降4%左右。').map(brief),
    ).toEqual([
      'gdp actual 2019 growth_pct 10 at_least',
      'general_budget_revenue actual 2019 growth_pct 10 at_least',
      'energy_intensity actual 2019 growth_pct -4 about',
    ]);
  });

  it('goes on with the subject past an increase by an amount (净增110亿元, 增收6.42亿元), which is no level of it, or past a factor left out (扣除物价因素) or the definition counted by (按省口径计算)', () => {
    expect(facts('地区生产总值达到417亿元,净增110亿元,同比增长9.4%。').map(brief)).toEqual([
      'gdp actual 2019 level 41700000000 exact',
      'gdp actual 2019 growth_pct 9.4 exact',
    ]);
    // An increase by an amount said alone, with its aspect (净增了), is no level either.
    expect(facts('全市地区生产总值净增了820亿元。').map(brief)).toEqual([]);
    // Past a factor the growth leaves out, though the factor is named by a statistic (物价).
    expect(facts('城镇居民人均可支配收入6630元,扣除物价因素,实际增长16.2%。').map(brief)).toEqual([
      'urban_income_per_capita actual 2019 level 6630 exact',
      'urban_income_per_capita actual 2019 growth_pct 16.2 exact',
    ]);
    // Past the definition it is counted by (按省口径计算).
    expect(facts('全年完成财政总收入558亿元,按省口径计算增长16.8%。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 55800000000 exact',
      'fiscal_total_revenue actual 2019 growth_pct 16.8 exact',
    ]);
    // A revenue's increase by an amount (增收).
    expect(facts('财政总收入达到20.28亿元,增收6.42亿元,增长46.4%。').map(brief)).toEqual([
      'fiscal_total_revenue actual 2019 level 2028000000 exact',
      'fiscal_total_revenue actual 2019 growth_pct 46.4 exact',
    ]);
  });
});
