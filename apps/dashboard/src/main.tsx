/** Browser entry: providers, the router, and nothing heavy (pages load on demand). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApiClient } from './api/client';
import { AppProviders, createQueryClient } from './app-providers';
import { createRoutes } from './routes/route-table';
import './styles.css';

const client = createApiClient(window.location.origin);
const queryClient = createQueryClient();
const router = createBrowserRouter(createRoutes({ queryClient, client }));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders client={client} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
