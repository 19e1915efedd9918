/**
 * The page leadership opens every morning: one card per region with a work report, the targets
 * against the results for the indicators they share, and every target with its status.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/api-context';
import { scorecardQuery, sharesQuery, useWorkReports } from '../../api/queries';
import { EmptyState, ErrorState, Skeleton } from '../../components/states';
import { usePageTitle } from '../../components/use-page-title';
import { formatQuantity } from '../../format/format';
import { useI18n } from '../../i18n/i18n-context';
import { mostAmbitious, type RegionScorecard } from './overview-model';
import { RegionCard } from './region-card';
import { TargetTable } from './target-table';

// Recharts arrives in its own chunk after the cards are on screen.
const SharedCharts = lazy(() => import('./shared-charts').then((m) => ({ default: m.SharedCharts })));

export function OverviewPage() {
  const { t } = useI18n();
  const api = useApi();
  const reports = useWorkReports();
  usePageTitle(t('overview.title'));
  // One card per region with a work report; its results year is the year the report reviews.
  const regions = useMemo(() => {
    const seen = new Map<
      string,
      { region: string; year: number | null; docId: string; reportYear: number | null }
    >();
    for (const doc of reports.data?.documents ?? []) {
      if (!doc.region || seen.has(doc.region)) continue;
      seen.set(doc.region, {
        region: doc.region,
        year: doc.report_year != null ? doc.report_year - 1 : null,
        docId: doc.doc_id,
        reportYear: doc.report_year,
      });
    }
    return [...seen.values()];
  }, [reports.data]);
  const scorecards = useQueries({ queries: regions.map((r) => scorecardQuery(api, r.region, r.year)) });
  const shares = useQuery(sharesQuery(api));

  if (reports.isPending) return <OverviewSkeleton />;
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />;
  if (regions.length === 0) return <EmptyState>{t('overview.noReports')}</EmptyState>;
  const pending = [...scorecards, shares];
  const failed = pending.find((q) => q.isError);
  if (failed) {
    return (
      <ErrorState
        error={failed.error}
        onRetry={() => {
          for (const q of pending) if (q.isError) void q.refetch();
        }}
      />
    );
  }
  if (pending.some((q) => q.isPending)) return <OverviewSkeleton />;
  const cards: RegionScorecard[] = regions.map((r, i) => ({
    region: r.region,
    year: r.year,
    docId: r.docId,
    scorecard: scorecards[i]!.data!,
    shares: (shares.data?.facts ?? []).filter((f) => f.region === r.region && f.year === r.year),
  }));
  const year = cards.find((c) => c.year != null)?.year ?? null;
  const reportYear = regions.find((r) => r.reportYear != null)?.reportYear ?? null;
  return (
    <section className="page" data-testid="overview">
      <div className="page-header">
        <h1>{t('overview.title')}</h1>
      </div>
      <p className="page-sub">
        {t('app.tagline')}
        {year != null
          ? ` · ${t('overview.yearNote', { report: reportYear ?? year + 1, y: year, next: year + 1 })}`
          : ''}
      </p>
      <Answer cards={cards} />
      <h2>{t('overview.regions')}</h2>
      <div className="cards">
        {cards.map((card) => (
          <RegionCard key={card.region} card={card} />
        ))}
      </div>
      <Suspense fallback={<Skeleton height={300} />}>
        <SharedCharts cards={cards} />
      </Suspense>
      <h2>{t('overview.table')}</h2>
      <TargetTable cards={cards} />
      <p className="card-meta">
        {t('evidence.hint')} · <Link to="/sql">{t('nav.sql')}</Link>
      </p>
    </section>
  );
}

/** The first question leadership asks, answered in a sentence. */
function Answer({ cards }: { cards: RegionScorecard[] }) {
  const { t, lang } = useI18n();
  const best = mostAmbitious(cards, 'gdp', 'growth_pct');
  if (!best || best.target.year == null) return null;
  return (
    <p className="answer" data-testid="answer">
      <span aria-hidden="true">★ </span>
      {t('overview.answer', {
        region: best.region,
        next: best.target.year,
        value: formatQuantity(best.target, lang),
      })}
    </p>
  );
}

function OverviewSkeleton() {
  return (
    <section className="page">
      <Skeleton lines={2} />
      <div className="cards">
        {[0, 1, 2].map((i) => (
          <div key={i} className="card">
            <Skeleton lines={5} />
          </div>
        ))}
      </div>
      <Skeleton height={260} />
    </section>
  );
}
