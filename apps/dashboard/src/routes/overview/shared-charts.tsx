/** Small multiples: one chart per indicator the regions share, regions side by side. */
import type { SeriesSpec } from '../../charts/target-result-chart';
import { TargetResultChart } from '../../charts/target-result-chart';
import { useEvidence } from '../../components/use-evidence';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';
import { findRow, type RegionScorecard, sharedIndicators } from './overview-model';

const MAX_CHARTS = 6;

export function SharedCharts({ cards }: { cards: RegionScorecard[] }) {
  const { t, lang } = useI18n();
  const { open } = useEvidence();
  const shared = sharedIndicators(cards).slice(0, MAX_CHARTS);
  if (!shared.length) return null;
  const year = cards.find((c) => c.year != null)?.year ?? null;
  const series: SeriesSpec[] = [
    { key: 'result', label: year != null ? t('overview.result', { y: year }) : t('chart.result') },
    { key: 'target', label: year != null ? t('overview.target', { y: year }) : t('chart.target') },
    { key: 'nextTarget', label: year != null ? t('overview.target', { y: year + 1 }) : t('chart.target') },
  ];
  return (
    <section aria-labelledby="shared-charts">
      <h2 id="shared-charts">{t('overview.chart')}</h2>
      <div className="chart-grid">
        {shared.map((s) => {
          const name = lang === 'zh' ? s.zh : s.en;
          const title = t('overview.indicatorChart', {
            indicator: name,
            measure: t(`fact.measure.${s.measure}` as MessageKey),
          });
          return (
            <TargetResultChart
              key={`${s.indicator}|${s.measure}`}
              title={title}
              exportName={`${s.indicator}-${s.measure}`}
              unit={s.unit}
              series={series}
              onSelect={open}
              rows={cards.map((card) => {
                const row = findRow(card.scorecard, s.indicator, s.measure);
                return {
                  category: card.region,
                  facts: {
                    result: row?.result ?? null,
                    target: row?.target ?? null,
                    nextTarget: row?.next_target ?? null,
                  },
                };
              })}
            />
          );
        })}
      </div>
    </section>
  );
}
