/**
 * The place a page's address names, for a page whose text names none: a government's portal and a
 * city's news site are named after their place in pinyin (`www.longyou.gov.cn`, `z.hangzhou.com.cn`).
 * Only a host's labels count (a path's `/dongtai/` is a section's 动态, not 东台), only readings of
 * two syllables or more, and only a reading one place alone has (also with its congress's suffix:
 * `cixird.gov.cn`). A government's own domain may spell its place by initials instead, its
 * parent's then its own (`jmdbq.gov.cn`: 荆门 东宝区).
 */
import {
  allRegionNames,
  isFullRegionName,
  type Region,
  type RegionPinyin,
  regionCandidates,
  shortRegionName,
  stemReading,
} from '@gwr/domain';
import { HOST_BODY_SUFFIXES } from './lexicon/places.js';

type ReadingIndex = Map<string, Region | null>;

/** Each place by the keys `spell` gives it; null where two places share one. Built once per readings. */
function indexBy(
  cache: WeakMap<RegionPinyin, ReadingIndex>,
  pinyin: RegionPinyin,
  spell: (region: Region) => readonly string[],
): ReadingIndex {
  let index = cache.get(pinyin);
  if (index) return index;
  index = new Map();
  for (const name of allRegionNames()) {
    if (!isFullRegionName(name)) continue;
    for (const region of regionCandidates(name)) {
      for (const key of spell(region)) {
        const known = index.get(key);
        index.set(key, known === undefined || known?.code === region.code ? region : null);
      }
    }
  }
  cache.set(pinyin, index);
  return index;
}

const byReading = new WeakMap<RegionPinyin, ReadingIndex>();
const byInitials = new WeakMap<RegionPinyin, ReadingIndex>();

/** A place's stem read as one word (`longyou`), of two syllables or more. */
const readings = (pinyin: RegionPinyin) =>
  indexBy(byReading, pinyin, (region) => {
    const syllables = region.level === 'national' ? null : stemReading(region.name, pinyin);
    return syllables && syllables.length >= 2 ? [syllables.join('')] : [];
  });

const initials = (syllables: readonly string[]) => syllables.map((s) => s[0]).join('');

/**
 * A place below a province by its parent's initials then its own, with and without its level's
 * (`jmdb`, `jmdbq`), or by its province's then its own (`gzqz`: 贵州 清镇, a county-level city of 贵阳).
 */
const initialReadings = (pinyin: RegionPinyin) =>
  indexBy(byInitials, pinyin, (region) => {
    const own = stemReading(region.name, pinyin);
    const parent = region.parent_name ? stemReading(region.parent_name, pinyin) : null;
    if (!own || !parent) return [];
    const province =
      region.province_name && region.province_name !== region.parent_name
        ? stemReading(region.province_name, pinyin)
        : null;
    const level = initials(
      [...region.name.slice(shortRegionName(region.name).length)].map((ch) => pinyin.chars[ch] ?? ''),
    );
    const name = initials(parent) + initials(own);
    return province ? [name, name + level, initials(province) + initials(own)] : [name, name + level];
  });

/** A body's or a news site's suffix after a place's reading (`cixird`: 慈溪 + 人大). */
const HOST_BODY_SUFFIX = new RegExp(`(?<=.{4})(?:${HOST_BODY_SUFFIXES.join('|')})$`);

/** Shortest government domain spelt by initials: two of the parent's, two of its own. */
const MIN_INITIALS = 4;

/** The place the labels of an address's host read as, if exactly one does. */
export function regionOfAddress(address: string | null, pinyin: RegionPinyin): Region | null {
  const host = address ? /^(?:https?:\/\/)?([^/?#:]+)/i.exec(address)?.[1] : undefined;
  if (!host) return null;
  const labels = host.toLowerCase().split('.');
  const index = readings(pinyin);
  const found = new Set<Region>();
  for (const label of labels) {
    const region = index.get(label) ?? index.get(label.replace(HOST_BODY_SUFFIX, ''));
    if (region) found.add(region);
  }
  const [only, other] = found;
  if (found.size > 0) return only && !other ? only : null;
  // Only the name a government registered (`….jmdbq.gov.cn`) is read by initials: any short label
  // (`xxgk`, `rd`) might spell some place's.
  const gov = labels.lastIndexOf('gov');
  const registered = gov > 0 && labels[gov + 1] === 'cn' ? labels[gov - 1]! : '';
  return registered.length >= MIN_INITIALS ? (initialReadings(pinyin).get(registered) ?? null) : null;
}
