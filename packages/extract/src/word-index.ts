/**
 * The lexicon's words as one index, for telling a word cut by a line break (`生产总⏎值`) from two
 * lines that merely meet: the catalog's indicator aliases, the link words between a subject and
 * its number, and the framing words before a subject (`其⏎中`, `全⏎县`).
 */
import { INDICATORS } from '@gwr/domain';
import { FRAME_WORDS, LINK_WORDS } from './lexicon/link-words.js';
import { PairIndex } from './pair-index.js';

interface Lexicon {
  index: PairIndex<null>;
  longest: number;
  /** Every beginning of a word of four characters or more, two characters long or longer. */
  beginnings: Set<string>;
}

let words: Lexicon | undefined;

function lexicon(): Lexicon {
  if (!words) {
    const list = [...INDICATORS.flatMap((i) => i.aliases), ...LINK_WORDS, ...FRAME_WORDS].filter(
      (w) => w.length >= 2 && /^[\u4e00-\u9fff]+$/.test(w),
    );
    const beginnings = new Set<string>();
    for (const w of list) {
      if (w.length < 4) continue;
      for (let n = 2; n < w.length; n++) beginnings.add(w.slice(0, n));
    }
    words = {
      index: new PairIndex(list.map((word) => ({ word, value: null }))),
      longest: Math.max(...list.map((w) => w.length)),
      beginnings,
    };
  }
  return words;
}

/**
 * Whether `text` ends inside a word of the lexicon (`…实现社会消费品`): its last characters begin a
 * longer word. (Whether the word goes on where the text resumes is for cutsWord to say.)
 */
export function endsInsideWord(text: string): boolean {
  const { beginnings } = lexicon();
  for (let n = 2; n <= text.length; n++) if (beginnings.has(text.slice(-n))) return true;
  return false;
}

/** The length of the lexicon's longest word: how much of each side of a break a cut word may lie on. */
export function longestWord(): number {
  return lexicon().longest;
}

/** Whether a word of the lexicon runs from the end of `before` into `after`. */
export function cutsWord(before: string, after: string): boolean {
  const { index } = lexicon();
  const joined = before + after;
  for (let i = 0; i < before.length; i++) {
    const found = index.longestAt(joined, i, joined.length, joined.charCodeAt(i), joined.charCodeAt(i + 1));
    if (found && i + found.word.length > before.length) return true;
  }
  return false;
}
