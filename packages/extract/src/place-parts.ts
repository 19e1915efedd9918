/**
 * News that sums up several places' reports in one article (a round-up of a province's cities, a
 * city's districts) heads each place's part with its name on a line of its own (`渝中`, `广州`), in
 * a bracketed headline (`【南京:奋力走在前列】`), or opens its paragraph on the place's congress
 * meeting (`4月18日上午,山西临汾市四届人大七次会议开幕。`). The figures under such a heading are
 * that place's, not the article's.
 */
import { isFullRegionName, isWithin, type Region, resolveRegion } from '@gwr/domain';
import { SESSION_NAME, SESSION_NAME_CONGRESS_FIRST } from './lexicon/congress.js';
import { BULLETS } from './lexicon/layout.js';
import { alternation } from './lexicon/pattern.js';
import { SUBJECT_VERBS } from './lexicon/places.js';
import { findRegionMentions } from './region-mentions.js';

export interface PlacePart {
  /** The part, from its heading to the next place's heading or the end (match-text offsets). */
  start: number;
  end: number;
  region: Region;
}

/** The longest line that can head a place's part. */
const MAX_HEADING = 30;
/** What may open the line before the name: spaces, a bullet, a headline's bracket. */
const OPENER = new RegExp(`^[\\s【\\[${BULLETS}]*`);
/** What may follow the name: nothing, or a colon and a headline, up to a closing bracket. */
const AFTER_NAME = /^(?:\s*|[::][^。\n]*)[】\]]?\s*$/;
/** A round-up heads at least this many places' parts. */
const MIN_PLACES = 2;
/**
 * A paragraph's first sentence naming a congress meeting, up to the congress (`其中,在4月11日召开的
 * 通辽市人大五届三次会议上`): the place named last before it is the meeting's.
 */
const MEETING_OPENS = new RegExp(`^[^。\\n]{0,60}?(?=${SESSION_NAME}|${SESSION_NAME_CONGRESS_FIRST})`);

/**
 * The parts of `text` that place headings govern, in order, each place resolved against the
 * article's own region and the other places headed (`渝中` beside 重庆市 is 渝中区). Empty unless
 * the article heads at least two distinct places so, or only places inside its own.
 */
export function placeParts(text: string, articleRegion: Region | null): PlacePart[] {
  const headings: { start: number; name: string }[] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const name = placeHeading(line) ?? meetingPlace(line);
    if (name) headings.push({ start, name });
    if (newline < 0) break;
    start = newline + 1;
  }
  const context = [...(articleRegion ? [articleRegion.name] : []), ...headings.map((h) => h.name)];
  const parts: PlacePart[] = [];
  for (const [k, h] of headings.entries()) {
    const region = resolveRegion(h.name, context);
    if (!region || region.level === 'national') continue;
    parts.push({ start: h.start, end: headings[k + 1]?.start ?? text.length, region });
  }
  return distinct(parts) >= MIN_PLACES ||
    (parts.length > 0 && parts.every((p) => isBelow(p.region, articleRegion)))
    ? parts
    : [];
}

/**
 * Whether `region` lies inside the article's own place: one heading suffices for such a part (a
 * round-up of a city's districts cut to the one district, `渝中` in 重庆日报's page).
 */
function isBelow(region: Region, articleRegion: Region | null): boolean {
  return articleRegion !== null && region.code !== articleRegion.code && isWithin(region, articleRegion);
}

export interface RoundUp {
  parts: PlacePart[];
  /** Whether the article's own place holds for the figures outside the parts. */
  ownPlaceOutside: boolean;
}

/**
 * The places a news article sums up: the parts its headings govern (`placeParts`), else the
 * sentences that open on a place, where the article has no place of its own or names at least
 * two peers of it, places neither within it nor around it (`广东GDP达12.4万亿元。江苏GDP突破11万亿。…`
 * in an article that happens to name 海南 most): then its own place holds only where a sentence
 * opens on it, unless the headline names it.
 */
export function roundUp(text: string, articleRegion: Region | null, title = ''): RoundUp {
  const headed = placeParts(text, articleRegion);
  if (headed.length > 0) return { parts: headed, ownPlaceOutside: true };
  const sentences = placeSentences(text);
  if (!articleRegion) return { parts: sentences, ownPlaceOutside: false };
  const peers = new Set(
    sentences
      .map((p) => p.region)
      .filter(
        (r) => r.code !== articleRegion.code && !isWithin(r, articleRegion) && !isWithin(articleRegion, r),
      )
      .map((r) => r.code),
  );
  if (peers.size < MIN_PLACES) return { parts: [], ownPlaceOutside: true };
  // An article whose headline names its place compares it with its peers (`江苏镇江市2018年GDP增长3%`):
  // the rest is still its place's.
  const named = findRegionMentions(title).some(
    (m) => resolveRegion(m.name, [articleRegion.name])?.code === articleRegion.code,
  );
  return { parts: sentences, ownPlaceOutside: named };
}

const distinct = (parts: readonly PlacePart[]) =>
  new Set(parts.map((p) => p.region.code ?? p.region.name)).size;

/** What may open a sentence before its place: a short frame and a comma (`其中,`, `2019年,`, `在西部省份中,`). */
const SENTENCE_OPENER = /^[^,。;\n]{0,8}?,/;
/** What follows a place that is a sentence's subject: 的, a year, its whole, or what it did, set or measured. */
const AFTER_SUBJECT = new RegExp(
  `^(?:的|(?:19|20)\\d{2}年|全[省区市州盟]|${alternation(['经济', '生产总值', '地区生产总值', 'GDP', '设定', '确定', '提出', ...SUBJECT_VERBS])})`,
);

/**
 * A round-up that has no place of its own (`9省区市发布2019年经济运行“成绩单”`) states each place's
 * figures in a sentence opening on the place (`其中,浙江2019年实现地区生产总值…`, `江苏的经济增速为
 * 6.1%`, `2019年,吉林实现…`): each such sentence is its place's part. A county's short form is too
 * often an ordinary word to open one.
 */
function placeSentences(text: string): PlacePart[] {
  const opening: { start: number; end: number; name: string }[] = [];
  for (const sentence of text.matchAll(/[^。!?\n]+[。!?]?/g)) {
    const start = sentence.index;
    const opener = SENTENCE_OPENER.exec(sentence[0])?.[0] ?? '';
    const head = sentence[0].slice(opener.length, opener.length + MAX_HEADING);
    const [first] = findRegionMentions(head);
    if (first?.start !== 0 || !AFTER_SUBJECT.test(head.slice(first.end))) continue;
    opening.push({ start, end: start + sentence[0].length, name: first.name });
  }
  const parts: PlacePart[] = [];
  for (const o of opening) {
    // Each on its own: beside 天津, 河北 opening a sentence is still the province, not 天津's 河北区.
    const region = resolveRegion(o.name, []);
    if (!region || region.level === 'national' || (region.level === 'county' && !isFullRegionName(o.name)))
      continue;
    parts.push({ start: o.start, end: o.end, region });
  }
  return distinct(parts) >= MIN_PLACES ? parts : [];
}

/** The place whose congress meeting a paragraph opens on, named in full. */
function meetingPlace(paragraph: string): string | null {
  const before = MEETING_OPENS.exec(paragraph)?.[0];
  if (!before) return null;
  const last = findRegionMentions(before).at(-1);
  return last?.full ? last.name : null;
}

/** The place a line heads, if the line is a place's name alone or opens a headline with it. */
function placeHeading(line: string): string | null {
  if (line.trim().length === 0 || line.length > MAX_HEADING) return null;
  const from = OPENER.exec(line)![0].length;
  const [first] = findRegionMentions(line.slice(from));
  if (first?.start !== 0) return null;
  return AFTER_NAME.test(line.slice(from + first.end)) ? first.name : null;
}
