/**
 * Finds the names of GB/T 2260 regions in a text (full names such as `瓯海区` and the short
 * forms texts use, `衢州` for 衢州市), longest name first at each position, so `温州市瓯海区`
 * reads as 温州市 then 瓯海区 and `苏州工业园区` as itself rather than 苏州.
 */
import { allRegionNames, regionCandidates } from '@gwr/domain';

export interface RegionMention {
  name: string;
  start: number;
  end: number;
  /** The name is the full official name of a region (`衢州市`), not a short form (`衢州`). */
  full: boolean;
}

/** A region name with whether it is the full official name. */
interface Name {
  name: string;
  full: boolean;
}

/**
 * Region names by their first two characters (`pairKey`), longest first: the longest name
 * at a position is the first of its list that the text continues with. Lists are short (a
 * handful of names share two first characters), and this builds in a few milliseconds where a
 * trie of maps took tens, paid once by every build.
 */
let byPair: Map<number, Name[]> | undefined;
/**
 * A filter on a name's first two characters, hashed into 2^20 bits: characters that start a
 * name (大, 新, 东, 长…) are everywhere in Chinese prose, but few of their pairs start one, so
 * one bit test rejects almost every position before any lookup. A hash collision only costs a
 * lookup that finds nothing.
 */
let pairs: Uint8Array | undefined;
const PAIR_BITS = 20;
// Multiplying the whole pair spreads both characters into the top bits kept. (Multiplying the
// first and xoring the second left only the second's top four bits in the hash, so the filter
// keyed on the first character alone and let 17% of positions through instead of 2%.)
const pairHash = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);
const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fa5;
/** Two characters as one int32 key: `a * 65536 + b` would leave the small-integer range above U+7FFF. */
const pairKey = (a: number, b: number) => (a << 16) | b;

function namesByPair(): Map<number, Name[]> {
  if (byPair) return byPair;
  const index = new Map<number, Name[]>();
  const filter = new Uint8Array(1 << (PAIR_BITS - 3));
  for (const name of allRegionNames()) {
    if (name.length < 2) continue;
    const a = name.charCodeAt(0);
    const b = name.charCodeAt(1);
    const h = pairHash(a, b);
    filter[h >>> 3] = filter[h >>> 3]! | (1 << (h & 7));
    const key = pairKey(a, b);
    let list = index.get(key);
    if (!list) {
      list = [];
      index.set(key, list);
    }
    list.push({ name, full: regionCandidates(name).some((r) => r.name === name) });
  }
  for (const list of index.values()) if (list.length > 1) list.sort((x, y) => y.name.length - x.name.length);
  pairs = filter;
  byPair = index;
  return index;
}

/**
 * Region names in `text`, in order, non-overlapping.
 *
 * @example findRegionMentions('温州市瓯海区').map((m) => m.name) // ['温州市', '瓯海区']
 */
export function findRegionMentions(text: string, from = 0, to = text.length): RegionMention[] {
  const index = namesByPair();
  const mentions: RegionMention[] = [];
  const filter = pairs!;
  let i = from;
  // Names have two characters or more: none starts at the last position.
  // Each character is read once: the second of one pair is the first of the next.
  let a = text.charCodeAt(i);
  while (i + 1 < to) {
    const b = text.charCodeAt(i + 1);
    // Most positions start no name: one bit test rejects them.
    const h = pairHash(a, b);
    if ((filter[h >>> 3]! & (1 << (h & 7))) === 0) {
      i++;
      a = b;
      continue;
    }
    let found: Name | undefined;
    const list = index.get(pairKey(a, b));
    if (list) {
      for (const candidate of list) {
        if (i + candidate.name.length <= to && text.startsWith(candidate.name, i)) {
          found = candidate;
          break;
        }
      }
    }
    // A two-character name with a one-character stem (`范县`, `富县`) is usually the tail of a
    // word (`示范县`, `产业富县`): it counts only after punctuation or another region's name.
    if (
      found?.full &&
      found.name.length === 2 &&
      i > from &&
      isHan(text.charCodeAt(i - 1)) &&
      mentions.at(-1)?.end !== i
    ) {
      found = undefined;
    }
    if (found) {
      const { name, full } = found;
      mentions.push({ name, start: i, end: i + name.length, full });
      i += name.length;
      a = text.charCodeAt(i);
    } else {
      i++;
      a = b;
    }
  }
  return mentions;
}
