/**
 * The HTTP API of GWR Analytics as a pure factory: `createApp(deps)` wires routes, validation,
 * caching and security over an opened read-only database; `server.ts` only opens it and listens.
 * `AppType` gives the dashboard end-to-end types through hono's `hc<AppType>` client.
 *
 * Response shapes are a contract with the dashboard: once committed, a change is noted here.
 * Changes since the first commit (all additive):
 * - GET /api/scorecard gained `shares` (attainment shares outside the catalog, 完成…的133%);
 * - GET /api/compare accepts `regions=` (comma-separated names or codes);
 * - GET responses carry `X-Cache: hit|miss` (in-memory response cache, `responseCache: false` to disable);
 * - GET /api/compare pages its regions (`limit`, `offset`) and says `total_regions`, `offset`, `limit`;
 * - GET /api/overview (the overview page in one response), GET /api/facts/{id} (a fact in context),
 *   GET /api/downloads[/{file}] (the whole dataset and its data dictionary);
 * - JSON responses are gzipped for clients that send `Accept-Encoding: gzip`.
 * - GET /api/health: `database.name` (the file's name) replaces `database.path` (a server path),
 *   `status` is `degraded` when `warnings` (new) is not empty;
 * - POST /api/sql waits for a slot before its 429, refuses calls off the allowlist with 403
 *   `not_allowed`, and answers 403 `sql_disabled` on a network address without API_TOKEN;
 * - any request naming a host the server does not answer to gets 421 `host_not_allowed`.
 */

import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { mountApiDocs } from './api-docs.js';
import type { GwrDatabase } from './db.js';
import { ApiError, errorBody } from './errors.js';
import { hostCheck } from './host-check.js';
import type { ReportIntake } from './report-intake.js';
import { type ResponseCacheOptions, responseCache } from './response-cache.js';
import { createRouter } from './router.js';
import { addDocumentRoutes } from './routes/add-documents.js';
import { compareRoutes } from './routes/compare.js';
import { documentRoutes } from './routes/documents.js';
import { downloadRoutes } from './routes/downloads.js';
import { factContextRoutes } from './routes/fact-context.js';
import { factRoutes } from './routes/facts.js';
import { healthRoutes } from './routes/health.js';
import { indicatorRoutes } from './routes/indicators.js';
import { overviewRoutes } from './routes/overview.js';
import { regionRoutes } from './routes/regions.js';
import { schemaRoutes } from './routes/schema.js';
import { scorecardRoutes } from './routes/scorecard.js';
import { searchRoutes } from './routes/search.js';
import { sqlRoutes } from './routes/sql.js';
import { SqlPool, type SqlPoolOptions } from './sql-pool.js';
import { mountDashboard } from './static-site.js';

export interface AppOptions {
  /** When set, `POST /api/sql` requires `Authorization: Bearer <token>` with one of these tokens. */
  apiTokens?: readonly string[];
  /** Origins allowed by CORS (`*` for any); none by default (the dashboard is same-origin). */
  corsOrigin?: string | string[];
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes?: number;
  /** Host names the server answers to besides localhost and IP literals (host-check.ts). */
  allowedHosts?: readonly string[];
  /** Why `POST /api/sql` is off (a network address without API_TOKEN); unset: it is on. */
  sqlDisabled?: string;
  /** What the operator should know about the store being served (listed on /api/health). */
  warnings?: readonly string[];
  /** The store's file name as shown to clients (never a server path). */
  storeName?: string;
  /** The built dashboard to serve beside the API (SPA fallback), if any. */
  webDir?: string;
  /** The dashboard's built server renderer of the landing page (static-site.ts), if any. */
  landingRenderer?: string;
  /** Cache GET responses in memory (the store is immutable while the process runs). Default on. */
  responseCache?: boolean | ResponseCacheOptions;
  /** Limits of `POST /api/sql` (when no `sqlPool` is given). */
  sql?: SqlPoolOptions;
  /** The query processes of `POST /api/sql`; the server passes its own to close them on shutdown. */
  sqlPool?: SqlPool;
  /** Accepts reports at runtime (POST /api/documents); without it the server refuses them. */
  intake?: ReportIntake;
}

export interface AppDeps extends AppOptions {
  /** The store, opened read-only (GwrDatabase.open). */
  db: GwrDatabase;
}

const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * SHA-1 as hono's default, computed in this thread: WebCrypto's digest is asynchronous, a round trip
 * through the thread pool for each response.
 */
const sha1 = (body: Uint8Array): ArrayBuffer => {
  const hash = createHash('sha1').update(body).digest();
  return hash.buffer.slice(hash.byteOffset, hash.byteOffset + hash.byteLength) as ArrayBuffer;
};

/** ETags only where a response can be cached: GETs. */
const etagOnGet = (): MiddlewareHandler => {
  const mw = etag({ generateDigest: sha1 });
  return async (c, next) => (c.req.method === 'GET' ? mw(c, next) : next());
};

export function createApp(deps: AppDeps) {
  const { db } = deps;
  const base = createRouter();
  // First of all: a request for another site's name gets nothing, not even a cached answer.
  base.use('*', hostCheck(deps.allowedHosts ?? []));
  // Outermost, so a hit runs no other middleware: entries keep the headers the others set.
  if (deps.responseCache !== false) {
    base.use('/api/*', responseCache(typeof deps.responseCache === 'object' ? deps.responseCache : {}));
  }
  // JSON answers travel gzipped to clients that accept it (an overview is ~100 KB of JSON, ~12 KB
  // gzipped: half a second on a slow phone network); inside the cache, which keys on the encoding.
  base.use('/api/*', compress({ encoding: 'gzip', contentTypeFilter: /^application\/json/ }));
  base.use('*', secureHeaders());
  if (deps.corsOrigin) base.use('/api/*', cors({ origin: deps.corsOrigin }));
  // A report added through POST /api/documents has a limit of its own (routes/add-documents.ts).
  const isReportUpload = (c: Context) => c.req.method === 'POST' && c.req.path === '/api/documents';
  const requestLimit = bodyLimit({
    maxSize: deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
    onError: (c) =>
      c.json(
        errorBody(
          'body_too_large',
          `request body exceeds ${deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT} bytes`,
        ),
        413,
      ),
  });
  base.use('/api/*', (c, next) => (isReportUpload(c) ? next() : requestLimit(c, next)));
  base.use('/api/*', etagOnGet());
  // The store never changes while the process runs: clients may keep responses but revalidate by ETag.
  base.use('/api/*', async (c, next) => {
    await next();
    if (c.req.method === 'GET' && !c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
  });

  const app = base
    .route('/', healthRoutes(db, { name: deps.storeName ?? db.name, warnings: deps.warnings ?? [] }))
    .route('/', documentRoutes(db))
    .route('/', regionRoutes(db))
    .route('/', indicatorRoutes(db))
    .route('/', factRoutes(db))
    .route('/', factContextRoutes(db))
    .route('/', overviewRoutes(db))
    .route('/', downloadRoutes(db))
    .route('/', scorecardRoutes(db))
    .route('/', compareRoutes(db))
    .route('/', searchRoutes(db))
    .route('/', schemaRoutes(db))
    .route('/', sqlRoutes(deps.sqlPool ?? new SqlPool(db, deps.sql), deps.apiTokens, deps.sqlDisabled))
    .route('/', addDocumentRoutes(deps.intake, deps.apiTokens));
  mountApiDocs(app);

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status);
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      return c.json(
        errorBody(status === 415 ? 'unsupported_media_type' : 'bad_request', error.message),
        status,
      );
    }
    console.error(error);
    return c.json(errorBody('internal', 'internal error'), 500);
  });
  if (deps.webDir) mountDashboard(app, deps.webDir, deps.landingRenderer);
  app.notFound((c) => c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404));
  return app;
}

export type AppType = ReturnType<typeof createApp>;
export type { GwrDatabase } from './db.js';
