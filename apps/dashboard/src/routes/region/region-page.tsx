/**
 * One region: its scorecard for a year (result for Y, target for Y and Y+1, gap, ambition) as
 * charts and a table, the region's indicators over every year, every commitment of its reports by
 * section, and the news about it. Region (name or GB/T code) in the path, year in `?year=`, the
 * commitment search in `?q=` — all deep-linkable. The page is titled with the region's name
 * whichever was asked; an unknown region gets a not-found page, not an error with a useless retry.
 */
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { useRegionReports, useRegions, useScorecard } from '../../api/queries';
import type { Scorecard } from '../../api/types';
import { EmptyState, ErrorState, QueryView, Skeleton } from '../../components/states';
import { usePageTitle } from '../../components/use-page-title';
import { YearSelect } from '../../components/year-select';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';
import { yearParam } from '../year-param';
import { Commitments } from './commitments';
import { RegionNews } from './region-news';
import { RegionSeries } from './region-series';
import { ScorecardView } from './scorecard-view';

export function RegionPage() {
  const { region: asked } = useParams();
  const [params] = useSearchParams();
  const { t, region } = useI18n();
  const scorecard = useScorecard(asked, yearParam(params));
  const unknown = scorecard.error instanceof ApiError && scorecard.error.code === 'unknown_region';
  const name = scorecard.data?.region.name;
  usePageTitle(unknown ? t('region.unknown') : name ? region(name) : asked ? null : t('nav.regions'));
  if (!asked) return <RegionChooser />;
  if (unknown) return <UnknownRegion asked={asked} />;
  if (scorecard.isError)
    return (
      <section className="page">
        <ErrorState error={scorecard.error} onRetry={() => void scorecard.refetch()} />
      </section>
    );
  if (!scorecard.data) return <RegionSkeleton />;
  const data = scorecard.data;
  return (
    <section className="page" data-testid="region-page">
      <div className="page-header">
        <div>
          <h1>{region(data.region.name)}</h1>
          <p className="page-sub">
            {data.region.level ? t(`level.${data.region.level}` as MessageKey) : ''}
            {data.region.code ? ` · ${data.region.code}` : ''}
          </p>
        </div>
        <div className="toolbar">
          <RegionSelect current={data.region} />
          <YearSelect years={data.years} value={data.year} />
        </div>
      </div>
      <RegionReports region={data.region.name} />
      <h2>{t('scorecard.title')}</h2>
      {data.rows.length ? <ScorecardView scorecard={data} /> : <EmptyState>{t('region.none')}</EmptyState>}
      <RegionSeries scorecard={data} />
      <Commitments region={data.region.code ?? data.region.name} />
      <RegionNews region={data.region.name} />
    </section>
  );
}

function RegionSkeleton() {
  return (
    <section className="page" data-testid="region-skeleton">
      <Skeleton lines={2} />
      <Skeleton height={420} />
      <Skeleton lines={10} />
    </section>
  );
}

function UnknownRegion({ asked }: { asked: string }) {
  const { t } = useI18n();
  return (
    <section className="page" data-testid="region-not-found">
      <h1>{t('region.unknown')}</h1>
      <p>{t('region.unknownText', { region: asked })}</p>
      <p>
        <Link to="/regions">{t('region.choose')} →</Link>
      </p>
    </section>
  );
}

/** The region's work reports, for reading the whole text. */
function RegionReports({ region }: { region: string }) {
  const reports = useRegionReports(region);
  if (!reports.data?.length) return null;
  return (
    <p className="page-sub">
      {reports.data.map((doc) => (
        <Link key={doc.doc_id} to={`/documents/${encodeURIComponent(doc.doc_id)}`} className="report-link">
          {doc.title} →
        </Link>
      ))}
    </p>
  );
}

function RegionSelect({ current }: { current: Scorecard['region'] }) {
  const { t, region } = useI18n();
  const regions = useRegions();
  const navigate = useNavigate();
  const withFacts = regions.data?.regions.filter((r) => r.facts + r.documents > 0) ?? [];
  const key = (r: { code: string | null; name: string }) => r.code ?? r.name;
  return (
    <label>
      {t('region.choose')}
      <select
        value={key(current)}
        onChange={(e) => navigate(`/regions/${encodeURIComponent(e.target.value)}`)}
      >
        {withFacts.some((r) => key(r) === key(current)) ? null : (
          <option value={key(current)}>{region(current.name)}</option>
        )}
        {withFacts.map((r) => (
          <option key={`${r.name}|${r.code}`} value={key(r)}>
            {region(r.name)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `/regions` without a region: the regions with data, grouped by level, each with its parent. */
function RegionChooser() {
  const { t, region } = useI18n();
  const regions = useRegions();
  return (
    <section className="page">
      <h1>{t('region.choose')}</h1>
      <QueryView
        query={regions}
        skeleton={<Skeleton lines={8} />}
        isEmpty={(d) => !d.regions.some((r) => r.facts + r.documents > 0)}
        empty={<EmptyState>{t('state.noFacts')}</EmptyState>}
      >
        {(data) => {
          const shown = data.regions.filter((r) => r.facts + r.documents > 0);
          const levels = [...new Set(shown.map((r) => r.level))];
          return levels.map((level) => (
            <section key={level} aria-labelledby={`level-${level}`}>
              <h2 id={`level-${level}`}>{t(`level.${level}.plural` as MessageKey)}</h2>
              <ul className="doc-list">
                {shown
                  .filter((r) => r.level === level)
                  .sort((a, b) => b.facts - a.facts || b.documents - a.documents)
                  .map((r) => (
                    <li key={`${r.name}|${r.code}`}>
                      <Link to={`/regions/${encodeURIComponent(r.code ?? r.name)}`}>{region(r.name)}</Link>
                      <div className="card-meta">
                        {r.parent_name ? `${region(r.parent_name)} · ` : ''}
                        {t('reader.facts', { n: r.facts })} · {t('docs.count', { n: r.documents })}
                      </div>
                    </li>
                  ))}
              </ul>
            </section>
          ));
        }}
      </QueryView>
    </section>
  );
}
