/**
 * The routes. Every page is a lazy chunk, so the first load carries only the shell; Recharts
 * and CodeMirror live in the chunks of the pages that draw charts or edit SQL.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import type { ApiClient } from '../api/client';
import { Layout } from '../components/layout';
import { RouteError } from '../components/route-error';
import { Skeleton } from '../components/states';
// Static: the overview's requests start with navigation, not after another chunk arrives.
import { prefetchOverview } from './overview/prefetch-overview';

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
          loader: () => {
            void prefetchOverview(queryClient, client).catch(() => {});
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
