import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../api/api-error';
import { formatQuantity } from '../../format/format';
import { api, renderApp } from '../../test/render-app';
import { findRow, type RegionScorecard, sharedIndicators, targetLines } from './overview-model';

let cards: RegionScorecard[];

beforeAll(async () => {
  const reports = await api.workReports();
  const shares = await unwrap(
    await api.client().api.facts.$get({ query: { measure: 'attainment_pct', limit: '10000' } }),
  );
  cards = await Promise.all(
    reports.documents
      .filter((d) => d.region)
      .map(async (d) => ({
        region: d.region!,
        year: d.report_year! - 1,
        docId: d.doc_id,
        scorecard: await api.scorecard(d.region!, d.report_year! - 1),
        shares: shares.facts.filter((f) => f.region === d.region && f.year === d.report_year! - 1),
      })),
  );
});
afterEach(cleanup);

describe('overview model', () => {
  it('shares only indicator-measures that at least two regions state', () => {
    const shared = sharedIndicators(cards);
    expect(shared.length).toBeGreaterThan(0);
    for (const s of shared) {
      const stating = cards.filter((c) => {
        const row = findRow(c.scorecard, s.indicator, s.measure);
        return row && (row.result || row.target || row.next_target);
      });
      expect(stating.length).toBe(s.regions);
      expect(s.regions).toBeGreaterThanOrEqual(2);
    }
    // Most widely shared first.
    expect(shared.map((s) => s.regions)).toEqual([...shared.map((s) => s.regions)].sort((a, b) => b - a));
  });

  it('lists every target once, next-year targets as awaiting their result', () => {
    const lines = targetLines(cards);
    const targets = cards.flatMap((c) =>
      c.scorecard.rows.flatMap((r) => [r.target, r.next_target].filter(Boolean)),
    );
    expect(
      lines
        .filter((l) => l.target)
        .map((l) => l.target!.fact_id)
        .sort(),
    ).toEqual(targets.map((t) => t!.fact_id).sort());
    for (const line of lines) if (line.nextYear) expect(line.status).toBe('awaiting_result');
    // Shares of a target (完成年度任务的201.6%) are lines too, met from 100% up.
    const shares = cards.flatMap((c) => c.shares);
    expect(shares.length).toBeGreaterThan(0);
    for (const share of shares) {
      const line = lines.find((l) => l.baseline?.fact_id === share.fact_id)!;
      expect(line.status).toBe(
        share.value >= 100 ? 'met' : share.qualifier === 'at_least' ? 'unknown' : 'missed',
      );
    }
  });
});

describe('overview page', () => {
  it('renders a card per work-report region with its GDP growth result and target', async () => {
    renderApp('/');
    const rendered = await screen.findAllByTestId('region-card', {}, { timeout: 15_000 });
    expect(rendered.map((c) => c.dataset.region).sort()).toEqual(cards.map((c) => c.region).sort());
    for (const card of cards) {
      const el = rendered.find((c) => c.dataset.region === card.region)!;
      const gdp = findRow(card.scorecard, 'gdp', 'growth_pct');
      const pair = el.querySelector('[data-indicator="gdp"][data-measure="growth_pct"]')!;
      const target = gdp?.next_target ?? gdp?.target;
      if (gdp?.result)
        expect(within(pair as HTMLElement).getByTestId('card-result').textContent).toContain(
          formatQuantity(gdp.result),
        );
      if (target)
        expect(within(pair as HTMLElement).getByTestId('card-target').textContent).toContain(
          formatQuantity(target),
        );
    }
    const table = await screen.findByTestId('target-table');
    expect(within(table).getAllByRole('row').length - 1).toBe(targetLines(cards).length);
  });
});
