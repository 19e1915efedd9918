/**
 * The panel that answers "where does this number come from": the parsed fact, the sentence of the
 * report that states it with the stating clause highlighted, and a link into the reader at that spot.
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useDocument } from '../api/queries';
import { describeFact } from '../format/fact-text';
import { useI18n } from '../i18n/i18n-context';
import { sentenceAround } from '../routes/reader/segment-text';
import { ErrorState, Skeleton } from './states';
import { useEvidence } from './use-evidence';

export function EvidencePanel() {
  const { current, close } = useEvidence();
  const { t } = useI18n();
  const panelRef = useRef<HTMLElement>(null);
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    if (!current) return;
    returnFocus.current = document.activeElement;
    panelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      // Back to the bar or cell that opened it, so keyboard users keep their place.
      if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    };
  }, [current, close]);

  if (!current) return null;
  return (
    <aside
      className="evidence-panel"
      role="dialog"
      aria-labelledby="evidence-title"
      tabIndex={-1}
      ref={panelRef}
      data-testid="evidence-panel"
    >
      <div className="evidence-head">
        <h2 id="evidence-title">{t('evidence.title')}</h2>
        <button type="button" className="button button-quiet button-small" onClick={close}>
          {t('evidence.close')} ✕
        </button>
      </div>
      <div className="evidence-body">
        <EvidenceBody factId={current.fact_id} docId={current.doc_id} />
      </div>
    </aside>
  );
}

function EvidenceBody({ factId, docId }: { factId: string; docId: string }) {
  const query = useDocument(docId);
  const { t, lang } = useI18n();
  if (query.isPending) return <Skeleton lines={4} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { document: doc, facts } = query.data;
  const fact = facts.find((f) => f.fact_id === factId);
  if (!fact) return <ErrorState error={new Error(`${t('state.notFound')}: ${factId}`)} />;
  const start = fact.evidence.start - doc.body_start;
  const end = fact.evidence.end - doc.body_start;
  const around = sentenceAround(doc.text, start, end);
  return (
    <>
      <p>
        <strong>{describeFact(fact, lang, t)}</strong>
      </p>
      <blockquote className="evidence-quote" lang="zh-CN" data-testid="evidence-quote">
        {around.start > 0 ? '…' : ''}
        {doc.text.slice(around.start, start)}
        <mark>{doc.text.slice(start, end)}</mark>
        {doc.text.slice(end, around.end)}
        {around.end < doc.text.length ? '…' : ''}
      </blockquote>
      <p className="card-meta">
        {doc.title} · {t(`section.${fact.section}`)} · {t('reader.source')} {fact.evidence.start}–
        {fact.evidence.end}
      </p>
      <p>
        <Link
          className="button"
          to={`/documents/${encodeURIComponent(doc.doc_id)}?fact=${encodeURIComponent(fact.fact_id)}&at=${fact.evidence.start}`}
        >
          {t('evidence.open')} →
        </Link>
      </p>
    </>
  );
}
