/**
 * The real server under load for the benchmarks: started from dist/ on loopback over a given store,
 * and loaded with autocannon.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';

const apiRoot = fileURLToPath(new URL('../../', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const DURATION = Number(process.env.BENCH_DURATION ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

export async function startServer(
  dbPath: string,
  cache: boolean,
  processes = 1,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(apiRoot, 'dist/server.js')], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      GWR_DB: dbPath,
      GWR_CORPUS: join(repoRoot, 'seeds'),
      GWR_WEB_DIR: join(apiRoot, 'no-dashboard'),
      GWR_RESPONSE_CACHE: cache ? '1' : '0',
      GWR_PROCESSES: String(processes),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /ready: http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { child, url };
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
