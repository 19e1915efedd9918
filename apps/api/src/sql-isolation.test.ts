/**
 * Analysts are isolated query by query: what one query may call is an allowlist, nothing a query
 * does outlives it, and no analyst can read another's query text. Real store, real query
 * processes, real HTTP through the app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { GwrDatabase } from './db.js';
import { instanceState } from './instance-state.js';
import { SqlPool } from './sql-pool.js';
import { MAX_RESULT_BYTES, SqlRunner } from './sql-runner.js';
import type { AnyJson } from './testing/http.js';
import { openSeedDatabase, type SeedDatabase } from './testing/seed-database.js';

let seed: SeedDatabase;
let pool: SqlPool;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  seed = await openSeedDatabase();
  pool = new SqlPool(seed.db, { timeoutMs: 3000, maxConcurrent: 2, maxRows: 5000 });
  app = createApp({ db: seed.db, sqlPool: pool, apiTokens: ['analyst-a', 'analyst-b'] });
}, 60_000);
afterAll(async () => {
  pool?.close();
  await seed?.close();
});

async function sql(
  token: string,
  text: string,
  maxRows?: number,
): Promise<{ status: number; raw: string; body: AnyJson }> {
  const res = await app.request('/api/sql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ sql: text, max_rows: maxRows }),
  });
  const raw = await res.text();
  return { status: res.status, raw, body: JSON.parse(raw) };
}

/** Everything an analyst might try to turn on so that later queries are recorded or changed. */
const STATEFUL = [
  `SELECT * FROM enable_logging()`,
  `SELECT * FROM enable_logging(level='debug')`,
  `SELECT * FROM enable_profiling()`,
  `SELECT * FROM enable_peg_parser()`,
  `SELECT * FROM disable_peg_parser()`,
  `SELECT * FROM checkpoint()`,
  `SELECT * FROM truncate_duckdb_logs()`,
  `SELECT setseed(0.1)`,
  `PRAGMA enable_profiling`,
  `SET enable_logging = true`,
];

/** Every way we know to read another analyst's query text. */
const READ_OTHERS = [
  `SELECT message FROM duckdb_logs`,
  `SELECT * FROM duckdb_logs()`,
  `SELECT * FROM duckdb_logs_parsed('QueryLog')`,
  `SELECT * FROM query('SELECT message FROM duckdb_logs')`,
  `SELECT * FROM duckdb_prepared_statements()`,
  `SELECT current_query()`,
  `SELECT * FROM duckdb_profiling_settings()`,
  `PRAGMA last_profiling_output`,
  `SELECT * FROM pragma_last_profiling_output()`,
];

describe('no state survives a query', () => {
  it('refuses every stateful call and leaves the instance as it was', async () => {
    const runner = new SqlRunner(seed.db, { maxConcurrent: 1 });
    const before = await instanceState(seed.db);
    for (const text of STATEFUL) {
      const error = await runner.run(text).then(
        () => undefined,
        (e: { status: number; message: string }) => e,
      );
      expect(error?.status, text).toBeGreaterThanOrEqual(400);
      expect(error?.status, text).toBeLessThan(500);
      expect(await instanceState(seed.db), text).toBe(before);
    }
  });

  it('tells a changed instance from an untouched one (the check a query process runs after each query)', async () => {
    // A second instance of our own, so the seed's stays clean; changed through our trusted side.
    const other = await GwrDatabase.open(seed.dbPath, { threads: 1, poolSize: 1 });
    try {
      const before = await instanceState(other);
      expect(await instanceState(other)).toBe(before);
      await other.all(`SELECT * FROM enable_logging()`);
      expect(await instanceState(other)).not.toBe(before);
    } finally {
      other.close();
    }
  });
});

describe("one analyst's query text", () => {
  it('can never be read by another', async () => {
    const marker = `secret_${Math.random().toString(36).slice(2)}`;
    const attempts: { text: string; status: number; raw: string }[] = [];
    // B tries to turn recording on first, then A works, then B tries to read.
    for (const text of STATEFUL) attempts.push({ text, ...(await sql('analyst-b', text)) });
    const mine = await sql(
      'analyst-a',
      `SELECT /* ${marker} */ '${marker}' AS note, count(*) AS n FROM v_facts`,
    );
    expect(mine.status).toBe(200);
    expect(mine.raw).toContain(marker);
    for (const text of READ_OTHERS) attempts.push({ text, ...(await sql('analyst-b', text)) });
    for (const attempt of attempts) {
      expect(attempt.raw, attempt.text).not.toContain(marker);
      expect(attempt.status, attempt.text).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('what analysts may still write', () => {
  it.each([
    `SELECT region, avg(value) AS v FROM v_facts GROUP BY ALL ORDER BY v DESC LIMIT 3`,
    `WITH t AS (SELECT * FROM v_facts WHERE kind = 'target') SELECT count(*) FROM t`,
    `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT sum(n) FROM r`,
    `SELECT f.region, d.title FROM v_facts f JOIN v_documents d USING (doc_id) LIMIT 2`,
    `SELECT region, rank() OVER (PARTITION BY indicator ORDER BY value DESC) FROM v_facts LIMIT 5`,
    `SELECT [1, 2, 3] AS l, {'a': 1} AS s, list_transform([1, 2], x -> x * 2), unnest([4, 5])`,
    `SELECT regexp_extract(title, '(\\d{4})', 1), strftime(DATE '2024-01-02', '%Y'), year(DATE '2024-01-02') FROM v_documents`,
    `SELECT if(value > 5, 'high', 'low'), ifnull(value_max, 0), coalesce(NULL, 1), value::VARCHAR || '%' FROM v_facts LIMIT 3`,
    `SELECT title FROM v_documents WHERE title LIKE '%报告%' AND doc_id IN (SELECT doc_id FROM v_facts)`,
    `SELECT string_agg(region, ',' ORDER BY region), median(value), count(DISTINCT indicator) FROM v_facts`,
    `SELECT * FROM range(3) t(i) CROSS JOIN generate_series(1, 2)`,
    `SELECT * FROM v_facts PIVOT (count(*) FOR kind IN ('target', 'actual') GROUP BY indicator)`,
    `SELECT json_extract('{"a": 1}', '$.a'), '{"b": 2}'::JSON ->> 'b'`,
    `SELECT EXTRACT(year FROM DATE '2020-05-01'), DATE '2020-05-01' + INTERVAL 3 DAY`,
    `DESCRIBE v_facts`,
    `SHOW TABLES`,
    `SUMMARIZE v_regions`,
    `EXPLAIN SELECT count(*) FROM facts`,
    `EXPLAIN ANALYZE SELECT count(*) FROM facts`,
    `FROM v_indicators SELECT id ORDER BY id COLLATE NOCASE LIMIT 2`,
    `SELECT column_name FROM duckdb_columns() WHERE table_name = 'v_facts'`,
  ])('%s', async (text) => {
    const { status, body } = await sql('analyst-a', text);
    expect(status, JSON.stringify(body)).toBe(200);
  });
});

describe('limits on what a query returns', () => {
  it('answers blank SQL with a one-line error, not a crash', async () => {
    for (const text of ['', '   ', '\n\t', '-- only a comment', '/* nothing */']) {
      const { status, body } = await sql('analyst-a', text);
      expect(status, JSON.stringify(text)).toBe(400);
      expect(body.error.message, JSON.stringify(text)).toMatch(/^sql: /);
    }
  });

  it('caps the output in bytes, not characters', async () => {
    // 2,800 three-byte characters a row: under the cap in characters, over it in bytes.
    const rows = Math.ceil(MAX_RESULT_BYTES / (2800 * 3)) + 10;
    const { status, raw, body } = await sql(
      'analyst-a',
      `SELECT repeat('庆', 2800) AS s FROM range(${rows})`,
      rows,
    );
    expect(status).toBe(200);
    expect(rows * 2800).toBeLessThan(MAX_RESULT_BYTES);
    expect(body.truncated).toBe(true);
    expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(MAX_RESULT_BYTES + 64 * 1024);
  });
});
