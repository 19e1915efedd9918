import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../api/types';
import { formatQuantity } from '../../format/format';
import { api, renderComponent } from '../../test/render-app';
import { ScorecardView } from './scorecard-view';

let scorecard: Scorecard;

beforeAll(async () => {
  // The first work report's region, for the year its report reviews: a real scorecard.
  const reports = await api.workReports();
  const report = reports.documents.find((d) => d.region && d.report_year)!;
  scorecard = await api.scorecard(report.region!, report.report_year! - 1);
});
afterEach(cleanup);

describe('ScorecardView', () => {
  it('renders one table row per scorecard row, with result, both targets and status', () => {
    expect(scorecard.rows.length).toBeGreaterThan(0);
    renderComponent(<ScorecardView scorecard={scorecard} />);
    const table = screen.getByTestId('scorecard-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(scorecard.rows.length);
    for (const [i, row] of scorecard.rows.entries()) {
      const tr = rows[i]!;
      expect(tr.dataset.indicator).toBe(row.indicator);
      const cell = (col: string) => tr.querySelector(`[data-col="${col}"]`)!.textContent;
      expect(cell('result')).toBe(row.result ? formatQuantity(row.result, 'zh') : '—');
      expect(cell('target')).toBe(row.target ? formatQuantity(row.target, 'zh') : '—');
      expect(cell('next_target')).toBe(row.next_target ? formatQuantity(row.next_target, 'zh') : '—');
      expect(tr.querySelector('[data-status]')!.getAttribute('data-status')).toBe(row.status);
    }
  });

  it('writes money levels in 亿元 or 万元 and never in raw yuan', () => {
    renderComponent(<ScorecardView scorecard={scorecard} />);
    const levels = scorecard.rows.filter((r) => r.measure === 'level' && r.result?.unit === 'CNY');
    expect(levels.length).toBeGreaterThan(0);
    for (const row of levels) {
      const text = screen
        .getByTestId('scorecard-table')
        .querySelector(`tr[data-indicator="${row.indicator}"][data-measure="level"] [data-col="result"]`)!
        .textContent!;
      const amount = row.result!.value;
      expect(text).toMatch(amount >= 1e8 ? /亿元/ : amount >= 1e4 ? /万元/ : /元/);
      expect(text).not.toContain(String(amount));
    }
  });

  it('opens the evidence sentence, highlighted, when a figure is clicked', async () => {
    const row = scorecard.rows.find((r) => r.result)!;
    renderComponent(<ScorecardView scorecard={scorecard} />);
    const button = screen
      .getByTestId('scorecard-table')
      .querySelector<HTMLButtonElement>(
        `tr[data-indicator="${row.indicator}"][data-measure="${row.measure}"] [data-col="result"] button`,
      )!;
    fireEvent.click(button);
    expect(screen.getByTestId('location').textContent).toContain(
      `evidence=${encodeURIComponent(row.result!.fact_id)}`,
    );
    const quote = await screen.findByTestId('evidence-quote', {}, { timeout: 10_000 });
    expect(quote.querySelector('mark')!.textContent).toBe(row.result!.evidence.text);
    const link = screen.getByRole('link', { name: /在阅读器中打开/ });
    expect(link.getAttribute('href')).toBe(
      `/documents/${encodeURIComponent(row.result!.doc_id)}?fact=${encodeURIComponent(row.result!.fact_id)}&at=${row.result!.evidence.start}`,
    );
  });

  it('draws growth and rates on charts of their own, each with a text alternative of its figures', async () => {
    renderComponent(<ScorecardView scorecard={scorecard} />);
    const charts = screen.getAllByTestId('target-result-chart');
    const titles = charts.map((c) => c.dataset.title);
    expect(titles.some((t) => t?.includes('增长率'))).toBe(true);
    expect(titles.some((t) => t?.includes('比率'))).toBe(true);
    for (const measure of ['growth_pct', 'rate_pct'] as const) {
      const chart = charts.find((c) =>
        c.dataset.title?.includes(measure === 'growth_pct' ? '增长率' : '比率'),
      )!;
      // The text alternative is made when its disclosure is opened.
      const disclosure = chart.querySelector('details')!;
      expect(disclosure.querySelector('table')).toBeNull();
      disclosure.open = true;
      fireEvent(disclosure, new Event('toggle'));
      await waitFor(() => expect(disclosure.querySelector('table')).not.toBeNull());
      const alt = disclosure.querySelector('table')!;
      const rows = scorecard.rows.filter((r) => r.measure === measure && r.result);
      for (const row of rows) expect(alt.textContent).toContain(formatQuantity(row.result!, 'zh'));
      // A growth chart holds no rate, and the other way round.
      const other = scorecard.rows.filter((r) => r.measure !== measure && r.result && r.measure !== 'level');
      for (const row of other)
        expect(alt.querySelector(`[data-fact-id="${row.result!.fact_id}"]`)).toBeNull();
    }
    await waitFor(() => expect(charts[0]!.querySelectorAll('details tbody tr').length).toBeGreaterThan(0));
  });
});
