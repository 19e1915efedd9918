/**
 * Small multiples of the indicators the regions share, grouped by measure (growth, rates, levels)
 * and one unit per chart, as the API draws them up: a 亿元 bar never stands on a 美元 axis.
 */
import { useState } from 'react';
import type { OverviewChart } from '../../api/types';
import type { SeriesSpec } from '../../charts/target-result-chart';
import { TargetResultChart } from '../../charts/target-result-chart';
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

/**
 * One measure's charts. A closed group's charts keep their titles and tables but are drawn only
 * once it is opened: drawing a dozen hidden plots made the first visible one wait for them all.
 */
function ChartGroup({ title, measure, charts, initiallyOpen, year }: ChartGroupProps) {
  const [opened, setOpened] = useState(initiallyOpen);
  return (
    <details
      open={initiallyOpen}
      className="chart-group"
      data-measure={measure}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>
        <h3 className="chart-group-title">
          {title} <span className="card-meta">({charts.length})</span>
        </h3>
      </summary>
      <div className="chart-grid">
        {charts.map((chart) => (
          <SharedChart
            key={`${chart.indicator}|${chart.measure}|${chart.unit}`}
            chart={chart}
            year={year}
            drawn={opened}
          />
        ))}
      </div>
    </details>
  );
}

function SharedChart({ chart, year, drawn }: { chart: OverviewChart; year: number | null; drawn: boolean }) {
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
      drawn={drawn}
      rows={chart.bars.map((bar) => ({
        category: region(bar.region),
        facts: { result: bar.result, target: bar.target, nextTarget: bar.next_target },
      }))}
    />
  );
}
