/**
 * The global search (`/search?q=`): the facts whose evidence or label holds the phrase, each
 * opening its evidence, and the documents whose text holds it, each occurrence linking into the
 * reader at its place. Chinese phrases work: the API matches substrings, not words.
 */
import { Link, useSearchParams } from 'react-router';
import { useFactSearch, useTextSearch } from '../../api/queries';
import { FigureButton } from '../../components/figure-button';
import { QueryView, Skeleton } from '../../components/states';
import { usePageTitle } from '../../components/use-page-title';
import { indicatorName } from '../../format/fact-text';
import { useI18n } from '../../i18n/i18n-context';

export function SearchPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  usePageTitle(q ? t('search.titleFor', { q }) : t('search.title'));
  return (
    <section className="page" data-testid="search-page">
      <h1>{q ? t('search.titleFor', { q }) : t('search.title')}</h1>
      {q ? <Results q={q} /> : <p className="page-sub">{t('search.hint')}</p>}
    </section>
  );
}

/**
 * Both lists appear together once both have answered: the first to land would otherwise push the
 * other down while the reader starts reading.
 */
function Results({ q }: { q: string }) {
  const facts = useFactSearch(q);
  const search = useTextSearch(q);
  if (facts.isPending || search.isPending) return <Skeleton lines={10} />;
  return (
    <>
      <FactResults q={q} />
      <DocumentResults q={q} />
    </>
  );
}

function FactResults({ q }: { q: string }) {
  const { t, lang, region } = useI18n();
  const facts = useFactSearch(q);
  return (
    <section aria-labelledby="search-facts">
      <h2 id="search-facts">
        {t('search.facts')} {facts.data ? <span className="card-meta">({facts.data.total})</span> : null}
      </h2>
      <QueryView
        query={facts}
        skeleton={<Skeleton lines={4} />}
        isEmpty={(d) => d.facts.length === 0}
        empty={t('search.none')}
      >
        {(data) => (
          <ul className="doc-list" data-testid="search-facts">
            {data.facts.map((f) => (
              <li key={f.fact_id}>
                <FigureButton fact={f} context={`${region(f.region)} ${indicatorName(f, lang)}`} />{' '}
                <span className="card-meta">
                  {region(f.region)} · {indicatorName(f, lang)} · {f.year ?? ''} {t(`fact.kind.${f.kind}`)}
                </span>
                <div lang="zh-CN">{f.evidence.text}</div>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

function DocumentResults({ q }: { q: string }) {
  const { t, region } = useI18n();
  const search = useTextSearch(q);
  return (
    <section aria-labelledby="search-docs">
      <h2 id="search-docs">
        {t('search.documents')}{' '}
        {search.data ? <span className="card-meta">({search.data.total})</span> : null}
      </h2>
      <QueryView
        query={search}
        skeleton={<Skeleton lines={4} />}
        isEmpty={(d) => d.documents.length === 0}
        empty={t('search.none')}
      >
        {(data) => (
          <ul className="doc-list" data-testid="search-documents">
            {data.documents.map((d) => (
              <li key={d.doc_id}>
                <Link to={`/documents/${encodeURIComponent(d.doc_id)}`}>{d.title}</Link>
                <div className="card-meta">
                  {d.region ? `${region(d.region)} · ` : ''}
                  {t('search.hits', { n: d.count })}
                </div>
                <ul className="search-hits">
                  {d.hits.slice(0, 3).map((h) => (
                    <li key={h.start} lang="zh-CN">
                      <Link to={`/documents/${encodeURIComponent(d.doc_id)}?at=${h.start}`}>
                        …{h.snippet.slice(0, h.start - h.snippet_start)}
                        <mark>{h.snippet.slice(h.start - h.snippet_start, h.end - h.snippet_start)}</mark>
                        {h.snippet.slice(h.end - h.snippet_start)}…
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}
