/**
 * The API over a Parquet lake (GWR_LAKE) answers what it answers over the DuckDB file built from the
 * same seed: every region's scorecard for every year, the other aggregates, the schema and the
 * analysts' SQL. And a real server over a lake serves a generation added while it runs.
 */
import { copyFile, cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { LAKE_MANIFEST } from '@gwr/domain';
import { loadLake, readLakeManifest } from '@gwr/extract/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { GwrDatabase } from './db.js';
import { type AnyJson, json } from './testing/http.js';
import { FIXTURE_DIR, openSeedDatabase, SEED_DIR, type SeedDatabase } from './testing/seed-database.js';
import { type ServerProcess, startServer } from './testing/server-process.js';

let seed: SeedDatabase;
let lakeDb: GwrDatabase;
let lakeDir: string;
let fromFile: ReturnType<typeof createApp>;
let fromLake: ReturnType<typeof createApp>;

beforeAll(async () => {
  seed = await openSeedDatabase();
  lakeDir = join(seed.dir, 'lake');
  await loadLake({ inputs: [SEED_DIR], lakeDir });
  lakeDb = await GwrDatabase.open(lakeDir, { threads: 2, memoryLimit: '512MB' });
  // No response cache: each answer is the database's.
  fromFile = createApp({ db: seed.db, responseCache: false });
  fromLake = createApp({ db: lakeDb, responseCache: false });
}, 120_000);
afterAll(async () => {
  lakeDb?.close();
  await seed?.close();
});

/** The files a lake's manifest names, relative to the lake. */
const lakeFiles = (manifest: Awaited<ReturnType<typeof readLakeManifest>>) =>
  Object.values(manifest.tables).flatMap((table) => table.files);

/** Copies one file of a lake into another lake, its folders made. */
async function copyInto(from: string, to: string, file: string): Promise<void> {
  await mkdir(dirname(join(to, file)), { recursive: true });
  await copyFile(join(from, file), join(to, file));
}

/** Status and body of the same request to both apps. */
async function both(path: string, init?: RequestInit) {
  const [file, lake] = await Promise.all([fromFile.request(path, init), fromLake.request(path, init)]);
  return {
    file: { status: file.status, body: await json(file) },
    lake: { status: lake.status, body: await json(lake) },
  };
}

describe('the API over a lake', () => {
  it("answers every region's scorecard, for every year, as over the file", async () => {
    const regions = await seed.db.all<{ key: string; years: number[] }>(
      `SELECT coalesce(r.region_code, r.name) AS key,
              coalesce(list_sort(list_distinct(flatten(list(y.years)))), []) AS years
       FROM regions r LEFT JOIN scorecard_years y
         ON y.region = r.name AND y.region_code IS NOT DISTINCT FROM r.region_code
       GROUP BY ALL ORDER BY key`,
    );
    const withYears = regions.filter((r) => r.years.length > 0);
    expect(withYears.length).toBeGreaterThanOrEqual(3);
    let compared = 0;
    for (const region of regions) {
      const paths = [
        `/api/scorecard?region=${encodeURIComponent(region.key)}`,
        ...region.years.map((y) => `/api/scorecard?region=${encodeURIComponent(region.key)}&year=${y}`),
      ];
      for (const path of paths) {
        const { file, lake } = await both(path);
        expect(lake, path).toEqual(file);
        if (file.status === 200 && file.body.rows.length > 0) compared++;
      }
    }
    // Scorecards with rows, not only refusals, were compared.
    expect(compared).toBeGreaterThanOrEqual(withYears.length);
  });

  it.each([
    '/api/overview',
    '/api/regions',
    '/api/indicators',
    '/api/compare?indicator=gdp&measure=growth_pct',
    '/api/facts?region=331126',
    '/api/search?q=%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC',
    '/api/documents',
    '/api/schema',
  ])('answers %s as over the file', async (path) => {
    const { file, lake } = await both(path);
    expect(file.status).toBe(200);
    expect(lake).toEqual(file);
  });

  it('says what it serves on /api/health: the same documents and facts', async () => {
    const { file, lake } = await both('/api/health');
    expect(lake.body.database).toMatchObject({
      documents: file.body.database.documents,
      facts: file.body.database.facts,
      schema_version: file.body.database.schema_version,
      name: 'lake',
    });
  });

  it('runs analysts’ SQL over the same tables and views, and keeps every file but the lake out of reach', async () => {
    const sql = (query: string) =>
      both('/api/sql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sql: query }),
      });
    for (const query of [
      'SELECT * FROM v_scorecard ORDER BY ALL',
      'SELECT region, indicator, count(*) AS n, sum(value) AS total FROM v_facts GROUP BY ALL ORDER BY ALL',
      'SELECT d.title, count(*) FROM documents d JOIN sections s USING (doc_id) GROUP BY ALL ORDER BY ALL',
    ]) {
      const { file, lake } = await sql(query);
      expect(file.status, query).toBe(200);
      expect(file.body.rows.length, query).toBeGreaterThan(0);
      expect(lake.body.rows, query).toEqual(file.body.rows);
      expect(lake.body.columns, query).toEqual(file.body.columns);
    }
    const reach = await sql(`SELECT * FROM read_parquet('${lakeDir}/facts/**/*.parquet')`);
    expect(reach.lake.status).toBe(403);
  });
});

describe('a server over a lake', () => {
  let server: ServerProcess | undefined;
  let lake: string;
  afterAll(() => {
    server?.child.kill('SIGTERM');
    return server?.exited;
  });

  it('serves the lake from two processes, and a generation added while they run reaches both', async () => {
    lake = join(seed.dir, 'served-lake');
    await loadLake({ inputs: [SEED_DIR], lakeDir: lake });
    server = await startServer({
      GWR_LAKE: lake,
      GWR_PROCESSES: '2',
      GWR_WEB_DIR: join(seed.dir, 'no-dashboard'),
    });
    expect(server.output()).toMatch(/ready: http\S+ \(2 processes\)/);
    const gdp2018 = async () => {
      const card = await json(await fetch(`${server!.url}/api/scorecard?region=331126&year=2018`));
      return card.rows.find((r: AnyJson) => r.indicator === 'gdp' && r.measure === 'growth_pct');
    };
    expect((await gdp2018()).status).toBe('awaiting_result');
    // A report added to the lake by the CLI's loader (another process, another machine alike).
    const added = await loadLake({ inputs: [join(FIXTURE_DIR, 'qingyuan-2019.txt')], lakeDir: lake });
    expect(added).toMatchObject({ mode: 'added', generation: 2 });
    // The server polls the manifest every half second.
    let row = await gdp2018();
    for (let i = 0; i < 50 && row?.status !== 'met'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      row = await gdp2018();
    }
    expect(row).toMatchObject({ status: 'met', gap: 0.3 });
    // Both processes: each polls the manifest every half second, and swaps once it has opened the
    // new generation (longer on a machine busy with other tests: asked again until both answer so).
    let statuses: string[] = [];
    for (let i = 0; i < 30; i++) {
      statuses = await Promise.all(Array.from({ length: 20 }, async () => (await gdp2018()).status));
      if (statuses.every((s) => s === 'met')) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(new Set(statuses)).toEqual(new Set(['met']));
    // Each process pins the generation it serves; the first generation's pins are gone once each
    // process has closed it after its last request (asked again on a busy machine).
    // (beside the lake, in a folder of this machine's: a shared lake has servers on several).
    const pinFolder = join(seed.dir, `.served-lake.pins.${hostname()}`);
    let pins = await readdir(pinFolder);
    for (let i = 0; i < 30 && pins.length !== 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      pins = await readdir(pinFolder);
    }
    expect(pins).toHaveLength(2);
    for (const pin of pins) expect(pin).toMatch(/^\.pin\.\d+\.2$/);
  }, 60_000);

  it('serves a generation that could not be opened when first seen once its files are all there', async () => {
    // A lake written on another machine may show its manifest before every file it names (a shared
    // folder's lag): here the new generation is staged apart, and copied over the served one with a
    // file held back.
    const served = join(seed.dir, 'late-lake');
    await loadLake({ inputs: [SEED_DIR], lakeDir: served });
    const staged = join(seed.dir, 'late-lake-staged');
    await cp(served, staged, { recursive: true });
    await loadLake({ inputs: [join(FIXTURE_DIR, 'qingyuan-2019.txt')], lakeDir: staged });
    const before = new Set(lakeFiles(await readLakeManifest(served)));
    const added = lakeFiles(await readLakeManifest(staged)).filter((file) => !before.has(file));
    expect(added.length).toBeGreaterThan(1);
    const late = await startServer({ GWR_LAKE: served, GWR_WEB_DIR: join(seed.dir, 'no-dashboard') });
    try {
      const status = async () => {
        const card = await json(await fetch(`${late.url}/api/scorecard?region=331126&year=2018`));
        return card.rows.find((r: AnyJson) => r.indicator === 'gdp' && r.measure === 'growth_pct').status;
      };
      expect(await status()).toBe('awaiting_result');
      const [heldBack, ...rest] = added;
      for (const file of rest) await copyInto(staged, served, file);
      await copyInto(staged, served, LAKE_MANIFEST);
      // It cannot open yet: the old generation goes on, and the failure is said once.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(await status()).toBe('awaiting_result');
      expect(late.output().match(/could not be opened/g)).toHaveLength(1);
      await copyInto(staged, served, heldBack!);
      let now = await status();
      for (let i = 0; i < 75 && now !== 'met'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        now = await status();
      }
      expect(now).toBe('met');
    } finally {
      late.child.kill('SIGTERM');
      await late.exited;
    }
  }, 60_000);

  it('refuses to start on a folder that is not a lake, in one line', async () => {
    const notLake = join(seed.dir, 'their-folder');
    await mkdir(notLake);
    await writeFile(join(notLake, 'data.csv'), 'a,b\n');
    const refused = await startServer({ GWR_LAKE: notLake, GWR_WEB_DIR: join(seed.dir, 'no-dashboard') });
    expect(await refused.exited).toBe(1);
    expect(refused.output().trim()).toMatch(
      /^error: GWR_LAKE: .*their-folder: is a folder without _gwr_lake\.json/,
    );
    expect(await readdir(notLake)).toEqual(['data.csv']);
  });
});
