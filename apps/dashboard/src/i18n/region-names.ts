/**
 * Region names in the reader's language: Chinese as stored, English from @gwr/domain's rule
 * (pinyin of the stem and the level: 庆元县 → Qingyuan County) over the readings its build writes.
 */
import { englishRegionName, type RegionPinyin } from '@gwr/domain';
import pinyin from '@gwr/domain/region-pinyin.json';
import type { Lang } from './dictionary';

const english = new Map<string, string>();

export function regionName(name: string | null | undefined, lang: Lang): string {
  if (!name) return '';
  if (lang === 'zh') return name;
  let known = english.get(name);
  if (known === undefined) {
    known = englishRegionName(name, pinyin as RegionPinyin);
    english.set(name, known);
  }
  return known;
}
