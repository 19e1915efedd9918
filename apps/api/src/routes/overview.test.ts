import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../testing/http.js';
import { useSeedApp } from '../testing/seed-app.js';

const { get } = useSeedApp();

describe('GET /api/overview', () => {
  it("holds, for the latest year a work report reviews, each region's own scorecard", async () => {
    const [overview, reports] = await Promise.all([
      get('/api/overview'),
      get('/api/documents?kind=work_report'),
    ]);
    const reviewed = reports.documents.map((d: AnyJson) => d.report_year - 1);
    expect(overview.year).toBe(Math.max(...reviewed));
    expect(overview.years).toEqual([...new Set(reviewed)].sort());
    const expected = reports.documents.filter((d: AnyJson) => d.report_year - 1 === overview.year);
    expect(overview.regions.map((r: AnyJson) => r.region.name).sort()).toEqual(
      expected.map((d: AnyJson) => d.region).sort(),
    );
    for (const card of overview.regions) {
      const alone = await get(`/api/scorecard?region=${card.region.code}&year=${overview.year}`);
      expect(card.scorecard).toEqual(alone);
      const report = expected.find((d: AnyJson) => d.region === card.region.name);
      expect(card.report).toEqual({
        doc_id: report.doc_id,
        title: report.title,
        report_date: report.report_date,
      });
      // Every region of a county-level report has its parent named.
      expect(card.region.parent_name).toBeTruthy();
    }
  });

  it('never puts two units on one chart, and draws only what two regions state', async () => {
    const { charts, regions } = await get('/api/overview');
    expect(charts.length).toBeGreaterThan(0);
    const units = new Set<string>();
    for (const chart of charts) {
      expect(chart.bars.length).toBeGreaterThanOrEqual(2);
      for (const bar of chart.bars)
        for (const fact of [bar.result, bar.target, bar.next_target].filter(Boolean))
          expect(fact.unit, `${chart.indicator} ${chart.measure}`).toBe(chart.unit);
      units.add(chart.unit);
      // The bars are the regions' scorecard figures in that unit.
      for (const bar of chart.bars) {
        const row = regions
          .find((r: AnyJson) => r.region.name === bar.region)
          .scorecard.rows.find(
            (r: AnyJson) => r.indicator === chart.indicator && r.measure === chart.measure,
          );
        expect(bar.result?.fact_id ?? null).toBe(row.result?.unit === chart.unit ? row.result.fact_id : null);
      }
    }
    // The seed has money, people and percents: several units, each on its own charts.
    expect(units.size).toBeGreaterThan(2);
    // Growth charts come before rates, rates before levels.
    const order = ['growth_pct', 'rate_pct', 'level'];
    const measures = charts.map((c: AnyJson) => order.indexOf(c.measure));
    expect(measures).toEqual([...measures].sort((a, b) => a - b));
  });

  it('lists every target once with its status, and counts them on the cards', async () => {
    const { regions, targets, answer } = await get('/api/overview');
    for (const card of regions) {
      const rows = card.scorecard.rows;
      const own = targets.filter((t: AnyJson) => t.region === card.region.name);
      const stated = rows.flatMap((r: AnyJson) => [r.target, r.next_target].filter(Boolean));
      expect(
        own
          .filter((t: AnyJson) => t.target)
          .map((t: AnyJson) => t.target.fact_id)
          .sort(),
      ).toEqual(stated.map((f: AnyJson) => f.fact_id).sort());
      expect(own.filter((t: AnyJson) => !t.target)).toHaveLength(card.scorecard.shares.length);
      for (const t of own) if (t.next_year) expect(t.status).toBe('awaiting_result');
      const total = Object.values(card.counts as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(total).toBe(own.length);
    }
    // Indicator by indicator (catalog order, GDP first), not region by region.
    const keys = targets
      .filter((t: AnyJson) => t.indicator)
      .map((t: AnyJson) => `${t.indicator}|${t.measure}`);
    expect(keys[0]).toBe('gdp|growth_pct');
    const firstSeen = [...new Set(keys)];
    for (let i = 1; i < keys.length; i++)
      expect(firstSeen.indexOf(keys[i])).toBeGreaterThanOrEqual(firstSeen.indexOf(keys[i - 1]));
    const gdp = regions
      .map((r: AnyJson) =>
        r.scorecard.rows.find((x: AnyJson) => x.indicator === 'gdp' && x.measure === 'growth_pct'),
      )
      .filter((r: AnyJson) => r?.next_target)
      .map((r: AnyJson) => r.next_target.value_max ?? r.next_target.value);
    expect(answer.target.value_max ?? answer.target.value).toBe(Math.max(...gdp));
  });

  it('answers an empty overview for a year no report reviews, and 400 for a bad year', async () => {
    expect(await get('/api/overview?year=1990')).toMatchObject({
      year: 1990,
      regions: [],
      charts: [],
      targets: [],
    });
    expect((await get('/api/overview?year=abc')).error.code).toBe('invalid_parameter');
  });
});
