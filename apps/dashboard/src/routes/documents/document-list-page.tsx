/** Every document of the corpus, work reports first, filterable by kind (kept in the URL). */
import { Link, useSearchParams } from 'react-router';
import { useDocuments } from '../../api/queries';
import type { DocumentSummary } from '../../api/types';
import { QueryView, Skeleton } from '../../components/states';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate, formatNumber } from '../../format/format';
import { useI18n } from '../../i18n/i18n-context';

const KINDS = ['work_report', 'news'] as const;

export function DocumentListPage() {
  const { t } = useI18n();
  const query = useDocuments();
  usePageTitle(t('docs.title'));
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind');
  return (
    <section className="page">
      <div className="page-header">
        <h1>{t('docs.title')}</h1>
        <div className="toolbar">
          <label>
            {t('docs.kind')}
            <select
              value={kind ?? ''}
              onChange={(e) => {
                const next = new URLSearchParams(params);
                if (e.target.value) next.set('kind', e.target.value);
                else next.delete('kind');
                setParams(next, { replace: true });
              }}
            >
              <option value="">{t('docs.all')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`docs.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <QueryView
        query={query}
        skeleton={<Skeleton lines={8} />}
        isEmpty={(data) => data.documents.length === 0}
      >
        {(data) => {
          const shown = sortDocuments(data.documents).filter((d) => !kind || d.kind === kind);
          return (
            <>
              <p className="page-sub">{t('docs.count', { n: shown.length })}</p>
              <ul className="doc-list" data-testid="document-list">
                {shown.map((doc) => (
                  <DocumentItem key={doc.doc_id} doc={doc} />
                ))}
              </ul>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function DocumentItem({ doc }: { doc: DocumentSummary }) {
  const { t, lang, region } = useI18n();
  return (
    <li>
      <Link to={`/documents/${encodeURIComponent(doc.doc_id)}`}>{doc.title}</Link>
      <div className="card-meta">
        <span className={`badge ${doc.kind === 'work_report' ? 'badge-pending' : 'badge-unknown'}`}>
          {t(`docs.kind.${doc.kind}`)}
        </span>{' '}
        {doc.region ? <>· {region(doc.region)} </> : null}·{' '}
        {/* A report is dated by its congress meeting; the portal's crawl date says nothing of it. */}
        {doc.report_date ? (
          <span data-testid="meeting-date">
            {t('docs.meeting')} {formatDate(doc.report_date, lang)}
          </span>
        ) : (
          <span>
            {t('docs.published')} {formatDate(doc.published, lang)}
          </span>
        )}{' '}
        · {t('docs.chars')} {formatNumber(doc.char_count, lang)} · {t('reader.facts', { n: doc.facts })}
      </div>
    </li>
  );
}

/** Work reports first (they carry the targets), then news, each in corpus order. */
function sortDocuments(docs: readonly DocumentSummary[]): DocumentSummary[] {
  return [...docs].sort((a, b) => Number(a.kind !== 'work_report') - Number(b.kind !== 'work_report'));
}
