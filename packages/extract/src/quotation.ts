/**
 * Where a quotation is still open: a figure or a year inside one belongs to the quoted words (a name,
 * a slogan), and a subject's phrase starts after its opening mark.
 */
import { QUOTATION_PAIRS } from './lexicon/layout.js';

/**
 * Where the quotation still open at `at` opens (its mark's position), or -1: the last opening mark
 * before `at` that no closing one of its pair follows before `at`. Only `“”` unless `corners`, which
 * counts `「」` as well.
 */
export function openQuotationAt(text: string, at: number, corners = false): number {
  let open = -1;
  for (const [opening, closing] of corners ? QUOTATION_PAIRS : QUOTATION_PAIRS.slice(0, 1)) {
    const mark = text.lastIndexOf(opening, at - 1);
    if (mark > open && text.lastIndexOf(closing, at - 1) < mark) open = mark;
  }
  return open;
}
