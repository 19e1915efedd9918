/**
 * Targets meet results: the seed's 2018 report of 庆元县 (2017 results, 2018 targets) and a 2019
 * report of the same county written for the tests (its review states the 2018 results, one of
 * them against its own target), loaded together.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../testing/http.js';
import { useSeedApp } from '../testing/seed-app.js';
import { FIXTURE_DIR } from '../testing/seed-database.js';

const seedApp = useSeedApp({}, [join(FIXTURE_DIR, 'qingyuan-2019.txt')]);
/** The rows of an analyst's query through POST /api/sql. */
const sql = async <T extends unknown[]>(query: string): Promise<T[]> => {
  const res = await seedApp.app.request('/api/sql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sql: query }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { rows: T[] }).rows;
};
const row = (card: AnyJson, indicator: string, measure: string) =>
  card.rows.find((r: AnyJson) => r.indicator === indicator && r.measure === measure);

describe('a region with the reports of two years', () => {
  it('pairs the 2018 targets of the 2018 report with the 2018 results of the 2019 report', async () => {
    const card = await seedApp.get('/api/scorecard?region=331126&year=2018');
    expect(card.reports.map((r: AnyJson) => r.report_year)).toEqual([2018, 2019]);
    const gdp = row(card, 'gdp', 'growth_pct');
    expect([gdp.target.value, gdp.result.value, gdp.status, gdp.gap]).toEqual([7, 7.3, 'met', 0.3]);
    const [targetDoc, resultDoc] = [gdp.target.doc_id, gdp.result.doc_id];
    expect(targetDoc).not.toBe(resultDoc);
    const budget = row(card, 'general_budget_revenue', 'growth_pct');
    expect([budget.target.value, budget.result.value, budget.status]).toEqual([8, 6.2, 'missed']);
    // 以内 is a cap: 2.9% is within 3.5%.
    expect(row(card, 'registered_unemployment_rate', 'rate_pct').status).toBe('met');
    // 3%左右 against 2.9%: short of the figure, inside its tolerance.
    expect(row(card, 'agriculture_value_added', 'growth_pct').status).toBe('within_tolerance');
    expect(card.rows.every((r: AnyJson) => r.completing_report_year === null)).toBe(true);
  });

  it('the 2019 targets now stand beside 2018 results as their baseline, awaiting the 2020 report', async () => {
    const card = await seedApp.get('/api/scorecard?region=331126&year=2019');
    const gdp = row(card, 'gdp', 'growth_pct');
    expect(gdp.target.value).toBe(7);
    expect(gdp.status).toBe('awaiting_result');
    expect(gdp.completing_report_year).toBe(2020);
    expect(gdp.ambition).toMatchObject({ delta: -0.3, verdict: 'lowered' });
  });

  it('a stated past target (低于预期0.5个百分点) gives a pair from one sentence', async () => {
    const rows = await sql<unknown[]>(
      `SELECT kind, year, value FROM v_facts
       WHERE region_code = '331126' AND indicator = 'industrial_value_added' AND year = 2018
         AND doc_id = (SELECT doc_id FROM v_documents WHERE region_code = '331126' AND report_year = 2019)
       ORDER BY kind`,
    );
    expect(rows).toEqual([
      ['actual', 2018, 6.5],
      ['target', 2018, 7],
    ]);
    const card = await seedApp.get('/api/scorecard?region=331126&year=2018');
    expect(row(card, 'industrial_value_added', 'growth_pct').status).toBe('missed');
  });

  it('v_scorecard and the API say the same of every pair', async () => {
    const rows = await sql<[string, string, string, number | null]>(
      `SELECT indicator, measure, status, gap FROM v_scorecard
       WHERE region_code = '331126' AND year = 2018 AND indicator IS NOT NULL`,
    );
    const card = await seedApp.get('/api/scorecard?region=331126&year=2018');
    expect(rows.length).toBe(card.rows.filter((r: AnyJson) => r.result || r.target).length);
    for (const [indicator, measure, status, gap] of rows)
      expect(row(card, indicator, measure)).toMatchObject({ status, gap });
  });
});
