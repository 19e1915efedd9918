import { describe, expect, it } from 'vitest';
import { type AnyJson, json } from '../testing/http.js';
import { useSeedApp } from '../testing/seed-app.js';

const seedApp = useSeedApp();

const { get } = seedApp;
const q = encodeURIComponent;

describe('GET /api/facts', () => {
  it('filters by region name and code alike, indicator, kind, year and measure', async () => {
    const byName = await get(
      `/api/facts?region=${q('庆元县')}&indicator=gdp&kind=actual&year=2017&measure=growth_pct`,
    );
    const byCode = await get(
      '/api/facts?region=331126&indicator=gdp&kind=actual&year=2017&measure=growth_pct',
    );
    expect(byName).toEqual(byCode);
    expect(byName.total).toBe(1);
    expect(byName.facts[0]).toMatchObject({ region: '庆元县', value: 7.5, unit: '%', qualifier: 'exact' });
    const target = await get(
      '/api/facts?region=331126&indicator=gdp&kind=target&year=2018&measure=growth_pct',
    );
    expect(target.facts.map((f: AnyJson) => f.value)).toContain(7);
  });

  it('filters by section, document and text', async () => {
    const all = await get('/api/facts?limit=100000');
    const docId = all.facts[0].doc_id;
    const ofDoc = await get(`/api/facts?doc_id=${docId}&limit=100000`);
    expect(ofDoc.total).toBe(all.facts.filter((f: AnyJson) => f.doc_id === docId).length);
    const targets = await get('/api/facts?section=targets&limit=100000');
    expect(targets.total).toBeGreaterThan(0);
    expect(targets.facts.every((f: AnyJson) => f.section === 'targets')).toBe(true);
    const text = await get(`/api/facts?q=${q('失业率')}&limit=100000`);
    expect(text.total).toBeGreaterThan(0);
    for (const f of text.facts) expect(`${f.evidence.text}${f.label ?? ''}`).toContain('失业率');
  });

  it('pages with a total and sorts by value both ways', async () => {
    const first = await get('/api/facts?limit=5&offset=0&sort=value&order=desc');
    const second = await get('/api/facts?limit=5&offset=5&sort=value&order=desc');
    expect(first.total).toBe(second.total);
    expect(first.facts).toHaveLength(5);
    const values = [...first.facts, ...second.facts].map((f: AnyJson) => f.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const asc = await get('/api/facts?limit=3&sort=value&order=asc');
    expect(asc.facts[0].value).toBeLessThanOrEqual(asc.facts[2].value);
  });

  it('reports the same total on a full page, a partial page, the last page and past the end', async () => {
    const filter = 'kind=target';
    const [count] = (
      await seedApp.seed.db.all<{ n: number }>(
        "SELECT count(*)::INTEGER AS n FROM facts WHERE kind = 'target'",
      )
    ).map((r) => r.n);
    expect(count).toBeGreaterThan(3);
    const pages = [
      `limit=${count! + 5}`,
      'limit=2',
      `limit=${count}`,
      `limit=5&offset=${count! - 1}`,
      `limit=5&offset=${count}`,
      `limit=5&offset=${count! + 10}`,
    ];
    for (const page of pages) {
      const body = await get(`/api/facts?${filter}&${page}`);
      expect({ page, total: body.total }).toEqual({ page, total: count });
    }
  });

  it('exports CSV and NDJSON with content type and file name', async () => {
    const filter = 'region=331126&indicator=gdp';
    const csv = await seedApp.app.request(`/api/facts?${filter}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="facts.csv"/);
    const lines = (await csv.text())
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^fact_id,doc_id,doc_title,region/);
    const total = (await get(`/api/facts?${filter}`)).total;
    expect(lines).toHaveLength(total + 1);
    expect(lines.some((l) => l.includes('庆元县') && l.includes(',7.5,'))).toBe(true);

    const nd = await seedApp.app.request(`/api/facts?${filter}&format=ndjson`);
    expect(nd.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(nd.headers.get('content-disposition')).toMatch(/facts\.ndjson/);
    const objects = (await nd.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(objects).toHaveLength(total);
    expect(objects[0].evidence.text.length).toBeGreaterThan(0);
  });

  it('rejects bad parameters naming them', async () => {
    for (const [query, param] of [
      ['kind=forecast', 'kind'],
      ['year=20x7', 'year'],
      ['limit=0', 'limit'],
      ['sort=evidence_text;drop', 'sort'],
      ['format=xml', 'format'],
      ['measure=speed', 'measure'],
    ] as const) {
      const res = await seedApp.app.request(`/api/facts?${query}`);
      expect(res.status, query).toBe(400);
      expect((await json(res)).error.message, query).toMatch(new RegExp(`^${param}:`));
    }
  });
});
