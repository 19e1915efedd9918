/**
 * Pages whose converter dropped their percent signs, all or all but a few (`同比增长7.2;…分别增长8.7、
 * 10.5`): the bare number after a change word is the percent it lost, on such a page only. Text in
 * our own words.
 */
import { regionByCode } from '@gwr/domain';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { lostPercentSigns } from '../src/lost-percents.js';

const lost = [
  '2020年某县政府工作报告',
  '各位代表:',
  '一、2019年工作回顾',
  '全县实现地区生产总值210亿元,同比增长6.4左右;一般公共预算收入15亿元,增长5.1;城镇和农村居民人均可支配收入分别增长8.2、9.6。',
].join('\n');

/** The pages name no place of their own: the region comes from the caller (`defaultRegion`). */
const county = regionByCode('331126')!;

const brief = (f: {
  indicator: string | null;
  year: number | null;
  measure: string;
  value: number;
  unit: string;
  qualifier: string;
}) => [f.indicator, f.year, f.measure, f.value, f.unit, f.qualifier].join(' ');

describe('a page that lost its percent signs', () => {
  it('is known by bare changes, more of them than percent signs left', () => {
    expect(lostPercentSigns(lost)).toBe(true);
    // A page may keep its first sign and lose the rest.
    expect(lostPercentSigns(`生产总值增长7.5%。${lost}`)).toBe(true);
    expect(lostPercentSigns(`${lost}失业率3.5%,投资增长8%,消费增长9%。`)).toBe(false);
    // One bare change is not enough to say the page lost them.
    expect(lostPercentSigns('固定资产投资增长8,新开工项目12个。')).toBe(false);
  });

  it('reads the bare number after a change word, and each of a run, as the lost percent', () => {
    const facts = extract(lost, { sourceFile: 'lost.txt', defaultRegion: county }).facts;
    expect(facts.filter((f) => f.measure === 'growth_pct').map(brief)).toEqual([
      'gdp 2019 growth_pct 6.4 % about',
      'general_budget_revenue 2019 growth_pct 5.1 % exact',
      'urban_income_per_capita 2019 growth_pct 8.2 % exact',
      'rural_income_per_capita 2019 growth_pct 9.6 % exact',
    ]);
    // Evidence still slices the file exactly.
    for (const f of facts) expect(lost.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });

  it('reads the bare number of a rate as its lost percent (涨幅控制在1.8, 失业率1.91)', () => {
    const rates = `${lost}\n居民消费价格涨幅控制在2.1;城镇登记失业率2.35;新开工项目控制在40个。`;
    const facts = extract(rates, { sourceFile: 'rates.txt', defaultRegion: county }).facts;
    expect(
      facts.filter((f) => f.indicator === 'cpi' || f.indicator?.endsWith('unemployment_rate')).map(brief),
    ).toEqual([
      'cpi 2019 growth_pct 2.1 % at_most',
      'registered_unemployment_rate 2019 rate_pct 2.35 % exact',
    ]);
  });

  it('leaves bare numbers alone on a page that kept its percent signs', () => {
    // (Its signs outnumber its bare changes: the one left bare is a slip, not a lost sign.)
    const kept = lost.replace('增长6.4', '增长6.4%').replace('增长5.1', '增长5.1%');
    const facts = extract(kept, { sourceFile: 'kept.txt', defaultRegion: county }).facts;
    expect(facts.filter((f) => f.measure === 'growth_pct').map(brief)).toEqual([
      'gdp 2019 growth_pct 6.4 % about',
      'general_budget_revenue 2019 growth_pct 5.1 % exact',
    ]);
  });
});
