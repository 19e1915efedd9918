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

/** A trie of region names by character: the longest name at a position is one walk. */
interface Node {
  next: Map<number, Node>;
  /** The name ending at this node, if any. */
  name?: string;
  full?: boolean;
}

let root: Node | undefined;
/**
 * A filter on a name's first two characters, hashed into 2^20 bits: characters that start a
 * name (大, 新, 东, 长…) are everywhere in Chinese prose, but few of their pairs start one, so
 * one bit test rejects almost every position before any trie lookup. A hash collision only
 * costs a walk that finds nothing.
 */
let pairs: Uint8Array | undefined;
const PAIR_BITS = 20;
const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) >>> (32 - PAIR_BITS);
const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fa5;

function getRoot(): Node {
  if (root) return root;
  root = { next: new Map() };
  pairs = new Uint8Array(1 << (PAIR_BITS - 3));
  for (const name of allRegionNames()) {
    if (name.length < 2) continue;
    const h = pairHash(name.charCodeAt(0), name.charCodeAt(1));
    pairs[h >>> 3] = pairs[h >>> 3]! | (1 << (h & 7));
    let node = root;
    for (let k = 0; k < name.length; k++) {
      const code = name.charCodeAt(k);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    node.name = name;
    node.full = regionCandidates(name).some((r) => r.name === name);
  }
  return root;
}

/**
 * Region names in `text`, in order, non-overlapping.
 *
 * @example findRegionMentions('温州市瓯海区').map((m) => m.name) // ['温州市', '瓯海区']
 */
export function findRegionMentions(text: string, from = 0, to = text.length): RegionMention[] {
  const trie = getRoot();
  const mentions: RegionMention[] = [];
  const filter = pairs!;
  let i = from;
  // Names have two characters or more: none starts at the last position.
  while (i + 1 < to) {
    // Most positions start no name: one bit test rejects them.
    const h = pairHash(text.charCodeAt(i), text.charCodeAt(i + 1));
    if ((filter[h >>> 3]! & (1 << (h & 7))) === 0) {
      i++;
      continue;
    }
    let node = trie.next.get(text.charCodeAt(i));
    let found: Node | undefined;
    for (let j = i + 1; node && j <= to; j++) {
      if (node.name) found = node;
      if (j === to) break;
      node = node.next.get(text.charCodeAt(j));
    }
    // A two-character name with a one-character stem (`范县`, `富县`) is usually the tail of a
    // word (`示范县`, `产业富县`): it counts only after punctuation or another region's name.
    if (
      found?.full &&
      found.name!.length === 2 &&
      i > from &&
      isHan(text.charCodeAt(i - 1)) &&
      mentions.at(-1)?.end !== i
    ) {
      found = undefined;
    }
    if (found) {
      const name = found.name!;
      mentions.push({ name, start: i, end: i + name.length, full: found.full === true });
      i += name.length;
    } else i++;
  }
  return mentions;
}
