/**
 * Small multiples of the indicators the regions share, grouped by measure (growth, rates, levels)
 * and one unit per chart, as the API draws them up: a 亿元 bar never stands on a 美元 axis.
 */
import type { OverviewChart } from '../../api/types';
import type { SeriesSpec } from '../../charts/target-result-chart';
import { TargetResultChart } from '../../charts/target-result-chart';
import { LazyDetails } from '../../components/lazy-details';
import { useEvidence } from '../../components/use-evidence';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';

export function SharedCharts({ charts, year }: { charts: readonly OverviewChart[]; year: number | null }) {
  const { t } = useI18n();
  if (!charts.length) return null;
  const measures = [...new Set(charts.map((c) => c.measure))];
  return (
    <section aria-labelledby="shared-charts">
      <h2 id="shared-charts">{t('overview.chart')}</h2>
      {measures.map((measure, i) => (
        // Growth first and open; the other measures open on demand, so the page stays short.
        <ChartGroup
          key={measure}
          title={t(`measure.group.${measure}` as MessageKey)}
          measure={measure}
          charts={charts.filter((c) => c.measure === measure)}
          initiallyOpen={i === 0}
          year={year}
        />
      ))}
    </section>
  );
}

interface ChartGroupProps {
  title: string;
  measure: string;
  charts: readonly OverviewChart[];
  initiallyOpen: boolean;
  year: number | null;
}

/** One measure's charts; a closed group's are made when it is opened (LazyDetails). */
function ChartGroup({ title, measure, charts, initiallyOpen, year }: ChartGroupProps) {
  return (
    <LazyDetails
      initiallyOpen={initiallyOpen}
      className="chart-group"
      data-measure={measure}
      summary={
        <h3 className="chart-group-title">
          {title} <span className="card-meta">({charts.length})</span>
        </h3>
      }
    >
      {() => (
        <div className="chart-grid">
          {charts.map((chart) => (
            <SharedChart
              key={`${chart.indicator}|${chart.measure}|${chart.unit}`}
              chart={chart}
              year={year}
            />
          ))}
        </div>
      )}
    </LazyDetails>
  );
}

function SharedChart({ chart, year }: { chart: OverviewChart; year: number | null }) {
  const { t, lang, region } = useI18n();
  const { open } = useEvidence();
  const series: SeriesSpec[] = [
    { key: 'result', label: year != null ? t('overview.result', { y: year }) : t('chart.result') },
    { key: 'target', label: year != null ? t('overview.target', { y: year }) : t('chart.target') },
    { key: 'nextTarget', label: year != null ? t('overview.target', { y: year + 1 }) : t('chart.target') },
  ];
  const title = t('overview.indicatorChart', {
    indicator: lang === 'zh' ? chart.zh : chart.en,
    measure: t(`fact.measure.${chart.measure}` as MessageKey),
  });
  return (
    <TargetResultChart
      title={title}
      exportName={`${chart.indicator}-${chart.measure}-${chart.unit}`}
      unit={chart.unit}
      series={series}
      onSelect={open}
      rows={chart.bars.map((bar) => ({
        category: region(bar.region),
        facts: { result: bar.result, target: bar.target, nextTarget: bar.next_target },
      }))}
    />
  );
}
