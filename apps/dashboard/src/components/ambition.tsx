/**
 * A target's ambition against the result of the year before, read with the indicator's direction:
 * a lower PM2.5 target asks for more (raised), a lower GDP target for less (lowered). The verdict
 * is printed as a word and an arrow beside the difference, and a legend says so: phones cannot hover.
 */
import type { ScorecardRow } from '../api/types';
import { formatDelta } from '../format/format';
import { useI18n } from '../i18n/i18n-context';

type Ambition = Pick<ScorecardRow['ambition'], 'delta' | 'verdict'>;

const ARROWS = { raised: '▲', lowered: '▼', held: '=', unknown: '' } as const;

export function AmbitionCell({ ambition, unit }: { ambition: Ambition; unit: string | null | undefined }) {
  const { t, lang } = useI18n();
  if (ambition.delta == null) return <span className="figure-missing">—</span>;
  return (
    <span className={`ambition ambition-${ambition.verdict}`} data-verdict={ambition.verdict}>
      <span aria-hidden="true">{ARROWS[ambition.verdict]} </span>
      {t(`ambition.${ambition.verdict}`)}{' '}
      <span className="ambition-delta">{formatDelta(ambition.delta, unit ?? '%', lang)}</span>
    </span>
  );
}

export function AmbitionLegend() {
  const { t } = useI18n();
  return (
    <p className="legend-note" data-testid="ambition-legend">
      <strong>{t('scorecard.ambition')}</strong>: {t('ambition.legend')}{' '}
      <span className="ambition ambition-raised">▲ {t('ambition.raised')}</span>{' '}
      <span className="ambition ambition-lowered">▼ {t('ambition.lowered')}</span>
    </p>
  );
}
