/**
 * `pnpm bench:soak`: the real server under mixed load for ten minutes, to see that it holds up:
 * - GET clients cycle through every endpoint (scorecards, facts, compare, search, documents…), and
 *   through unique URLs that each miss the response cache (the flood that once grew the heap);
 * - four analysts, each with a token of their own, send SQL one query after another; one query in
 *   ten is hostile (refused) or slow (stopped by the time or memory limit).
 * Every SOAK_REPORT_S it prints GET requests, errors and p99, the share of normal SQL answered and
 * its p99, and the server's resident memory (its query processes apart); at the end it stops the
 * server with SIGTERM and checks that none of its query processes is left, and says how each bar
 * stands: 0 GET errors, ≥ 95 % of normal SQL answered, RSS within +20 % of its value after warm-up.
 *
 * Before the clock starts, a warm-up fills the response cache to its bound (warmUp below).
 *
 * Settings: SOAK_SECONDS (default 600, or `--seconds N`), SOAK_GET_CLIENTS (default 8), SOAK_REPORT_S
 * (default 30, a tenth of shorter runs), SOAK_WARM_UP_LIMIT_S (300). Loopback only; every loop stops
 * by itself.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { childrenOf, isRunning, residentMb } from '../process-tree.js';
import { startBenchServer } from './bench-server.js';

const { values: flags } = parseArgs({ options: { seconds: { type: 'string' } } });
const SECONDS = Number(flags.seconds ?? process.env.SOAK_SECONDS ?? 600);
const GET_CLIENTS = Number(process.env.SOAK_GET_CLIENTS ?? 8);
const REPORT_S = Number(process.env.SOAK_REPORT_S ?? Math.min(30, Math.max(5, Math.round(SECONDS / 10))));
/** The warm-up fills the response cache to its bound, for at most this long. */
const WARM_UP_LIMIT_S = Number(process.env.SOAK_WARM_UP_LIMIT_S ?? 300);
/** Offsets of the URLs only the warm-up asks for (the facts route accepts up to 10,000,000). */
const WARM_UP_OFFSET = 9_000_000;
const ANALYSTS = ['analyst-1', 'analyst-2', 'analyst-3', 'analyst-4'];

/** What analysts ask day to day. */
const NORMAL_SQL = [
  `SELECT region, count(*) AS n FROM v_facts GROUP BY region ORDER BY n DESC LIMIT 10`,
  `SELECT indicator, kind, avg(value) AS mean FROM v_facts WHERE indicator IS NOT NULL GROUP BY ALL ORDER BY ALL`,
  `SELECT d.title, count(f.fact_id) AS facts FROM v_documents d LEFT JOIN v_facts f USING (doc_id) GROUP BY d.title`,
  `SELECT * FROM v_facts WHERE kind = 'target' ORDER BY value DESC LIMIT 50`,
  `WITH y AS (SELECT year, count(*) AS n FROM v_facts GROUP BY year) SELECT * FROM y ORDER BY year`,
  `SELECT region, indicator, value, rank() OVER (PARTITION BY indicator ORDER BY value DESC) AS r FROM v_facts LIMIT 200`,
  `DESCRIBE v_facts`,
  `SELECT count(*) FROM v_sections`,
];
/** One query in ten: refused at once, or stopped by a limit. */
const HOSTILE_SQL = [
  `SELECT * FROM enable_logging()`,
  `SELECT message FROM duckdb_logs`,
  `SELECT * FROM read_csv('/etc/passwd')`,
  `SELECT path FROM duckdb_databases()`,
  `SELECT * FROM query('SELECT 1')`,
  `COPY facts TO 'stolen.csv'`,
];
const SLOW_SQL = [
  `SELECT sum(i) FROM range(1000000000000) t(i)`,
  `SELECT repeat('x', 10000000) AS s FROM range(1000)`,
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT count(*) FROM t`,
];

interface Window {
  getMs: number[];
  sqlMs: number[];
}

const totals = {
  get: 0,
  getErrors: 0,
  sqlNormal: 0,
  sqlNormalOk: 0,
  sqlHostile: 0,
  sqlHostileRefused: 0,
  sqlSlow: 0,
  sqlSlowStopped: 0,
  sqlOtherStatus: new Map<number, number>(),
};
const allGetMs: number[] = [];
const allSqlMs: number[] = [];
let window: Window = { getMs: [], sqlMs: [] };
const errorSamples: string[] = [];

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function getPaths(url: string): Promise<string[]> {
  const regions = (await (await fetch(`${url}/api/regions`)).json()) as { regions: { name: string }[] };
  const indicators = (await (await fetch(`${url}/api/indicators`)).json()) as {
    indicators: { id: string; measures: string[] }[];
  };
  const paths = ['/api/health', '/api/documents', '/api/regions', '/api/indicators', '/api/schema'];
  for (const { name } of regions.regions.slice(0, 30)) {
    paths.push(`/api/scorecard?region=${encodeURIComponent(name)}`);
    paths.push(`/api/facts?region=${encodeURIComponent(name)}&limit=50`);
  }
  for (const { id, measures } of indicators.indicators.slice(0, 20)) {
    paths.push(`/api/compare?indicator=${id}&measure=${measures[0]}&limit=20`);
    paths.push(`/api/facts?indicator=${id}&limit=100`);
  }
  paths.push('/api/search?q=%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC');
  return paths;
}

function noteError(what: string): void {
  if (errorSamples.length < 10) errorSamples.push(what);
}

async function getLoop(url: string, paths: string[], until: number, client: number): Promise<void> {
  let i = client;
  let unique = 0;
  while (Date.now() < until) {
    // One request in four is a URL never seen before: the cache must stay within its bound.
    const path =
      i % 4 === 0 ? `/api/facts?limit=1&offset=${client * 1_000_000 + unique++}` : paths[i % paths.length]!;
    i++;
    const started = performance.now();
    try {
      const res = await fetch(`${url}${path}`);
      await res.arrayBuffer();
      const ms = performance.now() - started;
      totals.get++;
      window.getMs.push(ms);
      allGetMs.push(ms);
      if (res.status !== 200) {
        totals.getErrors++;
        noteError(`GET ${path}: ${res.status}`);
      }
    } catch (error) {
      totals.get++;
      totals.getErrors++;
      noteError(`GET ${path}: ${(error as Error).message}`);
    }
  }
}

async function analystLoop(url: string, token: string, until: number, seed: number): Promise<void> {
  let n = seed;
  while (Date.now() < until) {
    n++;
    const kind = n % 10 === 0 ? (n % 20 === 0 ? 'slow' : 'hostile') : 'normal';
    const pool = kind === 'normal' ? NORMAL_SQL : kind === 'slow' ? SLOW_SQL : HOSTILE_SQL;
    const sql = pool[n % pool.length]!;
    const started = performance.now();
    let status = 0;
    try {
      const res = await fetch(`${url}/api/sql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ sql, max_rows: 500 }),
      });
      await res.arrayBuffer();
      status = res.status;
    } catch (error) {
      noteError(`SQL (${kind}): ${(error as Error).message}`);
    }
    const ms = performance.now() - started;
    if (kind === 'normal') {
      totals.sqlNormal++;
      window.sqlMs.push(ms);
      allSqlMs.push(ms);
      if (status === 200) totals.sqlNormalOk++;
      else {
        totals.sqlOtherStatus.set(status, (totals.sqlOtherStatus.get(status) ?? 0) + 1);
        noteError(`SQL (normal) ${status}: ${sql.slice(0, 40)}`);
      }
    } else if (kind === 'hostile') {
      totals.sqlHostile++;
      if (status >= 400 && status < 500) totals.sqlHostileRefused++;
    } else {
      totals.sqlSlow++;
      if (status === 408 || status === 422 || status === 200) totals.sqlSlowStopped++;
    }
    // An analyst reads the answer before the next question.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Brings the server to its steady state before anything is measured: GET clients ask for URLs never
 * seen until the response cache is full, known from outside when the oldest of them has been
 * evicted (asked again, it misses). Until then RSS grows by the cache's bound, which is no leak.
 */
async function warmUp(url: string): Promise<{ urls: number; seconds: number; full: boolean }> {
  const started = Date.now();
  const until = started + WARM_UP_LIMIT_S * 1000;
  let next = 0;
  let probe = 0;
  let full = false;
  const flood = async () => {
    while (!full && Date.now() < until)
      await (await fetch(`${url}/api/facts?limit=1&offset=${WARM_UP_OFFSET + next++}`)).arrayBuffer();
  };
  const watch = async () => {
    while (!full && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      // Each probe is the oldest URL not probed yet: probing touches it, so never ask one twice.
      const res = await fetch(`${url}/api/facts?limit=1&offset=${WARM_UP_OFFSET + probe++}`);
      await res.arrayBuffer();
      if (res.headers.get('x-cache') === 'miss') full = true;
    }
  };
  await Promise.all([...Array.from({ length: GET_CLIENTS }, flood), watch()]);
  return { urls: next, seconds: Math.round((Date.now() - started) / 1000), full };
}

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'gwr-soak-'));
  const { child, url } = await startBenchServer({
    GWR_DB: join(dir, 'gwr.duckdb'),
    API_TOKEN: ANALYSTS.join(','),
  });
  const serverPid = child.pid!;
  const workersSeen = new Set<number>();
  const paths = await getPaths(url);
  console.log(
    `soak: ${SECONDS} s against ${url} — ${GET_CLIENTS} GET clients over ${paths.length} URLs (and unique ones), ` +
      `${ANALYSTS.length} analysts (one query in ten hostile or slow); report every ${REPORT_S} s`,
  );
  const warm = await warmUp(url);
  const warmRss = residentMb(serverPid);
  console.log(
    `warm-up: ${warm.urls} new URLs in ${warm.seconds} s, ${warm.full ? 'until the response cache was full' : 'stopped at its time limit before the cache was full'}; server RSS ${warmRss.toFixed(0)} MB`,
  );
  console.log(
    '   t s | GET req  err   p99 ms | SQL normal ok   p99 ms | hostile refused | slow stopped | RSS MB server (+ workers)',
  );
  const started = Date.now();
  const until = started + SECONDS * 1000;
  let lastRss = 0;
  const reporter = setInterval(() => {
    const t = Math.round((Date.now() - started) / 1000);
    for (const pid of childrenOf(serverPid)) workersSeen.add(pid);
    const server = residentMb(serverPid);
    const workers = childrenOf(serverPid).reduce((sum, pid) => sum + residentMb(pid), 0);
    lastRss = server;
    console.log(
      `${String(t).padStart(6)} | ${String(totals.get).padStart(7)} ${String(totals.getErrors).padStart(4)} ${percentile(window.getMs, 99).toFixed(0).padStart(8)} | ` +
        `${pct(totals.sqlNormalOk, totals.sqlNormal).padStart(10)} ${percentile(window.sqlMs, 99).toFixed(0).padStart(8)} | ` +
        `${`${totals.sqlHostileRefused}/${totals.sqlHostile}`.padStart(15)} | ${`${totals.sqlSlowStopped}/${totals.sqlSlow}`.padStart(12)} | ` +
        `${server.toFixed(0)} (+ ${workers.toFixed(0)})`,
    );
    window = { getMs: [], sqlMs: [] };
  }, REPORT_S * 1000);

  await Promise.all([
    ...Array.from({ length: GET_CLIENTS }, (_, c) => getLoop(url, paths, until, c)),
    ...ANALYSTS.map((token, a) => analystLoop(url, token, until, a * 3)),
  ]);
  clearInterval(reporter);
  for (const pid of childrenOf(serverPid)) workersSeen.add(pid);
  const finalRss = residentMb(serverPid) || lastRss;

  child.kill('SIGTERM');
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const orphans = [...workersSeen].filter(isRunning);
  await rm(dir, { recursive: true, force: true });

  const growth = warmRss ? (100 * (finalRss - warmRss)) / warmRss : Number.NaN;
  const sqlShare = totals.sqlNormal ? totals.sqlNormalOk / totals.sqlNormal : 0;
  console.log('');
  console.log(
    `GET: ${totals.get} requests, ${totals.getErrors} errors, p99 ${percentile(allGetMs, 99).toFixed(0)} ms`,
  );
  console.log(
    `SQL: ${totals.sqlNormalOk}/${totals.sqlNormal} normal queries answered (${pct(totals.sqlNormalOk, totals.sqlNormal)}), ` +
      `p99 ${percentile(allSqlMs, 99).toFixed(0)} ms; other answers ${JSON.stringify(Object.fromEntries(totals.sqlOtherStatus))}; ` +
      `hostile refused ${totals.sqlHostileRefused}/${totals.sqlHostile}; slow stopped ${totals.sqlSlowStopped}/${totals.sqlSlow}`,
  );
  console.log(
    `RSS (server): ${warmRss.toFixed(0)} MB after warm-up, ${finalRss.toFixed(0)} MB at the end (${growth.toFixed(1)} %)`,
  );
  console.log(
    `shutdown: exit code ${code}; query processes seen ${workersSeen.size}, left running 2 s later: ${orphans.length}`,
  );
  if (errorSamples.length) console.log(`first errors: ${errorSamples.join(' | ')}`);
  const bars = [
    ['0 errors on GET', totals.getErrors === 0],
    ['≥ 95 % of normal SQL answered', sqlShare >= 0.95],
    ['RSS within +20 % of warm-up', growth <= 20],
    ['no orphan processes', orphans.length === 0],
  ] as const;
  for (const [bar, met] of bars) console.log(`${met ? 'met    ' : 'NOT met'}  ${bar}`);
  process.exitCode = bars.every(([, met]) => met) ? 0 : 1;
}

await main();
