/**
 * The server as a process: it stops gracefully on SIGTERM, its query processes die with it however
 * it dies, it refuses in one line what it must not touch, and every reader in it sees one store.
 * Real child processes, real HTTP on loopback, real DuckDB files.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '@gwr/extract/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json } from './testing/http.js';
import { SEED_DIR } from './testing/seed-database.js';
import {
  childrenOf,
  eventually,
  isAlive,
  type ServerProcess,
  startServer,
} from './testing/server-process.js';

let dir: string;
let seedStore: string;
const started: ServerProcess[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwr-life-'));
  seedStore = join(dir, 'seed.duckdb');
  await buildDatabase({ inputs: [SEED_DIR], dbPath: seedStore });
}, 120_000);
afterAll(async () => {
  for (const server of started) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

/** A folder of its own holding a copy of the seed store. */
async function storeFolder(): Promise<{ folder: string; dbPath: string }> {
  const folder = await mkdtemp(join(dir, 'store-'));
  const dbPath = join(folder, 'gwr.duckdb');
  await copyFile(seedStore, dbPath);
  return { folder, dbPath };
}

async function serve(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServer({ GWR_CORPUS: SEED_DIR, GWR_WEB_DIR: join(dir, 'no-web'), ...env });
  started.push(server);
  return server;
}

const endless = JSON.stringify({ sql: 'SELECT sum(i) FROM range(1000000000000) t(i)' });
const postSql = (server: ServerProcess, body: string) =>
  fetch(`${server.url}/api/sql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

describe('the server process', () => {
  it('leaves no query process behind when killed with kill -9 mid-query', async () => {
    const { dbPath } = await storeFolder();
    const server = await serve({ GWR_DB: dbPath, GWR_SQL_TIMEOUT_MS: '60000' });
    // A first answer says the query process is up; the endless query then runs on it.
    expect((await postSql(server, JSON.stringify({ sql: 'SELECT 1' }))).status).toBe(200);
    postSql(server, endless).catch(() => {});
    const pid = server.child.pid!;
    expect(await eventually(() => childrenOf(pid).length > 0, 20_000)).toBe(true);
    const workers = childrenOf(pid);
    server.child.kill('SIGKILL');
    await server.exited;
    expect(await eventually(() => workers.every((w) => !isAlive(w)), 2000)).toBe(true);
  }, 60_000);

  it('answers the request in flight on SIGTERM, then exits 0 with nothing left running', async () => {
    const { folder, dbPath } = await storeFolder();
    const server = await serve({ GWR_DB: dbPath, GWR_SQL_TIMEOUT_MS: '2000' });
    const pid = server.child.pid!;
    const response = postSql(server, endless);
    expect(await eventually(() => childrenOf(pid).length > 0, 20_000)).toBe(true);
    const workers = childrenOf(pid);
    server.child.kill('SIGTERM');
    const res = await response;
    expect(res.status).toBe(408);
    expect((await json(res)).error.code).toBe('timeout');
    expect(await server.exited).toBe(0);
    expect(workers.every((w) => !isAlive(w))).toBe(true);
    // Its pin on the store is gone with it.
    expect(await readdir(folder)).toEqual(['gwr.duckdb']);
  }, 60_000);

  it('keeps GET routes and SQL on one store while another process rebuilds it, then serves the new one to both', async () => {
    const { folder, dbPath } = await storeFolder();
    const server = await serve({ GWR_DB: dbPath });
    const health = await json(await fetch(`${server.url}/api/health`));
    // Another process builds a smaller store over the same path (first lines of the seed only).
    const small = join(folder, 'small');
    await mkdir(small);
    const [seedFile] = await readdir(SEED_DIR);
    const text = await readFile(join(SEED_DIR, seedFile!), 'utf8');
    await writeFile(join(small, 'part.txt'), text.slice(0, Math.floor(text.length / 3)));
    const rebuilt = await buildDatabase({ inputs: [small], dbPath, skipUnusable: true });
    expect(rebuilt.facts).not.toBe(health.database.facts);
    // Every reader answers from one generation: the old store until the new file is seen (polled
    // every half second; a loaded machine may take longer to open it), then the new one, GET routes
    // and SQL alike. A swap is for every reader at once, so once the GET routes answer from the new
    // store, SQL does too.
    const sqlFacts = async () =>
      (await json(await postSql(server, JSON.stringify({ sql: 'SELECT count(*) FROM facts' })))).rows[0][0];
    const documents = async () => (await json(await fetch(`${server.url}/api/documents`))).total;
    expect([health.database.facts, rebuilt.facts]).toContain(await sqlFacts());
    let seen = await documents();
    for (let i = 0; i < 150 && seen !== rebuilt.documents; i++) {
      expect(seen).toBe(health.database.documents);
      await new Promise((resolve) => setTimeout(resolve, 200));
      seen = await documents();
    }
    expect(seen).toBe(rebuilt.documents);
    expect(await sqlFacts()).toBe(rebuilt.facts);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 90_000);

  it('serves the store it has at once while a stale one is rebuilt, then the rebuilt one', async () => {
    const { folder, dbPath } = await storeFolder();
    // A corpus newer than the store: a third of the seed, so the rebuilt store differs.
    const corpus = join(folder, 'corpus');
    await mkdir(corpus);
    const [seedFile] = await readdir(SEED_DIR);
    const text = await readFile(join(SEED_DIR, seedFile!), 'utf8');
    await writeFile(join(corpus, 'part.txt'), text.slice(0, Math.floor(text.length / 3)));
    // Dated past the store explicitly: a copy and a write within one clock tick can share a time.
    const future = new Date(Date.now() + 60_000);
    await utimes(join(corpus, 'part.txt'), future, future);
    const server = await serve({ GWR_DB: dbPath, GWR_CORPUS: corpus });
    const first = await json(await fetch(`${server.url}/api/health`));
    const out = server.output();
    // Ready before the build was done, on the store it had: the seed's.
    expect(out.indexOf('ready')).toBeGreaterThan(-1);
    let health = first;
    for (let i = 0; i < 60 && health.database.documents === first.database.documents; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      health = await json(await fetch(`${server.url}/api/health`));
    }
    expect(server.output()).toMatch(/ready[\s\S]*Built /);
    expect(health.database.documents).toBeLessThan(first.database.documents);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 90_000);

  it('refuses in one line, untouched, a GWR_DB that is not its store', async () => {
    const folder = await mkdtemp(join(dir, 'csv-'));
    const csv = join(folder, 'figures.csv');
    await writeFile(csv, 'a,b\n1,2\n');
    const server = await serve({ GWR_DB: csv });
    expect(await server.exited).toBe(1);
    expect(server.output().trim().split('\n')).toEqual([
      expect.stringMatching(/^error: .*figures\.csv: .*refusing to replace it/),
    ]);
    expect(await readFile(csv, 'utf8')).toBe('a,b\n1,2\n');
    const asFolder = await serve({ GWR_DB: folder });
    expect(await asFolder.exited).toBe(1);
    expect(asFolder.output().trim().split('\n')).toEqual([expect.stringMatching(/^error: .*is a folder/)]);
  }, 60_000);

  it('turns SQL off on a network address without API_TOKEN, and says so on /api/health', async () => {
    const { dbPath } = await storeFolder();
    // Listening on every interface; this test only talks to loopback.
    const server = await serve({ GWR_DB: dbPath, HOST: '0.0.0.0' });
    const res = await postSql(server, JSON.stringify({ sql: 'SELECT 1' }));
    expect(res.status).toBe(403);
    expect((await json(res)).error.code).toBe('sql_disabled');
    const health = await json(await fetch(`${server.url}/api/health`));
    expect(health.status).toBe('degraded');
    expect(health.warnings).toEqual([expect.stringMatching(/SQL is off.*API_TOKEN/)]);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 60_000);
});
