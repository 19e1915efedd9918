/**
 * The place a page's address names, for a page whose text names none: a government's portal and a
 * city's news site are named after their place in pinyin (`www.longyou.gov.cn`, `z.hangzhou.com.cn`).
 * Only a host's labels count (a path's `/dongtai/` is a section's 动态, not 东台), only readings of
 * two syllables or more, and only a reading one place alone has.
 */
import {
  allRegionNames,
  isFullRegionName,
  type Region,
  type RegionPinyin,
  regionCandidates,
  stemReading,
} from '@gwr/domain';

/** Each place by the reading of its name's stem run together (`longyou`); null where two share one. */
const byReading = new WeakMap<RegionPinyin, Map<string, Region | null>>();

function readings(pinyin: RegionPinyin): Map<string, Region | null> {
  let index = byReading.get(pinyin);
  if (index) return index;
  index = new Map();
  for (const name of allRegionNames()) {
    if (!isFullRegionName(name)) continue;
    for (const region of regionCandidates(name)) {
      if (region.level === 'national') continue;
      const syllables = stemReading(region.name, pinyin);
      if (!syllables || syllables.length < 2) continue;
      const key = syllables.join('');
      const known = index.get(key);
      index.set(key, known === undefined || known?.code === region.code ? region : null);
    }
  }
  byReading.set(pinyin, index);
  return index;
}

/** The place the labels of an address's host read as, if exactly one does. */
export function regionOfAddress(address: string | null, pinyin: RegionPinyin): Region | null {
  const host = address ? /^(?:https?:\/\/)?([^/?#:]+)/i.exec(address)?.[1] : undefined;
  if (!host) return null;
  const index = readings(pinyin);
  const found = new Set<Region>();
  for (const label of host.toLowerCase().split('.')) {
    const region = index.get(label);
    if (region) found.add(region);
  }
  const [only, other] = found;
  return only && !other ? only : null;
}
