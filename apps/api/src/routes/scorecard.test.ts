import { evaluateTarget, type Figure } from '@gwr/domain';
import { describe, expect, it } from 'vitest';
import { type AnyJson, json } from '../testing/http.js';
import { useSeedApp } from '../testing/seed-app.js';

const seedApp = useSeedApp();

const { get } = seedApp;
const row = (card: AnyJson, indicator: string, measure: string) =>
  card.rows.find((r: AnyJson) => r.indicator === indicator && r.measure === measure);

describe('GET /api/scorecard', () => {
  it('庆元县 GDP growth: result 2017 = 7.5, target 2018 = 7, each with its evidence', async () => {
    const card = await get(`/api/scorecard?region=${encodeURIComponent('庆元县')}`);
    expect(card.region).toEqual({ name: '庆元县', code: '331126', level: 'county' });
    expect(card.year).toBe(2017);
    const gdp = row(card, 'gdp', 'growth_pct');
    expect(gdp.result.value).toBe(7.5);
    expect(gdp.result.year).toBe(2017);
    expect(gdp.result.evidence.text).toContain('7.5%');
    expect(gdp.next_target.value).toBe(7);
    expect(gdp.next_target.year).toBe(2018);
    expect(gdp.next_target.evidence.text).toContain('7%');
    // The 2018 target asks for less growth than 2017 achieved.
    expect(gdp.next_ambition).toMatchObject({ delta: -0.5, verdict: 'lowered' });
    expect(gdp.next_ambition.baseline.fact_id).toBe(gdp.result.fact_id);
    expect(gdp.status).toBe('no_target');
    // The 2017 target would be in the 2017 report; the seed holds only the 2018 one.
    expect(gdp.completing_report_year).toBe(2017);
    expect(card.reports.map((r: AnyJson) => [r.kind, r.report_year])).toEqual([['work_report', 2018]]);
  });

  it('accepts the GB/T code and a year; a target whose result report is not loaded awaits it', async () => {
    const card = await get('/api/scorecard?region=331126&year=2018');
    expect(card.year).toBe(2018);
    const gdp = row(card, 'gdp', 'growth_pct');
    expect(gdp.target.value).toBe(7);
    expect(gdp.result).toBeNull();
    expect(gdp.status).toBe('awaiting_result');
    // The 2018 result comes with the 2019 report, which the seed does not hold.
    expect(gdp.completing_report_year).toBe(2019);
    expect(gdp.ambition).toMatchObject({ delta: -0.5, verdict: 'lowered' });
    expect(gdp.ambition.baseline.value).toBe(7.5);
  });

  it('every figure carries a fact id and evidence that exists in its document', async () => {
    const card = await get('/api/scorecard?region=331126');
    const refs = card.rows.flatMap((r: AnyJson) => [r.result, r.target, r.next_target].filter(Boolean));
    expect(refs.length).toBeGreaterThan(5);
    const docs = new Map<string, AnyJson>();
    for (const ref of refs) {
      if (!docs.has(ref.doc_id)) docs.set(ref.doc_id, await get(`/api/documents/${ref.doc_id}`));
      const doc = docs.get(ref.doc_id).document;
      expect(doc.text.slice(ref.evidence.start - doc.body_start, ref.evidence.end - doc.body_start)).toBe(
        ref.evidence.text,
      );
    }
  });

  it('reports attainment shares (完成…的133%) as met', async () => {
    const card = await get('/api/scorecard?region=331126');
    const shares = [
      ...card.shares,
      ...card.rows
        .filter((r: AnyJson) => r.measure === 'attainment_pct')
        .map((r: AnyJson) => ({ ...r, fact: r.result })),
    ];
    expect(shares.length).toBeGreaterThan(0);
    for (const s of shares) expect(s.status).toBe(s.fact.value >= 100 ? 'met' : 'missed');
  });

  it('400 names a bad parameter, 404 for an unknown region', async () => {
    const missing = await seedApp.app.request('/api/scorecard');
    expect(missing.status).toBe(400);
    expect((await json(missing)).error.message).toMatch(/^region:/);
    const badYear = await seedApp.app.request('/api/scorecard?region=331126&year=twenty');
    expect(badYear.status).toBe(400);
    expect((await json(badYear)).error.message).toMatch(/^year:/);
    const unknown = await seedApp.app.request('/api/scorecard?region=nowhere');
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error.code).toBe('unknown_region');
  });
});

describe('GET /api/compare', () => {
  it('GDP growth across regions: results and targets side by side', async () => {
    const body = await get('/api/compare?indicator=gdp&measure=growth_pct');
    expect(body.indicator.id).toBe('gdp');
    expect(body.years).toEqual([...body.years].sort());
    const qingyuan = body.regions.find((r: AnyJson) => r.region_code === '331126');
    const y2017 = qingyuan.series.find((s: AnyJson) => s.year === 2017);
    const y2018 = qingyuan.series.find((s: AnyJson) => s.year === 2018);
    expect(y2017.result.value).toBe(7.5);
    expect(y2018.target.value).toBe(7);
    expect(y2018.status).toBe('awaiting_result');
    expect(body.regions.length).toBeGreaterThan(1);
  });

  it('validates indicator and measure', async () => {
    const bad = await seedApp.app.request('/api/compare?indicator=gdp&measure=speed');
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.message).toMatch(/^measure:/);
    const unknown = await seedApp.app.request('/api/compare?indicator=no_such&measure=level');
    expect(unknown.status).toBe(404);
  });
});

describe('v_scorecard agrees with the attainment rules', () => {
  it('computes the same status as evaluateTarget for every row', async () => {
    const res = await seedApp.app.request('/api/sql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        sql: `SELECT s.*, a.unit AS result_unit, t.unit AS target_unit FROM v_scorecard s
              LEFT JOIN facts a ON a.fact_id = s.result_fact_id LEFT JOIN facts t ON t.fact_id = s.target_fact_id`,
        max_rows: 10000,
      }),
    });
    expect(res.status).toBe(200);
    const { columns, rows } = await json(res);
    const names: string[] = columns.map((c: AnyJson) => c.name);
    const records = rows.map((r: unknown[]) => Object.fromEntries(names.map((n, i) => [n, r[i]])));
    expect(records.length).toBeGreaterThan(20);
    const figure = (
      value: number | null,
      max: number | null,
      qualifier: string,
      unit: string,
    ): Figure | null =>
      value === null ? null : { value, value_max: max, qualifier: qualifier as Figure['qualifier'], unit };
    for (const r of records) {
      if (r.measure === 'attainment_pct') continue;
      const expected = evaluateTarget(
        figure(r.target_value, r.target_value_max, r.target_qualifier, r.target_unit),
        figure(r.result_value, r.result_value_max, r.result_qualifier, r.result_unit),
        r.direction,
      );
      expect({ status: r.status, gap: r.gap }).toEqual(expected);
    }
  });
});

describe('GET /api/compare?limit=&offset=', () => {
  it('pages the regions in the order of the whole comparison, with its total', async () => {
    const all = await get('/api/compare?indicator=gdp&measure=growth_pct');
    expect(all.total_regions).toBe(all.regions.length);
    expect(all).toMatchObject({ offset: 0, limit: null });
    const page = await get('/api/compare?indicator=gdp&measure=growth_pct&limit=1&offset=1');
    expect(page).toMatchObject({ total_regions: all.regions.length, offset: 1, limit: 1, years: all.years });
    expect(page.regions).toEqual([all.regions[1]]);
    const past = await get(`/api/compare?indicator=gdp&measure=growth_pct&offset=${all.regions.length}`);
    expect(past.regions).toEqual([]);
  });

  it('puts the whole comparison back together page by page', async () => {
    const all = await get('/api/compare?indicator=gdp&measure=growth_pct');
    expect(all.regions.length).toBeGreaterThan(2);
    const pages = [];
    for (let offset = 0; offset < all.total_regions; offset += 2) {
      const page = await get(`/api/compare?indicator=gdp&measure=growth_pct&limit=2&offset=${offset}`);
      expect(page.years).toEqual(all.years);
      pages.push(...page.regions);
    }
    expect(pages).toEqual(all.regions);
  });

  it('pages the regions asked for', async () => {
    const all = await get('/api/compare?indicator=gdp&measure=growth_pct');
    const [a, b, c] = all.regions;
    const asked = encodeURIComponent([a, b, c].map((r: AnyJson) => r.region_code ?? r.region).join(','));
    const page = await get(`/api/compare?indicator=gdp&measure=growth_pct&regions=${asked}&limit=1&offset=2`);
    expect(page).toMatchObject({ total_regions: 3, offset: 2, limit: 1, regions: [c] });
  });

  it('refuses a page of no regions', async () => {
    const bad = await seedApp.app.request('/api/compare?indicator=gdp&measure=growth_pct&limit=0');
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.message).toMatch(/^limit:/);
  });
});

describe('GET /api/compare?regions=', () => {
  it('keeps only the regions asked for, by name or code', async () => {
    const all = await get('/api/compare?indicator=gdp&measure=growth_pct');
    expect(all.regions.length).toBeGreaterThan(1);
    const [a, b] = all.regions;
    const some = await get(
      `/api/compare?indicator=gdp&measure=growth_pct&regions=${encodeURIComponent(`${a.region},${b.region_code}`)}`,
    );
    expect(some.regions.map((r: AnyJson) => r.region)).toEqual([a.region, b.region]);
    expect(some.regions[0]).toEqual(a);
  });
});
