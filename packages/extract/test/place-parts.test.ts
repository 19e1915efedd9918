import { resolveRegion } from '@gwr/domain';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { placeParts, roundUp } from '../src/place-parts.js';

const brief = (f: {
  region: string | null;
  indicator: string | null;
  kind: string;
  year: number | null;
  value: number;
}) => [f.region, f.indicator, f.kind, f.year, f.value].join(' ');

describe('placeParts: the parts of a round-up that each place heads', () => {
  it('reads a place named alone on a line, or opening a bracketed headline, as heading its part', () => {
    const text = [
      '各区县陆续召开两会。',
      '渝中',
      '2020年目标:地区生产总值增长5%。',
      '【沙坪坝:建设科学城】',
      '增长6%。',
    ].join('\n');
    const parts = placeParts(text, null);
    expect(parts.map((p) => [p.region.name, text.slice(p.start, p.end).split('\n')[0]])).toEqual([
      ['渝中区', '渝中'],
      ['沙坪坝区', '【沙坪坝:建设科学城】'],
    ]);
    expect(parts[1]!.end).toBe(text.length);
  });

  it('reads a paragraph that opens on a place’s congress meeting as heading that place’s part', () => {
    const text = [
      '3月5日,嘉兴市第九届人民代表大会第三次会议开幕,市长作政府工作报告。',
      '全市地区生产总值增长6%。',
      '其中,在3月9日召开的湖州市人大九届三次会议上,报告提出地区生产总值增长6.5%左右。',
      '除此之外,绍兴也公布了目标。',
    ].join('\n');
    const parts = placeParts(text, null);
    expect(parts.map((p) => p.region.name)).toEqual(['嘉兴市', '湖州市']);
    expect(parts[1]!.start).toBe(text.indexOf('其中'));
    // One place's meeting makes no round-up: its figures stay the article's.
    expect(placeParts('3月5日,德清县人大一次会议开幕。\n湖州市地区生产总值增长6%。', null)).toEqual([]);
  });

  it('reads one heading of a place inside the article’s own as heading its part', () => {
    const city = resolveRegion('重庆市')!;
    const text = '本报摘编部分区县的政府工作报告。\n渝中\n地区生产总值增长5%。';
    expect(placeParts(text, city).map((p) => [p.region.name, p.start])).toEqual([
      ['渝中区', text.indexOf('渝中')],
    ]);
    // The article's own place heading its own text is no part.
    expect(placeParts('重庆\n地区生产总值增长6%。', city)).toEqual([]);
  });

  it('finds none where one place alone heads a line, or, in an article of its own place, a place only opens a sentence', () => {
    expect(placeParts('广州\n地区生产总值增长6%。', null)).toEqual([]);
    expect(placeParts('广州市地区生产总值增长6%。\n深圳市地区生产总值增长5%。', null)).toEqual([]);
    const province = resolveRegion('广东省')!;
    expect(roundUp('广州市地区生产总值增长6%。\n深圳市地区生产总值增长5%。', province)).toEqual({
      parts: [],
      ownPlaceOutside: true,
    });
  });

  it('reads, in a round-up of no place of its own, each sentence that opens on a place as that place’s', () => {
    const text =
      '多地公布去年经济数据。其中,据报道,浙江全年经济增速为6.8%。江苏的经济增速为6.1%。同日,河北实现地区生产总值3.5万亿元。全国经济增长6%。';
    const { parts } = roundUp(text, null);
    expect(parts.map((p) => [p.region.name, text.slice(p.start, p.end)])).toEqual([
      ['江苏省', '江苏的经济增速为6.1%。'],
      ['河北省', '同日,河北实现地区生产总值3.5万亿元。'],
    ]);
    // So in an article that names one place most, where it names two of its peers so: the round-up
    // is no one place's.
    const hainan = resolveRegion('海南省')!;
    expect(roundUp(`海南设定增长9%左右。${text}`, hainan).ownPlaceOutside).toBe(false);
    expect(roundUp(`海南设定增长9%左右。${text}`, hainan).parts.map((p) => p.region.name)).toEqual([
      '海南省',
      '江苏省',
      '河北省',
    ]);
    // Unless the headline names it: then the peers are what it is compared with.
    expect(roundUp(`海南设定增长9%左右。${text}`, hainan, '海南今年GDP目标最高').ownPlaceOutside).toBe(true);
    // A county's short form opening a sentence is too often a word (合作, 振兴) to name one.
    expect(roundUp('合作实现地区生产总值5亿元。振兴实现地区生产总值6亿元。', null).parts).toEqual([]);
  });
});

describe('a news round-up of several places’ reports', () => {
  it('files each part’s figures under the place that heads it', () => {
    const text = [
      '城市两会集中召开 各市这样定目标',
      '2021年3月2日',
      '近日,省内各市陆续召开人代会,审议政府工作报告。',
      '主要预期目标',
      '韶关',
      '●地区生产总值增长7%',
      '●固定资产投资增长9%',
      '梅州',
      '●地区生产总值增长6.5%左右',
    ].join('\n');
    const { facts } = extract(text, { sourceFile: 'roundup.txt' });
    expect(facts.map(brief)).toEqual([
      '韶关市 gdp target 2021 7',
      '韶关市 fixed_asset_investment target 2021 9',
      '梅州市 gdp target 2021 6.5',
    ]);
  });

  it('files the figures of a round-up with no place of its own under the place each sentence opens on', () => {
    const text = [
      '多省区公布2019年经济成绩单',
      '1月22日,多个省区发布了去年经济运行数据。',
      '其中,浙江实现地区生产总值6.2万亿元,经济增速为6.8%,好于年初确定的6.5%左右的预期目标。江苏的经济总量逼近10万亿元,达到9.96万亿元。2019年,吉林实现地区生产总值1.17万亿元。',
    ].join('\n');
    expect(extract(text, { sourceFile: 'roundup.txt' }).facts.map(brief)).toEqual([
      '浙江省 gdp actual 2019 6200000000000',
      '浙江省 gdp actual 2019 6.8',
      '浙江省 gdp target 2019 6.5',
      '江苏省 gdp actual 2019 9960000000000',
      '吉林省 gdp actual 2019 1170000000000',
    ]);
  });

  it('files each figure of a round-up’s list under the place whose bracket it stands in', () => {
    const text = [
      '各地今年经济增长目标出炉',
      '从已公布的情况看,多个省份2021年GDP增长目标为:安徽(8%)、福建(7.5%左右)、吉林(6%至7%)。',
    ].join('\n');
    expect(extract(text, { sourceFile: 'roundup.txt' }).facts.map(brief)).toEqual([
      '安徽省 gdp target 2021 8',
      '福建省 gdp target 2021 7.5',
      '吉林省 gdp target 2021 6',
    ]);
  });

  it('reads a round-up headlined as the places’ targets as their targets, part by part', () => {
    const text = [
      '主要预期目标 湾区各市今年这样干',
      '2021年3月2日',
      '今年是“十四五”开局之年,各市召开人代会审议政府工作报告。',
      '江门',
      '●地区生产总值增长7%',
      '肇庆',
      '●固定资产投资增长9%',
    ].join('\n');
    expect(extract(text, { sourceFile: 'roundup.txt' }).facts.map(brief)).toEqual([
      '江门市 gdp target 2021 7',
      '肇庆市 fixed_asset_investment target 2021 9',
    ]);
  });
});
