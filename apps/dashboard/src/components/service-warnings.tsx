/**
 * What the server reports about the data it serves (corpus files skipped, a corpus not found, a
 * rebuild that failed): shown above every page, so a reader knows the numbers may be incomplete.
 * Nothing when all is well.
 */
import { useHealth } from '../api/queries';
import { useI18n } from '../i18n/i18n-context';

export function ServiceWarnings() {
  const { t } = useI18n();
  const warnings = useHealth().data?.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <aside className="service-warnings" role="status" data-testid="service-warnings">
      <p className="service-warnings-title">{t('health.warnings')}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </aside>
  );
}
