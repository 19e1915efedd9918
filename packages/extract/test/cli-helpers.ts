/**
 * Runs the real `gwr-extract` (dist/cli.js) as a child process, as a user would. The compiled
 * CLI is what ships, so that is what is tested; when src/ is newer than dist/ (a developer ran
 * vitest without building), it is rebuilt first, under a lock so parallel test files build once.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const cliPath = join(packageDir, 'dist', 'cli.js');
export const fixturePath = (name: string) => join(packageDir, 'test', 'fixtures', name);
export const seedPath = join(packageDir, '..', '..', 'seeds', '000_7a8c45a8c6b1753b.txt');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  try {
    return statSync(cliPath).mtimeMs < newestMtime(join(packageDir, 'src'));
  } catch {
    return true;
  }
}

/** Builds dist/ if it is missing or older than src/. */
export function ensureBuilt(): void {
  if (!isStale()) return;
  const lock = join(tmpdir(), `gwr-extract-build-lock-${Buffer.from(packageDir).toString('hex').slice(-16)}`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} held for two minutes; remove it`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (isStale()) {
      execFileSync(join(packageDir, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
        cwd: packageDir,
        stdio: 'inherit',
      });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `gwr-extract args…` and collects its output. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<CliRun> {
  const env = { ...process.env };
  delete env.GWR_DEBUG;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: options.cwd ?? packageDir, env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** stderr split into its lines, without the final empty one. */
export const stderrLines = (run: CliRun) => run.stderr.split('\n').filter((l) => l !== '');
