/**
 * The landing page as the server sends it (src/server-render.tsx): the overview drawn into the
 * HTML — cards, answer and the open group's charts with their bars — for a browser that has run no
 * script yet (here: one that runs none), in the reader's language; then taken over by the browser
 * without a mismatch and without asking the API again, its charts handed to Recharts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

interface Overview {
  year: number;
  years: number[];
  regions: { region: { name: string } }[];
  charts: { measure: string; unit: string; bars: { result: { fact_id: string } | null }[] }[];
}

async function overview(query = ''): Promise<Overview> {
  return (await (await fetch(`${baseUrl}/api/overview${query}`)).json()) as Overview;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page in a context of its own: without scripts, the page is what the server sent. */
async function open(options: { scripts: boolean; width?: number; lang?: 'en' }): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: 900 },
    javaScriptEnabled: options.scripts,
  });
  if (options.lang) await context.addCookies([{ name: 'gwr.lang', value: options.lang, url: baseUrl }]);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** The charts of the group that opens first, each with its unit and its bars' units and facts. */
function openCharts(page: Page) {
  return page.locator('details.chart-group[open] [data-testid="target-result-chart"]').evaluateAll((charts) =>
    charts.map((c) => ({
      unit: c.getAttribute('data-unit'),
      bars: Array.from(c.querySelectorAll('svg .chart-bar'), (b) => ({
        unit: b.getAttribute('data-unit'),
        fact: b.getAttribute('data-fact-id'),
        series: b.getAttribute('data-series'),
      })),
      recharts: c.querySelector('svg.recharts-surface') !== null,
    })),
  );
}

describe('the landing page rendered on the server', () => {
  it('arrives with the overview drawn: cards, answer and the open group’s charts with their bars', async () => {
    const expected = await overview();
    const page = await open({ scripts: false });
    await page.goto(`${baseUrl}/`);
    const cards = await page
      .getByTestId('region-card')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
    expect(cards.sort()).toEqual(expected.regions.map((r) => r.region.name).sort());
    await expect(page.getByTestId('answer').count()).resolves.toBe(1);
    await expect(page.getByTestId('overview-year').inputValue()).resolves.toBe(String(expected.year));
    const first = expected.charts.filter((c) => c.measure === expected.charts[0]!.measure);
    const charts = await openCharts(page);
    expect(charts.map((c) => c.unit)).toEqual(first.map((c) => c.unit));
    for (const [i, chart] of charts.entries()) {
      // Drawn by the server (no script ran), every bar in the chart's unit, the results the API's.
      expect(chart.recharts).toBe(false);
      expect(chart.bars.length).toBeGreaterThan(0);
      for (const bar of chart.bars) expect(bar.unit).toBe(chart.unit);
      const results = chart.bars.filter((b) => b.series === 'result').map((b) => b.fact);
      expect(results).toEqual(first[i]!.bars.flatMap((b) => (b.result ? [b.result.fact_id] : [])));
    }
    await page.context().close();
  });

  it('is drawn for a phone without overflowing it', async () => {
    const page = await open({ scripts: false, width: 390 });
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-testid="target-result-chart"] svg .chart-bar').first().waitFor();
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).resolves.toBe(0);
    await page.context().close();
  });

  it('is rendered in the reader’s language and for the year asked', async () => {
    const { years } = await overview();
    const page = await open({ scripts: false, lang: 'en' });
    await page.goto(`${baseUrl}/?year=${years[0]}`);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.title()).resolves.toMatch(/^Overview · /);
    await expect(page.getByTestId('overview-year').inputValue()).resolves.toBe(String(years[0]));
    await expect(page.locator('h1').textContent()).resolves.toBe('Overview');
    await page.context().close();
  });

  it('is taken over by the browser as it is: no mismatch, no second request, Recharts on every chart', async () => {
    const page = await open({ scripts: true });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    const asked: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) asked.push(new URL(r.url()).pathname);
    });
    await page.goto(`${baseUrl}/`);
    await expect
      .poll(async () => (await openCharts(page)).every((c) => c.recharts && c.bars.length > 0), {
        timeout: 30_000,
      })
      .toBe(true);
    await page.waitForLoadState('networkidle');
    // React found the markup it would have made (a mismatch is logged as an error), and the data
    // the page was drawn with was the data it kept.
    expect(problems).toEqual([]);
    expect(asked).toEqual([]);
    // Live: a bar opens the sentence that states its number.
    const bar = page.locator('[data-testid="target-result-chart"] svg.recharts-surface .chart-bar').first();
    const label = await bar.getAttribute('data-label');
    await bar.click();
    await expect(page.getByTestId('evidence-quote').locator('mark').textContent()).resolves.toContain(
      label!.replace(/左右|以上|以内/, ''),
    );
    await page.context().close();
  });

  it('keeps a reader’s earlier choice of English, and renders English for them from then on', async () => {
    const page = await open({ scripts: true });
    await page.addInitScript(() => localStorage.setItem('gwr.lang', 'en'));
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Overview');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'gwr.lang')?.value).toBe('en');
    const next = await fetch(`${baseUrl}/`, { headers: { Cookie: 'gwr.lang=en' } });
    await expect(next.text()).resolves.toMatch(/<html lang="en"/);
    await page.context().close();
  });
});
