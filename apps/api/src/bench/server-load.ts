/**
 * The real server under load for the benchmarks: started from dist/ on loopback over a given store,
 * and loaded with autocannon.
 */
import type { ChildProcess } from 'node:child_process';
import autocannon, { type Result } from 'autocannon';
import { startBenchServer } from './bench-server.js';

export const DURATION = Number(process.env.BENCH_DURATION ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

/** The built server over `dbPath`, its response cache on or off, in `processes` processes. */
export function startServer(
  dbPath: string,
  cache: boolean,
  processes = 1,
): Promise<{ child: ChildProcess; url: string }> {
  return startBenchServer({
    GWR_DB: dbPath,
    GWR_RESPONSE_CACHE: cache ? '1' : '0',
    GWR_PROCESSES: String(processes),
  });
}

/** Waits until the server answers a health check quickly again (at most 60 s). */
export async function drain(url: string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const t = performance.now();
    await fetch(`${url}/api/health`).then((r) => r.arrayBuffer());
    if (performance.now() - t < 50) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Loads the server with every path in turn, each request the next path, for `DURATION` seconds. */
export function cyclingLoad(url: string, paths: string[]): Promise<Result> {
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
