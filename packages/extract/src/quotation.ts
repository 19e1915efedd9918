/**
 * Where a quotation is still open: a figure or a year inside one belongs to the quoted words (a name,
 * a slogan), and a subject's phrase starts after its opening mark.
 */
import { LISTED_TARGETS_AFTER, QUOTED_TARGETS_AFTER, QUOTED_TARGETS_BEFORE } from './lexicon/headings.js';
import { QUOTATION_PAIRS } from './lexicon/layout.js';

/**
 * Where the quotation still open at `at` opens (its mark's position), or -1: the last opening mark
 * before `at` that no closing one of its pair follows before `at`. Only `“”` unless `corners`, which
 * counts `「」` as well.
 */
export function openQuotationAt(text: string, at: number, corners = false): number {
  // (Looked for within the reach only: asked of figures all through a document, an unbounded look
  // back made a page with no marks, or one stray mark, quadratic.)
  const from = Math.max(0, at - QUOTATION_REACH);
  const before = text.slice(from, at);
  let open = -1;
  for (const [opening, closing] of corners ? QUOTATION_PAIRS : QUOTATION_PAIRS.slice(0, 1)) {
    const mark = before.lastIndexOf(opening);
    if (mark >= 0 && from + mark > open && before.lastIndexOf(closing) < mark) open = from + mark;
  }
  return open;
}

/** Where the quotation open at `at` closes (just past its closing mark); undefined if none is open or closes. */
export function quotationCloseAfter(text: string, at: number): number | undefined {
  if (openQuotationAt(text, at) < 0) return undefined;
  const close = text.indexOf('”', at);
  return close < 0 ? undefined : close + 1;
}

/**
 * How far from a figure a quotation's marks (or a list's ellipsis) are looked for: a mark opened
 * further back and never closed is a stray (a page's lost closing mark), not a quotation the figure
 * stands in.
 */
const QUOTATION_REACH = 1000;

/**
 * Whether the figure at `at` stands in a quotation of figures that the words around it name as the
 * year's targets (lexicon/headings.ts): they are targets whatever the section.
 */
export function quotedAsTargets(text: string, at: number): boolean {
  const open = openQuotationAt(text, at);
  if (open < 0) return listedAsTargets(text, at);
  if (QUOTED_TARGETS_BEFORE.test(text.slice(Math.max(0, open - QUOTED_REACH), open))) return true;
  const close = text.slice(at, at + QUOTATION_REACH).indexOf('”');
  return close >= 0 && QUOTED_TARGETS_AFTER.test(text.slice(at + close, at + close + QUOTED_REACH));
}

/**
 * Whether the figure at `at` stands in a list cut short by an ellipsis that the words after it name
 * as the year's targets (LISTED_TARGETS_AFTER), in the same sentence.
 */
function listedAsTargets(text: string, at: number): boolean {
  // Looked for within the reach, as a quotation's marks are: searched to the document's end, a page
  // without an ellipsis (or without a full stop) made every figure scan all the text after it.
  const after = text.slice(at, at + QUOTATION_REACH);
  const ellipsis = after.indexOf('…');
  if (ellipsis < 0) return false;
  const stop = after.indexOf('。');
  return (stop < 0 || ellipsis < stop) && LISTED_TARGETS_AFTER.test(after.slice(ellipsis, ellipsis + 60));
}

/** How far around a quotation the words that name it are read. */
const QUOTED_REACH = 24;
