/**
 * Loading, empty and error states shared by every page, so each looks and reads the same:
 * skeletons keep the layout still while data arrives; errors say what the API said and offer a retry.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorText, isFinal } from '../api/error-text';
import { useI18n } from '../i18n/i18n-context';

export function Skeleton({ lines = 3, height }: { lines?: number; height?: number }) {
  const { t } = useI18n();
  return (
    <div className="skeleton" role="status" aria-live="polite" aria-busy="true" data-testid="skeleton">
      <span className="visually-hidden">{t('state.loading')}</span>
      {height ? (
        <div className="skeleton-block" style={{ height }} />
      ) : (
        Array.from({ length: lines }, (_, i) => (
          <div key={i} className="skeleton-line" style={{ width: `${90 - ((i * 17) % 40)}%` }} />
        ))
      )}
    </div>
  );
}

export function ErrorState({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const { t } = useI18n();
  const { summary, detail } = errorText(error, t);
  return (
    <div className="state state-error" role="alert" data-testid="error-state">
      <strong>{title ?? t('state.error')}</strong>
      <span>{summary}</span>
      {detail ? (
        <code className="state-message" lang="en">
          {detail}
        </code>
      ) : null}
      {/* Asking again cannot change a 4xx answer (an unknown id, a bad query). */}
      {onRetry && !isFinal(error) ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="state state-empty" data-testid="empty-state">
      {children ?? t('state.empty')}
    </div>
  );
}

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  skeleton?: ReactNode;
}

/** Renders a query's three states around its data; `isEmpty` decides when data is "nothing to show". */
export function QueryView<T>({ query, children, isEmpty, empty, skeleton }: QueryViewProps<T>) {
  if (query.isPending) return <>{skeleton ?? <Skeleton />}</>;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <EmptyState>{empty}</EmptyState>;
  return <>{children(query.data)}</>;
}
