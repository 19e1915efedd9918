/**
 * Cuts a document body into runs for the reader: each run knows which facts state it, whether it is
 * spam, and which sections start at its beginning. Fact spans may overlap (one clause can state a
 * level and a growth rate; a clause can sit inside a longer one), so runs are cut at every boundary
 * and carry the set of facts covering them. Offsets in: file offsets; out: positions in `text`.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Run<F> {
  start: number;
  end: number;
  text: string;
  facts: F[];
  spam: boolean;
  /** Sections whose first character is this run's first character. */
  sectionStarts: number[];
}

interface Input<F> {
  text: string;
  /** File offset of text[0]. */
  bodyStart: number;
  facts: readonly (F & { evidence: Span })[];
  spam: readonly Span[];
  sections: readonly (Span & { ordinal: number })[];
}

export function segmentText<F>({ text, bodyStart, facts, spam, sections }: Input<F>): Run<F>[] {
  const clamp = (offset: number) => Math.min(text.length, Math.max(0, offset - bodyStart));
  const cuts = new Set<number>([0, text.length]);
  const factSpans = facts.map((fact) => ({
    fact,
    start: clamp(fact.evidence.start),
    end: clamp(fact.evidence.end),
  }));
  const spamSpans = spam.map((s) => ({ start: clamp(s.start), end: clamp(s.end) }));
  const sectionAt = new Map<number, number[]>();
  for (const f of factSpans) cuts.add(f.start).add(f.end);
  for (const s of spamSpans) cuts.add(s.start).add(s.end);
  for (const section of sections) {
    const at = clamp(section.start);
    cuts.add(at);
    sectionAt.set(at, [...(sectionAt.get(at) ?? []), section.ordinal]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run<F>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    runs.push({
      start,
      end,
      text: text.slice(start, end),
      facts: factSpans.filter((f) => f.start <= start && f.end >= end).map((f) => f.fact),
      spam: spamSpans.some((s) => s.start <= start && s.end >= end),
      sectionStarts: sectionAt.get(start) ?? [],
    });
  }
  // A section starting at the very end of the text still gets its anchor.
  const tail = sectionAt.get(text.length);
  if (tail && runs.length) runs[runs.length - 1]!.sectionStarts.push(...tail);
  return runs;
}
