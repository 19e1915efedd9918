/**
 * Test support: the real server as a child process (tsx over the sources) on a copy of the seed
 * corpus in a temporary folder, on a free port; resolves once it prints its ready line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_DIR } from './seed-database.js';

const API_DIR = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  baseUrl: string;
  dir: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'gwr-server-'));
  await cp(SEED_DIR, join(dir, 'corpus'), { recursive: true });
  const child = spawn(join(API_DIR, 'node_modules/.bin/tsx'), ['src/server.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      PORT: '0',
      GWR_CORPUS: join(dir, 'corpus'),
      GWR_DB: join(dir, 'data/gwr.duckdb'),
      GWR_WEB_DIR: join(dir, 'no-dashboard'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const ready = /ready: (http:\/\/\S+)/.exec(out);
      if (ready) resolve(ready[1]!);
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return {
    baseUrl,
    dir,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
