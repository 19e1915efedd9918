/**
 * The panel that answers "where does this number come from": the parsed fact, the sentence of the
 * report that states it with the stating clause highlighted, and a link into the reader at that spot.
 * One small request (`GET /api/facts/{id}`): the server cuts the sentence, the document stays there.
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useFactContext } from '../api/queries';
import { describeFact } from '../format/fact-text';
import { formatDate } from '../format/format';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n-context';
import { ErrorState, Skeleton } from './states';
import { useEvidence } from './use-evidence';

/**
 * Where focus goes back to when the panel closes: the element that opened it, or — when a chart
 * redrew meanwhile and replaced that element — whatever now shows the same fact.
 */
function focusBack(opener: Element | null, factId: string) {
  if (opener instanceof HTMLElement || opener instanceof SVGElement) {
    if (opener.isConnected && opener !== document.body) {
      opener.focus();
      return;
    }
  }
  const same = document.querySelector<HTMLElement | SVGElement>(
    `[data-fact-id="${CSS.escape(factId)}"]:is(button, [tabindex], a)`,
  );
  same?.focus();
}

export function EvidencePanel() {
  const { current, close } = useEvidence();
  const { t } = useI18n();
  const panelRef = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);
  const factId = current?.fact_id;

  useEffect(() => {
    if (!factId) return;
    opener.current = document.activeElement;
    panelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      // Back to the bar or cell that opened it, so keyboard users keep their place.
      focusBack(opener.current, factId);
    };
  }, [factId, close]);

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
        <EvidenceBody factId={current.fact_id} />
      </div>
    </aside>
  );
}

function EvidenceBody({ factId }: { factId: string }) {
  const query = useFactContext(factId);
  const { t, lang, region } = useI18n();
  if (query.isPending) return <Skeleton lines={4} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { fact, document: doc, section, sentence } = query.data;
  const date = doc.report_date ?? doc.published;
  return (
    <>
      <p>
        <strong>{describeFact({ ...fact, region: region(fact.region) || null }, lang, t)}</strong>
      </p>
      <blockquote className="evidence-quote" lang="zh-CN" data-testid="evidence-quote">
        {sentence.before ? '…' : ''}
        {sentence.text.slice(0, sentence.mark_start)}
        <mark>{sentence.text.slice(sentence.mark_start, sentence.mark_end)}</mark>
        {sentence.text.slice(sentence.mark_end)}
        {sentence.after ? '…' : ''}
      </blockquote>
      <p className="card-meta">
        {doc.title}
        {date ? ` · ${formatDate(date, lang)}` : ''} ·{' '}
        {section?.title || t(`section.${fact.section}` as MessageKey)} · {t('reader.source')}{' '}
        {fact.evidence.start}–{fact.evidence.end}
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
