import { copyFile, mkdir, mkdtemp, readdir, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDatabase, staleReason } from './ensure-database.js';
import { SEED_DIR } from './testing/seed-database.js';

let dir: string;
let corpus: string;
let dbPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwr-ensure-'));
  corpus = join(dir, 'corpus');
  await mkdir(corpus);
  for (const name of await readdir(SEED_DIR)) await copyFile(join(SEED_DIR, name), join(corpus, name));
  dbPath = join(dir, 'data', 'gwr.duckdb');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('ensureDatabase', () => {
  it('builds a missing database (creating its folder)', async () => {
    expect(await staleReason(corpus, dbPath)).toMatch(/missing/);
    const result = await ensureDatabase({ corpus, dbPath });
    expect(result.built).toBe(true);
    expect(result.summary?.documents).toBe(10);
    expect(await staleReason(corpus, dbPath)).toBeNull();
  }, 60_000);

  it('leaves a current database alone', async () => {
    const before = (await stat(dbPath)).mtimeMs;
    const result = await ensureDatabase({ corpus, dbPath });
    expect(result.built).toBe(false);
    expect((await stat(dbPath)).mtimeMs).toBe(before);
  });

  it('rebuilds when a corpus file is newer than the database', async () => {
    const future = new Date(Date.now() + 60_000);
    const [first] = await readdir(corpus);
    await utimes(join(corpus, first!), future, future);
    expect(await staleReason(corpus, dbPath)).toMatch(/corpus is newer/);
    const result = await ensureDatabase({ corpus, dbPath });
    expect(result.built).toBe(true);
    const past = new Date(Date.now() - 60_000);
    await utimes(join(corpus, first!), past, past);
    expect(await staleReason(corpus, dbPath)).toBeNull();
  }, 60_000);

  it('rebuilds when the facts were extracted by other rules', async () => {
    const instance = await DuckDBInstance.create(dbPath);
    const connection = await instance.connect();
    await connection.run(`UPDATE meta SET value = 'older-rules' WHERE key = 'extractor'`);
    connection.closeSync();
    instance.closeSync();
    expect(await staleReason(corpus, dbPath)).toMatch(/extraction rules have changed/);
    expect((await ensureDatabase({ corpus, dbPath })).built).toBe(true);
    expect(await staleReason(corpus, dbPath)).toBeNull();
  }, 60_000);

  it('rebuilds when the schema version differs', async () => {
    const instance = await DuckDBInstance.create(dbPath);
    const connection = await instance.connect();
    await connection.run(`UPDATE meta SET value = '0' WHERE key = 'schema_version'`);
    connection.closeSync();
    instance.closeSync();
    expect(await staleReason(corpus, dbPath)).toMatch(/schema version 0/);
    const result = await ensureDatabase({ corpus, dbPath });
    expect(result.built).toBe(true);
    expect(await staleReason(corpus, dbPath)).toBeNull();
  }, 60_000);
});
