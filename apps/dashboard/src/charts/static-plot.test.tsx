/**
 * The server's drawing of a chart (static-plot.tsx) over the real overview's charts: a bar for
 * every figure, each as long as its value on one scale from a visible zero, all inside the plot,
 * upright and lying down alike.
 */
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../api/api-error';
import type { Overview } from '../api/types';
import { I18nProvider } from '../i18n/i18n-context';
import { api } from '../test/render-app';
import { toPlotRows } from './chart-data';
import { type PlotLayout, StaticPlot } from './static-plot';

let overview: Overview;
beforeAll(async () => {
  overview = await unwrap(await api.client().api.overview.$get({ query: {} }));
});

const SERIES = [
  { key: 'result', label: 'result' },
  { key: 'target', label: 'target' },
  { key: 'nextTarget', label: 'next' },
] as const;

const LAYOUTS: PlotLayout[] = [
  {
    horizontal: false,
    margin: { top: 22, right: 8, bottom: 4, left: 0 },
    axisWidth: 44,
    barGap: 4,
    maxBarSize: 56,
  },
  {
    horizontal: true,
    margin: { top: 4, right: 72, bottom: 4, left: 4 },
    axisWidth: 110,
    barGap: 1,
    maxBarSize: 14,
  },
];

/** The chart drawn to markup, as the server does, and read back as elements. */
function draw(chart: Overview['charts'][number], layout: PlotLayout, width: number, height: number) {
  const rows = chart.bars.map((bar) => ({
    category: bar.region,
    facts: { result: bar.result, target: bar.target, nextTarget: bar.next_target },
  }));
  const { data } = toPlotRows(rows, chart.unit, 'zh');
  const shown = SERIES.filter((s) => rows.some((r) => r.facts[s.key]));
  const html = renderToString(
    <I18nProvider lang="zh">
      <StaticPlot
        title={chart.zh}
        data={data}
        series={shown}
        layout={layout}
        width={width}
        height={height}
        fill={() => '#000'}
        onSelect={() => {}}
        defs={null}
      />
    </I18nProvider>,
  );
  const box = document.createElement('div');
  box.innerHTML = html;
  const figures = data.flatMap((row) => shown.flatMap((s) => (row[s.key] == null ? [] : [row[s.key]!])));
  return { svg: box.querySelector('svg')!, figures };
}

describe('the server-drawn plot', () => {
  for (const layout of LAYOUTS) {
    it(`draws every figure to scale, ${layout.horizontal ? 'lying down' : 'upright'}`, () => {
      expect(overview.charts.length).toBeGreaterThan(0);
      const [width, height] = [360, 260];
      for (const chart of overview.charts) {
        const { svg, figures } = draw(chart, layout, width, height);
        const bars = [...svg.querySelectorAll('.chart-bar')];
        expect(bars.length, chart.indicator).toBe(figures.length);
        const perUnit = bars.map((bar) => {
          const rect = bar.querySelector('rect')!;
          const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a)));
          // Inside the drawing, on both axes.
          expect(x).toBeGreaterThanOrEqual(0);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(x + w!).toBeLessThanOrEqual(width);
          expect(y + h!).toBeLessThanOrEqual(height);
          const length = layout.horizontal ? w! : h!;
          const plotted = Math.abs(figures[bars.indexOf(bar)]!);
          return plotted === 0 ? null : length / plotted;
        });
        // One scale: every bar's length over its value is the same (a bar is at least 1 px).
        const scales = perUnit.filter((s): s is number => s !== null);
        for (const s of scales) expect(s / scales[0]!, chart.indicator).toBeCloseTo(1, 1);
      }
    });
  }
});
