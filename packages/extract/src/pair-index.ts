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

/**
 * Filter bits per distinct pair: about one position in 30 whose pair no word starts passes the
 * filter by chance, and goes on to the map lookup that turns it away.
 */
const BITS_PER_PAIR = 32;
// Multiplying the whole pair spreads both characters into the top bits kept. (Multiplying the
// first and xoring the second left only the second's top four bits in the hash, so the filter
// keyed on the first character alone and let 17% of positions through instead of 2%.)
const pairHash = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;
/** Two characters as one int32 key: `a * 65536 + b` would leave the small-integer range above U+7FFF. */
const pairKey = (a: number, b: number) => (a << 16) | b;

export class PairIndex<T> {
  /**
   * One bit per hash value, sized to the pairs indexed: 512 bytes for the indicator aliases, 16 KB
   * for the region names. (One size for all, 128 KB, was read at a random byte for every character
   * scanned, and missed the cache the rest of the pipeline had filled: sentences were read ~8%
   * slower in all.)
   */
  private readonly filter: Uint8Array;
  /** `32 - bits`: the hash keeps its top `bits` bits. */
  private readonly shift: number;
  private readonly lists = new Map<number, PairEntry<T>[]>();

  /** Words of fewer than two characters cannot be indexed and are left out. */
  constructor(entries: Iterable<PairEntry<T>>) {
    for (const entry of entries) {
      if (entry.word.length < 2) continue;
      const key = pairKey(entry.word.charCodeAt(0), entry.word.charCodeAt(1));
      const list = this.lists.get(key);
      if (list) list.push(entry);
      else this.lists.set(key, [entry]);
    }
    const bits = Math.max(10, Math.ceil(Math.log2(this.lists.size * BITS_PER_PAIR)));
    this.shift = 32 - bits;
    this.filter = new Uint8Array(1 << (bits - 3));
    for (const [key, list] of this.lists) {
      const h = pairHash(key, this.shift);
      this.filter[h >>> 3] = this.filter[h >>> 3]! | (1 << (h & 7));
      if (list.length > 1) list.sort((x, y) => y.word.length - x.word.length);
    }
  }

  /**
   * The longest word starting at `i` and ending by `to`, where `a` and `b` are the characters at
   * `i` and `i + 1` (the caller reads each character once as it scans).
   */
  longestAt(text: string, i: number, to: number, a: number, b: number): PairEntry<T> | undefined {
    const key = pairKey(a, b);
    const h = pairHash(key, this.shift);
    if ((this.filter[h >>> 3]! & (1 << (h & 7))) === 0) return undefined;
    const list = this.lists.get(key);
    if (list === undefined) return undefined;
    for (const entry of list) {
      if (i + entry.word.length <= to && text.startsWith(entry.word, i)) return entry;
    }
    return undefined;
  }
}
