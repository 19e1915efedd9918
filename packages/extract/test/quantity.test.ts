import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/quantity.js';

const one = (text: string) => {
  const found = findQuantities(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findQuantities on sentences of real reports', () => {
  it('reads 亿元 and 万元 into yuan', () => {
    expect(one('全县地区生产总值69.5亿元').value).toBe(6_950_000_000);
    expect(one('城镇居民人均可支配收入达5.36万元').value).toBe(53_600);
    expect(one('实现网络零售总额32.88亿元').value).toBe(3_288_000_000);
    // A count of 亿 and its remainder in 万, as older reports write an exact amount.
    expect(one('地方财政收入完成56亿4127万元')).toMatchObject({ start: 8, value: 5_641_270_000 });
    expect(one('生产总值930亿零60万元').value).toBe(93_000_600_000);
    // Numerals before 兆 (a trillion, as Hong Kong papers write it), and ○ typeset for 〇.
    expect(one('生产总值达人民币一点二兆元').value).toBe(1_200_000_000_000);
    expect(one('物价上涨百分之○点三').value).toBe(0.3);
  });

  it('reads persons, dollars and concentrations in base units', () => {
    expect(one('新增城镇就业1.6万人')).toMatchObject({ value: 16_000, unit: 'person' });
    expect(one('实际利用外资3538万美元')).toMatchObject({ value: 35_380_000, unit: 'USD' });
    expect(one('PM2.5年均值26微克/立方米')).toMatchObject({ value: 26, unit: 'ug/m3' });
  });

  it('reads qualifiers before and after the number', () => {
    expect(one('城镇登记失业率控制在3%以内').qualifier).toBe('at_most');
    expect(one('地区生产总值增长7%左右').qualifier).toBe('about');
    expect(one('城镇新增就业2.2万人以上').qualifier).toBe('at_least');
    expect(one('全年地区生产总值首次超过500亿元')).toMatchObject({
      qualifier: 'at_least',
      value: 50_000_000_000,
    });
    expect(one('这批项目总投资达65亿余元')).toMatchObject({ qualifier: 'at_least', value: 6_500_000_000 });
    // A round figure crossed as a threshold, with its mark and no unit (`突破万亿大关`, `跨上千亿台阶`):
    // 台 of 台阶 is no unit of machines.
    expect(one('经济总量突破万亿大关')).toMatchObject({ qualifier: 'at_least', value: 1e12, unit: '' });
    expect(one('财政收入跨上千亿台阶')).toMatchObject({ qualifier: 'at_least', value: 1e11, unit: '' });
    expect(one('生产总值跨上3000亿新台阶')).toMatchObject({ value: 3e11, unit: '' });
    // A figure after a list's first threshold, marked by 的大关 after it (`突破…、人均10000元的大关`).
    expect(findQuantities('突破500亿元、人均10000元的大关').map((x) => [x.value, x.qualifier])).toEqual([
      [5e10, 'at_least'],
      [10000, 'at_least'],
    ]);
    expect(one('全县拥有数控机床500台')).toMatchObject({ value: 500, unit: '台' });
    // 多 before the multiplier, in figures and in Chinese numerals.
    expect(one('完成投资3060多亿元')).toMatchObject({ qualifier: 'at_least', value: 306_000_000_000 });
    expect(one('生产总值达到二万零七百多亿元')).toMatchObject({
      qualifier: 'at_least',
      value: 2_070_000_000_000,
    });
    expect(one('项目总投资超2000万美元')).toMatchObject({ qualifier: 'at_least', unit: 'USD' });
    expect(one('农村居民人均可支配收入首次突破3万元').qualifier).toBe('at_least');
    expect(one('举办活动近3000场').qualifier).toBe('about');
    expect(one('居民消费价格涨幅控制在3%左右').qualifier).toBe('about');
    expect(one('城镇登记失业率控制在3.5%').qualifier).toBe('at_most');
  });

  it('reads a negated bound as the opposite bound (不超过 is at most, 不低于 at least)', () => {
    // Each negation ends with the word it negates (`不超过` with `超过`): the whole word decides.
    expect(one('居民消费价格涨幅不超过3%')).toMatchObject({ qualifier: 'at_most', qualifierWords: '不超过' });
    expect(one('单位生产总值能耗增幅不高于2%').qualifier).toBe('at_most');
    // The signs a table or digest writes.
    expect(one('城镇登记失业率≤4%').qualifier).toBe('at_most');
    expect(one('地区生产总值增长≥7%').qualifier).toBe('at_least');
    expect(one('粮食播种面积不低于120万亩')).toMatchObject({
      qualifier: 'at_least',
      qualifierWords: '不低于',
    });
    expect(one('新增就业不少于5000人').qualifier).toBe('at_least');
    expect(one('PM2.5平均浓度低于35微克/立方米').qualifier).toBe('at_most');
    expect(one('一般公共预算收入超过10亿元').qualifier).toBe('at_least');
    // A currency's name between the word and the number (`不低于人民币…`).
    const text = '签约项目总额不低于人民币300亿元';
    const q = one(text);
    expect([q.qualifier, q.qualifierWords, text.slice(q.start, q.end)]).toEqual([
      'at_least',
      '不低于',
      '不低于人民币300亿元',
    ]);
  });

  it('reads ranges written either way', () => {
    expect(one('增长6%-6.5%')).toMatchObject({ value: 6, valueMax: 6.5, qualifier: 'range' });
    expect(one('增长6-6.5%')).toMatchObject({ value: 6, valueMax: 6.5, qualifier: 'range' });
    expect(one('新增主板上市企业1-2家')).toMatchObject({ value: 1, valueMax: 2, unit: '家' });
  });

  it('reads bare multiplied figures closed by a count of thresholds (300亿、400亿两个台阶)', () => {
    expect(findQuantities('先后迈上300亿、400亿两个台阶').map((x) => [x.value, x.qualifier])).toEqual([
      [30_000_000_000, 'at_least'],
      [40_000_000_000, 'at_least'],
    ]);
  });

  it('reads 从A到B as two levels a change goes between, not a range', () => {
    const q = findQuantities('生产总值从20亿元到31亿元');
    expect(q.map((x) => [x.value, x.valueMax, x.qualifier])).toEqual([
      [2_000_000_000, null, 'exact'],
      [3_100_000_000, null, 'exact'],
    ]);
    expect(one('投资20亿元到31亿元的项目')).toMatchObject({ value: 2_000_000_000, valueMax: 3_100_000_000 });
  });

  it('counts bare numbers listed before a figure in its unit, but not years or ordinals', () => {
    const q = findQuantities('两项收入分别达到836、412和96.5亿元,分别增长1.3和1.4倍');
    expect(q.map((x) => [x.value, x.unit])).toEqual([
      [83_600_000_000, 'CNY'],
      [41_200_000_000, 'CNY'],
      [9_650_000_000, 'CNY'],
      [130, '%'],
      [140, '%'],
    ]);
    expect(q.map((x) => x.start)).toEqual([8, 12, 16, 27, 31]);
    expect(findQuantities('2018年和2019年分别增长8%和9%').map((x) => x.value)).toEqual([8, 9]);
    expect(findQuantities('第3和第4季度增长5%').map((x) => x.value)).toEqual([5]);
  });

  it('reads a figure right after a catalogued Latin name, not after an identifier', () => {
    expect(one('人均GDP6.12万元')).toMatchObject({ value: 61_200, unit: 'CNY' });
    expect(one('PM2.5年均值26微克/立方米').value).toBe(26);
    expect(findQuantities('BRT3号线和S329省道').map((x) => x.value)).toEqual([]);
  });

  it('reads a figure approached (逼近) as at most that much', () => {
    expect(one('经济总量逼近300亿元大关')).toMatchObject({ value: 30_000_000_000, qualifier: 'at_most' });
  });

  it('reads 度 after a multiplier as kilowatt-hours', () => {
    expect(one('全社会用电量12.6亿度')).toMatchObject({ value: 1_260_000_000, unit: 'kWh' });
  });

  it('reads a threshold crossed as at least that much', () => {
    expect(one('一般公共预算收入首破10亿元')).toMatchObject({ value: 1_000_000_000, qualifier: 'at_least' });
    expect(one('财政总收入跨越50亿元大关').qualifier).toBe('at_least');
    expect(one('地区生产总值迈上500亿元台阶').qualifier).toBe('at_least');
    expect(one('工业增加值跨过万亿元大关')).toMatchObject({ value: 1e12, qualifier: 'at_least' });
    // A digit before 千亿 or 百亿 (`1千亿美元`) multiplies it.
    expect(one('进出口总额突破1千亿美元')).toMatchObject({ value: 1e11, unit: 'USD', qualifier: 'at_least' });
    expect(one('财政总收入3百亿元').value).toBe(3e10);
    // How many thresholds were crossed is a count of them, not a figure: the figure follows.
    expect(findQuantities('生产总值连跨2个千亿元台阶,达到4500亿元').map((x) => x.value)).toEqual([4.5e11]);
    // 万 alone before 亿 is ten thousand, as 千 alone is a thousand.
    expect(one('经济总量突破万亿元')).toMatchObject({ value: 1e12, qualifier: 'at_least' });
    expect(one('财政收入超千亿元')).toMatchObject({ value: 1e11, qualifier: 'at_least' });
    expect(one('农民人均纯收入首次突破万元')).toMatchObject({
      value: 10_000,
      unit: 'CNY',
      qualifier: 'at_least',
    });
    expect(findQuantities('万元生产总值能耗下降4%').map((x) => x.value)).toEqual([4]);
  });

  it('reads a qualifier before a list’s first value as the whole list’s', () => {
    const qualifiers = (text: string) => findQuantities(text).map((x) => `${x.value} ${x.qualifier}`);
    expect(qualifiers('生产总值先后突破200亿元、300亿元和400亿元')).toEqual([
      '20000000000 at_least',
      '30000000000 at_least',
      '40000000000 at_least',
    ]);
    expect(qualifiers('两项收入分别低于8%、6.5%')).toEqual(['8 at_most', '6.5 at_most']);
    // A value with its own words, in another unit or after other words is not in the list.
    expect(qualifiers('分别超过9%、7%以内')).toEqual(['9 at_least', '7 at_most']);
    expect(qualifiers('突破20亿元、增长12%')).toEqual(['2000000000 at_least', '12 exact']);
    expect(qualifiers('突破20亿元,税收收入15亿元')).toEqual(['2000000000 at_least', '1500000000 exact']);
  });

  it('reads percents written out (百分之…) with their qualifiers', () => {
    expect(one('社会消费品零售总额增长百分之八左右')).toMatchObject({
      value: 8,
      unit: '%',
      qualifier: 'about',
    });
    expect(one('增长百分之七点五以上')).toMatchObject({ value: 7.5, unit: '%', qualifier: 'at_least' });
    const text = '控制在百分之三以内';
    const q = one(text);
    expect([q.value, q.qualifier, text.slice(q.start, q.end)]).toEqual([3, 'at_most', '控制在百分之三以内']);
  });

  it('reads a range of percents written out, and a change from one to another as two figures', () => {
    expect(one('增长百分之六点五至百分之七')).toMatchObject({ value: 6.5, valueMax: 7, qualifier: 'range' });
    expect(one('增长百分之六到七')).toMatchObject({ value: 6, valueMax: 7, qualifier: 'range' });
    expect(findQuantities('城镇化率从百分之四十到百分之四十五').map((x) => [x.value, x.valueMax])).toEqual([
      [40, null],
      [45, null],
    ]);
  });

  it('reads a minus sign after a word or a list’s joiner, and a dash between figures as a range', () => {
    const text = '社会消费品零售总额增长-3.5%左右';
    const q = one(text);
    expect([q.value, q.qualifier, text.slice(q.start, q.end)]).toEqual([-3.5, 'about', '-3.5%左右']);
    expect(one('城镇新增就业3000-4000人')).toMatchObject({ value: 3000, valueMax: 4000 });
    // In a list, after its joiner.
    expect(findQuantities('分别增长4.2%、-12.5%、8%').map((x) => x.value)).toEqual([4.2, -12.5, 8]);
  });

  it('reads Chinese numerals with a multiplier or money unit', () => {
    expect(one('新增就业三万人')).toMatchObject({ value: 30_000, unit: 'person' });
    expect(one('投入五千万元')).toMatchObject({ value: 50_000_000, unit: 'CNY' });
  });

  it('ignores years, ordinals, identifiers, names and slogans', () => {
    expect(findQuantities('2018年3月7日在庆元县第十六届人民代表大会第二次会议上')).toEqual([]);
    expect(findQuantities('引进培育“千人计划”“万人计划”等领军型人才')).toEqual([]);
    expect(findQuantities('实行“一厕一人”保洁')).toEqual([]);
    expect(findQuantities('PM2.5浓度')).toEqual([]);
    expect(findQuantities('投用BRT3号线')).toEqual([]);
    expect(findQuantities('省委“36条办法”')).toEqual([]);
    // A quoted speech is no name: its figures are figures.
    expect(findQuantities('“预计全市生产总值达4.58万亿元,增长7.8%左右。”').map((q) => q.value)).toEqual([
      4_580_000_000_000, 7.8,
    ]);
  });

  it('keeps offsets of the quantity and its qualifier words', () => {
    const text = '城镇登记失业率控制在3.5%以内';
    const q = one(text);
    expect(text.slice(q.start, q.end)).toBe('控制在3.5%以内');
    expect(text.slice(q.numberStart, q.end)).toBe('3.5%以内');
  });

  it('reads 翻番 and 两位数 as the growth they mean', () => {
    expect(one('城乡居民收入比2010年翻一番')).toMatchObject({ value: 100, unit: '%', impliesChange: true });
    expect(one('经济总量翻两番')).toMatchObject({ value: 300 });
    expect(one('实现两位数增长')).toMatchObject({ value: 10, qualifier: 'at_least', impliesChange: true });
  });
});

describe('Chinese numerals with 万 inside', () => {
  it('reads 万 inside a numeral before 亿 or a currency as part of the number', () => {
    expect(findQuantities('二万五千九百六十八点五五亿元')[0]?.value).toBe(2596855000000);
    expect(findQuantities('一万六千零一十六元')[0]?.value).toBe(16016);
    // Before another unit 万 is the multiplier: three ten-thousands of people.
    expect(findQuantities('三万人')[0]?.value).toBe(30000);
    expect(findQuantities('三万元')[0]?.value).toBe(30000);
  });
});
