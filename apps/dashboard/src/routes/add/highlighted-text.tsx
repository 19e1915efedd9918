/** A report's text with each figure the extractor read marked where it stands. */
import type { Fact } from '@gwr/domain';
import { type ReactNode, useMemo } from 'react';

export function HighlightedText({ text, facts }: { text: string; facts: readonly Fact[] }) {
  const parts = useMemo(() => {
    const spans = [...facts].sort((a, b) => a.evidence.start - b.evidence.start);
    const out: ReactNode[] = [];
    let at = 0;
    for (const f of spans) {
      // Evidence of two facts may overlap (one clause, two figures): mark each stretch once.
      if (f.evidence.end <= at) continue;
      const start = Math.max(at, f.evidence.start);
      out.push(text.slice(at, start));
      out.push(
        <mark key={f.fact_id} className={`fact fact-${f.kind}`} title={`${f.kind} ${f.year ?? ''}`}>
          {text.slice(start, f.evidence.end)}
        </mark>,
      );
      at = f.evidence.end;
    }
    out.push(text.slice(at));
    return out;
  }, [text, facts]);
  return (
    <pre className="report-text" data-testid="preview-text">
      {parts}
    </pre>
  );
}
