/**
 * Renders components the way the app does — providers, a router, the evidence panel — over a
 * client of the real API server started by global-setup.ts.
 */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { inject } from 'vitest';
import { unwrap } from '../api/api-error';
import { type ApiClient, createApiClient } from '../api/client';
import { AppProviders } from '../app-providers';
import { EvidencePanel } from '../components/evidence-panel';
import { createRoutes } from '../routes/route-table';

export interface Counted {
  client: ApiClient;
  /** URLs requested so far (the real fetch, only counted). */
  requests: string[];
}

export function apiClient(): Counted {
  const requests: string[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    requests.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return fetch(input, init);
  };
  return { client: createApiClient(inject('apiUrl'), fetchImpl), requests };
}

function testQueryClient() {
  // No retries: a test sees an error state at once instead of after back-off.
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
}

/** The current URL, printed where a test can read it. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** One component at `path`, with the evidence panel beside it as in the layout. */
export function renderComponent(ui: ReactNode, path = '/') {
  const { client, requests } = apiClient();
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <>
            {ui}
            <EvidencePanel />
            <LocationProbe />
          </>
        ),
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <AppProviders client={client} queryClient={testQueryClient()} lang="zh">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, requests, router };
}

/** The whole app (real route table, lazy pages) at `path`. */
export function renderApp(path: string) {
  const { client, requests } = apiClient();
  const queryClient = testQueryClient();
  const router = createMemoryRouter(createRoutes({ queryClient, client }), { initialEntries: [path] });
  const view = render(
    <AppProviders client={client} queryClient={queryClient} lang="zh">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, requests, router };
}

/** Data straight from the API, for a test to state what the page must show. */
export const api = {
  client: () => createApiClient(inject('apiUrl')),
  async workReports() {
    return unwrap(await api.client().api.documents.$get({ query: { kind: 'work_report' } }));
  },
  async scorecard(region: string, year?: number) {
    return unwrap(
      await api.client().api.scorecard.$get({ query: { region, ...(year ? { year: String(year) } : {}) } }),
    );
  },
};
