/**
 * Hostile SQL: every query here tries to write, change settings, reach outside the store, or exhaust
 * the server. Each must be refused with a clear 4xx, or stopped by its limit; afterwards the
 * database file is byte-identical, nothing was written outside it, and the server still answers.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { type AnyJson, json } from './testing/http.js';
import { openSeedDatabase, type SeedDatabase } from './testing/seed-database.js';

let seed: SeedDatabase;
let app: ReturnType<typeof createApp>;
let hashBefore: string;
const hashFile = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

beforeAll(async () => {
  seed = await openSeedDatabase();
  hashBefore = await hashFile(seed.dbPath);
  app = createApp({ db: seed.db, sql: { timeoutMs: 1500, maxRows: 1000, maxConcurrent: 4 } });
}, 60_000);
afterAll(async () => seed?.close());

/** Where a hostile query would write if it could. */
const evil = (name: string) => join(seed.dir, name);

type Case = [label: string, sql: () => string];
const REFUSED: Case[] = [
  // Writes and DDL
  ['INSERT', () => `INSERT INTO facts SELECT * FROM facts LIMIT 1`],
  ['UPDATE', () => `UPDATE facts SET value = 0`],
  ['DELETE', () => `DELETE FROM documents`],
  ['DROP TABLE', () => `DROP TABLE facts`],
  ['TRUNCATE', () => `TRUNCATE facts`],
  ['CREATE TABLE AS', () => `CREATE TABLE stolen AS SELECT * FROM documents`],
  ['CREATE TEMP TABLE', () => `CREATE TEMP TABLE t (a INTEGER)`],
  ['CREATE VIEW', () => `CREATE VIEW v_evil AS SELECT 1`],
  ['CREATE MACRO', () => `CREATE MACRO evil(a) AS a`],
  ['CREATE SECRET', () => `CREATE SECRET s (TYPE s3, KEY_ID 'x', SECRET 'y')`],
  ['ALTER TABLE', () => `ALTER TABLE facts ADD COLUMN evil INTEGER`],
  ['EXPLAIN ANALYZE DELETE', () => `EXPLAIN ANALYZE DELETE FROM facts`],
  ['PREPARE', () => `PREPARE p AS SELECT 1`],
  ['EXECUTE', () => `EXECUTE p`],
  // Other databases and files
  ['ATTACH a file', () => `ATTACH '${evil('attached.duckdb')}' AS other`],
  ['ATTACH memory', () => `ATTACH ':memory:' AS mem`],
  ['DETACH', () => `DETACH gwr`],
  ['USE', () => `USE memory`],
  ['COPY TO csv', () => `COPY facts TO '${evil('facts.csv')}'`],
  [
    'COPY query TO parquet',
    () => `COPY (SELECT * FROM documents) TO '${evil('docs.parquet')}' (FORMAT parquet)`,
  ],
  ['COPY FROM', () => `COPY facts FROM '/etc/passwd'`],
  ['COPY FROM DATABASE', () => `COPY FROM DATABASE gwr TO memory`],
  ['EXPORT DATABASE', () => `EXPORT DATABASE '${evil('export')}'`],
  ['IMPORT DATABASE', () => `IMPORT DATABASE '${evil('export')}'`],
  // File readers and paths as tables
  ['read_csv', () => `SELECT * FROM read_csv('/etc/passwd')`],
  ['read_csv_auto environ', () => `SELECT * FROM read_csv_auto('/proc/self/environ')`],
  ['read_text', () => `SELECT * FROM read_text('/etc/passwd')`],
  ['read_blob', () => `SELECT * FROM read_blob('/etc/passwd')`],
  ['read_parquet', () => `SELECT * FROM read_parquet('/etc/passwd')`],
  ['read_json', () => `SELECT * FROM read_json('/etc/passwd')`],
  ['parquet_metadata', () => `SELECT * FROM parquet_metadata('/etc/passwd')`],
  ['sniff_csv', () => `SELECT * FROM sniff_csv('/etc/passwd')`],
  ['glob', () => `SELECT * FROM glob('/etc/*')`],
  ['path as table', () => `SELECT * FROM '/etc/passwd'`],
  ['csv path as table', () => `SELECT * FROM '/etc/hosts.csv'`],
  ['URL as table', () => `SELECT * FROM 'https://example.com/data.csv'`],
  ['DESCRIBE a file', () => `DESCRIBE SELECT * FROM read_text('/etc/passwd')`],
  ['subquery reads a file', () => `SELECT (SELECT count(*) FROM read_text('/etc/shadow')) AS n`],
  ['getenv', () => `SELECT getenv('HOME')`],
  // Extensions
  ['INSTALL', () => `INSTALL httpfs`],
  ['FORCE INSTALL from URL', () => `FORCE INSTALL httpfs FROM 'http://127.0.0.1:1/'`],
  ['LOAD', () => `LOAD httpfs`],
  ['UPDATE EXTENSIONS', () => `UPDATE EXTENSIONS`],
  // Settings
  ['SET external access', () => `SET enable_external_access = true`],
  ['SET memory_limit', () => `SET memory_limit = '64GB'`],
  ['SET threads', () => `SET threads = 64`],
  ['RESET', () => `RESET lock_configuration`],
  ['PRAGMA setting', () => `PRAGMA enable_profiling`],
  ['SET GLOBAL', () => `SET GLOBAL access_mode = 'READ_WRITE'`],
  // Transactions and maintenance
  ['BEGIN', () => `BEGIN TRANSACTION`],
  ['CHECKPOINT', () => `CHECKPOINT`],
  ['CALL checkpoint', () => `CALL checkpoint()`],
  ['CALL a table function', () => `CALL pragma_table_info('facts')`],
  ['VACUUM', () => `VACUUM`],
  ['ANALYZE', () => `ANALYZE`],
  // Several statements in one string
  ['SELECT then DROP', () => `SELECT 1; DROP TABLE facts`],
  ['two SELECTs', () => `SELECT 1; SELECT 2`],
  ['comment hides a statement', () => `SELECT 1 /* ; */; DELETE FROM facts`],
  ['EXPLAIN with a comment before a write', () => `EXPLAIN /* x */ ANALYZE DELETE FROM facts`],
  // Stateful functions: a SELECT whose effect outlives the query
  ['enable_logging', () => `SELECT * FROM enable_logging()`],
  [
    'enable_logging to a file',
    () => `SELECT * FROM enable_logging(storage='file', storage_path='${evil('logs')}')`,
  ],
  ['disable_logging', () => `SELECT * FROM disable_logging()`],
  ['enable_profiling', () => `SELECT * FROM enable_profiling()`],
  ['enable_peg_parser', () => `SELECT * FROM enable_peg_parser()`],
  ['disable_peg_parser', () => `SELECT * FROM disable_peg_parser()`],
  ['checkpoint()', () => `SELECT * FROM checkpoint()`],
  ['force_checkpoint()', () => `SELECT * FROM force_checkpoint()`],
  ['truncate_duckdb_logs', () => `SELECT * FROM truncate_duckdb_logs()`],
  ['write_log', () => `SELECT write_log('x')`],
  ['setseed', () => `SELECT setseed(0.5)`],
  ['nextval', () => `SELECT nextval('s')`],
  ['a stateful call in a subquery', () => `SELECT (SELECT count(*) FROM enable_logging()) AS n`],
  ['a stateful call in a WITH', () => `WITH x AS (FROM enable_profiling()) SELECT 1`],
  ['EXPLAIN ANALYZE runs a stateful call', () => `EXPLAIN ANALYZE SELECT * FROM enable_logging()`],
  ['EXPLAIN of a parenthesised query', () => `EXPLAIN (FROM duckdb_logs)`],
  ['a stateful call as a qualified name', () => `SELECT * FROM system.main.enable_logging()`],
  // Reading other analysts' queries
  ['duckdb_logs view', () => `SELECT message FROM duckdb_logs`],
  ['duckdb_logs()', () => `SELECT * FROM duckdb_logs()`],
  ['duckdb_logs_parsed', () => `SELECT * FROM duckdb_logs_parsed('QueryLog')`],
  [
    'a WITH named like the logs, read outside its scope',
    () => `SELECT (WITH duckdb_logs AS (SELECT 1) SELECT 1), (SELECT count(*) FROM duckdb_logs)`,
  ],
  ['query() runs SQL text', () => `SELECT * FROM query('SELECT * FROM duckdb_logs')`],
  ['query_table', () => `SELECT * FROM query_table('duckdb_logs')`],
  ['a table macro over any table', () => `SELECT * FROM histogram('duckdb_logs', message)`],
  ['current_query_id', () => `SELECT current_query_id()`],
  ['duckdb_prepared_statements', () => `SELECT * FROM duckdb_prepared_statements()`],
  [
    'json_execute_serialized_sql',
    () => `SELECT * FROM json_execute_serialized_sql(json_serialize_sql('SELECT 1'))`,
  ],
  // Server paths
  ['duckdb_databases()', () => `SELECT path FROM duckdb_databases()`],
  ['duckdb_databases view', () => `SELECT path FROM duckdb_databases`],
  ['current_setting', () => `SELECT current_setting('secret_directory')`],
  ['duckdb_settings()', () => `SELECT value FROM duckdb_settings() WHERE name = 'home_directory'`],
  ['pragma_database_list', () => `SELECT * FROM pragma_database_list()`],
  ['SHOW DATABASES', () => `SHOW DATABASES`],
  ['information_schema', () => `SELECT * FROM information_schema.schemata`],
  ['duckdb_temporary_files', () => `SELECT * FROM duckdb_temporary_files()`],
];

/** Queries that are allowed to start but must be stopped by a limit. */
const LIMITED: Case[] = [
  [
    'runaway recursive CTE',
    () => `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT count(*) FROM t`,
  ],
  ['endless sum over range()', () => `SELECT sum(i) FROM range(1000000000000) t(i)`],
  ['huge range() result', () => `SELECT * FROM range(1000000000)`],
  ['huge cross join', () => `SELECT * FROM range(1000000) a, range(1000000) b`],
  ['huge strings', () => `SELECT repeat('x', 10000000) AS s FROM range(1000)`],
  ['memory-hungry sort', () => `SELECT * FROM range(2000000000) t(i) ORDER BY random()`],
  ['a giant list in one value', () => `SELECT range(300000000) AS l`],
  [
    'aggregating into one huge string',
    () => `SELECT string_agg('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '') FROM range(100000000)`,
  ],
];

async function run(sql: string): Promise<{ status: number; body: AnyJson; ms: number }> {
  const started = performance.now();
  const res = await app.request('/api/sql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sql }),
  });
  return { status: res.status, body: await json(res), ms: performance.now() - started };
}

describe('hostile SQL', () => {
  it('has at least 30 hostile queries', () => {
    expect(REFUSED.length + LIMITED.length).toBeGreaterThanOrEqual(30);
  });

  it.each(REFUSED)('refuses %s with a clear 4xx', async (_label, sql) => {
    const { status, body } = await run(sql());
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.error.code).toMatch(/^[a-z_]+$/);
    expect(body.error.message).toMatch(/^sql: /);
  });

  it.each(LIMITED)('stops %s by a limit', { timeout: 60_000 }, async (_label, sql) => {
    const { status, body, ms } = await run(sql());
    if (status === 200) {
      expect(body.truncated).toBe(true);
      expect(body.rows.length).toBeLessThanOrEqual(1000);
    } else {
      expect([408, 422]).toContain(status);
      expect(body.error.code).toMatch(/^(timeout|memory_limit)$/);
    }
    // Stopped by the 1.5 s limit (the child is killed 1 s after it), not left to run for the
    // minutes these queries take; the margin absorbs a loaded machine starting a new child (a
    // clean-clone CI run, every package testing at once, once took 12.1 s here).
    expect(ms).toBeLessThan(30_000);
  });

  it('leaves the database byte-identical, writes nothing outside it, and still answers', async () => {
    expect(await hashFile(seed.dbPath)).toBe(hashBefore);
    for (const name of ['attached.duckdb', 'facts.csv', 'docs.parquet', 'export', 'logs'])
      expect(existsSync(evil(name))).toBe(false);
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    const ok = await run('SELECT count(*) AS n FROM v_facts');
    expect(ok.status).toBe(200);
    expect(ok.body.rows[0][0]).toBe((await json(health)).database.facts);
    // Settings are still the locked ones (read on our side: analysts may not read settings).
    const settings = await seed.db.all(
      `SELECT name, value FROM duckdb_settings() WHERE name IN ('enable_external_access', 'lock_configuration', 'access_mode') ORDER BY name`,
    );
    expect(settings.map((r) => [r.name, r.value])).toEqual([
      ['access_mode', 'read_only'],
      ['enable_external_access', 'false'],
      ['lock_configuration', 'true'],
    ]);
  });
});
