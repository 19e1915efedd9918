/** Investment news about the region, with the amounts each article states (each opens its evidence). */

import { shortRegionName } from '@gwr/domain';
import { Link } from 'react-router';
import { useDocumentFacts, useRegionNews } from '../../api/queries';
import { FigureButton } from '../../components/figure-button';
import { QueryView, Skeleton } from '../../components/states';
import { indicatorName } from '../../format/fact-text';
import { useI18n } from '../../i18n/i18n-context';

export function RegionNews({ region }: { region: string }) {
  const { t } = useI18n();
  const news = useRegionNews(region, shortRegionName(region));
  return (
    <section aria-labelledby="news-title">
      <h2 id="news-title">{t('region.news')}</h2>
      <QueryView
        query={news}
        skeleton={<Skeleton lines={3} />}
        isEmpty={(d) => d.tagged.length + d.mentioned.length === 0}
        empty={t('region.noNews')}
      >
        {(data) => {
          const docs = new Map<string, string>();
          for (const d of data.tagged) docs.set(d.doc_id, d.title);
          for (const d of data.mentioned) docs.set(d.doc_id, d.title);
          return <NewsList docs={[...docs]} />;
        }}
      </QueryView>
    </section>
  );
}

function NewsList({ docs }: { docs: [string, string][] }) {
  const { t, lang } = useI18n();
  const facts = useDocumentFacts(docs.map(([id]) => id));
  return (
    <ul className="doc-list" data-testid="region-news">
      {docs.map(([id, title]) => {
        const amounts = (facts.data ?? []).filter(
          (f) => f.doc_id === id && (f.unit === 'CNY' || f.unit === 'USD'),
        );
        return (
          <li key={id}>
            <Link to={`/documents/${encodeURIComponent(id)}`}>{title}</Link>
            <div className="card-meta">
              {t('region.investment')}:{' '}
              {facts.isPending
                ? '…'
                : amounts.length
                  ? amounts.map((f) => (
                      <span key={f.fact_id}>
                        <FigureButton fact={f} context={indicatorName(f, lang)} />{' '}
                      </span>
                    ))
                  : '—'}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
