import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { SQL_DEFAULTS } from '../sql-options.js';
import { json } from '../testing/http.js';
import { openSeedDatabase, type SeedDatabase } from '../testing/seed-database.js';

let seed: SeedDatabase;
beforeAll(async () => {
  seed = await openSeedDatabase();
}, 60_000);
afterAll(async () => seed?.close());

const post = (
  app: ReturnType<typeof createApp>,
  body: unknown,
  init: { headers?: Record<string, string>; query?: string } = {},
) =>
  app.request(`/api/sql${init.query ?? ''}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...init.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/sql', () => {
  it('answers a query over the views with columns, rows, truncated and elapsed time', async () => {
    const app = createApp({ db: seed.db });
    const res = await post(app, {
      sql: `SELECT region, value FROM v_facts WHERE region_code = '331126' AND indicator = 'gdp'
            AND kind = 'actual' AND measure = 'growth_pct'`,
    });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.columns).toEqual([
      { name: 'region', type: 'VARCHAR' },
      { name: 'value', type: 'DOUBLE' },
    ]);
    expect(body.rows).toEqual([['庆元县', 7.5]]);
    expect(body.truncated).toBe(false);
    expect(body.elapsed_ms).toBeGreaterThanOrEqual(0);
  });

  it('returns counts as numbers, and caps rows at max_rows', async () => {
    const app = createApp({ db: seed.db });
    const counted = await json(await post(app, { sql: 'SELECT count(*) AS n FROM facts' }));
    expect(typeof counted.rows[0][0]).toBe('number');
    const capped = await json(await post(app, { sql: 'SELECT * FROM range(50)', max_rows: 7 }));
    expect(capped.rows).toHaveLength(7);
    expect(capped.truncated).toBe(true);
    const exact = await json(await post(app, { sql: 'SELECT * FROM range(7)', max_rows: 7 }));
    expect(exact.truncated).toBe(false);
  });

  it('allows DESCRIBE, SUMMARIZE, SHOW and EXPLAIN of a SELECT', async () => {
    const app = createApp({ db: seed.db });
    for (const sql of [
      'DESCRIBE v_facts',
      'SUMMARIZE v_scorecard',
      'SHOW TABLES',
      'EXPLAIN SELECT * FROM facts',
      'FROM v_documents LIMIT 1',
    ]) {
      const res = await post(app, { sql });
      expect(res.status, sql).toBe(200);
    }
  });

  it('returns CSV for Accept: text/csv or ?format=csv', async () => {
    const app = createApp({ db: seed.db });
    const sql = `SELECT 'a,b' AS x, 1 AS n UNION ALL SELECT '庆元"县', 2 ORDER BY n`;
    for (const init of [{ headers: { Accept: 'text/csv' } }, { query: '?format=csv' }]) {
      const res = await post(app, { sql }, init);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toMatch(/attachment/);
      expect((await res.text()).replace(/^\ufeff/, '')).toBe('x,n\r\n"a,b",1\r\n"庆元""县",2\r\n');
    }
  });

  it('requires the bearer token when API_TOKEN is set, and only on /api/sql', async () => {
    const app = createApp({ db: seed.db, apiToken: 's3cret' });
    const none = await post(app, { sql: 'SELECT 1' });
    expect(none.status).toBe(401);
    expect((await json(none)).error.code).toBe('unauthorized');
    expect(
      (await post(app, { sql: 'SELECT 1' }, { headers: { Authorization: 'Bearer wrong' } })).status,
    ).toBe(401);
    expect(
      (await post(app, { sql: 'SELECT 1' }, { headers: { Authorization: 'Bearer s3cret' } })).status,
    ).toBe(200);
    expect((await app.request('/api/health')).status).toBe(200);
  });

  it('rejects a bad body naming the field, a non-JSON body, and a body over the limit', async () => {
    const app = createApp({ db: seed.db, bodyLimitBytes: 1024 });
    const missing = await post(app, { query: 'SELECT 1' });
    expect(missing.status).toBe(400);
    expect((await json(missing)).error.message).toMatch(/^sql:/);
    const badRows = await post(app, { sql: 'SELECT 1', max_rows: -1 });
    expect((await json(badRows)).error.message).toMatch(/^max_rows:/);
    const notJson = await post(app, '{"sql": ');
    expect(notJson.status).toBe(400);
    const text = await app.request('/api/sql', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'SELECT 1',
    });
    expect(text.status).toBe(415);
    const big = await post(app, { sql: `SELECT '${'x'.repeat(2000)}'` });
    expect(big.status).toBe(413);
    expect((await json(big)).error.code).toBe('body_too_large');
  });

  it('refuses a query beyond the concurrency cap with 429', async () => {
    const app = createApp({ db: seed.db, sql: { maxConcurrent: 1, timeoutMs: 1500 } });
    const slow = post(app, { sql: 'SELECT sum(i) FROM range(1000000000000) t(i)' });
    await new Promise((r) => setTimeout(r, 100));
    const second = await post(app, { sql: 'SELECT 1' });
    expect(second.status).toBe(429);
    expect((await json(second)).error.code).toBe('too_many_queries');
    const first = await slow;
    expect(first.status).toBe(408);
    expect((await post(app, { sql: 'SELECT 1' })).status).toBe(200);
  });

  it('defaults to a 5 s time limit', () => {
    expect(SQL_DEFAULTS.timeoutMs).toBe(5000);
  });
});
