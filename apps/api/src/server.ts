/**
 * Entry point: resolve settings from the environment, make sure the database is current, open it
 * read-only and serve the API (and the built dashboard, when there is one) on one port.
 */

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
const ensured = await ensureDatabase({
  corpus: settings.corpus,
  dbPath: settings.dbPath,
  addedDir,
  onWarning: (message) => console.warn(`warning: ${message}`),
});
if (ensured.built) {
  const s = ensured.summary!;
  console.log(
    `Built ${settings.dbPath} (${ensured.reason}): ${s.documents} documents, ${s.facts} facts in ${Math.round(s.elapsedMs)} ms`,
  );
}

/** A generation of the store: the database over a file and the app (with its caches) over it. */
async function openGeneration(dbPath: string): Promise<Generation> {
  const db = await GwrDatabase.open(dbPath, { memoryLimit: settings.memoryLimit, threads: settings.threads });
  return { db, fetch: createApp(appDeps(db)).fetch };
}

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
const intake = new ReportIntake({
  dbPath: settings.dbPath,
  addedDir,
  swapIn: async (dbPath) => {
    generations.swap(await openGeneration(dbPath));
    return generations.number;
  },
  generation: () => generations.number,
});
const generations = new StoreGenerations(await openGeneration(settings.dbPath));
watchCorpus(settings.corpus, intake, (message) => console.warn(`warning: ${message}`));

const server = serve({ fetch: generations.fetch, port: settings.port, hostname: settings.host }, (info) => {
  console.log(`GWR Analytics ready: http://localhost:${info.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    generations.close();
    process.exit(0);
  });
}
