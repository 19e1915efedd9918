/**
 * A scorecard as charts — growth rates on one, rates and shares on another (a 99% air-quality rate
 * would flatten 7% growth bars), levels left to the table, whose magnitudes no one axis can hold — and
 * a table of every row (levels in 亿元/万元/万人 through the one formatter). Every figure opens its evidence.
 */
import { Link } from 'react-router';
import type { Scorecard, ScorecardRow } from '../../api/types';
import { splitByUnit } from '../../charts/chart-data';
import type { SeriesSpec } from '../../charts/target-result-chart';
import { TargetResultChart } from '../../charts/target-result-chart';
import { AmbitionCell, AmbitionLegend } from '../../components/ambition';
import { FigureButton } from '../../components/figure-button';
import { ScrollTable } from '../../components/scroll-table';
import { StatusBadge } from '../../components/status-badge';
import { useEvidence } from '../../components/use-evidence';
import { downloadCsv } from '../../export/csv';
import { formatDelta } from '../../format/format';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';

/** The measures drawn, one chart each. */
const CHARTED = ['growth_pct', 'rate_pct'] as const;

export function ScorecardView({ scorecard }: { scorecard: Scorecard }) {
  const { t, lang, region: regionName } = useI18n();
  const { open } = useEvidence();
  const y = scorecard.year;
  const name = (row: ScorecardRow) => (lang === 'zh' ? row.indicator_zh : row.indicator_en);
  const measure = (row: ScorecardRow) => t(`fact.measure.${row.measure}` as MessageKey);
  const series: SeriesSpec[] = [
    { key: 'result', label: y != null ? t('scorecard.result', { y }) : t('chart.result') },
    { key: 'target', label: y != null ? t('scorecard.target', { y }) : t('chart.target') },
    { key: 'nextTarget', label: y != null ? t('scorecard.nextTarget', { y: y + 1 }) : t('chart.target') },
  ];
  const region = regionName(scorecard.region.name);
  const exportCsv = () =>
    downloadCsv(
      `scorecard-${region}-${y ?? ''}.csv`,
      [
        'indicator',
        'measure',
        'unit',
        'result',
        'target',
        'next_target',
        'gap',
        'ambition',
        'next_ambition',
        'status',
      ],
      scorecard.rows.map((r) => [
        r.indicator,
        r.measure,
        r.unit,
        r.result?.value,
        r.target?.value,
        r.next_target?.value,
        r.gap,
        r.ambition.delta,
        r.next_ambition.delta,
        r.status,
      ]),
    );
  return (
    <>
      <div className="chart-grid chart-grid-wide">
        {CHARTED.flatMap((m) =>
          splitByUnit(
            scorecard.rows
              .filter((r) => r.measure === m)
              .map((r) => ({
                category: name(r),
                facts: { result: r.result, target: r.target, nextTarget: r.next_target },
              })),
          ).map((group) => (
            <TargetResultChart
              key={`${m}|${group.unit}`}
              title={`${region} · ${t(`measure.group.${m}`)}`}
              exportName={`scorecard-${scorecard.region.code ?? scorecard.region.name}-${y ?? ''}-${m}`}
              rows={group.rows}
              series={series}
              unit={group.unit}
              onSelect={open}
            />
          )),
        )}
      </div>
      <AmbitionLegend />
      <LoadedReports reports={scorecard.reports} />
      <div className="toolbar">
        <button type="button" className="button button-quiet button-small" onClick={exportCsv}>
          {t('chart.exportCsv')}
        </button>
      </div>
      <ScrollTable>
        <table className="data" data-testid="scorecard-table">
          <caption className="visually-hidden">
            {region} {t('scorecard.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('scorecard.indicator')}</th>
              <th scope="col">{t('scorecard.measure')}</th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="num">
                  {s.label}
                </th>
              ))}
              <th scope="col" className="num" title={t('scorecard.gapHelp')}>
                {t('scorecard.gap')}
              </th>
              <th scope="col" className="num" title={t('scorecard.ambitionHelp')}>
                {t('scorecard.ambition')}
              </th>
              <th scope="col">{t('scorecard.status')}</th>
            </tr>
          </thead>
          <tbody>
            {scorecard.rows.map((r) => {
              const ambition = r.next_target ? r.next_ambition : r.ambition;
              const context = `${region} ${name(r)} ${measure(r)}`;
              return (
                <tr key={`${r.indicator}|${r.measure}`} data-indicator={r.indicator} data-measure={r.measure}>
                  <th scope="row">
                    <Link to={`/indicators/${encodeURIComponent(r.indicator)}?measure=${r.measure}`}>
                      {name(r)}
                    </Link>
                  </th>
                  <td>{measure(r)}</td>
                  <td className="num" data-col="result">
                    <FigureButton fact={r.result} context={`${context} ${series[0]!.label}`} />
                  </td>
                  <td className="num" data-col="target">
                    <FigureButton fact={r.target} context={`${context} ${series[1]!.label}`} />
                  </td>
                  <td className="num" data-col="next_target">
                    <FigureButton fact={r.next_target} context={`${context} ${series[2]!.label}`} />
                  </td>
                  <td className="num">{r.gap != null ? formatDelta(r.gap, r.unit ?? '%', lang) : '—'}</td>
                  <td className="num">
                    <AmbitionCell ambition={ambition} unit={r.unit} />
                  </td>
                  <td>
                    <StatusBadge status={r.status} />
                    {r.completing_report_year != null ? (
                      <small
                        className="needs-report"
                        title={t('status.needsReportHelp', { y: r.completing_report_year })}
                      >
                        {t('status.needsReport', { y: r.completing_report_year })}
                      </small>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

/** Which reports the pairs come from: a leader sees at once what is loaded and what is missing. */
function LoadedReports({ reports }: { reports: Scorecard['reports'] }) {
  const { t } = useI18n();
  return (
    <p className="loaded-reports" data-testid="loaded-reports">
      <span className="muted">{t('scorecard.reports')}:</span>{' '}
      {reports.length === 0
        ? t('scorecard.noReports')
        : reports.map((r, i) => (
            <span key={r.doc_id}>
              {i > 0 ? ' · ' : ''}
              <Link to={`/documents/${encodeURIComponent(r.doc_id)}`}>{r.title}</Link>
            </span>
          ))}
    </p>
  );
}
