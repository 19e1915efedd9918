/**
 * `pnpm bench:api` (second part): uncached throughput and p99 of the server with 1 and with
 * BENCH_PROCESSES (default: the core count) processes over the same generated store of BENCH_FACTS
 * facts, at 50 connections, each request the scorecard of the next region (every region in turn,
 * response cache off, so every request queries DuckDB).
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDatabase } from './generate-database.js';
import { CONNECTIONS, cyclingLoad, DURATION, drain, startServer } from './server-load.js';

const FACTS = Number(process.env.BENCH_FACTS ?? 1_000_000);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? availableParallelism());

const dir = await mkdtemp(join(tmpdir(), 'gwr-bench-replicas-'));
try {
  const generatedPath = join(dir, 'generated.duckdb');
  const generated = await generateDatabase(generatedPath, FACTS);
  // The servers read a copy: this process may still hold DuckDB's lock on the file it wrote.
  const dbPath = join(dir, 'bench.duckdb');
  await copyFile(generatedPath, dbPath);
  const paths = generated.regionNames.map((r) => `/api/scorecard?region=${encodeURIComponent(r)}`);
  const rows: Record<string, string | number>[] = [];
  for (const processes of [1, PROCESSES]) {
    const server = await startServer(dbPath, false, processes);
    try {
      await drain(server.url);
      // A first pass warms each process's prepared statements and region index.
      await cyclingLoad(server.url, paths);
      const result = await cyclingLoad(server.url, paths);
      rows.push({
        processes,
        'req/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        'non-2xx': result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
      });
    } finally {
      server.child.kill('SIGTERM');
      await new Promise((resolve) => server.child.once('exit', resolve));
    }
  }
  console.log(
    `Uncached scorecards of ${paths.length} regions in turn, ${generated.facts.toLocaleString('en')} facts, ${CONNECTIONS} connections, ${DURATION} s; load average after ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.table(rows);
  const [one, many] = rows;
  console.log(
    `${PROCESSES} processes / 1 process: ${((many!['req/s'] as number) / (one!['req/s'] as number)).toFixed(2)}×`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
