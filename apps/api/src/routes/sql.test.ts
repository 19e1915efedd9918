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

  it('neutralises formulas in CSV cells', async () => {
    const app = createApp({ db: seed.db });
    const sql = `SELECT '=HYPERLINK(''http://x'')' AS a, '+cmd' AS b, '@SUM(1)' AS c, -3 AS n`;
    const res = await post(app, { sql }, { query: '?format=csv' });
    expect((await res.text()).replace(/^\ufeff/, '')).toBe(
      `a,b,c,n\r\n'=HYPERLINK('http://x'),'+cmd,'@SUM(1),-3\r\n`,
    );
  });

  it('requires the bearer token when API_TOKEN is set, and only on /api/sql', async () => {
    const app = createApp({ db: seed.db, apiTokens: ['s3cret'] });
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

  it('queues a query while the slots are busy, and refuses it with 429 past the wait limit', async () => {
    const slow = 'SELECT sum(i) FROM range(1000000000000) t(i)';
    const patient = createApp({
      db: seed.db,
      sql: { maxConcurrent: 1, timeoutMs: 1500, queueWaitMs: 20_000 },
    });
    const first = post(patient, { sql: slow });
    await new Promise((r) => setTimeout(r, 100));
    const queued = await post(patient, { sql: 'SELECT 42 AS n' });
    expect(queued.status).toBe(200);
    expect((await json(queued)).rows).toEqual([[42]]);
    expect((await first).status).toBe(408);

    const hasty = createApp({ db: seed.db, sql: { maxConcurrent: 1, timeoutMs: 1500, queueWaitMs: 200 } });
    const busy = post(hasty, { sql: slow });
    await new Promise((r) => setTimeout(r, 100));
    const refused = await post(hasty, { sql: 'SELECT 1' });
    expect(refused.status).toBe(429);
    expect((await json(refused)).error.code).toBe('too_many_queries');
    expect((await busy).status).toBe(408);
    expect((await post(hasty, { sql: 'SELECT 1' })).status).toBe(200);
  });

  it("lets one client's slow queries hold only its share of the slots", async () => {
    const app = createApp({
      db: seed.db,
      apiTokens: ['slow-analyst', 'quick-analyst'],
      // Long enough that a loaded machine still answers the quick query before the first slow one
      // times out (at 1.5 s it did not, once, with the whole suite running).
      sql: { maxConcurrent: 2, timeoutMs: 3000 },
    });
    const as = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
    const order: string[] = [];
    const slow = [1, 2].map(async (i) => {
      const res = await post(
        app,
        { sql: 'SELECT sum(i) FROM range(1000000000000) t(i)' },
        as('slow-analyst'),
      );
      order.push(`slow ${i}`);
      return res;
    });
    await new Promise((r) => setTimeout(r, 100));
    const quick = await post(app, { sql: 'SELECT 1 AS n' }, as('quick-analyst'));
    order.push('quick');
    expect(quick.status).toBe(200);
    const [a, b] = await Promise.all(slow);
    expect([a!.status, b!.status]).toEqual([408, 408]);
    // The quick analyst did not wait for the slow one's queries, which ran one after the other.
    expect(order).toEqual(['quick', 'slow 1', 'slow 2']);
  });

  it('defaults to a 5 s time limit', () => {
    expect(SQL_DEFAULTS.timeoutMs).toBe(5000);
  });
});
