/**
 * Entry point: resolve settings from the environment, make sure the database is current, open it
 * read-only and serve the API (and the built dashboard, when there is one) on one port.
 */
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { GwrDatabase } from './db.js';
import { ensureDatabase } from './ensure-database.js';
import { resolveSettings } from './settings.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const settings = resolveSettings(process.env, repoRoot);

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

const db = await GwrDatabase.open(settings.dbPath, {
  memoryLimit: settings.memoryLimit,
  threads: settings.threads,
});
const app = createApp({
  db,
  apiTokens: settings.apiTokens,
  corsOrigin: settings.corsOrigin,
  webDir: settings.webDir,
  responseCache: settings.responseCache,
  sql: {
    timeoutMs: settings.sqlTimeoutMs,
    maxRows: settings.sqlMaxRows,
    maxConcurrent: settings.sqlMaxConcurrent,
  },
});

const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) => {
  console.log(`GWR Analytics ready: http://localhost:${info.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    db.close();
    process.exit(0);
  });
}
