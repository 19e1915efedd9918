/**
 * Words looked up by their first two characters, for scanning text for any of thousands of
 * names (regions) or aliases (indicators): at each position, one bit test on a hash of the two
 * characters there rejects almost every position, and the few left compare the words sharing
 * that pair, longest first. Measured against the alternatives on the seed corpus: a trie of maps
 * took tens of milliseconds to build (paid by every build), and one regex alternation of the 133
 * indicator aliases read sentences at half the speed.
 */

export interface PairEntry<T> {
  word: string;
  value: T;
}

const PAIR_BITS = 20;
// Multiplying the whole pair spreads both characters into the top bits kept. (Multiplying the
// first and xoring the second left only the second's top four bits in the hash, so the filter
// keyed on the first character alone and let 17% of positions through instead of 2%.)
const pairHash = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);
/** Two characters as one int32 key: `a * 65536 + b` would leave the small-integer range above U+7FFF. */
const pairKey = (a: number, b: number) => (a << 16) | b;

export class PairIndex<T> {
  private readonly filter = new Uint8Array(1 << (PAIR_BITS - 3));
  private readonly lists = new Map<number, PairEntry<T>[]>();

  /** Words of fewer than two characters cannot be indexed and are left out. */
  constructor(entries: Iterable<PairEntry<T>>) {
    for (const entry of entries) {
      if (entry.word.length < 2) continue;
      const a = entry.word.charCodeAt(0);
      const b = entry.word.charCodeAt(1);
      const h = pairHash(a, b);
      this.filter[h >>> 3] = this.filter[h >>> 3]! | (1 << (h & 7));
      const key = pairKey(a, b);
      const list = this.lists.get(key);
      if (list) list.push(entry);
      else this.lists.set(key, [entry]);
    }
    for (const list of this.lists.values()) {
      if (list.length > 1) list.sort((x, y) => y.word.length - x.word.length);
    }
  }

  /**
   * The longest word starting at `i` and ending by `to`, where `a` and `b` are the characters at
   * `i` and `i + 1` (the caller reads each character once as it scans).
   */
  longestAt(text: string, i: number, to: number, a: number, b: number): PairEntry<T> | undefined {
    const h = pairHash(a, b);
    if ((this.filter[h >>> 3]! & (1 << (h & 7))) === 0) return undefined;
    const list = this.lists.get(pairKey(a, b));
    if (list === undefined) return undefined;
    for (const entry of list) {
      if (i + entry.word.length <= to && text.startsWith(entry.word, i)) return entry;
    }
    return undefined;
  }
}
