/**
 * The lexicon's words as one index, for telling a word cut by a line break (`生产总⏎值`) from two
 * lines that merely meet: the catalog's indicator aliases and the link words between a subject and
 * its number.
 */
import { INDICATORS } from '@gwr/domain';
import { LINK_WORDS } from './lexicon/link-words.js';
import { PairIndex } from './pair-index.js';

let words: PairIndex<null> | undefined;

function index(): PairIndex<null> {
  words ??= new PairIndex(
    [...INDICATORS.flatMap((i) => i.aliases), ...LINK_WORDS]
      .filter((w) => w.length >= 2 && /^[\u4e00-\u9fff]+$/.test(w))
      .map((word) => ({ word, value: null })),
  );
  return words;
}

/** Whether a word of the lexicon runs from the end of `before` into `after`. */
export function cutsWord(before: string, after: string): boolean {
  const joined = before + after;
  for (let i = 0; i < before.length; i++) {
    const found = index().longestAt(joined, i, joined.length, joined.charCodeAt(i), joined.charCodeAt(i + 1));
    if (found && i + found.word.length > before.length) return true;
  }
  return false;
}
