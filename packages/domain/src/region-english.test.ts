import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishRegionName, type RegionPinyin, romanise } from './region-english.js';
import { allRegionNames } from './regions.js';

// The table the build writes from pinyin-pro (scripts/build-region-pinyin.mjs).
const pinyin: RegionPinyin = JSON.parse(
  readFileSync(new URL('../dist/region-pinyin.json', import.meta.url), 'utf8'),
);

describe('englishRegionName', () => {
  it('writes the stem in pinyin and the level in English', () => {
    expect(englishRegionName('庆元县', pinyin)).toBe('Qingyuan County');
    expect(englishRegionName('瓯海区', pinyin)).toBe('Ouhai District');
    expect(englishRegionName('衢州市', pinyin)).toBe('Quzhou City');
    expect(englishRegionName('阿克苏地区', pinyin)).toBe('Akesu Prefecture');
  });
  it('reads a stem as a word where its characters alone would mislead', () => {
    expect(englishRegionName('重庆市', pinyin)).toBe('Chongqing');
    expect(englishRegionName('厦门市', pinyin)).toBe('Xiamen City');
    expect(englishRegionName('六安市', pinyin)).toBe("Lu'an City");
  });
  it('calls provinces by their stem and autonomous divisions by their level', () => {
    expect(englishRegionName('浙江省', pinyin)).toBe('Zhejiang');
    expect(englishRegionName('新疆维吾尔自治区', pinyin)).toBe('Xinjiang');
    expect(englishRegionName('大理白族自治州', pinyin)).toBe('Dali Autonomous Prefecture');
    expect(englishRegionName('全国', pinyin)).toBe('China (national)');
  });
  it('names a development zone by its place and its kind, not as a district', () => {
    expect(englishRegionName('苏州工业园区', pinyin)).toBe('Suzhou Industrial Park');
    expect(englishRegionName('石家庄高新技术产业开发区', pinyin)).toBe(
      'Shijiazhuang High-tech Industrial Development Zone',
    );
    expect(englishRegionName('滨海新区', pinyin)).toBe('Binhai New Area');
    // By its short form too, as a text or an older store may name it.
    expect(englishRegionName('长春高新区', pinyin)).toBe('Changchun High-tech Industrial Development Zone');
    expect(englishRegionName('常州经开区', pinyin)).toBe(
      'Changzhou Economic and Technological Development Zone',
    );
  });
  it('has a reading for every character of every GB/T 2260 name', () => {
    for (const name of allRegionNames())
      expect(englishRegionName(name, pinyin), name).not.toMatch(/[\u3400-\u9fff]/);
  });
  it('marks syllable breaks before a vowel', () => {
    expect(romanise(['xi', 'an'])).toBe("Xi'an");
    expect(romanise(['lü', 'liang'])).toBe('Lüliang');
  });
});
