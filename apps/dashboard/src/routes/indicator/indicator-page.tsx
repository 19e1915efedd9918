/**
 * One indicator across regions and years: results and targets side by side, as a chart (a group
 * per region and year) and a table. Indicator in the path, measure in `?measure=`.
 */
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCompare, useIndicators } from '../../api/queries';
import type { Compare, IndicatorOut } from '../../api/types';
import type { SeriesSpec } from '../../charts/target-result-chart';
import { TargetResultChart } from '../../charts/target-result-chart';
import { FigureButton } from '../../components/figure-button';
import { QueryView, Skeleton } from '../../components/states';
import { StatusBadge } from '../../components/status-badge';
import { useEvidence } from '../../components/use-evidence';
import { usePageTitle } from '../../components/use-page-title';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';

export function IndicatorPage() {
  const { indicator } = useParams();
  const [params, setParams] = useSearchParams();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const indicators = useIndicators();
  const withFacts = indicators.data?.indicators.filter((i) => i.facts > 0) ?? [];
  const id = indicator ?? withFacts[0]?.id;
  const info: IndicatorOut | undefined = indicators.data?.indicators.find((i) => i.id === id);
  const measure = params.get('measure') ?? defaultMeasure(info);
  const compare = useCompare(id, measure);
  usePageTitle(info ? (lang === 'zh' ? info.zh : info.en) : t('nav.indicators'));
  const name = info ? (lang === 'zh' ? info.zh : info.en) : (id ?? '');
  return (
    <section className="page" data-testid="indicator-page">
      <div className="page-header">
        <h1>{name || t('indicator.title')}</h1>
        <div className="toolbar">
          <label>
            {t('indicator.choose')}
            <select
              value={id ?? ''}
              onChange={(e) => navigate(`/indicators/${encodeURIComponent(e.target.value)}`)}
            >
              {withFacts.map((i) => (
                <option key={i.id} value={i.id}>
                  {lang === 'zh' ? i.zh : i.en} ({i.facts})
                </option>
              ))}
            </select>
          </label>
          {info ? (
            <label>
              {t('indicator.measure')}
              <select
                value={measure ?? ''}
                onChange={(e) => {
                  const next = new URLSearchParams(params);
                  next.set('measure', e.target.value);
                  setParams(next, { replace: true });
                }}
              >
                {info.measures.map((m) => (
                  <option key={m} value={m}>
                    {t(`fact.measure.${m}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      </div>
      {indicators.isPending ? <Skeleton height={300} /> : null}
      {id && measure ? (
        <QueryView
          query={compare}
          skeleton={<Skeleton height={300} />}
          isEmpty={(d) => d.regions.every((r) => r.series.length === 0)}
          empty={t('indicator.none')}
        >
          {(data) => <CompareView data={data} title={name} />}
        </QueryView>
      ) : null}
    </section>
  );
}

/** The measure an indicator is most often stated in: growth where there is one. */
function defaultMeasure(info: IndicatorOut | undefined): string | undefined {
  if (!info) return undefined;
  const used = new Set(info.regions.flatMap((r) => r.measures));
  return (
    info.measures.find((m) => m === 'growth_pct' && used.has(m)) ??
    info.measures.find((m) => used.has(m)) ??
    info.measures[0]
  );
}

function CompareView({ data, title }: { data: Compare; title: string }) {
  const { t } = useI18n();
  const { open } = useEvidence();
  const series: SeriesSpec[] = [
    { key: 'result', label: t('chart.result') },
    { key: 'target', label: t('chart.target') },
  ];
  const rows = data.regions.flatMap((r) =>
    r.series.map((s) => ({
      category: `${r.region} ${s.year}`,
      facts: { result: s.result, target: s.target },
    })),
  );
  const unit = rows.flatMap((r) => [r.facts.result?.unit, r.facts.target?.unit]).find(Boolean) ?? null;
  return (
    <>
      <p className="page-sub">
        {t('indicator.regionsYears', { regions: data.regions.length, years: data.years.length })}
      </p>
      <TargetResultChart
        title={t('indicator.acrossRegions', {
          indicator: `${title} · ${t(`fact.measure.${data.measure}` as MessageKey)}`,
        })}
        exportName={`${data.indicator.id}-${data.measure}`}
        rows={rows}
        series={series}
        unit={unit}
        onSelect={open}
        height={320}
        headingLevel={2}
      />
      <div className="table-wrap">
        <table className="data" data-testid="compare-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fact.region')}</th>
              {data.years.map((y) => (
                <th key={y} scope="col" className="num" colSpan={2}>
                  {y}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col" />
              {data.years.map((y) => (
                <th key={y} scope="col" className="num" colSpan={2}>
                  {t('chart.result')} / {t('chart.target')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.regions.map((r) => (
              <tr key={`${r.region}|${r.region_code}`}>
                <th scope="row">{r.region}</th>
                {data.years.map((y) => {
                  const s = r.series.find((x) => x.year === y);
                  return (
                    <td key={y} className="num" colSpan={2}>
                      <FigureButton fact={s?.result} context={`${r.region} ${y} ${t('chart.result')}`} />
                      {' / '}
                      <FigureButton fact={s?.target} context={`${r.region} ${y} ${t('chart.target')}`} />
                      {s && (s.status === 'met' || s.status === 'missed') ? (
                        <>
                          {' '}
                          <StatusBadge status={s.status} />
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
