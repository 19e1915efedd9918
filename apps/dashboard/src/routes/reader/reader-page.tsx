/**
 * The document reader: the full text with every extracted figure highlighted (hover or focus shows
 * the parsed fact), sections navigable, spam fragments greyed out. `?fact=<id>` marks one fact as
 * the current evidence and scrolls to it; `?at=<file offset>` scrolls to a position.
 */
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDocument } from '../../api/queries';
import type { DocumentDetail, FactRow } from '../../api/types';
import { QueryView, Skeleton } from '../../components/states';
import { usePageTitle } from '../../components/use-page-title';
import { describeFact } from '../../format/fact-text';
import { formatDate } from '../../format/format';
import { useI18n } from '../../i18n/i18n-context';
import { type Run, segmentText } from './segment-text';

export function ReaderPage() {
  const { docId } = useParams();
  const query = useDocument(docId);
  const { t } = useI18n();
  usePageTitle(query.data?.document.title);
  return (
    <section className="page">
      <p>
        <Link to="/documents">← {t('reader.back')}</Link>
      </p>
      <QueryView query={query} skeleton={<Skeleton lines={12} />}>
        {(data) => <Reader data={data} />}
      </QueryView>
    </section>
  );
}

interface Tip {
  facts: FactRow[];
  x: number;
  y: number;
}

/**
 * The contents: each heading once. A report that resumes a section after an insert (an appendix
 * inside its closing part) has the same heading twice; the list links to where it first starts.
 */
export function contents(sections: DocumentDetail['sections']): DocumentDetail['sections'] {
  const seen = new Set<string>();
  return sections.filter((s) => {
    const key = s.title || s.kind;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function Reader({ data }: { data: DocumentDetail }) {
  const { t, lang, region } = useI18n();
  const [params] = useSearchParams();
  const activeFact = params.get('fact');
  const at = params.get('at');
  const { document: doc, sections, facts, spam_fragments } = data;
  const runs = useMemo(
    () => segmentText({ text: doc.text, bodyStart: doc.body_start, facts, spam: spam_fragments, sections }),
    [doc, facts, spam_fragments, sections],
  );
  const textRef = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  // Bring the requested fact (or offset) into view once the text is laid out.
  useEffect(() => {
    const root = textRef.current;
    if (!root) return;
    let target: Element | null = null;
    if (activeFact) target = root.querySelector(`[data-fact-ids~="${CSS.escape(activeFact)}"]`);
    if (!target && at) {
      const pos = Number(at) - doc.body_start;
      target =
        [...root.querySelectorAll<HTMLElement>('[data-start]')].find(
          (el) => Number(el.dataset.start) >= pos,
        ) ?? null;
    }
    if (target instanceof HTMLElement) {
      target.scrollIntoView?.({ block: 'center' });
      target.focus?.({ preventScroll: true });
    }
  }, [activeFact, at, doc.body_start]);

  const showTip = (run: Run<FactRow>, el: HTMLElement) => {
    const box = el.getBoundingClientRect();
    setTip({ facts: run.facts, x: Math.min(box.left, window.innerWidth - 330), y: box.bottom + 6 });
  };

  return (
    <article className="reader-doc">
      <h1>{doc.title}</h1>
      <p className="page-sub">
        {doc.region ? `${region(doc.region)} · ` : ''}
        {doc.speaker ? `${doc.speaker_title ?? ''}${doc.speaker} · ` : ''}
        {doc.report_date
          ? `${t('docs.meeting')} ${formatDate(doc.report_date, lang)}`
          : `${t('docs.published')} ${formatDate(doc.published, lang)}`}{' '}
        · {t('reader.facts', { n: facts.length })}
      </p>
      <div className="reader">
        <nav className="reader-nav" aria-label={t('reader.sections')}>
          <h2>{t('reader.sections')}</h2>
          {sections.length ? (
            <ol>
              {contents(sections).map((s) => (
                <li key={s.ordinal}>
                  <a href={`#section-${s.ordinal}`}>{s.title || t(`section.${s.kind}`)}</a>
                </li>
              ))}
            </ol>
          ) : (
            <p className="card-meta">{t('section.body')}</p>
          )}
        </nav>
        <div>
          <div className="reader-legend" aria-hidden="true">
            <span>
              <mark className="fact">{t('reader.legend.fact')}</mark>
            </span>
            <span className="reader-text">
              <span className="spam">{t('reader.legend.spam')}</span>
            </span>
          </div>
          <div className="reader-text" ref={textRef} data-testid="reader-text">
            {runs.map((run) => (
              <RunView
                key={run.start}
                run={run}
                active={activeFact != null && run.facts.some((f) => f.fact_id === activeFact)}
                onShow={showTip}
                onHide={() => setTip(null)}
                describe={(f) => describeFact(f, lang, t)}
                spamLabel={t('reader.spam')}
              />
            ))}
          </div>
        </div>
      </div>
      {tip ? (
        <div className="fact-tip" role="tooltip" style={{ left: tip.x, top: tip.y }} data-testid="fact-tip">
          {tip.facts.map((f) => (
            <div key={f.fact_id}>{describeFact(f, lang, t)}</div>
          ))}
        </div>
      ) : null}
    </article>
  );
}

interface RunProps {
  run: Run<FactRow>;
  active: boolean;
  onShow: (run: Run<FactRow>, el: HTMLElement) => void;
  onHide: () => void;
  describe: (f: FactRow) => string;
  spamLabel: string;
}

function RunView({ run, active, onShow, onHide, describe, spamLabel }: RunProps) {
  const anchors = run.sectionStarts.map((ordinal) => (
    <span key={`s${ordinal}`} id={`section-${ordinal}`} className="section-anchor" />
  ));
  let body: ReactNode = run.text;
  if (run.spam) {
    body = (
      <span className="spam" title={spamLabel}>
        {body}
      </span>
    );
  }
  if (run.facts.length) {
    const first = run.facts[0]!;
    body = (
      <mark
        className={active ? 'fact active' : 'fact'}
        data-fact-ids={run.facts.map((f) => f.fact_id).join(' ')}
        data-start={run.start}
      >
        {/* A link in the text flow: focusable, wraps like text; focus shows the parsed fact as hover does. */}
        <Link
          className="fact-link"
          to={{
            search: `?fact=${encodeURIComponent(first.fact_id)}&evidence=${encodeURIComponent(first.fact_id)}&evidenceDoc=${encodeURIComponent(first.doc_id)}`,
          }}
          preventScrollReset
          replace
          aria-label={`${run.text}: ${run.facts.map(describe).join('; ')}`}
          onMouseEnter={(e) => onShow(run, e.currentTarget)}
          onMouseLeave={onHide}
          onFocus={(e) => onShow(run, e.currentTarget)}
          onBlur={onHide}
        >
          {body}
        </Link>
      </mark>
    );
  } else {
    body = <span data-start={run.start}>{body}</span>;
  }
  return (
    <>
      {anchors}
      {body}
    </>
  );
}
