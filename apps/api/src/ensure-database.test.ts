import {
  copyFile,
  mkdir,
  mkdtemp,
  open,
  readdir,
  readFile,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildDatabase } from '@gwr/extract/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { damage, ensureDatabase, staleReason } from './ensure-database.js';
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
    expect(result.warnings).toEqual([]);
    expect(result.summary?.documents).toBe(10);
    expect(await staleReason(corpus, dbPath)).toBeNull();
  }, 180_000);

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
  }, 180_000);

  it('rebuilds when the facts were extracted by other rules', async () => {
    const instance = await DuckDBInstance.create(dbPath);
    const connection = await instance.connect();
    await connection.run(`UPDATE meta SET value = 'older-rules' WHERE key = 'extractor'`);
    connection.closeSync();
    instance.closeSync();
    expect(await staleReason(corpus, dbPath)).toMatch(/extraction rules have changed/);
    expect((await ensureDatabase({ corpus, dbPath })).built).toBe(true);
    expect(await staleReason(corpus, dbPath)).toBeNull();
  }, 180_000);

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
  }, 180_000);

  it('records corpus files by their names under the corpus, never by server paths', async () => {
    const instance = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    const sources = (await connection.runAndReadAll(`SELECT DISTINCT source_file FROM documents`)).getRows();
    const inputs = (await connection.runAndReadAll(`SELECT value FROM meta WHERE key = 'inputs'`)).getRows();
    connection.closeSync();
    instance.closeSync();
    expect(sources.length).toBeGreaterThan(0);
    for (const [source] of sources) expect(await readdir(corpus)).toContain(source);
    expect(String(inputs[0]![0])).not.toContain(dir);
  });
});

/** A store built once from the seed corpus, copied by each test that needs one. */
let template: string;

/** A copy of the seed corpus and of a store built from it (newer than the corpus), in a folder of its own. */
async function freshStore(): Promise<{ folder: string; corpus: string; dbPath: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'gwr-fault-'));
  const copy = join(folder, 'corpus');
  await mkdir(copy);
  for (const name of await readdir(SEED_DIR)) await copyFile(join(SEED_DIR, name), join(copy, name));
  const path = join(folder, 'gwr.duckdb');
  await copyFile(template, path);
  return { folder, corpus: copy, dbPath: path };
}

/** Overwrites bytes in the middle of the 256 KB block `block` (blocks follow the 12 KB of headers). */
async function damageBlock(path: string, block: number): Promise<void> {
  const handle = await open(path, 'r+');
  await handle.write(Buffer.alloc(64, 0xab), 0, 64, 12288 + block * 262144 + 1000);
  await handle.close();
}

describe('faults at start', () => {
  beforeAll(async () => {
    template = join(dir, 'template.duckdb');
    await buildDatabase({ inputs: [SEED_DIR], dbPath: template });
  }, 120_000);

  it('starts from a current store: nothing to rebuild', async () => {
    const { folder, corpus: copy, dbPath: path } = await freshStore();
    expect(await staleReason(copy, path)).toBeNull();
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses to replace a file that is not our store, and leaves it untouched', async () => {
    const { folder, corpus: copy } = await freshStore();
    const csv = join(folder, 'mine.csv');
    await writeFile(csv, 'region,value\n庆元县,7.5\n');
    const before = await readFile(csv);
    await expect(ensureDatabase({ corpus: copy, dbPath: csv })).rejects.toThrow(
      /mine\.csv: .*refusing to replace it/,
    );
    // The corpus file itself, named as the store.
    const report = join(copy, (await readdir(copy))[0]!);
    const reportBefore = await readFile(report);
    await expect(ensureDatabase({ corpus: copy, dbPath: report })).rejects.toThrow(/refusing to replace it/);
    expect((await readFile(csv)).equals(before)).toBe(true);
    expect((await readFile(report)).equals(reportBefore)).toBe(true);
    expect((await readdir(folder)).sort()).toEqual(['corpus', 'gwr.duckdb', 'mine.csv']);
    await rm(folder, { recursive: true, force: true });
  }, 180_000);

  it('names a folder given as the store in one line', async () => {
    const { folder, corpus: copy } = await freshStore();
    await expect(ensureDatabase({ corpus: copy, dbPath: copy })).rejects.toThrow(
      /corpus: is a folder, not a database file/,
    );
    await rm(folder, { recursive: true, force: true });
  }, 180_000);

  it('removes what a killed build or server left, and nothing of a live one', async () => {
    const { folder, corpus: copy, dbPath: path } = await freshStore();
    const dead = 2 ** 22 + 12345; // above Linux's default pid_max: no such process
    const leftovers = [
      `.gwr.duckdb.${dead}.1764000000000.tmp`,
      `.gwr.duckdb.${dead}.1764000000000.tmp.wal`,
      `.gwr.duckdb.${dead}.3.pin`,
    ];
    for (const name of leftovers) await writeFile(join(folder, name), 'x');
    await mkdir(join(folder, `.gwr.duckdb.${dead}.1764000000000.tmp.spill`));
    const live = `.gwr.duckdb.${process.pid}.1764000000000.tmp`;
    await writeFile(join(folder, live), 'x');
    await ensureDatabase({ corpus: copy, dbPath: path });
    expect((await readdir(folder)).sort()).toEqual([live, 'corpus', 'gwr.duckdb']);
    await rm(folder, { recursive: true, force: true });
  }, 180_000);

  it('rebuilds a store of ours whose blocks are damaged, found by reading every table', async () => {
    const { folder, corpus: copy, dbPath: path } = await freshStore();
    const blocks = Math.floor(((await stat(path)).size - 12288) / 262144);
    // The first block whose damage leaves the store recognisably ours but unreadable.
    let damaged: string | null = null;
    for (let block = 1; block < blocks && damaged === null; block++) {
      await copyFile(path, `${path}.copy`);
      await damageBlock(`${path}.copy`, block);
      damaged = await damage(`${path}.copy`);
      if (damaged === null) await rm(`${path}.copy`);
    }
    expect(damaged).toMatch(/damaged \(IO Error: Corrupt database file/);
    expect(damaged).not.toContain(folder);
    await rm(path);
    await copyFile(`${path}.copy`, path);
    await rm(`${path}.copy`);
    const result = await ensureDatabase({ corpus: copy, dbPath: path });
    expect(result.built).toBe(true);
    expect(result.reason).toMatch(/damaged/);
    expect(await damage(path)).toBeNull();
    await rm(folder, { recursive: true, force: true });
  }, 180_000);

  it('refuses a store too damaged to tell it is ours, and leaves it as it is', async () => {
    const { folder, corpus: copy, dbPath: path } = await freshStore();
    await damageBlock(path, 0);
    const before = await readFile(path);
    await expect(ensureDatabase({ corpus: copy, dbPath: path })).rejects.toThrow(
      /gwr\.duckdb: .*refusing to replace it/,
    );
    // Buffer.equals: a deep equality over 4 MB takes vitest most of a minute.
    expect((await readFile(path)).equals(before)).toBe(true);
    await rm(folder, { recursive: true, force: true });
  }, 180_000);

  it('skips an unusable corpus file with a warning the store keeps', async () => {
    const { folder, corpus: copy, dbPath: path } = await freshStore();
    await writeFile(join(copy, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8]));
    const future = new Date(Date.now() + 60_000);
    await utimes(join(copy, 'broken.txt'), future, future);
    const result = await ensureDatabase({ corpus: copy, dbPath: path });
    expect(result.built).toBe(true);
    expect(result.summary?.skippedFiles).toBe(1);
    const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    const skipped = (
      await connection.runAndReadAll(`SELECT value FROM meta WHERE key = 'skipped_files'`)
    ).getRows();
    connection.closeSync();
    instance.closeSync();
    expect(JSON.parse(String(skipped[0]![0]))).toEqual([{ file: 'broken.txt', reason: expect.any(String) }]);
    await rm(folder, { recursive: true, force: true });
  }, 180_000);

  it('serves a good store when the corpus is gone, with a warning', async () => {
    const { folder, corpus: copy, dbPath: path } = await freshStore();
    await rm(copy, { recursive: true });
    const result = await ensureDatabase({ corpus: copy, dbPath: path });
    expect(result.built).toBe(false);
    expect(result.warnings).toEqual([
      expect.stringMatching(/^corpus corpus: no such file or folder; serving the store built at \d{4}-/),
    ]);
    await rm(folder, { recursive: true, force: true });
  }, 180_000);

  it('serves the store it has when a rebuild fails, with a warning', async () => {
    const { folder, corpus: copy, dbPath: path } = await freshStore();
    // Every corpus file replaced by one no build can use, newer than the store.
    for (const name of await readdir(copy)) await rm(join(copy, name));
    await writeFile(join(copy, 'empty.txt'), '');
    const future = new Date(Date.now() + 60_000);
    await utimes(join(copy, 'empty.txt'), future, future);
    const before = await readFile(path);
    const result = await ensureDatabase({ corpus: copy, dbPath: path });
    expect(result.built).toBe(false);
    expect(result.warnings).toEqual([
      expect.stringMatching(/corpus is newer.*rebuild failed.*serving the store built at/),
    ]);
    expect(result.warnings[0]).not.toContain(folder);
    // Buffer.equals: a deep equality over 4 MB takes vitest most of a minute.
    expect((await readFile(path)).equals(before)).toBe(true);
    await rm(folder, { recursive: true, force: true });
  }, 180_000);

  it('refuses in one line when there is no store and no corpus', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'gwr-fault-'));
    await expect(
      ensureDatabase({ corpus: join(folder, 'none'), dbPath: join(folder, 'gwr.duckdb') }),
    ).rejects.toThrow(
      /gwr\.duckdb: there is no database and no corpus to build it from \(none: no such file or folder\)/,
    );
    await rm(folder, { recursive: true, force: true });
  });
});
