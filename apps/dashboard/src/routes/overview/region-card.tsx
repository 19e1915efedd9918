/** A region's headline figures: GDP growth result and target, fiscal revenue, incomes, and badges. */
import { Link } from 'react-router';
import { FigureButton } from '../../components/figure-button';
import { StatusBadge } from '../../components/status-badge';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';
import { findRow, type RegionScorecard, statusCounts } from './overview-model';

/** The headline rows of a card: indicator, measure, and the words for it. */
const HEADLINES: readonly { indicator: string; measure: string; label: MessageKey }[] = [
  { indicator: 'gdp', measure: 'growth_pct', label: 'overview.gdpGrowth' },
  { indicator: 'fiscal_total_revenue', measure: 'level', label: 'overview.fiscal' },
  { indicator: 'urban_income_per_capita', measure: 'level', label: 'overview.incomeUrban' },
  { indicator: 'rural_income_per_capita', measure: 'level', label: 'overview.incomeRural' },
];

export function RegionCard({ card }: { card: RegionScorecard }) {
  const { t } = useI18n();
  const counts = statusCounts(card);
  const y = card.year;
  return (
    <article
      className="card"
      data-testid="region-card"
      data-region={card.region}
      aria-labelledby={`card-${card.region}`}
    >
      <h3 id={`card-${card.region}`}>
        <Link to={`/regions/${encodeURIComponent(card.region)}${y != null ? `?year=${y}` : ''}`}>
          {card.region}
        </Link>
        {card.docId ? (
          <Link className="card-meta" to={`/documents/${encodeURIComponent(card.docId)}`}>
            {t('overview.report')} →
          </Link>
        ) : null}
      </h3>
      <dl className="figures">
        {HEADLINES.map((h) => {
          const row = findRow(card.scorecard, h.indicator, h.measure);
          const growth =
            h.measure === 'level' ? findRow(card.scorecard, h.indicator, 'growth_pct') : undefined;
          const label = t(h.label);
          return (
            <div key={h.label} className="figure-row">
              <dt>{label}</dt>
              <dd className="figure-pair" data-indicator={h.indicator} data-measure={h.measure}>
                <span data-testid="card-result">
                  <span className="figure-tag">
                    {y != null ? t('overview.result', { y }) : t('chart.result')}
                  </span>
                  {/* A level without its growth, a growth without its level, or both. */}
                  {row?.result || !growth?.result ? (
                    <FigureButton
                      fact={row?.result}
                      context={`${card.region} ${label} ${t('chart.result')}`}
                    />
                  ) : null}
                  {growth?.result ? (
                    <>
                      {row?.result ? ' ' : null}
                      <span className="figure-tag" title={t('fact.measure.growth_pct')}>
                        {t('overview.growth')}
                      </span>
                      <FigureButton
                        fact={growth.result}
                        context={`${card.region} ${label} ${t('fact.measure.growth_pct')}`}
                      />
                    </>
                  ) : null}
                </span>
                {row?.next_target || row?.target ? (
                  <span data-testid="card-target">
                    <span className="figure-tag">
                      {t('overview.target', { y: (row.next_target ?? row.target)!.year ?? '' })}
                    </span>
                    <FigureButton
                      fact={row.next_target ?? row.target}
                      context={`${card.region} ${label} ${t('chart.target')}`}
                    />
                  </span>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="badges">
        {(['met', 'within_tolerance', 'missed', 'awaiting_result'] as const).map((s) =>
          counts[s] ? <StatusBadge key={s} status={s} count={counts[s]} /> : null,
        )}
      </div>
    </article>
  );
}
