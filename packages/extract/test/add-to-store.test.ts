/**
 * Adding reports to a store (the next generation) gives the same derived tables as building the
 * whole store from scratch with them, although only the touched regions are derived again; a
 * corrected version of a report replaces the earlier one both ways, and keeps it as history.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extract } from '../src/extract.js';
import { addToStore } from '../src/node/add-to-store.js';
import { buildDatabase } from '../src/node/build-database.js';
import { DUCKDB_OFFLINE_OPTIONS } from '../src/node/duckdb-options.js';
import { seedPath } from './cli-helpers.js';
import { CORRECTED_2019, REPORT_2019 } from './reports-2019.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gwr-add-'));
  writeFileSync(join(dir, 'a-2019.txt'), REPORT_2019);
  writeFileSync(join(dir, 'b-2019-corrected.txt'), CORRECTED_2019);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every derived table's rows, in a stable order. */
async function derived(dbPath: string): Promise<Record<string, unknown[][]>> {
  const instance = await DuckDBInstance.create(dbPath, {
    ...DUCKDB_OFFLINE_OPTIONS,
    access_mode: 'READ_ONLY',
  });
  const connection = await instance.connect();
  try {
    const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRowsJS() as unknown[][];
    return {
      scorecard_facts: await read('SELECT * FROM scorecard_facts ORDER BY ALL'),
      facts_by_indicator: await read('SELECT * FROM facts_by_indicator ORDER BY ALL'),
      scorecard: await read('SELECT * FROM scorecard ORDER BY ALL'),
      scorecard_years: await read('SELECT * FROM scorecard_years ORDER BY ALL'),
      regions: await read('SELECT * FROM regions ORDER BY ALL'),
      documents: await read('SELECT doc_id, superseded_by FROM documents ORDER BY ALL'),
      v_scorecard: await read('SELECT * FROM v_scorecard ORDER BY ALL'),
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('addToStore', () => {
  it('gives the tables a full build gives, report by report, corrected version included', async () => {
    const base = join(dir, 'base.duckdb');
    await buildDatabase({ inputs: [seedPath], dbPath: base });
    const once = join(dir, 'once.duckdb');
    const first = await addToStore({
      dbPath: base,
      outPath: once,
      results: [extract(REPORT_2019, { sourceFile: 'a-2019.txt' })],
    });
    expect(first.added).toHaveLength(1);
    expect(first.superseded).toEqual([]);
    const full = join(dir, 'full.duckdb');
    await buildDatabase({ inputs: [seedPath, join(dir, 'a-2019.txt')], dbPath: full });
    expect(await derived(once)).toEqual(await derived(full));

    const twice = join(dir, 'twice.duckdb');
    const second = await addToStore({
      dbPath: once,
      outPath: twice,
      results: [extract(CORRECTED_2019, { sourceFile: 'b-2019-corrected.txt' })],
    });
    expect(second.superseded).toEqual([
      { doc_id: first.added[0]!.doc_id, superseded_by: second.added[0]!.doc_id },
    ]);
    const fullBoth = join(dir, 'full-both.duckdb');
    await buildDatabase({
      inputs: [seedPath, join(dir, 'a-2019.txt'), join(dir, 'b-2019-corrected.txt')],
      dbPath: fullBoth,
    });
    const incremental = await derived(twice);
    expect(incremental).toEqual(await derived(fullBoth));
    // The corrected GDP figure stands; the first version's is history only.
    const gdp = incremental.v_scorecard!.filter(
      (r) => r[1] === '331126' && r[2] === 'gdp' && r[7] === 2018 && r[6] === 'growth_pct',
    );
    expect(gdp.map((r) => r[11])).toEqual([6.8]);
  });

  it('skips a report the store already holds and leaves the store as it was', async () => {
    const base = join(dir, 'skip-base.duckdb');
    await buildDatabase({ inputs: [seedPath, join(dir, 'a-2019.txt')], dbPath: base });
    const out = join(dir, 'skip-out.duckdb');
    const summary = await addToStore({
      dbPath: base,
      outPath: out,
      results: [extract(REPORT_2019, { sourceFile: 'again.txt' })],
    });
    expect(summary.added).toEqual([]);
    expect(summary.skipped).toHaveLength(1);
    expect(await derived(out)).toEqual(await derived(base));
  });
});
