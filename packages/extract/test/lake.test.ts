/**
 * The Parquet lake (`gwr-extract load --lake`): the same tables and views as the single DuckDB file
 * built from the same inputs; an add rewrites only the partitions it touches and gives what a full
 * build gives; a folder that is not a lake of ours is never written; and the lake reads from the
 * DuckDB CLI and from Python where they are installed here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { LAKE_MANIFEST, LAKE_TABLES, type LakeManifest } from '@gwr/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DUCKDB_OFFLINE_OPTIONS } from '../src/node/duckdb-options.js';
import { lakeViewsDdl, loadLake } from '../src/node/lake-store.js';
import { cliPath, ensureBuilt, seedPath } from './cli-helpers.js';
import { CORRECTED_2019, REPORT_2019 } from './reports-2019.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let dir: string;
const report = () => join(dir, 'a-2019.txt');
const corrected = () => join(dir, 'b-2019-corrected.txt');
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'gwr-lake-'));
  writeFileSync(report(), REPORT_2019);
  writeFileSync(corrected(), CORRECTED_2019);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What may differ between two stores of the same data: when and from which file list they were built. */
const UNSTABLE_META = `key NOT IN ('built_at', 'inputs')`;
const READ_BACK = [
  ...Object.keys(LAKE_TABLES),
  'v_facts',
  'v_documents',
  'v_scorecard',
  'v_superseded_facts',
];

/** Every table and main view, each in a stable order, read by `connection`. */
async function contents(
  open: () => Promise<{ run: (sql: string) => Promise<unknown[][]>; close: () => void }>,
): Promise<Record<string, unknown[][]>> {
  const db = await open();
  try {
    const out: Record<string, unknown[][]> = {};
    for (const name of READ_BACK) {
      const where = name === 'meta' ? `WHERE ${UNSTABLE_META}` : '';
      out[name] = await db.run(`SELECT * FROM ${name} ${where} ORDER BY ALL`);
    }
    return out;
  } finally {
    db.close();
  }
}

async function connect(path: string, options: Record<string, string>, setup?: string) {
  const instance = await DuckDBInstance.create(path, { ...DUCKDB_OFFLINE_OPTIONS, ...options });
  const connection = await instance.connect();
  if (setup) await connection.run(setup);
  return {
    run: async (sql: string) => (await connection.runAndReadAll(sql)).getRowsJS() as unknown[][],
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const manifestOf = (lake: string) =>
  JSON.parse(readFileSync(join(lake, LAKE_MANIFEST), 'utf8')) as LakeManifest;
const fileContents = (dbPath: string) => contents(() => connect(dbPath, { access_mode: 'READ_ONLY' }));
const lakeContents = (lake: string) =>
  contents(() => connect(':memory:', {}, lakeViewsDdl(lake, manifestOf(lake))));

/** Each data file of the lake with what would change if it were written again. */
function dataFiles(lake: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(lake, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.parquet')) continue;
    const path = join(entry.parentPath, entry.name);
    const s = statSync(path);
    files.set(path.slice(lake.length + 1), `${s.ino}|${s.mtimeMs}|${s.size}`);
  }
  return files;
}

describe('load --lake', () => {
  it('writes Hive partitions that read back as the very tables and views of the single file', async () => {
    const lake = join(dir, 'full-lake');
    const dbPath = join(dir, 'full.duckdb');
    const load = (...target: string[]) =>
      spawnSync(process.execPath, [cliPath, 'load', seedPath, report(), ...target], { encoding: 'utf8' });
    const run = load('--lake', lake);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^loaded 11 documents and \d+ facts from 2 files .* into the lake /);
    expect(load('--db', dbPath).status).toBe(0);

    const files = [...dataFiles(lake).keys()];
    // Documents and facts by report year and province; the reference tables whole.
    expect(files).toContain('facts/report_year=2019/province=330000/part-g1-0.parquet');
    expect(files).toContain('documents/report_year=2018/province=650000/part-g1-0.parquet');
    expect(files).toContain('regions/part-g1-0.parquet');
    expect(
      files.filter((f) => f.startsWith('scorecard/')).every((f) => /^scorecard\/province=\d{6}\//.test(f)),
    ).toBe(true);
    const fromFile = await fileContents(dbPath);
    expect(fromFile.facts!.length).toBeGreaterThan(300);
    expect(fromFile.scorecard!.length).toBeGreaterThan(0);
    expect(await lakeContents(lake)).toEqual(fromFile);
  });

  it('adds a report by rewriting only the partitions it touches, to the tables a full build gives', async () => {
    const lake = join(dir, 'grown-lake');
    await loadLake({ inputs: [seedPath], lakeDir: lake });
    const before = dataFiles(lake);
    const added = await loadLake({ inputs: [report()], lakeDir: lake });
    expect(added).toMatchObject({ mode: 'added', generation: 2 });
    const after = dataFiles(lake);

    // The 2019 report of 庆元县 (浙江): its report partition, 浙江's derived partitions, the reference files.
    const touched = (f: string) =>
      f.includes('/report_year=2019/province=330000/') ||
      /^\w+\/province=330000\//.test(f) ||
      !f.includes('=');
    const untouched = [...before.keys()].filter((f) => !touched(f));
    expect(untouched.length).toBeGreaterThan(10);
    for (const f of untouched) expect(after.get(f), f).toBe(before.get(f));
    const fresh = [...after.keys()].filter((f) => !before.has(f));
    expect(fresh.length).toBeGreaterThan(0);
    for (const f of fresh) {
      expect(touched(f), f).toBe(true);
      expect(f).toMatch(/\/part-g2-\d+\.parquet$/);
    }
    // Each rewritten partition holds its new file only; the manifest names exactly the files there.
    for (const f of [...before.keys()].filter(touched)) expect(after.has(f), f).toBe(false);
    const named = Object.values(manifestOf(lake).tables).flatMap((t) => t.files);
    expect(named.sort()).toEqual([...after.keys()].sort());

    const full = join(dir, 'grown-full-lake');
    await loadLake({ inputs: [seedPath, report()], lakeDir: full });
    expect(await lakeContents(lake)).toEqual(await lakeContents(full));

    // A corrected version supersedes the first, as in a full build of the three.
    const again = await loadLake({ inputs: [corrected()], lakeDir: lake });
    expect(again.mode === 'added' && again.add.superseded).toHaveLength(1);
    const fullBoth = join(dir, 'both-full-lake');
    await loadLake({ inputs: [seedPath, report(), corrected()], lakeDir: fullBoth });
    expect(await lakeContents(lake)).toEqual(await lakeContents(fullBoth));
  });

  it('gives the same tables and views through views.sql, whatever folder it is read from', async () => {
    const lake = join(dir, 'views-lake');
    await loadLake({ inputs: [seedPath, report()], lakeDir: lake });
    // What `cd lake && duckdb -cmd '.read views.sql'` does, through the Node binding: paths relative to the lake.
    const views = readFileSync(join(lake, 'views.sql'), 'utf8');
    expect(views).toContain("read_parquet(['facts/**/*.parquet']");
    const throughViews = await contents(() =>
      connect(':memory:', {}, `SET file_search_path = '${lake}'; ${views}`),
    );
    expect(throughViews).toEqual(await lakeContents(lake));
  });

  it('reads no document of a partition it has no use for', async () => {
    const lake = join(dir, 'partial-read-lake');
    await loadLake({ inputs: [seedPath], lakeDir: lake });
    // 江苏's 2020 news: no fact of 庆元县 or of any region its partition's documents name.
    const [unrelated] = [...dataFiles(lake).keys()].filter((f) =>
      f.startsWith('documents/report_year=2020/province=320000/'),
    );
    writeFileSync(join(lake, unrelated!), 'not parquet any more');
    const added = await loadLake({ inputs: [report()], lakeDir: lake });
    expect(added).toMatchObject({ mode: 'added', generation: 2 });
    expect(readFileSync(join(lake, unrelated!), 'utf8')).toBe('not parquet any more');
  });

  it('removes what a writer killed before its manifest left, and nothing that is not ours', async () => {
    const lake = join(dir, 'orphan-lake');
    await loadLake({ inputs: [seedPath], lakeDir: lake });
    const [file] = [...dataFiles(lake).keys()].filter((f) => f.startsWith('facts/report_year=2018/'));
    const orphan = join(lake, file!.replace('part-g1-', 'part-g7-'));
    const theirs = join(lake, 'facts', 'their-notes.parquet');
    copyFileSync(join(lake, file!), orphan);
    writeFileSync(theirs, 'their data');
    await loadLake({ inputs: [report()], lakeDir: lake });
    expect(existsSync(orphan)).toBe(false);
    expect(readFileSync(theirs, 'utf8')).toBe('their data');
  });

  it('writes nothing when every document is already in the lake', async () => {
    const lake = join(dir, 'same-lake');
    await loadLake({ inputs: [seedPath], lakeDir: lake });
    const before = dataFiles(lake);
    const again = await loadLake({ inputs: [seedPath], lakeDir: lake, onWarning: () => {} });
    expect(again).toMatchObject({ mode: 'added', generation: 1, written: 0 });
    expect(dataFiles(lake)).toEqual(before);
  });

  it('never writes into a folder or over a file that is not a lake of ours', () => {
    const theirs = join(dir, 'their-folder');
    mkdirSync(theirs);
    writeFileSync(join(theirs, 'notes.parquet'), 'their data');
    const theirFile = join(dir, 'their-file');
    writeFileSync(theirFile, 'their data');
    for (const target of [theirs, theirFile]) {
      const run = spawnSync(process.execPath, [cliPath, 'load', seedPath, '--lake', target], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(target);
      expect(run.stderr).toContain('refusing to write into it');
    }
    expect(readdirSync(theirs)).toEqual(['notes.parquet']);
    expect(readFileSync(theirFile, 'utf8')).toBe('their data');
  });
});

/** A tool the README shows, run only where it is installed; the test's name says why it was skipped. */
function which(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const duckdbCli = which('duckdb', ['--version']);
const pythonDuckdb = which('python3', ['-c', 'import duckdb']);
const pythonFrames = pythonDuckdb && which('python3', ['-c', 'import pandas, polars']);
const skipReason = (installed: boolean, what: string) =>
  installed ? '' : ` (skipped: ${what} is not installed here)`;

// Said on stderr too, not only in the tests' names: a skipped test must not pass for a run one.
for (const [installed, what] of [
  [duckdbCli, 'the duckdb CLI'],
  [pythonFrames, 'python3 with duckdb, pandas and polars'],
] as const)
  if (!installed)
    process.stderr.write(`lake.test.ts: skipped reading the lake with ${what}: not installed here\n`);

describe('the lake from other tools', () => {
  let lake: string;
  let facts: number;
  beforeAll(async () => {
    lake = join(dir, 'tools-lake');
    const built = await loadLake({ inputs: [seedPath], lakeDir: lake });
    facts = built.mode === 'built' ? built.build.facts : 0;
  });

  it.skipIf(!duckdbCli)(
    `the DuckDB CLI reads it through views.sql${skipReason(duckdbCli, 'the duckdb CLI')}`,
    () => {
      const out = execFileSync(
        'duckdb',
        ['-csv', '-noheader', '-cmd', '.read views.sql', '-c', 'SELECT count(*) FROM v_facts'],
        {
          cwd: lake,
          encoding: 'utf8',
        },
      );
      expect(Number(out.trim())).toBe(facts);
    },
  );

  it.skipIf(!pythonFrames)(
    `Python reads it into pandas and polars through duckdb${skipReason(pythonFrames, 'python3 with duckdb, pandas and polars')}`,
    () => {
      const script = [
        'import duckdb',
        'con = duckdb.connect()',
        "con.execute(open('views.sql').read())",
        "print(len(con.sql('SELECT * FROM v_facts').df()), len(con.sql('SELECT * FROM v_facts').pl()))",
        'print(len(duckdb.sql("SELECT * FROM read_parquet(\'facts/**/*.parquet\', hive_partitioning = true)").df()))',
      ].join('\n');
      const out = execFileSync('python3', ['-c', script], { cwd: lake, encoding: 'utf8' });
      expect(out.trim().split(/\s+/).map(Number)).toEqual([facts, facts, facts]);
    },
  );
});
