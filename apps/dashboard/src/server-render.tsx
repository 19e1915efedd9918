/**
 * The landing page (`/`, the overview) rendered on the server, so a reader sees it as soon as the
 * HTML arrives instead of after the scripts have come and run: on a slow phone (4× CPU, slow 4G)
 * that was four seconds of blank page, most of it JavaScript on the wire and React drawing charts.
 *
 * The API server calls `renderLanding` (apps/api/src/static-site.ts) with the built `index.html`
 * and its own `fetch` (its routes, in process): the page's data is asked for through the same typed
 * client and React Query key as in the browser, the route tree is the browser's (route-table.tsx),
 * and what was drawn goes along in the page (prerendered-state.ts) for main.tsx to hydrate. Recharts
 * cannot draw on a server: the charts are drawn by charts/static-plot.tsx, at a stated width, and
 * handed to Recharts at their box's width once hydrated.
 *
 * Built by `vite build --ssr` into dist-ssr/ (package.json); the browser never loads this module.
 */
import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { createApiClient } from './api/client';
import { healthQuery, overviewQuery } from './api/queries';
import { AppProviders, createQueryClient } from './app-providers';
import { pageTitle } from './components/use-page-title';
import { type Lang, translate } from './i18n/dictionary';
import { stateScript } from './prerendered-state';
import { createRoutes } from './routes/route-table';
import { yearParam } from './routes/year-param';
// The page this renders, loaded with the renderer (its route loads it lazily, and would on the
// first request otherwise: the chart library with it, a third of a second).
import './routes/overview/overview-page';

export interface LandingRequest {
  /** The page's URL as the browser asked for it (its `?year=` chooses the year). */
  url: string;
  /** The reader's language (the `gwr.lang` cookie the page sets). */
  lang: Lang;
  /** Answers the page's API requests (the server's own routes). */
  fetch: typeof fetch;
  /** The built `index.html`. */
  template: string;
}

/** The whole page, or null when it cannot be rendered here (an API error: the browser shows it). */
export async function renderLanding({ url, lang, fetch, template }: LandingRequest): Promise<string | null> {
  const location = new URL(url);
  const client = createApiClient(location.origin, fetch);
  const queryClient = createQueryClient();
  const routes = createRoutes({ queryClient, client });
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(location));
  if (context instanceof Response || context.errors) return null;
  try {
    // What the page draws: the overview, and the notices shown above every page.
    await Promise.all([
      queryClient.fetchQuery(overviewQuery(client, yearParam(location.searchParams))),
      queryClient.fetchQuery(healthQuery(client)),
    ]);
  } catch {
    return null;
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const markup = renderToString(
    <StrictMode>
      <AppProviders client={client} queryClient={queryClient} lang={lang}>
        {/* No inline script for the router's state: the page's CSP runs none. It goes in the block below. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </StrictMode>,
  );
  const state = stateScript({
    lang,
    queries: dehydrate(queryClient),
    router: { loaderData: context.loaderData, actionData: context.actionData },
  });
  const title = pageTitle(translate(lang, 'overview.title'), (key) => translate(lang, key));
  return (
    template
      .replace(/<html lang="[^"]*"/, `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
      // The data is in the page: a preload of its request would only fetch it twice.
      .replace(/<link rel="preload"[^>]*as="fetch"[^>]*>\s*/g, '')
      .replace('<div id="root"></div>', `<div id="root">${markup}</div>\n    ${state}`)
  );
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
