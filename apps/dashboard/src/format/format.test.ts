import { describe, expect, it } from 'vitest';
import { chartScale, formatAmount, formatDate, formatDelta, formatPoints, formatQuantity } from './format';

describe('formatAmount: base units to the units people read', () => {
  it('writes money in 亿元 from 1亿 up and in 万元 from 1万 up', () => {
    expect(formatAmount(6_950_000_000, 'CNY')).toBe('69.5亿元');
    expect(formatAmount(50_000_000_000, 'CNY')).toBe('500亿元');
    expect(formatAmount(53_600, 'CNY')).toBe('5.36万元');
    expect(formatAmount(8_000, 'CNY')).toBe('8000元');
  });
  it('writes people in 万人', () => {
    expect(formatAmount(16_000, 'person')).toBe('1.6万人');
    expect(formatAmount(350, 'person')).toBe('350人');
  });
  it('reads the other catalogue units the way the reports write them', () => {
    expect(formatAmount(142_000, 'mu')).toBe('14.2万亩');
    expect(formatAmount(600_000, 'm2')).toBe('60万平方米');
    expect(formatAmount(100, 'km')).toBe('100公里');
    expect(formatAmount(26, 'ug/m3')).toBe('26微克/立方米');
    expect(formatAmount(30_000, 'person-time')).toBe('3万人次');
    // A Chinese counter is its own unit.
    expect(formatAmount(24, '个')).toBe('24个');
  });
  it('keeps percents as written', () => {
    expect(formatAmount(7.5, '%')).toBe('7.5%');
    expect(formatAmount(-1.25, '%')).toBe('-1.25%');
  });
  it('has an English form with billions', () => {
    expect(formatAmount(6_950_000_000, 'CNY', 'en')).toBe('6.95 bn CNY');
    expect(formatAmount(711_000_000, 'CNY', 'en')).toBe('711 m CNY');
    expect(formatAmount(53_600, 'CNY', 'en')).toBe('53,600 CNY');
    expect(formatAmount(22_000, 'person', 'en')).toBe('22,000 people');
    expect(formatAmount(7.5, '%', 'en')).toBe('7.5%');
  });
  it('writes every unit the extractor reads from the one table in @gwr/domain', () => {
    expect(formatAmount(2_400_000_000, 'kWh')).toBe('24亿千瓦时');
    expect(formatAmount(1_200_000, 'TEU', 'en')).toBe('1.2 m TEU');
    expect(formatAmount(35, 'km2')).toBe('35平方公里');
    expect(formatAmount(12, '家', 'en')).toBe('12 firms');
  });
  it('does not invent precision: at most two decimals', () => {
    expect(formatAmount(1_234_567_890, 'CNY')).toBe('12.35亿元');
  });
});

describe('formatQuantity: the qualifier is part of the number', () => {
  it('appends 左右 as the reports write it, and writes bounds as ≤ and ≥ whatever their wording', () => {
    expect(formatQuantity({ value: 7, unit: '%', qualifier: 'about' })).toBe('7%左右');
    expect(formatQuantity({ value: 3, unit: '%', qualifier: 'at_most' })).toBe('≤3%');
    expect(formatQuantity({ value: 22_000, unit: 'person', qualifier: 'at_least' })).toBe('≥2.2万人');
    expect(formatQuantity({ value: 7.8, unit: '%', qualifier: 'exact' })).toBe('7.8%');
  });
  it('writes a range from value to value_max', () => {
    expect(formatQuantity({ value: 6, value_max: 6.5, unit: '%', qualifier: 'range' })).toBe('6%-6.5%');
    expect(formatQuantity({ value: 6, value_max: 6.5, unit: '%', qualifier: 'range' }, 'en')).toBe(
      '6% to 6.5%',
    );
  });
  it('puts the qualifier first in English', () => {
    expect(formatQuantity({ value: 7, unit: '%', qualifier: 'about' }, 'en')).toBe('about 7%');
    expect(formatQuantity({ value: 3, unit: '%', qualifier: 'at_most' }, 'en')).toBe('≤ 3%');
  });
});

describe('differences', () => {
  it('writes percent differences in percentage points with a sign', () => {
    expect(formatPoints(0.5)).toBe('+0.5个百分点');
    expect(formatPoints(-1.2, 'en')).toBe('−1.2 pts');
    expect(formatDelta(0, '%')).toBe('±0个百分点');
  });
  it('writes level differences in the level unit', () => {
    expect(formatDelta(320_000_000, 'CNY')).toBe('+3.2亿元');
  });
});

describe('chartScale: one unit per axis', () => {
  it('picks the unit of the largest value so bars stay comparable', () => {
    const s = chartScale([6_950_000_000, 580_000_000], 'CNY');
    expect(s.label).toBe('亿元');
    expect(6_950_000_000 / s.divisor).toBeCloseTo(69.5);
    expect(580_000_000 / s.divisor).toBeCloseTo(5.8);
  });
  it('leaves percents alone', () => {
    expect(chartScale([7.5, 8], '%').divisor).toBe(1);
  });
});

describe('formatDate', () => {
  it('writes Chinese and English dates', () => {
    expect(formatDate('2018-02-26')).toBe('2018年2月26日');
    expect(formatDate('2018-02-26', 'en')).toBe('26 Feb 2018');
    expect(formatDate(null)).toBe('—');
  });
});
