/**
 * Test support: the real server (src/server.ts through tsx) as a child process on a free loopback
 * port, for tests of what only a process shows: signals, kill -9, its query processes, exit codes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export { childrenOf, isRunning as isAlive } from '../process-tree.js';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

const SERVER_TS = fileURLToPath(new URL('../server.ts', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the server; resolves once it is ready, or once it has exited (a refusal to start). */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), SERVER_TS], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  await Promise.race([
    exited,
    new Promise<void>((resolve) => {
      const check = () => (/ready: http/.test(output) ? resolve() : setTimeout(check, 50));
      check();
    }),
  ]);
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Polls `condition` every 50 ms until it holds or `limitMs` passes; returns whether it held. */
export async function eventually(condition: () => boolean, limitMs: number): Promise<boolean> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}
