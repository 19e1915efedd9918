/**
 * Browser entry: providers, the router, and nothing heavy (pages load on demand).
 *
 * A page the server rendered (server-render.tsx) is hydrated: React Query's cache and the router
 * start from the state the server drew the page with, and the route's code is loaded before
 * hydrating, so the first render in the browser is the server's markup, taken over as it is.
 * Any other page is rendered here from scratch.
 */
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type RouteObject, RouterProvider } from 'react-router';
import { createApiClient } from './api/client';
import { AppProviders, createQueryClient } from './app-providers';
import { type PrerenderedState, readPrerenderedState } from './prerendered-state';
import { createRoutes } from './routes/route-table';
import './styles.css';

const client = createApiClient(window.location.origin);
const queryClient = createQueryClient();
const routes = createRoutes({ queryClient, client });
const container = document.getElementById('root')!;
const prerendered = readPrerenderedState(document);

/** The lazy routes of this URL, loaded and put in place (React Router's recipe for hydrating lazy routes). */
async function loadLazyMatches(all: RouteObject[]): Promise<void> {
  const lazy = (matchRoutes(all, window.location) ?? []).filter((m) => m.route.lazy);
  await Promise.all(
    lazy.map(async ({ route }) => {
      const loaded = await (route.lazy as () => Promise<Partial<RouteObject>>)();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}

/** Takes over the server's page: its data, its route's code, then React on its markup. */
async function hydrateServerPage(state: PrerenderedState): Promise<void> {
  // The data came with the page and is as fresh as it: its age runs from now, not from the render
  // (the server keeps rendered pages; the store does not change while it runs).
  for (const query of state.queries.queries) query.state.dataUpdatedAt = Date.now();
  hydrate(queryClient, state.queries);
  await loadLazyMatches(routes);
  const router = createBrowserRouter(routes, { hydrationData: state.router });
  hydrateRoot(
    container,
    <StrictMode>
      <AppProviders client={client} queryClient={queryClient} lang={state.lang} prerendered>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

// Not awaited at the top level: a module that awaits would make the bundler split the code the
// pages share with it into many small chunks (one more request each on a slow network).
if (prerendered) void hydrateServerPage(prerendered);
else {
  const router = createBrowserRouter(routes);
  createRoot(container).render(
    <StrictMode>
      <AppProviders client={client} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}
