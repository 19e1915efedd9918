/**
 * A document about a zone a region holds (a high-tech zone's work conference, `长春高新区2014年工作
 * 会议`; a development zone's year-end review): its figures are the zone's, not those of the region it
 * is named after. Zones are not regions of GB/T 2260 (the contract's region code is then null); one is
 * kept by the short form of the name its title gives (`长春高新区` for 长春高新技术产业开发区), below the
 * region it lies in.
 */
import { isWithin, type Region, resolveRegion, shortRegionName } from '@gwr/domain';
import { FIGURE_WITH_UNIT } from './lexicon/numerals.js';
import { alternation } from './lexicon/pattern.js';
import {
  OWN_LEVEL_CHARS,
  ZONE_COMMITTEES,
  ZONE_FULL_NAMES,
  ZONE_GOVERNMENTS,
  ZONE_OWN_REVIEW,
  ZONE_SELF_WORDS,
  ZONE_SHORT_NAMES,
  ZONE_WORDS,
} from './lexicon/places.js';

/** A zone named with its place (`长春` + `高新区`): groups 1 and 2. */
const ZONE = `([\\u4e00-\\u9fa5]{2,8}?)(${alternation(ZONE_WORDS)})`;
const ITS_REVIEW = `(?:${alternation(ZONE_OWN_REVIEW)})`;

/**
 * A zone holding its own meeting of the year, where a news item opens (`17日,长春高新区召开工作会议,
 * 总结2013年…`, `常州经开区2018年度工作会议召开`) or in its title, or where a report of the meeting
 * was heard (`记者在某高新区2018年重点工作落实推进会上获悉`). The zone's groups are the first pair
 * that matched.
 */
const ZONE_HOLDS_MEETING = new RegExp(
  `${ZONE}(?:管委会|党工委)?(?:召开|举行)[^。\\n]{0,40}?${ITS_REVIEW}` +
    `|在${ZONE}[^。,\\n]{0,20}?${ITS_REVIEW}上` +
    `|${ZONE}[^。,\\n]{0,12}?${ITS_REVIEW}(?:在[^。,\\n]{1,16}?)?(?:召开|举行)` +
    // (Or where its committee's head reports to it: `我代表某高新区管委会,作经济工作报告`; or where its
    // committees lead the whole zone, `某工业园区党工委、管委会团结带领全区干部群众`, as a zone's own
    // review opens.)
    `|我代表${ZONE}(?:${alternation(ZONE_COMMITTEES)})` +
    `|${ZONE}(?:党工委|${alternation(ZONE_COMMITTEES)})[^。,;]{0,8}?带领全区`,
);

/** The words that put a meeting in a place (`在长春高新区召开…`). */
const HELD = /[在于]/;
const HELD_IN = new RegExp(`${HELD.source}$`);

/** The longest end of `words` that `name` starts with (`近日长春` → `长春` for 长春市), if two characters or more. */
function longestStartOf(name: string, words: string): string | null {
  for (let k = words.length; k >= 2; k--) if (name.startsWith(words.slice(-k))) return words.slice(-k);
  return null;
}

/** A title that opens on a zone's name: a place's name, then a zone's word. */
const ZONE_OPENS_TITLE = new RegExp(`^[^\\n。,]{0,6}?([\\u4e00-\\u9fa5]{2,8}?)(${alternation(ZONE_WORDS)})`);
const OWN_REVIEW = new RegExp(alternation(ZONE_OWN_REVIEW));
/** A text that opens, after its year, on a zone's name with its kind in full. */
const OPENS_ON_ZONE = new RegExp(
  `^\\s*(?:(?:19|20)\\d{2}年[,,]?)?([\\u4e00-\\u9fa5]{2,8}?)(${alternation(Object.values(ZONE_FULL_NAMES))})`,
);
/** A figure with its unit or per cent (`增长21%`, `达3.2万美元`). */
const STATES_FIGURE = new RegExp(FIGURE_WITH_UNIT);
/** The zone's government's own report right after its name (`…新区政府工作报告`, `…管委会2018年工作报告`). */
const ITS_REPORT_NEXT = new RegExp(`^(?:${alternation(ZONE_GOVERNMENTS)})?(?:\\d{4}年)?工作报告`);
/** How long a zone's own name between its place's and its word may be (`青岛` + `西海岸` + `新区`). */
const OWN_NAME_CHARS = [2, 3];

/**
 * The zone a document's title opens on, with the zone's meeting or report of the year, or the zone
 * that holds its meeting where the text opens, when the zone is named after the region the document
 * was found to be about (`长春高新区…工作会议` where the region found is 长春市), after a region around
 * it, or after a place the text names nowhere else; else null. A title that opens on the zone's own
 * report may name it with a name of its own after the place's (`青岛西海岸新区政府工作报告`).
 */
export function zoneOfDocument(title: string, found: Region | null, opening = ''): Region | null {
  if (found !== null && found.code === null) return null;
  const meeting = ZONE_HOLDS_MEETING.exec(`${title}\n${opening}`);
  // (A title that opens on a zone and states a figure, `某高新区2014年地区生产总值增长9%`, gives its own.)
  const opens = OWN_REVIEW.test(title) || STATES_FIGURE.test(title) ? ZONE_OPENS_TITLE.exec(title) : null;
  // (The meeting's alternatives each capture the zone's words and word: the first pair that matched.)
  const first = meeting ? meeting.findIndex((group, k) => k > 0 && group !== undefined) : -1;
  // Or a text that opens, after its year, on a zone named in full as its subject (a yearbook's
  // entry: `2010年,某某高新技术产业开发区按照…,全年实现地区生产总值44.3亿元`).
  const subject = opens || meeting ? null : OPENS_ON_ZONE.exec(opening);
  const [words, word] = opens?.slice(1, 3) ?? meeting?.slice(first, first + 2) ?? subject?.slice(1, 3) ?? [];
  if (words === undefined || word === undefined) return null;
  let named = placeOfZone(words, found);
  // A zone holding its meeting, or opening a title on its own report, may be named with a name of
  // its own after its place's (`中山火炬开发区召开…`, `青岛西海岸新区政府工作报告`).
  const reportNext = opens !== null && ITS_REPORT_NEXT.test(title.slice(opens.index + opens[0].length));
  if (named === null && (meeting || reportNext)) named = placeBeforeOwnName(words, found);
  // (A region that is itself called a new area, `滨海新区`, is no zone of its own.)
  if (named === null || named.host.name === named.place + word) return null;
  const { host, place } = named;
  const district = districtGovernedWith(`${title}\n${opening}`, place + word, host);
  if (district) return district;
  // Named in full, as GB/T 2260 names the zones it lists (长春高新技术产业开发区), and that one where
  // it is listed, some with their province's name before (河北衡水高新技术产业开发区).
  const name = place + (ZONE_FULL_NAMES[word] ?? word);
  const province = host.level === 'province' ? host.name : host.province_name;
  const listed =
    resolveRegion(name) ?? (province ? resolveRegion(shortRegionName(province) + name) : undefined);
  if (listed?.code) return listed;
  return {
    code: null,
    name,
    level: 'county',
    parent_code: host.code,
    parent_name: host.name,
    province_name: province,
  };
}

/** A county-level name right after a zone's, in brackets or not (`乌鲁木齐高新区(新市区)`). Group 1. */
const NAME_AFTER_ZONE = /^[((]?([\u4e00-\u9fa5]{1,6}?[区县市旗])[))]?/;

/**
 * The district a zone is governed as one with, named right after the zone (`乌鲁木齐高新区(新市区)`,
 * `…高新区新市区召开…`): one government for both, whose figures are the district's, which GB/T 2260
 * lists. Only a district of the zone's own host.
 */
function districtGovernedWith(text: string, zone: string, host: Region): Region | null {
  for (let at = text.indexOf(zone); at >= 0; at = text.indexOf(zone, at + 1)) {
    const next = NAME_AFTER_ZONE.exec(text.slice(at + zone.length, at + zone.length + 8));
    const region = next ? resolveRegion(next[1]!) : undefined;
    if (region?.code && region.level === 'county' && isWithin(region, host)) return region;
  }
  return null;
}

/**
 * The region a zone lies in and the name it has there, from the words before the zone's word: a
 * zone named after a place the text names nowhere else (`辽源经济开发区召开…`) lies there; so does
 * one named after the city around the district the text was found to be about (`常州经开区` in a
 * page of 武进区's).
 */
function placeOfZone(words: string, found: Region | null): { host: Region; place: string } | null {
  const host = found !== null && longestStartOf(found.name, words) !== null ? found : placeEnding(words);
  if (host === null || (found !== null && host !== found && !isWithin(found, host))) return null;
  // (The place's name ends where the zone's word starts; words before it are not the place's, and
  // a meeting held in the zone, `市政府在长春高新区召开…`, is not the zone's.)
  const place = longestStartOf(host.name, words);
  if (place === null || HELD_IN.test(words.slice(0, -place.length))) return null;
  return { host, place };
}

/** placeOfZone with the zone's own name kept after the place's (`青岛` + `西海岸`). */
function placeBeforeOwnName(words: string, found: Region | null): { host: Region; place: string } | null {
  for (const k of OWN_NAME_CHARS) {
    // (Not a meeting held in the zone: `长春市在长春高新区召开…` names no zone 在长春.)
    if (HELD.test(words.slice(-k))) continue;
    const named = placeOfZone(words.slice(0, -k), found);
    if (named) return { host: named.host, place: named.place + words.slice(-k) };
  }
  return null;
}

/** The region the longest end of `words` names, two characters or more (`近日辽源` → 辽源市). */
function placeEnding(words: string): Region | null {
  for (let k = words.length; k >= 2; k--) {
    const region = resolveRegion(words.slice(-k));
    if (region) return region;
  }
  return null;
}

/**
 * The names a zone's own text calls it by (`张家界高新技术产业开发区`, `张家界高新区`, `高新区`; `园区`
 * for an industrial park), longest first, a district named as a zone too (浦东新区's text says
 * `新区生产总值`); none for a region that is no zone.
 */
export function namesOfZone(region: Region | null): string[] {
  if (region === null) return [];
  const short = ZONE_WORDS.find((w) => region.name.endsWith(w));
  if (short === undefined) return [];
  const place = region.name.slice(0, region.name.length - short.length);
  // The kind's word, in full and short whichever the name ends on (`高新技术产业开发区`, `高新区`).
  const words = [...new Set([short, ZONE_FULL_NAMES[short] ?? short, ZONE_SHORT_NAMES[short] ?? short])];
  const selfWords = words.flatMap((w) => ZONE_SELF_WORDS[w] ?? []);
  return [...words.map((w) => place + w), ...words, ...selfWords].sort((a, b) => b.length - a.length);
}

/**
 * The names a place's own text calls it by beyond a region's: a zone's (namesOfZone), and the bare
 * word of its level right before a statistic (`完成区地方财政收入52.2亿元` in a district's report,
 * `县财政总收入` in a county's), as `全区`, `本县` say it in full.
 */
export function ownNamesOf(region: Region | null): string[] {
  if (region === null) return [];
  const level = OWN_LEVEL_CHARS.find((c) => region.name.endsWith(c));
  return [...namesOfZone(region), ...(level ? [level] : [])];
}
