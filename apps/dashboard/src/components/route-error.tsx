/** What a route shows when its code fails to load or render (a stale chunk after a deploy, a bug). */
import { useRouteError } from 'react-router';
import { ErrorState } from './states';

export function RouteError() {
  const error = useRouteError();
  return (
    <main className="page" id="main">
      <ErrorState error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
