/**
 * Whether a figure is about somewhere other than the document's region: a province's report
 * quotes its cities (`广州经济总量突破3万亿元`), a county's its development zone
 * (`天易经开区实现…;完成地区生产总值430亿元`). Such a figure is that place's, not the region's.
 */
import { isFullRegionName, isWithin, type Region, resolveRegion } from '@gwr/domain';
import { YEAR_FRAME } from './lexicon/link-words.js';
import { alternation } from './lexicon/pattern.js';
import {
  CITY_PARTS,
  COUNTIES_SCOPE,
  COUNTRY_SCOPE,
  DATELINE,
  PROVINCE_SCOPE,
  SCOPE_AS_RANK,
  SUBJECT_VERBS,
  ZONE_WORDS,
} from './lexicon/places.js';
import { findRegionMentions } from './region-mentions.js';
import { namesOfZone } from './zone-of-document.js';

/** What may come before a part of the place singled out as a clause's subject (`其中,2021年…`). */
const PART_OPENS = `^[^,;。]{0,4}?(?:其中[,]?)?(?:${YEAR_FRAME}[,]?)?`;

/**
 * A zone as the subject of a clause: `天易经开区实现…`, `其中,2021年某经济开发区主要经济指标…` (a part
 * of the place singled out, in a year), or as the topic a short clause opens on before its figures
 * (`产业园区持续增效,完成规上工业总产值…`, `工业园区落户企业49家,累计完成固定资产投资44亿元`).
 */
const ZONE_SUBJECT = new RegExp(
  `${PART_OPENS}([\\u4e00-\\u9fa5]{0,10}?(?:${alternation(ZONE_WORDS)}))(?:[^,;。]{2,10}?,)?(?:${alternation(SUBJECT_VERBS)})`,
);

/**
 * The built-up part of a city as the subject of a clause (`市区预计实现生产总值97亿元`, `其中,主城区完成
 * 固定资产投资…`): its figures are the part's.
 */
const CITY_PART_SUBJECT = new RegExp(
  `${PART_OPENS}(?:${alternation(CITY_PARTS)})(?:${alternation(SUBJECT_VERBS)})`,
);

/**
 * @param clause the figure's clause up to the figure (match text)
 * @param sentenceHead the start of the figure's sentence: a place opening it is the subject of all
 * @param region the document's region
 */
export function aboutElsewhere(dated: string, datedHead: string, region: Region | null): boolean {
  if (!region) return false;
  const clause = withoutOwnZone(withoutDateline(dated), region);
  const sentenceHead = withoutOwnZone(withoutDateline(datedHead), region);
  // The country's text may still single out a place (`特别是重庆经济运行…,地区生产总值同比增长5.7%`).
  if (region.level === 'national')
    return namesOtherRegion(clause, region) || namesOtherRegion(placeSubject(sentenceHead), region);
  return (
    widerScope(clause, region) ||
    countiesTogether(clause, region) ||
    zoneSubject(clause, region) ||
    zoneSubject(sentenceHead, region) ||
    CITY_PART_SUBJECT.test(clause) ||
    CITY_PART_SUBJECT.test(sentenceHead) ||
    namesOtherRegion(clause, region) ||
    namesOtherRegion(placeSubject(sentenceHead), region)
  );
}

/**
 * A zone's text with its own names as its own word for itself (`张家界高新区实现…` reads `本区实现…`):
 * neither the zone nor the city its name begins with is somewhere else.
 */
function withoutOwnZone(text: string, region: Region): string {
  return namesOfZone(region).reduce((t, name) => t.replaceAll(name, '本区'), text);
}

/** The text with any news dateline left out (`…乌鲁木齐1月12日讯 (记者某某)`). */
function withoutDateline(text: string): string {
  return text.includes('日') ? text.replace(DATELINE, '') : text;
}

/**
 * The country's or a province's own word for itself in a lower region's text (`全国国内生产总值增长
 * 6.1%`, `全省地区生产总值增长7%` in a county's report): the figure is the wider region's.
 */
function widerScope(clause: string, region: Region): boolean {
  return (region.level === 'province' ? COUNTRY_OPENS : COUNTRY_OR_PROVINCE_OPENS).test(clause);
}

/** `县域生产总值实现480亿元` in a city's or province's text: its counties' sum. */
function countiesTogether(clause: string, region: Region): boolean {
  return region.level !== 'county' && COUNTIES_OPEN.test(clause);
}
/** A wider scope opening the clause as its subject's frame (not a rank: `全省第三`, `全国前列`). */
const scopeOpening = (words: string[], reach = 6) =>
  new RegExp(`^[^,;。、]{0,${reach}}?(?:${alternation(words)})(?!${alternation(SCOPE_AS_RANK)})`);
const COUNTRY_OPENS = scopeOpening(COUNTRY_SCOPE);
const COUNTRY_OR_PROVINCE_OPENS = scopeOpening([...COUNTRY_SCOPE, ...PROVINCE_SCOPE]);
/** (The counties may be counted first: `2013年全省98个县域生产总值…`.) */
const COUNTIES_OPEN = scopeOpening(COUNTIES_SCOPE, 12);

/** A place opening a sentence as its subject (`其中,南京预计实现…`): it is the subject of every clause. */
const PLACE_SUBJECT = new RegExp(
  `^[^,;。]{0,4}?[,]?([\\u4e00-\\u9fa5]{2,12}?)(?:${alternation(SUBJECT_VERBS)})`,
);

function placeSubject(sentenceHead: string): string {
  return PLACE_SUBJECT.exec(sentenceHead)?.[1] ?? '';
}

function zoneSubject(text: string, region: Region): boolean {
  const zone = ZONE_SUBJECT.exec(text)?.[1];
  return zone !== undefined && zone !== region.name;
}

function namesOtherRegion(text: string, region: Region): boolean {
  const mentions = findRegionMentions(text);
  for (const [k, m] of mentions.entries()) {
    const place = resolveRegion(m.name, [region.name]);
    // A county's short form is too often an ordinary word (合作, 振兴) to name a place.
    if (!place || place.level === 'national' || (!isFullRegionName(m.name) && place.level === 'county'))
      continue;
    if (isRegion(place, region)) continue;
    // A place the region lies in is named in passing (`获评广西…示范县`), or as the start of its
    // address (`安徽合肥市去年实现…`), unless it opens the clause as its subject (`今年广西经济增长预期
    // 目标6.5%以上`), as `全省` would.
    if (isWithin(region, place) && (!opensAsSubject(text, m) || startsAddress(mentions, k, region))) continue;
    return true;
  }
  return false;
}

const isRegion = (place: Region, region: Region) => place.code === region.code || place.name === region.name;

/**
 * Whether the mentions right after the one at `k` go on, each where the last ends, through places the
 * region lies in to the region itself (`安徽合肥市`, `浙江省丽水市庆元县`; not `浙江丽水市` in 庆元县's text).
 */
function startsAddress(
  mentions: readonly { name: string; start: number; end: number }[],
  k: number,
  region: Region,
) {
  for (let j = k + 1; j < mentions.length && mentions[j]!.start === mentions[j - 1]!.end; j++) {
    const place = resolveRegion(mentions[j]!.name, [region.name]);
    if (place === undefined) return false;
    if (isRegion(place, region)) return true;
    if (!isWithin(region, place)) return false;
  }
  return false;
}

/** A mention opening the clause, past a word of time at most (`今年`), and not a rank (`广西第一`). */
function opensAsSubject(text: string, m: { start: number; end: number }): boolean {
  return TIME_AT_MOST.test(text.slice(0, m.start)) && !RANK_AFTER.test(text.slice(m.end));
}
const TIME_AT_MOST = new RegExp(`^(?:${YEAR_FRAME}|今年|去年|全年)?[,,\\s]*$`);
const RANK_AFTER = new RegExp(`^(?:${alternation(SCOPE_AS_RANK)})`);
