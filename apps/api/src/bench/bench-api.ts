/**
 * `pnpm bench:api`: generates a store of over a million facts, starts the real server on loopback,
 * and loads scorecard, compare and facts with autocannon at 50 connections (10 s each), printing
 * p50/p99 latency and requests per second next to the time of the same queries run directly on
 * DuckDB in this process. A run at 1 connection gives the API's own overhead per request. Each
 * scenario runs against a server with the response cache off (every request hits DuckDB) and one
 * with it on (the default). Hammering one URL only measures the cache at its best, so the cached
 * server is also loaded with many distinct URLs (the scorecard, and a page of facts, of every
 * region): once cold, each URL fetched once, then warm, cycling through all of them.
 *
 * Settings: BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 50), BENCH_FACTS (default 1e6).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { Params } from '../db.js';
import { GwrDatabase } from '../db.js';
import { regionYearsKey, scorecardYears } from '../dimensions.js';
import { lookupRegion, regionFilter } from '../region-lookup.js';
import { loadCompareFacts, loadComparePage } from '../routes/compare.js';
import { type FactQuery, queryFacts } from '../routes/facts.js';
import { scorecardFactsSql } from '../routes/scorecard.js';
import { startBenchServer } from './bench-server.js';
import { generateDatabase } from './generate-database.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const FACTS = Number(process.env.BENCH_FACTS ?? 1_000_000);
const DIRECT_RUNS = 300;
/** Direct timing stops after this long (and at least 10 runs) so a slow query keeps the run bounded. */
const DIRECT_BUDGET_MS = 5000;

interface Scenario {
  name: string;
  path: string;
  /** The same database work, run directly. */
  direct: (db: GwrDatabase) => Promise<unknown>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeDirect(db: GwrDatabase, fn: (db: GwrDatabase) => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await fn(db);
  const times: number[] = [];
  const until = performance.now() + DIRECT_BUDGET_MS;
  for (let i = 0; i < DIRECT_RUNS && (i < 10 || performance.now() < until); i++) {
    const t = performance.now();
    await fn(db);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

const startServer = (dbPath: string, cache: boolean) =>
  startBenchServer({ GWR_DB: dbPath, GWR_RESPONSE_CACHE: cache ? '1' : '0' });

/** Waits until the server answers a health check quickly again (at most 60 s). */
async function drain(url: string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const t = performance.now();
    await fetch(`${url}/api/health`).then((r) => r.arrayBuffer());
    if (performance.now() - t < 50) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const fmt = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

interface ManyUrls {
  name: string;
  paths: string[];
}

/**
 * Fetches each path once, `concurrency` at a time, from a server that has not seen them: the misses
 * a cached server pays before it can answer from memory.
 */
async function coldPass(url: string, paths: string[], concurrency: number) {
  const times: number[] = [];
  let next = 0;
  let bytes = 0;
  let misses = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < paths.length) {
        const path = paths[next++]!;
        const t = performance.now();
        const res = await fetch(url + path);
        const body = await res.arrayBuffer();
        times.push(performance.now() - t);
        if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
        if (res.headers.get('x-cache') === 'miss') misses++;
        bytes += body.byteLength;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    perSecond: paths.length / seconds,
    bytes,
    misses,
  };
}

/** Loads the server with every path in turn, each request the next path, for `DURATION` seconds. */
function cyclingLoad(url: string, paths: string[]) {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      { method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) },
    ],
  });
}

/** How many of the paths the server now answers from its cache. */
async function countHits(url: string, paths: string[]): Promise<number> {
  let hits = 0;
  for (const path of paths) {
    const res = await fetch(url + path);
    await res.arrayBuffer();
    if (res.headers.get('x-cache') === 'hit') hits++;
  }
  return hits;
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'gwr-bench-'));
  const dbPath = join(dir, 'bench.duckdb');
  console.log(`Generating a store of ≥ ${FACTS.toLocaleString('en')} facts…`);
  const generated = await generateDatabase(dbPath, FACTS);
  console.log(
    `  ${generated.facts.toLocaleString('en')} facts, ${generated.regions} regions, ${generated.years.length} years in ${(generated.elapsedMs / 1000).toFixed(1)} s`,
  );

  const region = generated.regionNames[Math.floor(generated.regionNames.length / 2)]!;
  const year = generated.years.at(-2)!;
  const someRegions = Array.from(
    { length: 10 },
    (_, i) => generated.regionNames[Math.floor((i * generated.regionNames.length) / 10)]!,
  );
  const factsByRegion: FactQuery = { region, indicator: 'gdp', limit: 100 };
  const factsAcross: FactQuery = {
    indicator: 'gdp',
    year,
    measure: 'growth_pct',
    sort: 'value',
    order: 'desc',
    limit: 100,
  };
  const enc = encodeURIComponent;
  const scenarios: Scenario[] = [
    {
      name: 'scorecard (one region)',
      path: `/api/scorecard?region=${enc(region)}`,
      // The scorecard's default year: the latest with results.
      direct: async (db) => {
        const params: Params = {};
        const found = await lookupRegion(db, region);
        const where = regionFilter('f', found, params);
        // Read once per process, like the server does.
        (await scorecardYears(db)).get(regionYearsKey(found.name, found.code));
        return db.all(scorecardFactsSql(where, generated.years.at(-1)!), params);
      },
    },
    {
      name: 'compare (10 regions)',
      path: `/api/compare?indicator=gdp&measure=growth_pct&regions=${enc(someRegions.join(','))}`,
      direct: (db) => loadCompareFacts(db, 'gdp', 'growth_pct', someRegions),
    },
    {
      name: 'facts (region+indicator)',
      path: `/api/facts?region=${enc(region)}&indicator=gdp&limit=100`,
      direct: (db) => queryFacts(db, factsByRegion),
    },
    {
      name: 'facts (across regions, sorted)',
      path: `/api/facts?indicator=gdp&year=${year}&measure=growth_pct&sort=value&order=desc&limit=100`,
      direct: (db) => queryFacts(db, factsAcross),
    },
    {
      name: 'compare (all regions)',
      path: '/api/compare?indicator=gdp&measure=growth_pct',
      direct: (db) => loadCompareFacts(db, 'gdp', 'growth_pct'),
    },
    {
      // The same comparison a page of 100 regions at a time: the same DuckDB work, a 50th of the body.
      name: 'compare (all regions, 100 a page)',
      path: '/api/compare?indicator=gdp&measure=growth_pct&limit=100&offset=400',
      direct: (db) => loadComparePage(db, 'gdp', 'growth_pct', 400, 100),
    },
  ];

  const manyUrls: ManyUrls[] = [
    {
      name: 'scorecard (every region)',
      paths: generated.regionNames.map((r) => `/api/scorecard?region=${enc(r)}`),
    },
    {
      name: 'facts (every region+indicator)',
      paths: generated.regionNames.map((r) => `/api/facts?region=${enc(r)}&indicator=gdp&limit=100`),
    },
  ];

  const db = await GwrDatabase.open(dbPath, { threads: 2 });
  const direct = new Map<string, { p50: number; p99: number }>();
  for (const s of scenarios) direct.set(s.name, await timeDirect(db, s.direct));
  db.close();

  const loadBefore = loadavg();
  const uncached = await startServer(dbPath, false);
  const cached = await startServer(dbPath, true);
  const rows: Record<string, string>[] = [];
  const manyRows: Record<string, string>[] = [];
  try {
    // First, while the cached server has seen none of these URLs.
    for (const m of manyUrls) {
      await drain(uncached.url);
      await drain(cached.url);
      const cold = await coldPass(cached.url, m.paths, CONNECTIONS);
      const warm = await cyclingLoad(cached.url, m.paths);
      manyRows.push({
        scenario: m.name,
        URLs: String(m.paths.length),
        MB: (cold.bytes / 1024 / 1024).toFixed(1),
        [`cold p50 @${CONNECTIONS}`]: fmt(cold.p50),
        [`cold p99 @${CONNECTIONS}`]: fmt(cold.p99),
        'cold URLs/s': Math.round(cold.perSecond).toString(),
        misses: String(cold.misses),
        [`warm p50 @${CONNECTIONS}`]: fmt(warm.latency.p50),
        [`warm p99 @${CONNECTIONS}`]: fmt(warm.latency.p99),
        'warm req/s': Math.round(warm.requests.average).toString(),
        'hits after': String(await countHits(cached.url, m.paths)),
        errors: String(warm.errors + warm.non2xx + warm.timeouts),
      });
      console.log(`  ${m.name}: done`);
    }
    for (const s of scenarios) {
      // A previous run may leave requests queued in the server; start each scenario once it is idle.
      await drain(uncached.url);
      await drain(cached.url);
      const check = await fetch(uncached.url + s.path);
      if (!check.ok) throw new Error(`${s.path}: HTTP ${check.status} ${await check.text()}`);
      const bytes = (await check.arrayBuffer()).byteLength;
      const single = await autocannon({
        url: uncached.url + s.path,
        connections: 1,
        duration: Math.max(3, DURATION / 2),
      });
      const loaded = await autocannon({
        url: uncached.url + s.path,
        connections: CONNECTIONS,
        duration: DURATION,
      });
      const hot = await autocannon({
        url: cached.url + s.path,
        connections: CONNECTIONS,
        duration: DURATION,
      });
      const d = direct.get(s.name)!;
      rows.push({
        scenario: s.name,
        KB: (bytes / 1024).toFixed(1),
        [`p50 @${CONNECTIONS}`]: fmt(loaded.latency.p50),
        [`p99 @${CONNECTIONS}`]: fmt(loaded.latency.p99),
        'req/s': Math.round(loaded.requests.average).toString(),
        'p50 @1': fmt(single.latency.p50),
        'direct p50': fmt(d.p50),
        'direct p99': fmt(d.p99),
        'overhead @1': fmt(single.latency.p50 - d.p50),
        [`cached p50 @${CONNECTIONS}`]: fmt(hot.latency.p50),
        [`cached p99 @${CONNECTIONS}`]: fmt(hot.latency.p99),
        'cached req/s': Math.round(hot.requests.average).toString(),
        errors: String(
          loaded.errors + loaded.non2xx + loaded.timeouts + hot.errors + hot.non2xx + hot.timeouts,
        ),
      });
      console.log(`  ${s.name}: done`);
    }
  } finally {
    uncached.child.kill('SIGTERM');
    cached.child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
  console.log(
    `\nGWR API benchmark: ${generated.facts.toLocaleString('en')} facts, ${CONNECTIONS} connections, ${DURATION} s per run`,
  );
  console.log('Latencies in ms. Uncached: every request queries DuckDB (GWR_RESPONSE_CACHE=0); cached: the');
  console.log('default server, whose in-memory response cache answers repeats. direct: the same DuckDB work');
  console.log('run in-process, without HTTP. overhead @1: uncached p50 at 1 connection minus direct p50.');
  console.log(
    `Load average (1, 5, 15 min) before the load: ${loadBefore.map((l) => l.toFixed(1)).join(' ')}, after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (2 cores)`,
  );
  console.table(rows);
  console.log(
    '\nCached, many URLs: cold, each URL fetched once (fetch, 50 at a time) from a server that has not',
  );
  console.log(
    'seen it; warm, autocannon cycling through all of them. hits after: URLs still cached after the warm pass.',
  );
  console.table(manyRows);
}

await main();
