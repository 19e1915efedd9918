/**
 * The loader on real input: a DuckDB file built from the seed holds what the library extracts,
 * facts are stored sorted by region and indicator, evidence points into the documents' text, a
 * successful load replaces the old file atomically and leaves nothing else behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
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
import { SCHEMA_VERSION } from '@gwr/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeCorpus } from '../src/bench/make-corpus.js';
import { buildDatabase } from '../src/node/build-database.js';
import { DUCKDB_OFFLINE_OPTIONS } from '../src/node/duckdb-options.js';
import { extractFile } from '../src/node/extract-file.js';
import {
  cliPath,
  ensureBuilt,
  fixturePath,
  packageDir,
  runCli,
  seedPath,
  stderrLines,
} from './cli-helpers.js';

// Child processes (the CLI, DuckDB builds) are slow on a busy machine; time them generously.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gwr-load-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(dbPath: string, sql: string): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(dbPath, {
    ...DUCKDB_OFFLINE_OPTIONS,
    access_mode: 'READ_ONLY',
  });
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowsJS() as unknown[][];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('buildDatabase on the seed', () => {
  let dbPath: string;
  beforeAll(async () => {
    dbPath = join(dir, 'seed.duckdb');
    await buildDatabase({ inputs: [seedPath], dbPath });
  });

  it('holds every document, section, spam fragment and fact the library extracts', async () => {
    const { result } = await extractFile(seedPath);
    const counts = await query(
      dbPath,
      `SELECT (SELECT count(*) FROM documents)::INT, (SELECT count(*) FROM sections)::INT,
              (SELECT count(*) FROM spam_fragments)::INT, (SELECT count(*) FROM facts)::INT`,
    );
    expect(counts[0]).toEqual([
      result.documents.length,
      result.sections.length,
      result.spam.length,
      result.facts.length,
    ]);
    const ids = await query(dbPath, 'SELECT fact_id FROM facts ORDER BY fact_id');
    expect(ids.map((r) => r[0])).toEqual(result.facts.map((f) => f.fact_id).sort());
  });

  it('stores every field of every fact as the library gives it', async () => {
    const { result } = await extractFile(seedPath);
    const rows = await query(
      dbPath,
      `SELECT fact_id, doc_id, region, region_code, indicator, kind, year, measure, value, value_max, unit,
              qualifier, label, section, evidence_start, evidence_end, evidence_text FROM facts ORDER BY fact_id`,
    );
    const expected = [...result.facts]
      .sort((a, b) => (a.fact_id < b.fact_id ? -1 : a.fact_id > b.fact_id ? 1 : 0))
      .map((f) => [
        f.fact_id,
        f.doc_id,
        f.region,
        f.region_code,
        f.indicator,
        f.kind,
        f.year,
        f.measure,
        f.value,
        f.value_max,
        f.unit,
        f.qualifier,
        f.label,
        f.section,
        f.evidence.start,
        f.evidence.end,
        f.evidence.text,
      ]);
    expect(rows).toEqual(expected);
  });

  it('stores facts sorted by region, then indicator (nulls last), so zone maps can skip', async () => {
    const rows = (await query(dbPath, 'SELECT region, indicator FROM facts ORDER BY rowid')) as (
      | string
      | null
    )[][];
    expect(rows.length).toBeGreaterThan(1);
    const compare = (a: string | null, b: string | null) =>
      a === b ? 0 : a === null ? 1 : b === null ? -1 : Buffer.compare(Buffer.from(a), Buffer.from(b));
    for (let i = 1; i < rows.length; i++) {
      const [r0, i0] = rows[i - 1]!;
      const [r1, i1] = rows[i]!;
      const byRegion = compare(r0!, r1!);
      expect(byRegion <= 0 && (byRegion < 0 || compare(i0!, i1!) <= 0)).toBe(true);
    }
  });

  it('evidence offsets point into the document text (offset − body_start)', async () => {
    const bad = await query(
      dbPath,
      `SELECT count(*)::INT FROM facts f JOIN documents d USING (doc_id)
       WHERE substring(d.text, f.evidence_start - d.body_start + 1, f.evidence_end - f.evidence_start)
             <> f.evidence_text`,
    );
    expect(bad[0]![0]).toBe(0);
  });

  it('has the reference tables and the views analysts query', async () => {
    const [[version]] = (await query(
      dbPath,
      "SELECT value FROM meta WHERE key = 'schema_version'",
    )) as string[][];
    expect(version).toBe(String(SCHEMA_VERSION));
    const [[indicators]] = (await query(dbPath, 'SELECT count(*)::INT FROM indicators')) as number[][];
    expect(indicators).toBeGreaterThan(10);
    // Every region a document names is there, with its parent.
    const orphans = await query(
      dbPath,
      `SELECT DISTINCT d.region FROM documents d
       WHERE d.region_code IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM regions r WHERE r.region_code = d.region_code)`,
    );
    expect(orphans).toEqual([]);
    const parents = await query(
      dbPath,
      `SELECT count(*)::INT FROM regions r WHERE r.parent_code IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM regions p WHERE p.region_code = r.parent_code)`,
    );
    expect(parents[0]![0]).toBe(0);
    const [[viewFacts]] = (await query(dbPath, 'SELECT count(*)::INT FROM v_facts')) as number[][];
    const [[facts]] = (await query(dbPath, 'SELECT count(*)::INT FROM facts')) as number[][];
    expect(viewFacts).toBe(facts);
  });
});

describe('atomic replacement', () => {
  it('replaces an existing database on success, leaving no temporary file', async () => {
    const target = join(dir, 'replace', 'gwr.duckdb'); // the folder does not exist yet
    await buildDatabase({ inputs: [fixturePath('sentence.utf8.txt')], dbPath: target });
    const [[small]] = (await query(target, 'SELECT count(*)::INT FROM documents')) as number[][];
    const summary = await buildDatabase({ inputs: [seedPath], dbPath: target });
    const [[big]] = (await query(target, 'SELECT count(*)::INT FROM documents')) as number[][];
    expect(small).toBe(1);
    expect(big).toBe(summary.documents);
    expect(big).toBeGreaterThan(small!);
    expect(readdirSync(join(dir, 'replace'))).toEqual(['gwr.duckdb']);
  });

  it('a stale write-ahead log of the old database is not replayed onto the new one', async () => {
    const target = join(dir, 'wal', 'gwr.duckdb');
    await buildDatabase({ inputs: [fixturePath('sentence.utf8.txt')], dbPath: target });
    // A writer killed before its checkpoint leaves its change in gwr.duckdb.wal.
    const crash = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api';
         const db = await DuckDBInstance.create(${JSON.stringify(target)});
         const c = await db.connect();
         await c.run("INSERT INTO meta VALUES ('stale', 'x')");
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { cwd: packageDir },
    );
    expect(crash.signal).toBe('SIGKILL');
    expect(existsSync(`${target}.wal`)).toBe(true);
    await buildDatabase({ inputs: [fixturePath('excerpt.utf8.txt')], dbPath: target });
    const stale = await query(target, "SELECT count(*)::INT FROM meta WHERE key = 'stale'");
    expect(stale[0]![0]).toBe(0);
    expect(readdirSync(join(dir, 'wal'))).toEqual(['gwr.duckdb']);
  });
});

describe('the same report twice', () => {
  it('UTF-8 and GBK copies: loaded once, the second copy skipped with a warning', async () => {
    const warnings: string[] = [];
    const utf8 = fixturePath('excerpt.utf8.txt');
    const gbk = fixturePath('excerpt.gbk.txt');
    const summary = await buildDatabase({
      inputs: [utf8, gbk],
      dbPath: join(dir, 'twice.duckdb'),
      onWarning: (w) => warnings.push(w),
    });
    const { result } = await extractFile(utf8);
    expect(summary.documents).toBe(result.documents.length);
    expect(summary.duplicates).toBe(result.documents.length);
    expect(summary.facts).toBe(result.facts.length);
    expect(
      // Files are named as the store records them: a file given by itself, by its name.
      warnings.filter(
        (w) =>
          w.startsWith('excerpt.gbk.txt: document') && w.includes('already loaded from excerpt.utf8.txt'),
      ),
    ).toHaveLength(result.documents.length);
  });
});

describe('gwr-extract load', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('loads a folder and says what it loaded on stdout, exit 0', async () => {
    const target = join(dir, 'cli', 'gwr.duckdb');
    const run = await runCli(['load', join(seedPath, '..'), '--db', target]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [[documents, facts]] = (await query(
      target,
      'SELECT (SELECT count(*) FROM documents)::INT, (SELECT count(*) FROM facts)::INT',
    )) as number[][];
    expect(run.stdout).toMatch(
      new RegExp(`^loaded ${documents} documents and ${facts} facts from 1 files \\(`),
    );
    expect(statSync(target).size).toBeGreaterThan(0);
  });
});

describe('gwr-extract load on every core', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('builds the same store with one thread and with two: ids, order and contents', async () => {
    // Two files of about 3 MB, over the size from which documents are read on worker threads.
    const corpus = await makeCorpus(seedPath, join(dir, 'workers-corpus'), 6, 3);
    const stores: string[] = [];
    for (const workers of ['1', '2']) {
      const target = join(dir, `workers-${workers}.duckdb`);
      const run = await runCli(['load', ...corpus.files, '--db', target, '--workers', workers], {
        timeoutMs: 240_000,
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(workers === '1' ? ', 1 thread, peak RSS ' : ', 2 threads, peak RSS ');
      stores.push(target);
    }
    const tables = (
      await query(stores[0]!, 'SELECT table_name FROM duckdb_tables() ORDER BY table_name')
    ).map(([name]) => String(name));
    expect(tables).toEqual(
      expect.arrayContaining(['documents', 'sections', 'spam_fragments', 'facts', 'regions']),
    );
    for (const table of tables) {
      // Rows in stored order; the build's time is the one thing that may differ.
      const sql = `SELECT * FROM ${table} ${table === 'meta' ? "WHERE key <> 'built_at' " : ''}ORDER BY rowid`;
      const [one, two] = await Promise.all(stores.map((store) => query(store, sql)));
      expect(two, table).toEqual(one);
      if (table === 'facts') expect(one!.length).toBeGreaterThan(10_000);
    }
  }, 600_000);
});

describe('what is already at the target', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('a file that is not a store of ours is refused in one line and left untouched', async () => {
    const folder = join(dir, 'theirs');
    mkdirSync(folder);
    const csv = join(folder, 'figures.csv');
    writeFileSync(csv, 'region,value\n1,2\n');
    const run = await runCli(['load', seedPath, '--db', csv]);
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toEqual([expect.stringMatching(/figures\.csv: .*refusing to replace it/)]);
    expect(readFileSync(csv, 'utf8')).toBe('region,value\n1,2\n');
    expect(readdirSync(folder)).toEqual(['figures.csv']);
  });

  it('documents name their source file as it lies under the folder loaded, never a server path', async () => {
    const target = join(dir, 'names', 'gwr.duckdb');
    await buildDatabase({ inputs: [join(seedPath, '..')], dbPath: target });
    const sources = await query(target, 'SELECT DISTINCT source_file FROM documents');
    expect(sources).toEqual([[seedPath.split('/').at(-1)]]);
  });

  it('the files of a build killed with kill -9 are removed by the next build', async () => {
    const folder = join(dir, 'killed');
    const target = join(folder, 'gwr.duckdb');
    await buildDatabase({ inputs: [fixturePath('sentence.utf8.txt')], dbPath: target });
    const child = spawn(process.execPath, [cliPath, 'load', seedPath, '--db', target], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Killed as soon as its temporary file exists.
    while (!readdirSync(folder).some((name) => name.endsWith('.tmp')) && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    await exited;
    expect(readdirSync(folder).filter((name) => name !== 'gwr.duckdb').length).toBeGreaterThan(0);
    const [[before]] = (await query(target, 'SELECT count(*)::INT FROM documents')) as number[][];
    expect(before).toBe(1);
    await buildDatabase({ inputs: [fixturePath('excerpt.utf8.txt')], dbPath: target });
    expect(readdirSync(folder)).toEqual(['gwr.duckdb']);
  });
});
