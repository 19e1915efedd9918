/**
 * Every target of every region with its status and direction-aware ambition, sortable by any
 * column, with each region's parent; exportable as CSV. On a phone it scrolls sideways and says so.
 */
import { useMemo } from 'react';
import type { Overview, TargetLine } from '../../api/types';
import { AmbitionCell, AmbitionLegend } from '../../components/ambition';
import { FigureButton } from '../../components/figure-button';
import { ScrollTable } from '../../components/scroll-table';
import { SortHeader } from '../../components/sort-header';
import { type SortKeys, useSorting } from '../../components/sortable';
import { StatusBadge } from '../../components/status-badge';
import { downloadCsv } from '../../export/csv';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';

const STATUS_ORDER = ['missed', 'within_tolerance', 'met', 'unknown', 'awaiting_result', 'no_target'];

export function TargetTable({ data }: { data: Overview }) {
  const { t, lang, region } = useI18n();
  const parents = useMemo(
    () => new Map(data.regions.map((r) => [r.region.name, r.region.parent_name])),
    [data.regions],
  );
  const name = (line: TargetLine) => (lang === 'zh' ? line.indicator_zh : line.indicator_en);
  const keys = useMemo<SortKeys<TargetLine>>(
    () => ({
      indicator: (l) => (lang === 'zh' ? l.indicator_zh : l.indicator_en),
      measure: (l) => l.measure,
      region: (l) => regionSortKey(l.region, lang, region),
      target: (l) => l.target?.value_max ?? l.target?.value,
      baseline: (l) => l.baseline?.value,
      ambition: (l) =>
        (l.ambition.verdict === 'raised' ? 1 : l.ambition.verdict === 'lowered' ? -1 : 0) *
          Math.abs(l.ambition.delta ?? 0) || null,
      status: (l) => STATUS_ORDER.indexOf(l.status),
    }),
    [lang, region],
  );
  const { sorted, sorting, toggle } = useSorting(data.targets, keys);
  if (!data.targets.length) return <div className="state state-empty">{t('state.noFacts')}</div>;
  const exportCsv = () =>
    downloadCsv(
      `targets-${data.year ?? ''}.csv`,
      [
        'region',
        'parent',
        'indicator',
        'measure',
        'target_year',
        'target',
        'target_max',
        'qualifier',
        'unit',
        'baseline_year',
        'baseline',
        'ambition',
        'ambition_verdict',
        'status',
        'evidence',
      ],
      sorted.map((l) => [
        l.region,
        parents.get(l.region) ?? '',
        l.indicator ?? l.indicator_zh,
        l.measure,
        l.target?.year,
        l.target?.value,
        l.target?.value_max,
        l.target?.qualifier,
        l.target?.unit ?? l.baseline?.unit,
        l.baseline?.year,
        l.baseline?.value,
        l.ambition.delta,
        l.ambition.verdict,
        l.status,
        l.target?.evidence.text ?? l.baseline?.evidence.text,
      ]),
    );
  const header = (id: string, label: string, numeric = false) => (
    <SortHeader id={id} sorting={sorting} onSort={toggle} numeric={numeric}>
      {label}
    </SortHeader>
  );
  return (
    <>
      <div className="toolbar">
        <button type="button" className="button button-quiet button-small" onClick={exportCsv}>
          {t('chart.exportCsv')}
        </button>
        <span className="card-meta">{t('table.sortHint')}</span>
      </div>
      <AmbitionLegend />
      <ScrollTable>
        <table className="data" data-testid="target-table">
          <caption className="visually-hidden">{t('overview.table')}</caption>
          <thead>
            <tr>
              {header('indicator', t('fact.indicator'))}
              {header('measure', t('scorecard.measure'))}
              {header('region', t('fact.region'))}
              {header('target', t('overview.target.col'), true)}
              {header('baseline', t('overview.baseline'), true)}
              {header('ambition', t('scorecard.ambition'), true)}
              {header('status', t('status.label'))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((l) => (
              <tr
                key={`${l.region}|${l.indicator}|${l.measure}|${l.target?.fact_id ?? l.baseline?.fact_id}`}
                data-region={l.region}
              >
                <th scope="row">{name(l)}</th>
                <td>{t(`fact.measure.${l.measure}` as MessageKey)}</td>
                <td>
                  {region(l.region)}
                  {parents.get(l.region) ? (
                    <span className="card-meta cell-parent"> · {region(parents.get(l.region))}</span>
                  ) : null}
                </td>
                <td className="num">
                  {l.target?.year != null ? <span className="figure-tag">{l.target.year}</span> : null}
                  <FigureButton
                    fact={l.target}
                    context={`${region(l.region)} ${name(l)} ${t('chart.target')}`}
                  />
                </td>
                <td className="num">
                  {l.baseline?.year != null ? <span className="figure-tag">{l.baseline.year}</span> : null}
                  <FigureButton
                    fact={l.baseline}
                    context={`${region(l.region)} ${name(l)} ${t('chart.result')}`}
                  />
                </td>
                <td className="num">
                  <AmbitionCell ambition={l.ambition} unit={l.target?.unit} />
                </td>
                <td>
                  <StatusBadge status={l.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

/** Regions sort by the name the reader sees. */
function regionSortKey(name: string, lang: string, region: (name: string) => string) {
  return lang === 'zh' ? name : region(name);
}
