/**
 * The typed API client: `hc<AppType>` gives every route's request and response types straight
 * from the API's own code, so the dashboard never keeps a copy of them.
 */
import type { AppType } from '@gwr/api';
import { hc } from 'hono/client';

export type ApiClient = ReturnType<typeof hc<AppType>>;

/**
 * `fetch` is swappable: component tests pass the API app's own `app.request`, so a test runs the
 * real handlers over a real database without a server.
 */
export function createApiClient(baseUrl: string, fetchImpl?: typeof fetch): ApiClient {
  return hc<AppType>(baseUrl, fetchImpl ? { fetch: fetchImpl } : undefined);
}
