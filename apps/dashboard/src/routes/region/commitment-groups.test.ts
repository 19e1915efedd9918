import { describe, expect, it } from 'vitest';
import { unwrap } from '../../api/api-error';
import { api } from '../../test/render-app';
import { groupCommitments } from './commitment-groups';

describe('groupCommitments', () => {
  it('puts every target of a real report under the section that contains its evidence, once', async () => {
    const { documents } = await api.workReports();
    for (const doc of documents) {
      const detail = await unwrap(
        await api.client().api.documents[':id'].$get({ param: { id: doc.doc_id } }),
      );
      const groups = groupCommitments(detail, () => true);
      const grouped = groups.flatMap((g) => g.facts.map((f) => f.fact_id)).sort();
      const targets = detail.facts
        .filter((f) => f.kind === 'target')
        .map((f) => f.fact_id)
        .sort();
      expect(grouped).toEqual(targets);
      for (const g of groups) {
        if (!g.section) continue;
        for (const f of g.facts) {
          expect(f.evidence.start).toBeGreaterThanOrEqual(g.section.start);
          expect(f.evidence.start).toBeLessThan(g.section.end);
        }
      }
      // Groups follow the report's order.
      const starts = groups.filter((g) => g.section).map((g) => g.section!.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('keeps only what the filter keeps', async () => {
    const { documents } = await api.workReports();
    const detail = await unwrap(
      await api.client().api.documents[':id'].$get({ param: { id: documents[0]!.doc_id } }),
    );
    expect(groupCommitments(detail, () => false)).toEqual([]);
  });
});
