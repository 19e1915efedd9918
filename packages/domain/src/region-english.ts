/**
 * English names of regions: the pinyin of the name's stem and its level in English
 * (`庆元县` → `Qingyuan County`, `六安市` → `Lu'an City`, `重庆市` → `Chongqing`).
 *
 * The readings come from pinyin-pro, a maintained library, but only at build time: the build
 * writes `dist/region-pinyin.json` (scripts/build-region-pinyin.mjs) with each character's reading
 * and the few stems a word reads differently (`重庆`, `厦门`, `六安`), ~6 KB gzipped instead of the
 * library's dictionary. Plain data and a pure function, so the dashboard and the API name regions alike.
 */
import { MUNICIPALITIES } from './region-levels.js';
import { shortRegionName } from './short-region-name.js';
import { ZONE_KINDS } from './zone-kinds.js';

/** Readings of the characters of every region stem, and of the stems read as words. */
export interface RegionPinyin {
  chars: Record<string, string>;
  words: Record<string, string>;
}

/** Level suffixes in English, longest Chinese suffix first; empty where English says no level. */
const LEVELS: readonly (readonly [string, string])[] = [
  ['特别行政区', 'SAR'],
  ['自治区', ''],
  ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['地区', 'Prefecture'],
  ['新区', 'New Area'],
  ['林区', 'Forestry District'],
  ['省', ''],
  ['市', 'City'],
  ['区', 'District'],
  ['县', 'County'],
  ['盟', 'League'],
  ['旗', 'Banner'],
];

/** Names of the whole country. */
const COUNTRY: Record<string, string> = { 全国: 'China (national)', 中国: 'China', 中华人民共和国: 'China' };

/** Syllables joined the way place names are written: `xi an` → `Xi'an`, `qing yuan` → `Qingyuan`. */
export function romanise(syllables: readonly string[]): string {
  const word = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/ü|v/g, 'ü');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The syllables of a region's stem (`龙游县` → `long you`, `重庆市` → `chong qing`), or null where a
 * character has no reading (a name we never saw, or Latin letters).
 */
export function stemReading(name: string, pinyin: RegionPinyin): string[] | null {
  return readingOf(shortRegionName(name), pinyin);
}

/** The syllables of a stem, or null where a character has no reading. */
function readingOf(stem: string, pinyin: RegionPinyin): string[] | null {
  const reading = pinyin.words[stem] ?? [...stem].map((ch) => pinyin.chars[ch] ?? ch).join(' ');
  return /[\u3400-\u9fff]/.test(reading) ? null : reading.split(' ');
}

/** The English name of a region, or the name itself where a character has no reading. */
export function englishRegionName(name: string, pinyin: RegionPinyin): string {
  const country = COUNTRY[name];
  if (country) return country;
  // A development zone is its place and its kind (`Suzhou Industrial Park`), not a district, by
  // its word in full or short (`长春高新区`, as a text or an older store may name it).
  const zone = zoneKindEnding(name);
  const zoneReading = zone && readingOf(name.slice(0, -zone.word.length), pinyin);
  if (zone && zoneReading) return `${romanise(zoneReading)} ${zone.en}`;
  const stem = shortRegionName(name);
  const suffix = stem === name ? '' : name.slice(stem.length);
  const reading = stemReading(name, pinyin);
  // A stem without readings is shown as written.
  if (!reading) return name;
  const english = romanise(reading);
  // The four municipalities are called by their stem alone (`Beijing`), as provinces are.
  if (MUNICIPALITIES.has(name)) return english;
  const level = LEVELS.find(([zh]) => suffix.endsWith(zh))?.[1] ?? '';
  return level ? `${english} ${level}` : english;
}

/** The zone kind a name ends on, by its word in full or short, with a place before it. */
function zoneKindEnding(name: string): { word: string; en: string } | undefined {
  for (const kind of ZONE_KINDS)
    for (const word of [kind.zh, kind.short])
      if (word && name.endsWith(word) && name.length > word.length) return { word, en: kind.en };
  return undefined;
}
