/**
 * A number that opens its evidence: every figure the dashboard prints is one of these, so any
 * cell or card value leads to the sentence that states it.
 */
import type { FactRef } from '../api/types';
import { formatQuantity } from '../format/format';
import { useI18n } from '../i18n/i18n-context';
import { useEvidence } from './use-evidence';

export function FigureButton({ fact, context }: { fact: FactRef | null | undefined; context?: string }) {
  const { lang, t } = useI18n();
  const { open } = useEvidence();
  if (!fact) return <span className="figure-missing">—</span>;
  const text = formatQuantity(fact, lang);
  return (
    <button
      type="button"
      className="link-button figure"
      onClick={() => open(fact)}
      title={t('evidence.hint')}
      aria-label={context ? `${context}: ${text}` : text}
      data-fact-id={fact.fact_id}
    >
      {text}
    </button>
  );
}
