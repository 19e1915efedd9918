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
  // Without years yet (still loading), an empty control holds the place the real one takes.
  return (
    <label>
      {t('region.year')}
      <select
        value={value ?? ''}
        disabled={!years.length}
        data-testid={testId}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          next.set('year', e.target.value);
          setParams(next, { preventScrollReset: true });
        }}
      >
        {years.length ? null : <option value="">—</option>}
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
