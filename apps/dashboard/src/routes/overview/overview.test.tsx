import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../api/api-error';
import type { Overview } from '../../api/types';
import { formatQuantity } from '../../format/format';
import { api, renderApp } from '../../test/render-app';

let overview: Overview;

beforeAll(async () => {
  overview = await unwrap(await api.client().api.overview.$get({ query: {} }));
});
afterEach(cleanup);

describe('overview page', () => {
  it('renders a card per region of the overview with its GDP growth result and target, in one request', async () => {
    const { requests } = renderApp('/');
    // A loaded machine (every package's tests on two cores) can take most of a minute.
    const rendered = await screen.findAllByTestId('region-card', {}, { timeout: 50_000 });
    expect(rendered.map((c) => c.dataset.region).sort()).toEqual(
      overview.regions.map((c) => c.region.name).sort(),
    );
    for (const card of overview.regions) {
      const el = rendered.find((c) => c.dataset.region === card.region.name)!;
      const gdp = card.scorecard.rows.find((r) => r.indicator === 'gdp' && r.measure === 'growth_pct');
      const pair = el.querySelector<HTMLElement>('[data-indicator="gdp"][data-measure="growth_pct"]')!;
      const target = gdp?.next_target ?? gdp?.target;
      if (gdp?.result)
        expect(within(pair).getByTestId('card-result').textContent).toContain(formatQuantity(gdp.result));
      if (target)
        expect(within(pair).getByTestId('card-target').textContent).toContain(formatQuantity(target));
    }
    const table = await screen.findByTestId('target-table', {}, { timeout: 20_000 });
    expect(within(table).getAllByRole('row').length - 1).toBe(overview.targets.length);
    // The page asks the API once: the overview, nothing per region (/api/health is the layout's
    // service notice, on every page).
    expect(requests.filter((r) => r.includes('/api/') && !r.includes('/api/health'))).toEqual([
      expect.stringContaining('/api/overview'),
    ]);
  }, 60_000);

  it('draws one chart per indicator, measure and unit, every bar in the chart unit', async () => {
    renderApp('/');
    await screen.findAllByTestId('target-result-chart', {}, { timeout: 50_000 });
    // One group per measure, the first open; the others make their charts when opened.
    const groups = [...document.querySelectorAll<HTMLDetailsElement>('details.chart-group')];
    expect(groups.map((g) => g.dataset.measure)).toEqual([...new Set(overview.charts.map((c) => c.measure))]);
    expect(groups.map((g) => g.open)).toEqual(groups.map((_, i) => i === 0));
    for (const group of groups.slice(1)) {
      expect(group.querySelector('[data-testid="target-result-chart"]')).toBeNull();
      group.open = true;
      fireEvent(group, new Event('toggle'));
    }
    await waitFor(() =>
      expect(screen.getAllByTestId('target-result-chart').length).toBe(overview.charts.length),
    );
    const charts = screen.getAllByTestId('target-result-chart');
    for (const chart of charts) {
      const bars = chart.querySelectorAll<HTMLElement>('[data-unit].chart-bar');
      for (const bar of bars) expect(bar.dataset.unit).toBe(chart.dataset.unit);
    }
  }, 60_000);

  it('sorts the targets by a column, missing values last', async () => {
    renderApp('/');
    const table = await screen.findByTestId('target-table', {}, { timeout: 50_000 });
    fireEvent.click(within(table).getByRole('button', { name: /目标力度/ }));
    await waitFor(() =>
      expect(table.querySelector('th[aria-sort="descending"]')?.textContent).toMatch(/目标力度/),
    );
    const verdicts = [...table.querySelectorAll<HTMLElement>('tbody [data-verdict]')].map(
      (e) => e.dataset.verdict,
    );
    // Tougher targets first, then the softer ones; rows without an ambition after them.
    expect(verdicts.indexOf('lowered')).toBeGreaterThan(verdicts.lastIndexOf('raised'));
    const rows = [...table.querySelectorAll('tbody tr')];
    const firstMissing = rows.findIndex((r) => !r.querySelector('[data-verdict]'));
    if (firstMissing >= 0)
      expect(rows.slice(firstMissing).every((r) => !r.querySelector('[data-verdict]'))).toBe(true);
  }, 60_000);
});
