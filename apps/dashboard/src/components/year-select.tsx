/** The year control of a page: its years to choose from, the choice kept in the URL (`?year=`). */
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n-context';

export function YearSelect({
  years,
  value,
  testId,
}: {
  years: readonly number[];
  value: number | null;
  testId?: string;
}) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  if (!years.length) return null;
  return (
    <label>
      {t('region.year')}
      <select
        value={value ?? ''}
        data-testid={testId}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          next.set('year', e.target.value);
          setParams(next, { preventScrollReset: true });
        }}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
