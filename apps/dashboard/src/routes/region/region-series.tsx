/**
 * One indicator of one region over every year loaded: results and targets year by year, so a
 * leader sees the trend, not one year. The indicator and measure are chosen from the region's own
 * scorecard rows and kept in the URL (`?series=gdp.growth_pct`).
 */
import { useSearchParams } from 'react-router';
import { useRegionSeries } from '../../api/queries';
import type { Scorecard } from '../../api/types';
import { splitByUnit } from '../../charts/chart-data';
import { resultAndTarget, TargetResultChart } from '../../charts/target-result-chart';
import { QueryView, Skeleton } from '../../components/states';
import { useEvidence } from '../../components/use-evidence';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';

export function RegionSeries({ scorecard }: { scorecard: Scorecard }) {
  const { t, lang, region } = useI18n();
  const { open } = useEvidence();
  const [params, setParams] = useSearchParams();
  const choices = scorecard.rows.filter((r) => r.measure !== 'attainment_pct');
  const wanted = params.get('series');
  const chosen =
    choices.find((r) => `${r.indicator}.${r.measure}` === wanted) ??
    choices.find((r) => r.indicator === 'gdp' && r.measure === 'growth_pct') ??
    choices[0];
  const key = scorecard.region.code ?? scorecard.region.name;
  const series = useRegionSeries(chosen?.indicator, chosen?.measure, key);
  if (!chosen) return null;
  const label = (r: (typeof choices)[number]) =>
    `${lang === 'zh' ? r.indicator_zh : r.indicator_en} · ${t(`fact.measure.${r.measure}` as MessageKey)}`;
  return (
    <section aria-labelledby="series-title" data-testid="region-series">
      <div className="page-header">
        <h2 id="series-title">{t('region.series')}</h2>
        <label className="toolbar">
          {t('fact.indicator')}
          <select
            value={`${chosen.indicator}.${chosen.measure}`}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              next.set('series', e.target.value);
              setParams(next, { replace: true, preventScrollReset: true });
            }}
          >
            {choices.map((r) => (
              <option key={`${r.indicator}.${r.measure}`} value={`${r.indicator}.${r.measure}`}>
                {label(r)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryView query={series} skeleton={<Skeleton height={300} />}>
        {(data) =>
          splitByUnit(
            (data.regions[0]?.series ?? []).map((s) => ({
              category: String(s.year),
              facts: { result: s.result, target: s.target },
            })),
          ).map((group) => (
            <TargetResultChart
              key={group.unit}
              title={`${region(scorecard.region.name)} · ${label(chosen)}`}
              exportName={`series-${key}-${chosen.indicator}-${chosen.measure}`}
              rows={group.rows}
              series={resultAndTarget(t)}
              unit={group.unit}
              onSelect={open}
              categoryLabel={t('region.year')}
            />
          ))
        }
      </QueryView>
    </section>
  );
}
