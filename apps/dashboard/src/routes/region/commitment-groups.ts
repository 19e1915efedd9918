/**
 * Groups a report's commitments (its targets) under the report's own sections — 主要预期目标,
 * the numbered tasks, 十件大事, 民生实事 — by where each one's evidence sits in the text.
 */
import type { DocumentDetail, FactRow, SectionOut } from '../../api/types';

export interface CommitmentGroup {
  key: string;
  /** The section as the report titles it, or null for text outside every section. */
  section: SectionOut | null;
  kind: FactRow['section'];
  facts: FactRow[];
}

export function groupCommitments(detail: DocumentDetail, keep: (f: FactRow) => boolean): CommitmentGroup[] {
  const sections = [...detail.sections].sort((a, b) => a.start - b.start);
  const groups = new Map<string, CommitmentGroup>();
  for (const fact of detail.facts) {
    if (fact.kind !== 'target' || !keep(fact)) continue;
    // The innermost (latest-starting) section containing the evidence.
    const section =
      sections.filter((s) => s.start <= fact.evidence.start && fact.evidence.start < s.end).at(-1) ?? null;
    const key = section ? `s${section.ordinal}` : `k${fact.section}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, section, kind: section?.kind ?? fact.section, facts: [] };
      groups.set(key, group);
    }
    group.facts.push(fact);
  }
  return [...groups.values()].sort(
    (a, b) => (a.section?.start ?? Number.MAX_SAFE_INTEGER) - (b.section?.start ?? Number.MAX_SAFE_INTEGER),
  );
}
