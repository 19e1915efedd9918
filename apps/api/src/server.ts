/**
 * Entry point: resolve settings from the environment, make sure there is a store to serve, pin and
 * open it as the first generation (generation.ts), and serve the API (and the built dashboard, when
 * there is one) on one port. Failures a user can fix are one line on stderr and exit code 1.
 *
 * SIGTERM and SIGINT stop it gracefully: no new connections, every request in flight answered,
 * then the query processes and the store are closed (a second signal, or 10 s, ends it at once).
 *
 * Reports added at runtime (POST /api/documents, files dropped into the corpus folder) become the
 * next generation of the store file (report-intake.ts); each server process notices a new store
 * file and swaps it in. With GWR_PROCESSES=N (default 1) the primary process builds the store once
 * and forks N server processes that share the port (node:cluster) and nothing but the files; the
 * primary watches the corpus folder for them all and replaces a process that dies.
 *
 * With GWR_LAKE=DIR the server serves a Parquet lake (`gwr-extract load --lake`) instead of the
 * file: it builds nothing and accepts no reports (the lake grows by `gwr-extract load --lake`, on
 * any machine sharing it), and each process serves the lake's newest generation as soon as its
 * manifest, written last by a writer, changes.
 */
import cluster from 'node:cluster';
import { stat } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAKE_MANIFEST } from '@gwr/domain';
import { ExtractError } from '@gwr/extract';
import { readLakeManifest, removeAbandonedPins } from '@gwr/extract/node';
import { serve } from '@hono/node-server';
import type { AppOptions } from './app.js';
import { watchCorpus } from './corpus-watch.js';
import { ensureDatabase, servableNow } from './ensure-database.js';
import { errorLine } from './errors.js';
import { Generation, Generations } from './generation.js';
import { isLoopback } from './host-check.js';
import { ReportIntake } from './report-intake.js';
import { resolveSettings } from './settings.js';

const SHUTDOWN_DEADLINE_MS = 10_000;
/** How often a server process looks for a new generation of the store or lake. */
const GENERATION_LOOK_MS = 500;

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
// Reports added at runtime are kept next to the store, and built again with the corpus.
const addedDir = join(dirname(settings.dbPath), 'added-reports');
const warn = (message: string) => console.warn(`warning: ${message}`);

const warnings: string[] = [];
// SQL reaches every table of the store: on a network address it needs a token.
const sqlDisabled =
  !isLoopback(settings.host) && !settings.apiTokens
    ? `SQL is off: the server listens on ${settings.host}, not loopback, and API_TOKEN is not set`
    : undefined;
if (sqlDisabled) {
  if (cluster.isPrimary) warn(sqlDisabled);
  warnings.push(sqlDisabled);
}

/** Builds the store when it is missing or stale; prints what it did and what it could not. */
async function ensureStore(background = false): Promise<void> {
  try {
    const ensured = await ensureDatabase({
      corpus: settings.corpus,
      dbPath: settings.dbPath,
      addedDir,
      onWarning: warn,
    });
    if (ensured.built) {
      const s = ensured.summary!;
      console.log(
        `Built ${settings.dbPath} (${ensured.reason}): ${s.documents} documents, ${s.facts} facts in ${Math.round(s.elapsedMs)} ms`,
      );
    }
    for (const warning of ensured.warnings) warn(warning);
    warnings.push(...ensured.warnings);
  } catch (error) {
    const message = error instanceof ExtractError ? error.message : `${settings.dbPath}: ${errorLine(error)}`;
    // Serving already: the store being served stays, and the operator is told why it is not new.
    if (!background) fail(message);
    warn(`rebuilding failed, serving the store as it was: ${message}`);
    warnings.push(`rebuilding failed, serving the store as it was: ${message}`);
  }
}

/** A lake is served as it is, or the server refuses to start: it is built by `gwr-extract load --lake`. */
async function checkLake(lakeDir: string): Promise<void> {
  try {
    await readLakeManifest(lakeDir);
  } catch (error) {
    fail(error instanceof ExtractError ? `GWR_LAKE: ${error.message}` : String(error));
  }
  // What a killed server of this machine left beside the lake (its generations' pins).
  await removeAbandonedPins(lakeDir);
}

// A good store already there is served at once while a stale one is rebuilt beside it; the new
// file is swapped in when it is complete (each server process watches the file). Otherwise the
// store is built first.
const rebuildWhileServing = !settings.lakeDir && cluster.isPrimary && (await servableNow(settings.dbPath));
if (settings.lakeDir) {
  if (cluster.isPrimary) await checkLake(settings.lakeDir);
} else if (cluster.isPrimary && !rebuildWhileServing) await ensureStore();

/** What every generation's app is made with. */
function appOptions(intake: ReportIntake | undefined): AppOptions {
  return {
    apiTokens: settings.apiTokens,
    allowedHosts: [...settings.allowedHosts, settings.host],
    sqlDisabled,
    warnings,
    corsOrigin: settings.corsOrigin,
    webDir: settings.webDir,
    landingRenderer: settings.landingRenderer,
    responseCache: settings.responseCache,
    intake,
    sql: {
      timeoutMs: settings.sqlTimeoutMs,
      maxRows: settings.sqlMaxRows,
      maxConcurrent: settings.sqlMaxConcurrent,
      perClient: settings.sqlPerClient,
      queueWaitMs: settings.sqlQueueMs,
    },
  };
}

/** The identity of the store file now at the path: a new generation is a new file renamed over it. */
const fileIdentity = (path: string) =>
  new Promise<string>((resolve) => stat(path, (_, s) => resolve(s ? `${s.ino}|${s.mtimeMs}` : '')));

/** Serves the store in this process: its generations, its app, its report intake. */
async function serveHere(): Promise<void> {
  const served = settings.lakeDir ?? settings.dbPath;
  // A new generation is a new store file renamed over the path, or a lake's new manifest.
  const watched = settings.lakeDir ? join(settings.lakeDir, LAKE_MANIFEST) : settings.dbPath;
  let servedFile = '';
  let number = 1;
  const open = async () => {
    // (Read before opening, and kept only once it opened: a change while it opens is seen next.)
    const identity = await fileIdentity(watched);
    const generation = await Generation.open(
      served,
      { memoryLimit: settings.memoryLimit, threads: settings.threads },
      appOptions(intake),
    );
    servedFile = identity;
    return generation;
  };
  const swapIn = async () => {
    await generations.swap(await open());
    return ++number;
  };
  // A lake takes no reports here: it grows by `gwr-extract load --lake`.
  const intake = settings.lakeDir
    ? undefined
    : new ReportIntake({ dbPath: settings.dbPath, addedDir, swapIn, generation: () => number });
  let swaps = Promise.resolve(0);
  const swapInLatest = () => {
    if (intake) return intake.swapInLatest();
    swaps = swaps.catch(() => 0).then(swapIn);
    return swaps;
  };
  let generations: Generations;
  try {
    generations = new Generations(await open());
  } catch (error) {
    if (error instanceof ExtractError) fail(error.message);
    fail(`${served}: ${errorLine(error)}`);
  }
  // A new generation written by another process (or machine) is served as soon as it is seen. The
  // path is looked at on a timer rather than watched for a change: a generation that failed to open
  // (a disk too busy, a writer's files not all there yet) is tried again at the next look, where a
  // change event would never come again and the process would serve the old one for good.
  let looking = false;
  let warnedAbout = '';
  const lookForGeneration = async () => {
    if (looking) return;
    looking = true;
    const now = await fileIdentity(watched);
    try {
      if (now && now !== servedFile) await swapInLatest();
    } catch (error) {
      const reason = errorLine(error);
      if (now !== warnedAbout)
        warn(`${watched}: the new generation could not be opened (${reason}); trying again`);
      warnedAbout = now;
    } finally {
      looking = false;
    }
  };
  const looks = setInterval(() => void lookForGeneration(), GENERATION_LOOK_MS).unref();

  const server = serve({ fetch: generations.fetch, port: settings.port, hostname: settings.host }, (info) => {
    const shown = isLoopback(settings.host) ? 'localhost' : settings.host;
    if (cluster.isPrimary) console.log(`GWR Analytics ready: http://${shown}:${info.port}`);
    else process.send?.({ ready: `http://${shown}:${info.port}` });
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    fail(`cannot listen on ${settings.host}:${settings.port} (${error.code ?? error.message})`);
  });

  let stopping = false;
  async function shutdown(signal: string): Promise<void> {
    if (stopping) process.exit(1);
    stopping = true;
    clearInterval(looks);
    if (cluster.isPrimary) console.log(`${signal}: finishing requests in flight, then stopping`);
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
  // A server process whose primary is gone (killed with -9) stops too.
  if (!cluster.isPrimary) process.on('disconnect', () => void shutdown('disconnect'));
  if (cluster.isPrimary && intake) watchCorpus(settings.corpus, intake, warn);
}

/** Forks the server processes, keeps them running, and watches the corpus folder for them all. */
function serveInProcesses(count: number): void {
  let stopping = false;
  let announced = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.on('message', (message: { ready?: string }) => {
      if (message.ready !== undefined && !announced) {
        announced = true;
        console.log(`GWR Analytics ready: ${message.ready} (${count} processes)`);
      }
    });
  };
  for (let i = 0; i < count; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    warn(`server process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    fork();
  });
  // The primary serves nothing; it adds the reports dropped into the corpus folder, and every
  // server process sees the new store file. (A lake takes no reports here.)
  if (!settings.lakeDir) {
    const intake = new ReportIntake({
      dbPath: settings.dbPath,
      addedDir,
      swapIn: async () => 0,
      generation: () => 0,
    });
    watchCorpus(settings.corpus, intake, warn);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      let left = workers.length;
      if (left === 0) process.exit(0);
      for (const worker of workers) {
        worker?.once('exit', () => --left === 0 && process.exit(0));
        worker?.kill('SIGTERM');
      }
      setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS + 1000).unref();
    });
  }
}

if (cluster.isPrimary && settings.processes > 1) serveInProcesses(settings.processes);
else await serveHere();
if (rebuildWhileServing) await ensureStore(true);
