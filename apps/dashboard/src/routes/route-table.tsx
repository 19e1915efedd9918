/**
 * The routes. Every page is a lazy chunk, so the first load carries only the shell; Recharts
 * and CodeMirror live in the chunks of the pages that draw charts or edit SQL.
 */
import type { RouteObject } from 'react-router';
import { Layout } from '../components/layout';
import { RouteError } from '../components/route-error';
import { Skeleton } from '../components/states';

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    HydrateFallback: () => <Skeleton lines={6} />,
    children: [
      {
        index: true,
        lazy: () => import('./documents/document-list-page').then((m) => ({ Component: m.DocumentListPage })),
      },
      {
        path: 'documents',
        lazy: () => import('./documents/document-list-page').then((m) => ({ Component: m.DocumentListPage })),
      },
      {
        path: 'documents/:docId',
        lazy: () => import('./reader/reader-page').then((m) => ({ Component: m.ReaderPage })),
      },
      { path: '*', lazy: () => import('./not-found-page').then((m) => ({ Component: m.NotFoundPage })) },
    ],
  },
];
