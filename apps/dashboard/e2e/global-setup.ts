/**
 * Starts the real server once for the whole e2e run: a temporary GWR_DB (built by the server from
 * GWR_CORPUS = the repository's seeds), a free PORT, and the 'ready' line as the start signal.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const here = new URL('.', import.meta.url).pathname;
const repo = resolve(here, '../../..');
const serverJs = join(repo, 'apps/api/dist/server.js');
const dashboardDist = join(repo, 'apps/dashboard/dist/index.html');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => ok(port));
    });
  });
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((ok, fail) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`server not ready after ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/\bready\b/i.test(output)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code} before ready:\n${output}`));
    });
  });
}

export default async function setup(project: TestProject) {
  for (const [file, hint] of [
    [serverJs, 'pnpm --filter @gwr/api build'],
    [dashboardDist, 'pnpm --filter @gwr/dashboard build'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run ${hint}`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'gwr-e2e-'));
  const port = await freePort();
  const child = spawn(process.execPath, [serverJs], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: String(port),
      GWR_DB: join(dir, 'gwr.duckdb'),
      GWR_CORPUS: join(repo, 'seeds'),
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForReady(child, 120_000);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((ok) => {
      if (child.exitCode !== null) ok(null);
      else child.once('exit', ok);
      setTimeout(ok, 5000);
    });
    await rm(dir, { recursive: true, force: true });
  };
}
