/**
 * The routes. Every page is a lazy chunk, so the first load carries only the shell; Recharts
 * and CodeMirror live in the chunks of the pages that draw charts or edit SQL, imported statically
 * by those pages so they load with the route, never after its data.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import type { ApiClient } from '../api/client';
import { overviewQuery } from '../api/queries';
import { Layout } from '../components/layout';
import { RouteError } from '../components/route-error';
import { Skeleton } from '../components/states';
import { yearParam } from './year-param';

export interface RouteDeps {
  queryClient: QueryClient;
  client: ApiClient;
}

export function createRoutes({ queryClient, client }: RouteDeps): RouteObject[] {
  return [
    {
      path: '/',
      Component: Layout,
      ErrorBoundary: RouteError,
      HydrateFallback: () => <Skeleton lines={6} />,
      children: [
        {
          index: true,
          // Not awaited: the page renders (with skeletons) as soon as its code is in; errors surface there.
          // Its one request starts with navigation, in parallel with the page's code (which carries
          // the chart library with it), not after the code arrives. On a first visit to `/` the HTML
          // has already asked for both (landing-preloads.ts, which names this module and request).
          loader: ({ request }) => {
            void queryClient.prefetchQuery(
              overviewQuery(client, yearParam(new URL(request.url).searchParams)),
            );
            return null;
          },
          lazy: () => import('./overview/overview-page').then((m) => ({ Component: m.OverviewPage })),
        },
        {
          path: 'regions/:region?',
          lazy: () => import('./region/region-page').then((m) => ({ Component: m.RegionPage })),
        },
        {
          path: 'indicators/:indicator?',
          lazy: () => import('./indicator/indicator-page').then((m) => ({ Component: m.IndicatorPage })),
        },
        {
          path: 'search',
          lazy: () => import('./search/search-page').then((m) => ({ Component: m.SearchPage })),
        },
        {
          path: 'data',
          lazy: () => import('./data/data-page').then((m) => ({ Component: m.DataPage })),
        },
        {
          path: 'documents',
          lazy: () =>
            import('./documents/document-list-page').then((m) => ({ Component: m.DocumentListPage })),
        },
        {
          path: 'documents/:docId',
          lazy: () => import('./reader/reader-page').then((m) => ({ Component: m.ReaderPage })),
        },
        {
          path: 'add',
          lazy: () => import('./add/add-report-page').then((m) => ({ Component: m.AddReportPage })),
        },
        { path: 'sql', lazy: () => import('./sql/sql-page').then((m) => ({ Component: m.SqlPage })) },
        { path: '*', lazy: () => import('./not-found-page').then((m) => ({ Component: m.NotFoundPage })) },
      ],
    },
  ];
}
