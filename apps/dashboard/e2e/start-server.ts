/**
 * Starts the real API server (apps/api/dist/server.js) on a free port over a temporary database
 * built from the repository's seeds, and resolves once it prints its 'ready' line. Shared by the
 * e2e run and the component tests, which both talk to the real thing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
export const REPO_ROOT = resolve(here, '../../..');
const SERVER_JS = join(REPO_ROOT, 'apps/api/dist/server.js');

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
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

export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run pnpm --filter @gwr/api build`);
  const dir = await mkdtemp(join(tmpdir(), 'gwr-dashboard-'));
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_JS], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      GWR_DB: join(dir, 'gwr.duckdb'),
      GWR_CORPUS: join(REPO_ROOT, 'seeds'),
      NODE_ENV: 'production',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await waitForReady(child, 120_000);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((ok) => {
        if (child.exitCode !== null) ok(null);
        else child.once('exit', ok);
      });
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
