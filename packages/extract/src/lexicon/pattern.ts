/** Word lists of the lexicon as regex alternations: the rules match the longest word first. */

const escapeForRegex = (word: string) => word.replace(/[\\^$.*+?()[\]{}|/%-]/g, '\\$&');

/**
 * The words as a regex alternation, longest first, so `不超过` is tried before `超过`.
 * @example alternation(['超过', '不超过']) // '不超过|超过'
 */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeForRegex)
    .join('|');
}
