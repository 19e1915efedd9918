/**
 * Runs every ```ts example of packages/extract/README.md, so the documented API is the real one.
 * Each block is written to a module inside the package (where `@gwr/extract` resolves to this
 * package's dist/ through its own `exports`) and run by Node from the repository root, as a
 * reader would paste it. The examples are plain JavaScript in syntax, so Node runs them as is.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureBuilt, packageDir } from './cli-helpers.js';

// Child processes (the CLI, DuckDB builds) are slow on a busy machine; time them generously.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const scratch = join(packageDir, '.readme-examples');
const repoRoot = join(packageDir, '..', '..');

beforeAll(() => {
  ensureBuilt();
  mkdirSync(scratch, { recursive: true });
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('README examples', () => {
  it('has examples for extract, decode, splitPage and @gwr/extract/node', () => {
    const all = blocks.join('\n');
    for (const name of ['extract(', 'decode(', 'splitPage(', 'buildDatabase(', 'readInput(']) {
      expect(all).toContain(name);
    }
  });

  it.each(blocks.map((code, i) => [i + 1, code.split('\n').find((l) => l.startsWith('import'))!, code]))(
    'example %i (%s) runs',
    (i, _first, code) => {
      const file = join(scratch, `example-${i}.mjs`);
      writeFileSync(file, code);
      const run = spawnSync(process.execPath, [file], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
      expect(run.stderr).not.toMatch(/Error|Assertion failed/);
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).not.toBe('');
    },
  );
});
