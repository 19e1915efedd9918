/** The place a page's address names, read with the region readings @gwr/domain's build writes. */
import { describe, expect, it } from 'vitest';
import { regionOfAddress } from '../src/address-region.js';
import { extract } from '../src/extract.js';
import { regionPinyin } from '../src/node/region-pinyin.js';

const pinyin = regionPinyin();

describe('regionOfAddress', () => {
  it('reads a government portal or a city news site named after its place', () => {
    expect(regionOfAddress('http://www.longyou.gov.cn/art/2025/2/19/art_1.html', pinyin)?.name).toBe(
      '龙游县',
    );
    expect(regionOfAddress('https://z.hangzhou.com.cn/2022/hzlh/content/1.html', pinyin)?.name).toBe(
      '杭州市',
    );
    // The people's congress's site of a place: its reading and 人大's initials.
    expect(regionOfAddress('http://longyourd.gov.cn/content?id=1', pinyin)?.name).toBe('龙游县');
  });

  it('reads the domain a government registered by its parent’s initials and its own', () => {
    // 荆门 东宝区, with and without 区's initial; 南京 鼓楼区, one of several 鼓楼区.
    expect(regionOfAddress('http://jmdbq.gov.cn/art/2021/1.html', pinyin)?.code).toBe('420802');
    expect(regionOfAddress('http://rd.njgl.gov.cn/art/2016/1.html', pinyin)?.code).toBe('320106');
    // A county-level city by its province's initials and its own (贵州 清镇, a city of 贵阳).
    expect(regionOfAddress('https://www.gzqz.gov.cn/zwgk/1.html', pinyin)?.name).toBe('清镇市');
    // Only the registered name: a site's section (`xxgk.…`) spells no place, nor a host off gov.cn.
    expect(regionOfAddress('http://jmdbq.example.com/1.html', pinyin)).toBeNull();
    expect(regionOfAddress('http://www.xyz.gov.cn/1.html', pinyin)).toBeNull();
  });

  it('reads no path, no one-syllable label and no host without a place', () => {
    // `/dongtai/` is a section's news (动态), not 东台.
    expect(regionOfAddress('http://www.example.cn/dongtai/2021/1.html', pinyin)).toBeNull();
    expect(regionOfAddress('http://www.gov.cn/zhengce/1.htm', pinyin)).toBeNull();
    expect(regionOfAddress(null, pinyin)).toBeNull();
  });
});

describe('a page whose text names no region', () => {
  const page = (address: string, speech: string) =>
    `${address}\n2021年政府工作报告\n各位代表:\n现在,我代表${speech}人民政府向大会报告工作。\n一、2020年工作回顾\n全年地区生产总值增长5%。\n`;

  it('is taken for the place its address names, when the loader passes the readings', () => {
    const text = page('http://www.longyou.gov.cn/art/2021/1.html', '县');
    expect(extract(text, { sourceFile: 'a.txt', regionPinyin: pinyin }).facts.map((f) => f.region)).toEqual([
      '龙游县',
    ]);
    expect(extract(text, { sourceFile: 'a.txt' }).facts).toEqual([]);
  });

  it('is no place at all when a township speaks, whatever portal holds it', () => {
    const text = page('http://www.longyou.gov.cn/art/2021/1.html', '镇');
    const result = extract(text, { sourceFile: 'a.txt', regionPinyin: pinyin });
    expect(result.documents[0]!.region).toBeNull();
    expect(result.facts).toEqual([]);
  });
});
