/**
 * Finds the names of GB/T 2260 regions in a text (full names such as `瓯海区` and the short
 * forms texts use, `衢州` for 衢州市), longest name first at each position, so `温州市瓯海区`
 * reads as 温州市 then 瓯海区 and `苏州工业园区` as itself rather than 苏州.
 */
import { allRegionNames, isFullRegionName, LEVEL_DEPTH, regionCandidates } from '@gwr/domain';
import { alternation } from './lexicon/pattern.js';
import {
  AREA_AROUND_WORDS,
  FIRST_IN_WORDS,
  NATIONAL_OUTLET_WORDS,
  ORDINARY_WORD_STEMS,
  STREET_WORDS,
  ZONE_WORDS,
} from './lexicon/places.js';
import { PairIndex } from './pair-index.js';

export interface RegionMention {
  name: string;
  start: number;
  end: number;
  /** The name is the full official name of a region (`衢州市`), not a short form (`衢州`). */
  full: boolean;
  /**
   * A two-character name read after a word's character (`作为藤县经济`), kept only when asked
   * for (`tails`): as often the tail of a word (`示范县`), it needs the caller's confirmation.
   */
  tail?: boolean;
}

/** Whether one of `words` starts the text at a position (looked for that far only). */
function wordAt(words: readonly string[]): (text: string, at: number) => boolean {
  const re = new RegExp(`^(?:${alternation(words)})`);
  const reach = Math.max(...words.map((w) => w.length));
  return (text, at) => re.test(text.slice(at, at + reach));
}

/** Words after a short form that make it no mention: a street's name, a first's scope, an area around it. */
const NO_MENTION_AFTER = wordAt([...STREET_WORDS, ...FIRST_IN_WORDS, ...AREA_AROUND_WORDS]);
/** A national outlet's word right after the country's name (`中国新闻网`). */
const OUTLET_AFTER = wordAt(NATIONAL_OUTLET_WORDS);
/** A zone's word right after a place's name (`新区`, `开发区`, `高新区`). */
const ZONE_AFTER = wordAt(ZONE_WORDS);

/** The characters that close a county-level region's name. */
const LEVEL_WORDS = '区县旗';

/** Ordinary words of two characters that are also counties' short forms (`新兴`, `振兴`). */
const ORDINARY_WORDS = new Set(ORDINARY_WORD_STEMS.filter((w) => w.length === 2));

/** Region names by their first two characters; the value says whether it is a full name. */
let names: PairIndex<boolean> | undefined;
const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fa5;
const CHANG = '长'.charCodeAt(0);
/** Characters that make a head's title with 长 after them (市长, 县长, 省长, 州长, 镇长…). */
const TITLE_BEFORE_CHANG = '市县区省州旗盟镇乡';

function regionNames(): PairIndex<boolean> {
  names ??= new PairIndex(
    allRegionNames().map((name) => ({
      word: name,
      value: isFullRegionName(name),
    })),
  );
  return names;
}

/** The highest level a name can name (LEVEL_DEPTH: the smaller, the bigger the place). */
function depth(name: string): number {
  let top = Number.POSITIVE_INFINITY;
  for (const region of regionCandidates(name)) top = Math.min(top, LEVEL_DEPTH[region.level]);
  return top;
}

/** A year ends at `i` (`2024年夏县政府工作报告`): what follows starts a name, as after punctuation. */
function afterYear(text: string, i: number, from: number): boolean {
  return i - 2 >= from && text[i - 1] === '年' && /[0-9〇零一二三四五六七八九]/.test(text[i - 2]!);
}

/** The mention before ends at `i` and names a place a county can lie in: in full, or a province's or prefecture's short form. */
function afterPlaceAbove(before: RegionMention | undefined, i: number): boolean {
  return before?.end === i && (before.full || depth(before.name) <= LEVEL_DEPTH.prefecture);
}

/**
 * Region names in `text`, in order, non-overlapping; with `tails`, two-character names read after
 * a word's character too, marked `tail`.
 *
 * @example findRegionMentions('温州市瓯海区').map((m) => m.name) // ['温州市', '瓯海区']
 */
export function findRegionMentions(
  text: string,
  from = 0,
  to = text.length,
  { tails = false }: { tails?: boolean } = {},
): RegionMention[] {
  const index = regionNames();
  const mentions: RegionMention[] = [];
  let i = from;
  // Names have two characters or more: none starts at the last position. Each character is
  // read once: the second of one pair is the first of the next.
  let a = text.charCodeAt(i);
  while (i + 1 < to) {
    const b = text.charCodeAt(i + 1);
    let found = index.longestAt(text, i, to, a, b);
    // A two-character name with a one-character stem (`范县`, `富县`) is usually the tail of a
    // word (`示范县`, `产业富县`): it counts only after punctuation, another region's full name
    // (`阳泉市矿区`) or a province's or prefecture's short form (`山东费县`; `木里矿区` is a mining
    // area of the county 木里).
    const tail =
      found?.value === true &&
      found.word.length === 2 &&
      i > from &&
      isHan(text.charCodeAt(i - 1)) &&
      !afterPlaceAbove(mentions.at(-1), i) &&
      !afterYear(text, i, from);
    if (tail && !tails) found = undefined;
    // A full name whose first character ends an ordinary word begun before it is that word's tail:
    // `新兴城市` is 新兴 + 城市, not 新 + 兴城市.
    if (found?.value && i > from && ORDINARY_WORDS.has(text.slice(i - 1, i + 1))) found = undefined;
    // A name opening on 长 right after 市, 县, 省… is a head of government's title and the start of
    // a name: `市长葛慧君` is 市长 + 葛慧君, not 长葛 (unless the 市 closed a region's name:
    // `湖南省长沙市`).
    if (
      found &&
      a === CHANG &&
      i > from &&
      TITLE_BEFORE_CHANG.includes(text[i - 1]!) &&
      mentions.at(-1)?.end !== i
    ) {
      found = undefined;
    }
    // A short form that a name starting one character later overlaps and outruns is the tail of
    // a word before that name: `新宁夏` is 新 + 宁夏, not 新宁 (a county) + 夏. Unless it names a
    // bigger place than that name: `江西城市` is 江西 + 城市, not 江 + 西城 (a district).
    if (found && !found.value && i + 2 < to) {
      const next = index.longestAt(text, i + 1, to, b, text.charCodeAt(i + 2));
      if (next && i + 1 + next.word.length > i + found.word.length && depth(next.word) <= depth(found.word))
        found = undefined;
    }
    // A short form is part of another name by what follows it: a street's (`顺城街获央视专题报道`,
    // `中山路`) or the scope of a first (`成为丽水首座…`); the country's name in a national outlet's
    // (`中国网络电视台`); a county's before a zone's word, which names the zone (`松山新区`, a new
    // area far from 松山区; `江宁开发区`). (The words are looked at before the region's level.)
    if (found && !found.value) {
      const after = i + found.word.length;
      if (
        NO_MENTION_AFTER(text, after) ||
        (OUTLET_AFTER(text, after) && depth(found.word) === LEVEL_DEPTH.national) ||
        (ZONE_AFTER(text, after) && depth(found.word) >= LEVEL_DEPTH.county)
      )
        found = undefined;
    }
    // A county's short form inside a word and right before a level word not its own is part of
    // another place's name: `贵安新区` holds 安新, but 安新 is 安新县, not 安新区.
    if (found && !found.value && i > from && isHan(text.charCodeAt(i - 1))) {
      const withLevel = found.word + (text[i + found.word.length] ?? '');
      const levelAfter = withLevel.length > found.word.length && LEVEL_WORDS.includes(withLevel.at(-1)!);
      if (
        levelAfter &&
        depth(found.word) >= LEVEL_DEPTH.county &&
        !regionCandidates(found.word).some((r) => r.name === withLevel)
      )
        found = undefined;
    }
    if (found) {
      const { word: name, value: full } = found;
      mentions.push({ name, start: i, end: i + name.length, full, ...(tail && { tail }) });
      i += name.length;
      // Nothing to read past the end.
      if (i < to) a = text.charCodeAt(i);
    } else {
      i++;
      a = b;
    }
  }
  return mentions;
}
