/** A region's headline figures: GDP growth result and target, fiscal revenue, incomes, and badges. */
import { Link } from 'react-router';
import type { OverviewRegion, ScorecardRow } from '../../api/types';
import { FigureButton } from '../../components/figure-button';
import { StatusBadge } from '../../components/status-badge';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';

/** The headline rows of a card: indicator, measure, and the words for it. */
const HEADLINES: readonly { indicator: string; measure: string; label: MessageKey }[] = [
  { indicator: 'gdp', measure: 'growth_pct', label: 'overview.gdpGrowth' },
  { indicator: 'fiscal_total_revenue', measure: 'level', label: 'overview.fiscal' },
  { indicator: 'urban_income_per_capita', measure: 'level', label: 'overview.incomeUrban' },
  { indicator: 'rural_income_per_capita', measure: 'level', label: 'overview.incomeRural' },
];

const findRow = (rows: readonly ScorecardRow[], indicator: string, measure: string) =>
  rows.find((r) => r.indicator === indicator && r.measure === measure);

export function RegionCard({ card, year: y }: { card: OverviewRegion; year: number | null }) {
  const { t, region } = useI18n();
  const name = region(card.region.name);
  const rows = card.scorecard.rows;
  const id = `card-${card.region.code ?? card.region.name}`;
  return (
    <article className="card" data-testid="region-card" data-region={card.region.name} aria-labelledby={id}>
      <h3 id={id}>
        <Link
          to={`/regions/${encodeURIComponent(card.region.code ?? card.region.name)}${y != null ? `?year=${y}` : ''}`}
        >
          {name}
        </Link>
        <Link className="card-meta" to={`/documents/${encodeURIComponent(card.report.doc_id)}`}>
          {t('overview.report')} →
        </Link>
      </h3>
      {card.region.parent_name ? (
        <p className="card-meta card-parent">
          {region(card.region.parent_name)} · {t(`level.${card.region.level ?? 'county'}` as MessageKey)}
        </p>
      ) : null}
      <dl className="figures">
        {HEADLINES.map((h) => {
          const row = findRow(rows, h.indicator, h.measure);
          const growth = h.measure === 'level' ? findRow(rows, h.indicator, 'growth_pct') : undefined;
          const label = t(h.label);
          const target = row?.next_target ?? row?.target;
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
                    <FigureButton fact={row?.result} context={`${name} ${label} ${t('chart.result')}`} />
                  ) : null}
                  {growth?.result ? (
                    <>
                      {row?.result ? ' ' : null}
                      <span className="figure-tag">{t('overview.growth')}</span>
                      <FigureButton
                        fact={growth.result}
                        context={`${name} ${label} ${t('fact.measure.growth_pct')}`}
                      />
                    </>
                  ) : null}
                </span>
                {target ? (
                  <span data-testid="card-target">
                    <span className="figure-tag">{t('overview.target', { y: target.year ?? '' })}</span>
                    <FigureButton fact={target} context={`${name} ${label} ${t('chart.target')}`} />
                  </span>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="badges">
        {(['met', 'within_tolerance', 'missed', 'awaiting_result'] as const).map((s) =>
          card.counts[s] ? <StatusBadge key={s} status={s} count={card.counts[s]} /> : null,
        )}
      </div>
    </article>
  );
}
