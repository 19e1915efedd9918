/**
 * Entry point: resolve settings from the environment, make sure the database is current, open it
 * read-only and serve the API (and the built dashboard, when there is one) on one port.
 *
 * With GWR_PROCESSES=N (default 1) the primary process builds the store once and forks N server
 * processes that share the port (node:cluster) and nothing else but the files: each opens the
 * store itself, and each notices a new generation of the store file (written by any of them, or
 * by the primary from a file dropped into the corpus folder) and swaps it in.
 */
import cluster from 'node:cluster';
import { stat, watchFile } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type AppDeps, createApp } from './app.js';
import { watchCorpus } from './corpus-watch.js';
import { GwrDatabase } from './db.js';
import { ensureDatabase } from './ensure-database.js';
import { type Generation, StoreGenerations } from './generations.js';
import { ReportIntake } from './report-intake.js';
import { resolveSettings } from './settings.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const settings = resolveSettings(process.env, repoRoot);
// Reports added at runtime are kept next to the store, and built again with the corpus.
const addedDir = join(dirname(settings.dbPath), 'added-reports');
const processes = settings.processes;
const warn = (message: string) => console.warn(`warning: ${message}`);

if (cluster.isPrimary) {
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
}

/** Serves the store in this process: its generations, its app, its report intake. */
async function serveHere(): Promise<void> {
  /** The identity of the store file each generation was opened on. */
  let servedFile = '';
  const fileIdentity = (path: string) =>
    new Promise<string>((resolve) => stat(path, (_, s) => resolve(s ? `${s.ino}|${s.mtimeMs}` : '')));

  async function openGeneration(dbPath: string): Promise<Generation> {
    servedFile = await fileIdentity(dbPath);
    const db = await GwrDatabase.open(dbPath, {
      memoryLimit: settings.memoryLimit,
      threads: settings.threads,
    });
    return { db, fetch: createApp(appDeps(db)).fetch };
  }
  const intake = new ReportIntake({
    dbPath: settings.dbPath,
    addedDir,
    swapIn: async (dbPath) => {
      generations.swap(await openGeneration(dbPath));
      return generations.number;
    },
    generation: () => generations.number,
  });
  const appDeps = (db: GwrDatabase): AppDeps => ({
    db,
    intake,
    apiToken: settings.apiToken,
    corsOrigin: settings.corsOrigin,
    webDir: settings.webDir,
    responseCache: settings.responseCache,
    sql: {
      timeoutMs: settings.sqlTimeoutMs,
      maxRows: settings.sqlMaxRows,
      maxConcurrent: settings.sqlMaxConcurrent,
    },
  });
  const generations = new StoreGenerations(await openGeneration(settings.dbPath));
  // A new store file written by another process (or machine) is served as soon as it is seen.
  watchFile(settings.dbPath, { interval: 500 }, async () => {
    const now = await fileIdentity(settings.dbPath);
    if (now && now !== servedFile) await intake.swapInLatest();
  });

  const server = serve({ fetch: generations.fetch, port: settings.port, hostname: settings.host }, (info) => {
    if (cluster.isPrimary) console.log(`GWR Analytics ready: http://localhost:${info.port}`);
    else process.send?.({ ready: info.port });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.close();
      generations.close();
      process.exit(0);
    });
  }
  if (cluster.isPrimary) watchCorpus(settings.corpus, intake, warn);
}

/** Forks the server processes, keeps them running, and watches the corpus folder for them all. */
function serveInProcesses(count: number): void {
  let stopping = false;
  let announced = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.on('message', (message: { ready?: number }) => {
      if (message.ready !== undefined && !announced) {
        announced = true;
        console.log(`GWR Analytics ready: http://localhost:${message.ready} (${count} processes)`);
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
  // server process sees the new store file.
  const intake = new ReportIntake({
    dbPath: settings.dbPath,
    addedDir,
    swapIn: async () => 0,
    generation: () => 0,
  });
  watchCorpus(settings.corpus, intake, warn);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
      process.exit(0);
    });
  }
}

if (cluster.isPrimary && processes > 1) serveInProcesses(processes);
else await serveHere();
