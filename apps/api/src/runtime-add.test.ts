/**
 * Reports added while the server runs, end to end: a real server process on a copy of the seed, a
 * load generator of 50 connections, and a 2019 report of 庆元县 (written for the tests) added
 * through POST /api/documents and by dropping a file into the corpus folder.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from './testing/seed-database.js';
import { type ServerProcess, startServerProcess } from './testing/seed-server-process.js';

const TOKEN = 'test-token-for-adding-reports';
let server: ServerProcess;
let base = '';

beforeAll(async () => {
  server = await startServerProcess({ API_TOKEN: TOKEN });
  base = server.baseUrl;
}, 120_000);
afterAll(() => server?.stop());

const get = async (path: string) => (await fetch(base + path)).json() as Promise<any>;
const gdp2018 = async () => {
  const card = await get('/api/scorecard?region=331126&year=2018');
  return card.rows.find((r: any) => r.indicator === 'gdp' && r.measure === 'growth_pct');
};
const post = (query: string, body: RequestInit['body'], token?: string) =>
  fetch(`${base}/api/documents${query}`, {
    method: 'POST',
    body,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });

/** GET requests on `connections` connections until stopped; resolves with every status seen. */
function loadGenerator(connections: number, paths: string[]) {
  let running = true;
  const statuses: number[] = [];
  const workers = Array.from({ length: connections }, async (_, i) => {
    for (let n = i; running; n++) {
      const res = await fetch(base + paths[n % paths.length]).catch(() => null);
      statuses.push(res?.status ?? 0);
      await res?.arrayBuffer();
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(workers);
      return statuses;
    },
  };
}

describe('POST /api/documents on a running server', () => {
  it('previews a report without writing anything, and needs no token for it', async () => {
    const report = await readFile(join(FIXTURE_DIR, 'qingyuan-2019.txt'));
    const res = await post('?preview=1', report);
    expect(res.status).toBe(200);
    const preview = (await res.json()) as any;
    expect(preview.documents).toMatchObject([
      { region_code: '331126', report_year: 2019, kind: 'work_report' },
    ]);
    expect(preview.facts.some((f: any) => f.indicator === 'gdp' && f.year === 2018 && f.value === 7.3)).toBe(
      true,
    );
    expect((await gdp2018()).status).toBe('awaiting_result');
  });

  it('previews a saved page whose text names no place as the place its address names, as the CLI reads it', async () => {
    const page = [
      'http://www.ouhai.gov.cn/art/2019/1/10/art_1.html',
      '2019年政府工作报告',
      '各位代表:现在,我代表县人民政府向大会报告工作。',
      '一、2018年工作回顾',
      '全年地区生产总值增长7.3%。',
    ].join('\n');
    const preview = (await (await post('?preview=1', page)).json()) as any;
    expect(preview.documents).toMatchObject([{ region: '瓯海区', region_code: '330304' }]);
    expect(preview.facts.map((f: any) => [f.region, f.indicator, f.value])).toEqual([['瓯海区', 'gdp', 7.3]]);
  });

  it('refuses a commit without the token, and an unreadable report with its reason', async () => {
    const report = await readFile(join(FIXTURE_DIR, 'qingyuan-2019.txt'));
    expect((await post('', report)).status).toBe(401);
    expect((await post('', report, 'wrong')).status).toBe(401);
    const bad = await post('', new Uint8Array([0, 1, 2, 3, 0, 0, 7]), TOKEN);
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as any).error.message).toMatch(/binary/);
  });

  it('adds the 2019 report under 50 connections of load: 2018 attainment appears, no request fails', async () => {
    const load = loadGenerator(50, [
      '/api/scorecard?region=331126&year=2018',
      '/api/regions',
      '/api/health',
      '/api/compare?indicator=gdp&measure=growth_pct',
    ]);
    await new Promise((r) => setTimeout(r, 300));
    const form = new FormData();
    form.set('file', new Blob([await readFile(join(FIXTURE_DIR, 'qingyuan-2019.txt'))]), 'qingyuan-2019.txt');
    const res = await post('', form, TOKEN);
    expect(res.status).toBe(201);
    const commit = (await res.json()) as any;
    expect(commit.added).toMatchObject([{ region_code: '331126', report_year: 2019 }]);
    await new Promise((r) => setTimeout(r, 300));
    const statuses = await load.stop();
    expect(statuses.length).toBeGreaterThan(100);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(await gdp2018()).toMatchObject({ status: 'met', gap: 0.3 });
  }, 60_000);

  it('skips the same report added twice; a corrected version replaces it and keeps it as history', async () => {
    const text = await readFile(join(FIXTURE_DIR, 'qingyuan-2019.txt'), 'utf8');
    const again = await post('', text, TOKEN);
    expect(again.status).toBe(200);
    expect(((await again.json()) as any).skipped).toHaveLength(1);
    const corrected = await post('', text.replace('地区生产总值增长7.3%', '地区生产总值增长6.8%'), TOKEN);
    expect(corrected.status).toBe(201);
    const commit = (await corrected.json()) as any;
    expect(commit.superseded).toHaveLength(1);
    expect(await gdp2018()).toMatchObject({ status: 'missed', gap: -0.2 });
    const sql = await fetch(`${base}/api/sql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        sql: `SELECT value FROM v_superseded_facts WHERE indicator = 'gdp' AND year = 2018 AND region_code = '331126'`,
      }),
    });
    expect(((await sql.json()) as any).rows).toEqual([[7.3]]);
  }, 60_000);

  it('picks up a report dropped into the corpus folder', async () => {
    const report = [
      '2019年温州市瓯海区人民政府工作报告',
      '各位代表:现在,我代表区人民政府向大会作工作报告。',
      '一、2018年工作回顾',
      '过去一年,全区地区生产总值增长7.9%,一般公共预算收入增长11.2%。',
    ].join('\n');
    await writeFile(join(server.dir, 'corpus', 'ouhai-2019.txt'), report);
    let row: any;
    for (let i = 0; i < 50 && !row?.result; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const card = await get('/api/scorecard?region=330304&year=2018');
      row = card.rows.find((r: any) => r.indicator === 'gdp' && r.measure === 'growth_pct');
    }
    expect(row.result.value).toBe(7.9);
    expect(['met', 'missed', 'within_tolerance']).toContain(row.status);
  }, 30_000);
});
