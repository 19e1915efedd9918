/**
 * Bad input, through the library and through the CLI as a child process: each gives a one-line
 * error naming the file and the reason and a non-zero exit (or a warning when the rest is usable),
 * never a crash or a stack trace, and never a half-written database.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExtractError } from '../src/errors.js';
import { buildDatabase } from '../src/node/build-database.js';
import { extractFile } from '../src/node/extract-file.js';
import { ensureBuilt, fixturePath, runCli, seedPath, stderrLines } from './cli-helpers.js';

// Child processes (the CLI, DuckDB builds) are slow on a busy machine; time them generously.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let dir: string;
const bad: Record<string, { path: string; reason: RegExp }> = {};

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'gwr-bad-input-'));
  const write = (name: string, bytes: string | Uint8Array) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  // Random bytes from a fixed linear congruential sequence: the same on every run.
  const random = new Uint8Array(64 * 1024);
  let state = 2026;
  for (let i = 0; i < random.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    random[i] = state >>> 24;
  }
  // 50 MB on one line, made of a real report body: too big to commit, so made here.
  const body = readFileSync(seedPath, 'utf8').split('\n')[2]!;
  const line = Buffer.from(body.repeat(Math.ceil((50 << 20) / Buffer.byteLength(body))));
  bad.empty = { path: write('empty.txt', ''), reason: /the file is empty/ };
  bad.whitespace = { path: write('blank.txt', '\n  \r\n\t\n'), reason: /only whitespace/ };
  bad.png = { path: fixturePath('pixel.png'), reason: /binary file/ };
  bad.random = { path: write('random.bin', random), reason: /binary file/ };
  bad.noDocument = { path: fixturePath('no-document.txt'), reason: /no recognisable document/ };
  bad.notChinese = {
    path: write('readme.txt', 'GWR Analytics\nKPI analytics over work reports.\n'),
    reason: /no recognisable document: the text holds no Chinese characters/,
  };
  bad.singleLine50MB = { path: write('one-line.txt', line), reason: /line 1 is [\d,]+ characters long/ };
  bad.missing = { path: join(dir, 'missing.txt'), reason: /no such file or folder/ };
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cases = [
  'empty',
  'whitespace',
  'png',
  'random',
  'noDocument',
  'notChinese',
  'singleLine50MB',
  'missing',
] as const;

describe('the library refuses bad input with an ExtractError naming the file and the reason', () => {
  it.each(cases)('%s', async (name) => {
    const { path, reason } = bad[name]!;
    const started = performance.now();
    const error = await extractFile(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).file).toBe(path);
    expect((error as ExtractError).reason).toMatch(reason);
    expect((error as ExtractError).message).toBe(`${path}: ${(error as ExtractError).reason}`);
    // No quadratic pass over the input: even the 50 MB line is refused in a few seconds.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('gwr-extract facts: one line on stderr, nothing on stdout, exit 1', () => {
  it.each(cases)('%s', async (name) => {
    const { path, reason } = bad[name]!;
    const run = await runCli(['facts', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = stderrLines(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`gwr-extract: ${path}: `)).toBe(true);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).not.toMatch(/internal error/);
  });

  it('a folder without text files', async () => {
    const folder = mkdtempSync(join(dir, 'empty-'));
    const run = await runCli(['facts', folder]);
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toEqual([`gwr-extract: ${folder}: the folder holds no .txt file`]);
  });

  it('a bad file among good ones: the good ones are still extracted, the exit is still 1', async () => {
    const run = await runCli(['facts', bad.empty!.path, fixturePath('excerpt.utf8.txt'), bad.png!.path]);
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toEqual([
      `gwr-extract: ${bad.empty!.path}: the file is empty`,
      expect.stringMatching(new RegExp(`^gwr-extract: ${bad.png!.path}: binary file`)),
    ]);
    const facts = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(facts.length).toBeGreaterThan(5);
  });
});

describe('truncated UTF-8 is usable: a warning, the facts before the cut, exit 0', () => {
  it('through the library', async () => {
    const warnings: string[] = [];
    const { result } = await extractFile(fixturePath('truncated.utf8.txt'), {
      onWarning: (w) => warnings.push(w),
    });
    expect(warnings.some((w) => /middle of a UTF-8 character/.test(w))).toBe(true);
    expect(result.documents).toHaveLength(1);
  });
  it('through the CLI', async () => {
    const run = await runCli(['facts', fixturePath('truncated.utf8.txt')]);
    expect(run.code).toBe(0);
    const lines = stderrLines(run);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines[0]).toBe(
      `gwr-extract: warning: ${fixturePath('truncated.utf8.txt')}: the file ends in the middle of a UTF-8 character (truncated?); the incomplete character was dropped`,
    );
    expect(run.stdout.trim().split('\n').length).toBeGreaterThan(0);
  });
});

describe('a failed load leaves an existing database byte-identical and no temporary file', () => {
  let dbDir: string;
  let dbPath: string;
  let before: string;
  const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  beforeAll(async () => {
    dbDir = mkdtempSync(join(tmpdir(), 'gwr-bad-load-'));
    dbPath = join(dbDir, 'gwr.duckdb');
    await buildDatabase({ inputs: [fixturePath('excerpt.utf8.txt')], dbPath });
    before = sha(dbPath);
  });
  afterAll(() => rmSync(dbDir, { recursive: true, force: true }));

  it.each(cases)('load with a good file and then %s', async (name) => {
    const { path, reason } = bad[name]!;
    const run = await runCli(['load', fixturePath('excerpt.gbk.txt'), path, '--db', dbPath]);
    expect(run.code).toBe(1);
    const lines = stderrLines(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^gwr-extract: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(lines[0]).toMatch(reason);
    expect(sha(dbPath)).toBe(before);
    expect(readdirSync(dbDir)).toEqual(['gwr.duckdb']);
  });

  it('through the library too: buildDatabase rejects and the folder holds only the old file', async () => {
    const copy = join(dbDir, 'input.txt');
    copyFileSync(bad.png!.path, copy);
    await expect(buildDatabase({ inputs: [fixturePath('excerpt.utf8.txt'), copy], dbPath })).rejects.toThrow(
      /binary file/,
    );
    rmSync(copy);
    expect(sha(dbPath)).toBe(before);
    expect(readdirSync(dbDir)).toEqual(['gwr.duckdb']);
  });

  it('--keep-going skips the unusable files with a warning each and loads the rest', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'gwr-keep-going-')), 'kept.duckdb');
    const run = await runCli([
      'load',
      bad.empty!.path,
      fixturePath('excerpt.utf8.txt'),
      bad.png!.path,
      '--db',
      target,
      '--keep-going',
    ]);
    expect(run.code).toBe(0);
    expect(stderrLines(run)).toEqual([
      `gwr-extract: warning: ${bad.empty!.path}: the file is empty; skipped`,
      expect.stringMatching(new RegExp(`^gwr-extract: warning: ${bad.png!.path}: binary file .*; skipped$`)),
    ]);
    const { result } = await extractFile(fixturePath('excerpt.utf8.txt'));
    expect(run.stdout).toMatch(
      new RegExp(
        `^loaded ${result.documents.length} documents and ${result.facts.length} facts .*2 unusable files skipped`,
      ),
    );
    rmSync(target);
    // With nothing usable there is nothing to load: an error, and no file.
    const none = await runCli(['load', bad.empty!.path, bad.png!.path, '--db', target, '-k']);
    expect(none.code).toBe(1);
    expect(stderrLines(none).at(-1)).toBe(`gwr-extract: ${target}: no usable input: every file was skipped`);
    expect(readdirSync(dirname(target))).toEqual([]);
    rmSync(dirname(target), { recursive: true });
  });

  it('an aborted load leaves it too', async () => {
    const controller = new AbortController();
    controller.abort(new ExtractError(dbPath, 'interrupted'));
    await expect(
      buildDatabase({ inputs: [fixturePath('excerpt.utf8.txt')], dbPath, signal: controller.signal }),
    ).rejects.toThrow(/interrupted/);
    const late = new AbortController();
    const pending = buildDatabase({
      inputs: [fixturePath('excerpt.utf8.txt'), fixturePath('traditional.utf8.txt')],
      dbPath,
      signal: late.signal,
      onProgress: () => late.abort(new ExtractError(dbPath, 'interrupted')),
    });
    await expect(pending).rejects.toThrow(/interrupted/);
    expect(sha(dbPath)).toBe(before);
    expect(readdirSync(dbDir)).toEqual(['gwr.duckdb']);
  });
});
