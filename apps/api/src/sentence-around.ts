/**
 * The sentence around a clause, for evidence: from the previous sentence end (。!?;, or a line
 * break) to the next, never more than `max` characters either side. Positions are in `text`.
 */
export interface Span {
  start: number;
  end: number;
}

const STOPS = /[。!?;!?;\n]/;

export function sentenceAround(text: string, start: number, end: number, max = 120): Span {
  let from = start;
  while (from > 0 && start - from < max && !STOPS.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < max && !STOPS.test(text[to - 1] ?? '')) to++;
  return { start: from, end: to };
}
