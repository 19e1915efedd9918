/**
 * Evidence lives in the URL (`?evidence=<fact_id>&evidenceDoc=<doc_id>`), so an opened source
 * sentence is a deep link like any other page state. The document carries all its facts, so the
 * two ids are enough to find the fact and its sentence.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export interface EvidenceRef {
  fact_id: string;
  doc_id: string;
}

export function useEvidence() {
  const [params, setParams] = useSearchParams();
  const open = useCallback(
    (ref: EvidenceRef) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('evidence', ref.fact_id);
          next.set('evidenceDoc', ref.doc_id);
          return next;
        },
        { preventScrollReset: true },
      );
    },
    [setParams],
  );
  const close = useCallback(() => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('evidence');
        next.delete('evidenceDoc');
        return next;
      },
      { preventScrollReset: true },
    );
  }, [setParams]);
  const factId = params.get('evidence');
  const docId = params.get('evidenceDoc');
  // The fact id alone finds the evidence (GET /api/facts/{id}); the document id stays in the link
  // for readers of the URL.
  return { open, close, current: factId ? { fact_id: factId, doc_id: docId ?? '' } : null };
}
