/**
 * The page leadership opens every morning, for the latest year that has results (or `?year=`):
 * one card per region with a work report, targets against results for the indicators they share
 * (grouped by measure, one unit per chart), and every target with its status. One request
 * (`GET /api/overview`): the server answers the questions, the page draws the answers.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context';
import { overviewQuery } from '../../api/queries';
import type { Overview } from '../../api/types';
import { AfterTurn } from '../../charts/draw-turn';
import { EmptyState, ErrorState, Skeleton } from '../../components/states';
import { usePageTitle } from '../../components/use-page-title';
import { YearSelect } from '../../components/year-select';
import { formatQuantity } from '../../format/format';
import { useI18n } from '../../i18n/i18n-context';
import { yearParam } from '../year-param';
import { RegionCard } from './region-card';
import { SharedCharts } from './shared-charts';
import { TargetTable } from './target-table';

export function OverviewPage() {
  const { t } = useI18n();
  const api = useApi();
  const [params] = useSearchParams();
  const overview = useQuery(overviewQuery(api, yearParam(params)));
  usePageTitle(t('overview.title'));
  if (overview.isPending) return <OverviewSkeleton />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  const data = overview.data;
  return (
    <section className="page" data-testid="overview">
      <div className="page-header">
        <h1>{t('overview.title')}</h1>
        <div className="toolbar">
          <YearSelect years={data.years} value={data.year} testId="overview-year" />
        </div>
      </div>
      <p className="page-sub">
        {t('app.tagline')}
        {data.year != null
          ? ` · ${t('overview.yearNote', { report: data.report_year ?? data.year + 1, y: data.year, next: data.year + 1 })}`
          : ''}
      </p>
      {data.regions.length === 0 ? (
        <EmptyState>{t('overview.noReports')}</EmptyState>
      ) : (
        <>
          <Answer data={data} />
          <h2>{t('overview.regions')}</h2>
          <div className="cards">
            {data.regions.map((card) => (
              <RegionCard key={`${card.region.name}|${card.region.code}`} card={card} year={data.year} />
            ))}
          </div>
          <SharedCharts charts={data.charts} year={data.year} />
          {/* Below the charts: made after the first of them is drawn, not before. */}
          <AfterTurn>
            <h2>{t('overview.table')}</h2>
            <TargetTable data={data} />
          </AfterTurn>
        </>
      )}
      <p className="card-meta">
        {t('evidence.hint')} · <Link to="/sql">{t('nav.sql')}</Link> · <Link to="/data">{t('nav.data')}</Link>
      </p>
    </section>
  );
}

/** The first question leadership asks, answered in a sentence. */
function Answer({ data }: { data: Overview }) {
  const { t, lang, region } = useI18n();
  const best = data.answer;
  if (!best || best.target.year == null) return null;
  return (
    <p className="answer" data-testid="answer">
      <span aria-hidden="true">★ </span>
      {t('overview.answer', {
        region: region(best.region),
        next: best.target.year,
        value: formatQuantity(best.target, lang),
      })}
    </p>
  );
}

/** The page's shape while its one request is in flight, so nothing moves when it lands. */
function OverviewSkeleton() {
  return (
    <section className="page" data-testid="overview-skeleton">
      <Skeleton lines={2} />
      <div className="cards">
        {[0, 1, 2].map((i) => (
          <div key={i} className="card card-skeleton">
            <Skeleton lines={6} />
          </div>
        ))}
      </div>
      <Skeleton height={360} />
    </section>
  );
}
