/**
 * Entry point: resolve settings from the environment, make sure there is a store to serve, pin and
 * open it as the first generation (generation.ts), and serve the API (and the built dashboard, when
 * there is one) on one port. Failures a user can fix are one line on stderr and exit code 1.
 *
 * SIGTERM and SIGINT stop it gracefully: no new connections, every request in flight answered,
 * then the query processes and the store are closed (a second signal, or 10 s, ends it at once).
 */
import { fileURLToPath } from 'node:url';
import { ExtractError } from '@gwr/extract';
import { serve } from '@hono/node-server';
import { ensureDatabase } from './ensure-database.js';
import { Generation, Generations } from './generation.js';
import { isLoopback } from './host-check.js';
import { resolveSettings } from './settings.js';

const SHUTDOWN_DEADLINE_MS = 10_000;

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let settings: ReturnType<typeof resolveSettings>;
try {
  settings = resolveSettings(process.env, repoRoot);
} catch (error) {
  fail((error as Error).message);
}

const warnings: string[] = [];
// SQL reaches every table of the store: on a network address it needs a token.
const sqlDisabled =
  !isLoopback(settings.host) && !settings.apiTokens
    ? `SQL is off: the server listens on ${settings.host}, not loopback, and API_TOKEN is not set`
    : undefined;
if (sqlDisabled) {
  console.warn(`warning: ${sqlDisabled}`);
  warnings.push(sqlDisabled);
}

let generations: Generations;
try {
  const ensured = await ensureDatabase({
    corpus: settings.corpus,
    dbPath: settings.dbPath,
    onWarning: (message) => console.warn(`warning: ${message}`),
  });
  if (ensured.built) {
    const s = ensured.summary!;
    console.log(
      `Built ${settings.dbPath} (${ensured.reason}): ${s.documents} documents, ${s.facts} facts in ${Math.round(s.elapsedMs)} ms`,
    );
  }
  for (const warning of ensured.warnings) console.warn(`warning: ${warning}`);
  warnings.push(...ensured.warnings);
  const first = await Generation.open(
    settings.dbPath,
    { memoryLimit: settings.memoryLimit, threads: settings.threads },
    {
      apiTokens: settings.apiTokens,
      allowedHosts: [...settings.allowedHosts, settings.host],
      sqlDisabled,
      warnings,
      corsOrigin: settings.corsOrigin,
      webDir: settings.webDir,
      responseCache: settings.responseCache,
      sql: {
        timeoutMs: settings.sqlTimeoutMs,
        maxRows: settings.sqlMaxRows,
        maxConcurrent: settings.sqlMaxConcurrent,
        perClient: settings.sqlPerClient,
        queueWaitMs: settings.sqlQueueMs,
      },
    },
  );
  generations = new Generations(first);
} catch (error) {
  if (error instanceof ExtractError) fail(error.message);
  fail(`${settings.dbPath}: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
}

const server = serve({ fetch: generations.fetch, port: settings.port, hostname: settings.host }, (info) => {
  const shown = isLoopback(settings.host) ? 'localhost' : settings.host;
  console.log(`GWR Analytics ready: http://${shown}:${info.port}`);
});
server.on('error', (error: NodeJS.ErrnoException) => {
  fail(`cannot listen on ${settings.host}:${settings.port} (${error.code ?? error.message})`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) process.exit(1);
  stopping = true;
  console.log(`${signal}: finishing requests in flight, then stopping`);
  setTimeout(() => {
    console.error(`error: requests still in flight after ${SHUTDOWN_DEADLINE_MS} ms; stopping anyway`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  server.close();
  await generations.idle();
  // Keep-alive connections with nothing in flight would hold close() open.
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  await generations.close();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal));
