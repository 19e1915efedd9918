import { INDICATORS } from '@gwr/domain';
import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../testing/http.js';
import { useSeedApp } from '../testing/seed-app.js';

const seedApp = useSeedApp();

const { get } = seedApp;

describe('GET /api/regions', () => {
  it('lists regions with level, parent and counts that match the documents and facts', async () => {
    const { regions } = await get('/api/regions');
    const qingyuan = regions.find((r: AnyJson) => r.code === '331126');
    expect(qingyuan).toMatchObject({
      name: '庆元县',
      level: 'county',
      parent_code: '331100',
      parent_name: '丽水市',
    });
    const docs = await get('/api/documents?region=331126');
    expect(qingyuan.documents).toBe(docs.total);
    expect(qingyuan.documents).toBeGreaterThan(0);
    const facts = await get('/api/facts?region=331126&limit=1');
    expect(qingyuan.facts).toBe(facts.total);
    expect(qingyuan.report_years).toContain(2018);
    expect(qingyuan.fact_years).toEqual(expect.arrayContaining([2017, 2018]));
    // Every parent is listed too, and the list goes from the top level down.
    const codes = new Set(regions.map((r: AnyJson) => r.code));
    for (const r of regions) if (r.parent_code) expect(codes.has(r.parent_code)).toBe(true);
    const order = ['national', 'province', 'prefecture', 'county'];
    const levels = regions.map((r: AnyJson) => order.indexOf(r.level));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });
});

describe('GET /api/indicators', () => {
  it('returns the whole catalog in order, with the regions and years that have data', async () => {
    const { indicators } = await get('/api/indicators');
    expect(indicators.map((i: AnyJson) => i.id)).toEqual(INDICATORS.map((i) => i.id));
    const gdp = indicators.find((i: AnyJson) => i.id === 'gdp');
    expect(gdp.direction).toBe('higher');
    expect(indicators.find((i: AnyJson) => i.id === 'cpi').direction).toBe('ceiling');
    const qingyuan = gdp.regions.find((r: AnyJson) => r.region_code === '331126');
    expect(qingyuan.years).toEqual([2017, 2018]);
    expect(qingyuan.measures).toEqual(expect.arrayContaining(['level', 'growth_pct']));
    const total = await get('/api/facts?indicator=gdp&limit=1');
    expect(gdp.facts).toBe(total.total);
  });
});

describe('GET /api/schema', () => {
  it('describes every column of every table and view', async () => {
    const { tables } = await get('/api/schema');
    const names = tables.map((t: AnyJson) => t.name);
    for (const name of [
      'v_facts',
      'v_documents',
      'v_scorecard',
      'v_regions',
      'v_indicators',
      'facts',
      'documents',
    ]) {
      expect(names).toContain(name);
    }
    expect(tables[0].kind).toBe('view');
    for (const table of tables) {
      expect(table.description, table.name).not.toBe('');
      for (const column of table.columns) {
        expect(column.description, `${table.name}.${column.name}`).not.toBe('');
        expect(column.type).not.toBe('');
      }
    }
  });
});
