/** Every target of every region with its status, ambition and evidence; exportable as CSV. */
import { FigureButton } from '../../components/figure-button';
import { StatusBadge } from '../../components/status-badge';
import { downloadCsv } from '../../export/csv';
import { formatDelta } from '../../format/format';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';
import { type RegionScorecard, targetLines } from './overview-model';

export function TargetTable({ cards }: { cards: RegionScorecard[] }) {
  const { t, lang } = useI18n();
  // Indicators in the catalog's order (the API's row order: GDP first), then regions as on the cards.
  const order = new Map<string, number>();
  for (const card of cards)
    for (const row of card.scorecard.rows)
      if (!order.has(row.indicator)) order.set(row.indicator, order.size);
  const regionOrder = cards.map((c) => c.region);
  const lines = targetLines(cards).sort(
    (a, b) =>
      (order.get(a.subject.indicator) ?? order.size) - (order.get(b.subject.indicator) ?? order.size) ||
      a.subject.measure.localeCompare(b.subject.measure) ||
      regionOrder.indexOf(a.region) - regionOrder.indexOf(b.region),
  );
  if (!lines.length) return <div className="state state-empty">{t('state.noFacts')}</div>;
  const name = (line: (typeof lines)[number]) =>
    lang === 'zh' ? line.subject.indicator_zh : line.subject.indicator_en;
  const exportCsv = () =>
    downloadCsv(
      'targets.csv',
      [
        'region',
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
        'status',
        'evidence',
      ],
      lines.map((l) => [
        l.region,
        l.subject.indicator,
        l.subject.measure,
        l.target?.year,
        l.target?.value,
        l.target?.value_max,
        l.target?.qualifier,
        l.target?.unit ?? l.baseline?.unit,
        l.baseline?.year,
        l.baseline?.value,
        l.ambitionDelta,
        l.status,
        l.target?.evidence.text ?? l.baseline?.evidence.text,
      ]),
    );
  return (
    <>
      <div className="toolbar">
        <button type="button" className="button button-quiet button-small" onClick={exportCsv}>
          {t('chart.exportCsv')}
        </button>
      </div>
      <div className="table-wrap">
        <table className="data" data-testid="target-table">
          <caption className="visually-hidden">{t('overview.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fact.indicator')}</th>
              <th scope="col">{t('scorecard.measure')}</th>
              <th scope="col">{t('fact.region')}</th>
              <th scope="col" className="num">
                {t('overview.target.col')}
              </th>
              <th scope="col" className="num">
                {t('overview.baseline')}
              </th>
              <th scope="col" className="num" title={t('scorecard.ambitionHelp')}>
                {t('scorecard.ambition')}
              </th>
              <th scope="col">{t('status.label')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr
                key={`${l.region}|${l.subject.indicator}|${l.subject.measure}|${l.target?.fact_id ?? l.baseline?.fact_id}`}
              >
                <td>{name(l)}</td>
                <td>{t(`fact.measure.${l.subject.measure}` as MessageKey)}</td>
                <td>{l.region}</td>
                <td className="num">
                  {l.target?.year != null ? <span className="figure-tag">{l.target.year}</span> : null}
                  <FigureButton fact={l.target} context={`${l.region} ${name(l)} ${t('chart.target')}`} />
                </td>
                <td className="num">
                  {l.baseline?.year != null ? <span className="figure-tag">{l.baseline.year}</span> : null}
                  <FigureButton fact={l.baseline} context={`${l.region} ${name(l)} ${t('chart.result')}`} />
                </td>
                <td className="num">
                  {l.ambitionDelta != null ? (
                    <span title={t(`ambition.${l.ambitionVerdict}`)}>
                      {formatDelta(l.ambitionDelta, l.target?.unit ?? '%', lang)}
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <StatusBadge status={l.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
