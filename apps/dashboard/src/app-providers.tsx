/** Everything a page needs around it: the API client, React Query's cache and the language. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiProvider } from './api/api-context';
import { ApiError } from './api/api-error';
import type { ApiClient } from './api/client';
import type { Lang } from './i18n/dictionary';
import { I18nProvider } from './i18n/i18n-context';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The data only changes when the database is rebuilt: no refetch on every focus.
      queries: {
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        // A 4xx answer (unknown id, bad parameter) will not change on retry: show it at once.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 1,
      },
    },
  });
}

interface Props {
  client: ApiClient;
  queryClient: QueryClient;
  lang?: Lang;
  /** The page came rendered from the server, in `lang` (i18n-context.tsx). */
  prerendered?: boolean;
  children: ReactNode;
}

export function AppProviders({ client, queryClient, lang, prerendered, children }: Props) {
  return (
    <ApiProvider client={client}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider lang={lang} prerendered={prerendered}>
          {children}
        </I18nProvider>
      </QueryClientProvider>
    </ApiProvider>
  );
}
