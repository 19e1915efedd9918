import { DuckDBInstance } from '@duckdb/node-api';
import { DERIVED_DDL } from '@gwr/domain';
import { describe, expect, it } from 'vitest';
import { type GwrDatabase, readRowObjects } from './db.js';
import { regionYearsKey, scorecardYears } from './dimensions.js';
import { PICK_COLUMNS, type PickRow } from './fact-pick.js';
import { useSeedApp } from './testing/seed-app.js';

const seedApp = useSeedApp();

/**
 * The documented pick order, restated as the test's oracle for PICK_ORDER (SQL, @gwr/domain): a
 * result from the review, then the body; a target from the main targets, then the tasks; then an
 * exact figure; then the first mention; then the smaller id.
 */
function sectionRank(row: PickRow): number {
  if (row.kind === 'actual') return row.section === 'review' ? 0 : row.section === 'body' ? 1 : 2;
  return row.section === 'targets' ? 0 : row.section === 'tasks' ? 1 : 2;
}
function comparePick(a: PickRow, b: PickRow): number {
  return (
    sectionRank(a) - sectionRank(b) ||
    (a.qualifier === 'exact' ? 0 : 1) - (b.qualifier === 'exact' ? 0 : 1) ||
    a.evidence_start - b.evidence_start ||
    (a.fact_id < b.fact_id ? -1 : a.fact_id > b.fact_id ? 1 : 0)
  );
}
function pickBest<K>(rows: readonly PickRow[], key: (row: PickRow) => K): Map<K, PickRow> {
  const best = new Map<K, PickRow>();
  for (const row of rows) {
    const k = key(row);
    const current = best.get(k);
    if (!current || comparePick(row, current) < 0) best.set(k, row);
  }
  return best;
}

/** The tables derived from the facts at build time (DERIVED_DDL) agree with the facts on the seed. */
describe('derived tables', () => {
  /** What scorecard_facts should hold: the facts picked in code (fact-pick.ts). */
  const pickInCode = async (all: (sql: string) => Promise<PickRow[]>) => {
    const candidates = await all(
      `SELECT ${PICK_COLUMNS} FROM facts f
       WHERE f.region IS NOT NULL AND f.year IS NOT NULL
         AND (f.indicator IS NOT NULL OR f.measure = 'attainment_pct')`,
    );
    const picked = pickBest(
      candidates.filter((f) => f.indicator !== null),
      (f) => `${f.region}|${f.region_code}|${f.indicator}|${f.measure}|${f.kind}|${f.year}`,
    );
    return {
      candidates,
      expected: [...picked.values(), ...candidates.filter((f) => f.indicator === null)].sort(comparePick),
      stored: (await all(`SELECT ${PICK_COLUMNS} FROM scorecard_facts f`)).sort(comparePick),
    };
  };

  it('scorecard_facts holds the fact the code would pick for each figure, and every attainment share', async () => {
    const db: GwrDatabase = seedApp.seed.db;
    const { expected, stored } = await pickInCode((sql) => db.all<PickRow>(sql));
    expect(expected.some((f) => f.indicator === null)).toBe(true);
    expect(stored).toEqual(expected);
  });

  it("the scorecard years held in memory are each region's years in scorecard_facts", async () => {
    const db: GwrDatabase = seedApp.seed.db;
    const rows = await db.all<{
      region: string;
      region_code: string | null;
      years: number[];
      results: number[];
    }>(
      `SELECT region, region_code, list_sort(list_distinct(list(year))) AS years,
              coalesce(list_sort(list_distinct(list(year) FILTER (kind = 'actual'))), []) AS results
       FROM scorecard_facts GROUP BY ALL`,
    );
    const index = await scorecardYears(db);
    expect(rows.some((r) => r.results.length > 0 && r.results.length < r.years.length)).toBe(true);
    expect(index.size).toBe(rows.length);
    for (const r of rows)
      expect(index.get(regionYearsKey(r.region, r.region_code))).toEqual({
        years: r.years,
        results: r.results,
      });
  });

  it('scorecard_facts picks like the code when a figure is stated several times', async () => {
    // The seed states each figure once; restate every one in other sections, qualifiers and places.
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(`ATTACH '${seedApp.seed.dbPath}' AS seed (READ_ONLY)`);
      await connection.run(`
        CREATE TABLE documents AS SELECT * FROM seed.documents;
        CREATE TABLE facts AS SELECT * FROM seed.facts;
        INSERT INTO facts SELECT * REPLACE (fact_id || '-tasks' AS fact_id, 'tasks' AS section) FROM seed.facts;
        INSERT INTO facts SELECT * REPLACE (fact_id || '-body' AS fact_id, 'body' AS section) FROM seed.facts;
        INSERT INTO facts SELECT * REPLACE (fact_id || '-about' AS fact_id, 'about' AS qualifier) FROM seed.facts;
        INSERT INTO facts SELECT * REPLACE (fact_id || '-early' AS fact_id, evidence_start - 1 AS evidence_start,
                                            'about' AS qualifier) FROM seed.facts;
        INSERT INTO facts SELECT * REPLACE (fact_id || '-twin' AS fact_id) FROM seed.facts;`);
      await connection.run(DERIVED_DDL);
      const all = async (sql: string) =>
        readRowObjects(await connection.runAndReadAll(sql)) as unknown as PickRow[];
      const { candidates, expected, stored } = await pickInCode(all);
      expect(candidates.length).toBeGreaterThan(5 * expected.filter((f) => f.indicator !== null).length);
      expect(stored).toEqual(expected);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('scorecard_facts is stored sorted by region and year', async () => {
    const rows = await seedApp.seed.db.all<{ region_code: string | null; region: string; year: number }>(
      'SELECT region_code, region, year FROM scorecard_facts ORDER BY rowid',
    );
    const key = (r: (typeof rows)[number]) => [r.region_code ?? '\uffff', r.region, r.year] as const;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [key(rows[i - 1]!), key(rows[i]!)];
      const order = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2];
      expect(order).toBeLessThanOrEqual(0);
    }
  });

  it('scorecard_years lists the years of each region and kind in scorecard_facts', async () => {
    const db = seedApp.seed.db;
    const rows = await db.all<{ region: string; region_code: string | null; kind: string; years: number[] }>(
      'SELECT region, region_code, kind, years FROM scorecard_years',
    );
    const facts = await db.all<{ region: string; region_code: string | null; kind: string; year: number }>(
      'SELECT region, region_code, kind, year FROM scorecard_facts',
    );
    const expected = new Map<string, Set<number>>();
    for (const f of facts) {
      const key = `${f.region}|${f.region_code}|${f.kind}`;
      expected.set(key, (expected.get(key) ?? new Set()).add(f.year));
    }
    expect(rows.length).toBe(expected.size);
    for (const r of rows) {
      const years = [...(expected.get(`${r.region}|${r.region_code}|${r.kind}`) ?? [])].sort((a, b) => a - b);
      expect(r.years).toEqual(years);
    }
  });

  it('facts_by_indicator holds exactly the catalog facts, sorted by indicator, measure and year', async () => {
    const db = seedApp.seed.db;
    const catalog = 'SELECT * FROM facts WHERE indicator IS NOT NULL';
    const diff = await db.one<{ missing: number; extra: number; total: number; copies: number }>(
      `SELECT (SELECT count(*) FROM (${catalog} EXCEPT ALL SELECT * FROM facts_by_indicator))::INTEGER AS missing,
              (SELECT count(*) FROM (SELECT * FROM facts_by_indicator EXCEPT ALL ${catalog}))::INTEGER AS extra,
              (SELECT count(*) FROM (${catalog}))::INTEGER AS total,
              (SELECT count(*) FROM facts_by_indicator)::INTEGER AS copies`,
    );
    expect(diff).toEqual({ missing: 0, extra: 0, total: diff!.copies, copies: diff!.total });
    // The seed has commitments outside the catalog, which the copy leaves out.
    const all = await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM facts');
    expect(all!.n).toBeGreaterThan(diff!.total);
    expect(diff!.total).toBeGreaterThan(50);
    const unsorted = await db.one<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM (
         SELECT indicator, measure, year,
                lag(indicator) OVER (ORDER BY rowid) AS pi, lag(measure) OVER (ORDER BY rowid) AS pm,
                lag(year) OVER (ORDER BY rowid) AS py
         FROM facts_by_indicator)
       WHERE pi IS NOT NULL
         AND (indicator < pi OR indicator = pi AND (measure < pm OR measure = pm AND year < py))`,
    );
    expect(unsorted?.n).toBe(0);
  });
});
