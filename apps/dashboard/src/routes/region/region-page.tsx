/**
 * One region: its scorecard (result for Y, target for Y, target for Y+1, gap, ambition) as a chart
 * and a table, every commitment of its report by section, and the news about it. Region in the
 * path, year in `?year=`, the commitment search in `?q=` — all deep-linkable.
 */
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useRegionReports, useRegions, useScorecard } from '../../api/queries';
import { EmptyState, QueryView, Skeleton } from '../../components/states';
import { usePageTitle } from '../../components/use-page-title';
import { useI18n } from '../../i18n/i18n-context';
import { Commitments } from './commitments';
import { RegionNews } from './region-news';
import { ScorecardView } from './scorecard-view';

export function RegionPage() {
  const { region } = useParams();
  const [params, setParams] = useSearchParams();
  const { t } = useI18n();
  const yearParam = params.get('year');
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
  const scorecard = useScorecard(region, year);
  usePageTitle(region ?? t('nav.regions'));
  if (!region) return <RegionChooser />;
  return (
    <section className="page" data-testid="region-page">
      <div className="page-header">
        <h1>{region}</h1>
        <div className="toolbar">
          <RegionSelect current={region} />
          {scorecard.data?.years.length ? (
            <label>
              {t('region.year')}
              <select
                value={scorecard.data.year ?? ''}
                onChange={(e) => {
                  const next = new URLSearchParams(params);
                  next.set('year', e.target.value);
                  setParams(next);
                }}
              >
                {scorecard.data.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      </div>
      <RegionReports region={region} />
      <h2>{t('scorecard.title')}</h2>
      <QueryView
        query={scorecard}
        skeleton={<Skeleton height={300} />}
        isEmpty={(data) => data.rows.length === 0}
        empty={t('region.none')}
      >
        {(data) => <ScorecardView scorecard={data} />}
      </QueryView>
      <Commitments region={region} />
      <RegionNews region={region} />
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

function RegionSelect({ current }: { current: string }) {
  const { t } = useI18n();
  const regions = useRegions();
  const navigate = useNavigate();
  const withFacts = regions.data?.regions.filter((r) => r.facts + r.documents > 0) ?? [];
  if (!withFacts.length) return null;
  return (
    <label>
      {t('region.choose')}
      <select value={current} onChange={(e) => navigate(`/regions/${encodeURIComponent(e.target.value)}`)}>
        {withFacts.some((r) => r.name === current) ? null : <option value={current}>{current}</option>}
        {withFacts.map((r) => (
          <option key={`${r.name}|${r.code}`} value={r.name}>
            {r.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `/regions` without a region: the regions with data, work-report regions first. */
function RegionChooser() {
  const { t } = useI18n();
  const regions = useRegions();
  return (
    <section className="page">
      <h1>{t('region.choose')}</h1>
      <QueryView
        query={regions}
        isEmpty={(d) => !d.regions.some((r) => r.facts + r.documents > 0)}
        empty={<EmptyState>{t('state.noFacts')}</EmptyState>}
      >
        {(data) => (
          <ul className="doc-list">
            {[...data.regions]
              .filter((r) => r.facts + r.documents > 0)
              .sort((a, b) => b.facts - a.facts || b.documents - a.documents)
              .map((r) => (
                <li key={`${r.name}|${r.code}`}>
                  <Link to={`/regions/${encodeURIComponent(r.name)}`}>{r.name}</Link>
                  <div className="card-meta">
                    {r.province_name ?? ''} · {t('reader.facts', { n: r.facts })} · {r.documents}{' '}
                    {t('docs.title')}
                  </div>
                </li>
              ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}
