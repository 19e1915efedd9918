/**
 * One indicator across regions and years. For the year chosen (`?year=`, default the latest): a
 * chart of the regions, one per unit (宁波's 万美元 and 阿克苏's 亿元 never share an axis), and a
 * ranking, sortable, with districts and counties ranked apart from cities and each region's parent.
 * Below, every year side by side (the time series). Indicator in the path, measure in `?measure=`.
 */
import { useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCompare, useIndicators, useRegions } from '../../api/queries';
import type { Compare, IndicatorOut } from '../../api/types';
import { splitByUnit } from '../../charts/chart-data';
import { resultAndTarget, TargetResultChart } from '../../charts/target-result-chart';
import { FigureButton } from '../../components/figure-button';
import { ScrollTable } from '../../components/scroll-table';
import { QueryView, Skeleton } from '../../components/states';
import { StatusBadge } from '../../components/status-badge';
import { useEvidence } from '../../components/use-evidence';
import { useNarrow } from '../../components/use-narrow';
import { usePageTitle } from '../../components/use-page-title';
import { YearSelect } from '../../components/year-select';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';
import { yearParam } from '../year-param';
import { Ranking } from './ranking';

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
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <section className="page" data-testid="indicator-page">
      {/* Controls on a line of their own, the indicator's select of a set width: names arriving in
          its options or the title never rearrange the header (nothing below moves). */}
      <div className="page-header page-header-stacked">
        <h1>{name || t('indicator.title')}</h1>
        <div className="toolbar">
          <label>
            {t('indicator.choose')}
            <select
              className="indicator-select"
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
              <select value={measure ?? ''} onChange={(e) => setParam('measure', e.target.value)}>
                {info.measures.map((m) => (
                  <option key={m} value={m}>
                    {t(`fact.measure.${m}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <YearSelect
            years={compare.data?.years ?? []}
            value={compare.data ? chosenYear(compare.data, yearParam(params)) : null}
            testId="indicator-year"
          />
        </div>
      </div>
      {/* Always there, so the chart below does not move when the counts arrive. */}
      <p className="page-sub">
        {compare.data
          ? t('indicator.regionsYears', {
              regions: t('indicator.regions', { n: compare.data.regions.length }),
              years: t('indicator.years', { n: compare.data.years.length }),
            })
          : '\u00a0'}
      </p>
      {/* One placeholder while either the catalog or the comparison loads, never two stacked. */}
      {indicators.isPending && !(id && measure) ? <ChartSkeleton /> : null}
      {id && measure ? (
        <QueryView
          query={compare}
          skeleton={<ChartSkeleton />}
          isEmpty={(d) => d.regions.every((r) => r.series.length === 0)}
          empty={t('indicator.none')}
        >
          {(data) => <CompareView data={data} title={name} year={chosenYear(data, yearParam(params))} />}
        </QueryView>
      ) : null}
    </section>
  );
}

/** A chart-sized placeholder: the chart takes its place without moving what follows. */
function ChartSkeleton() {
  // A phone wraps the chart's title onto more lines: its box is taller.
  const narrow = useNarrow();
  return (
    <div className="chart-box">
      <Skeleton height={narrow ? 430 : 370} />
    </div>
  );
}

/** The year asked for when the comparison has it, else its latest. */
function chosenYear(data: Compare, asked: number | null): number | null {
  return asked != null && data.years.includes(asked) ? asked : (data.years.at(-1) ?? null);
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

function CompareView({ data, title, year }: { data: Compare; title: string; year: number | null }) {
  const { t, region } = useI18n();
  const { open } = useEvidence();
  const regions = useRegions();
  const parents = useMemo(
    () => new Map((regions.data?.regions ?? []).map((r) => [`${r.name}|${r.code}`, r.parent_name])),
    [regions.data],
  );
  const measure = t(`fact.measure.${data.measure}` as MessageKey);
  const groups = splitByUnit(
    data.regions.flatMap((r) => {
      const s = r.series.find((x) => x.year === year);
      return s ? [{ category: region(r.region), facts: { result: s.result, target: s.target } }] : [];
    }),
  );
  return (
    <>
      {groups.map((group) => (
        <TargetResultChart
          key={group.unit}
          title={t('indicator.inYear', { indicator: `${title} · ${measure}`, year: year ?? '' })}
          exportName={`${data.indicator.id}-${data.measure}-${year ?? ''}-${group.unit}`}
          rows={group.rows}
          series={resultAndTarget(t)}
          unit={group.unit}
          onSelect={open}
          height={300}
          headingLevel={2}
        />
      ))}
      {/* The ranking names each region's parent: it waits for the regions rather than show dashes. */}
      {year != null ? (
        regions.data ? (
          <Ranking data={data} year={year} parents={parents} />
        ) : (
          <Skeleton lines={6} />
        )
      ) : null}
      <h2>{t('indicator.series')}</h2>
      <ScrollTable>
        <table className="data" data-testid="compare-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fact.region')}</th>
              {data.years.map((y) => (
                <th key={y} scope="col" className="num">
                  {y}
                  <div className="card-meta">
                    {t('chart.result')} / {t('chart.target')}
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.regions.map((r) => (
              <tr key={`${r.region}|${r.region_code}`}>
                <th scope="row">{region(r.region)}</th>
                {data.years.map((y) => {
                  const s = r.series.find((x) => x.year === y);
                  return (
                    <td key={y} className="num">
                      <FigureButton
                        fact={s?.result}
                        context={`${region(r.region)} ${y} ${t('chart.result')}`}
                      />
                      {' / '}
                      <FigureButton
                        fact={s?.target}
                        context={`${region(r.region)} ${y} ${t('chart.target')}`}
                      />
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
      </ScrollTable>
    </>
  );
}
