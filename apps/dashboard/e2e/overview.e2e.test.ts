/**
 * Issue 5's bars on the overview: the three work-report regions, their GDP growth targets as bars
 * with the right values and qualifiers, and a click on a result opening the sentence that states it.
 * The expected numbers are the issue's acceptance values, read by hand from the reports.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gotoOverview, launchBrowser, openPage, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

async function workReportRegions(): Promise<string[]> {
  const res = await fetch(`${baseUrl}/api/documents?kind=work_report`);
  const body = (await res.json()) as { documents: { region: string | null }[] };
  return body.documents.map((d) => d.region).filter((r): r is string => r !== null);
}

/** The GDP growth chart: the chart whose title names GDP and growth, found through its heading. */
function gdpGrowthChart(page: Page) {
  return page.locator(
    '[data-testid="target-result-chart"][data-title*="地区生产总值"][data-title*="增长率"]',
  );
}

describe('overview', () => {
  it('shows one card per work-report region, rendered quickly', async () => {
    const regions = await workReportRegions();
    expect(regions.sort()).toEqual(['庆元县', '瓯海区', '衢州市']);
    // Time from navigation start to the cards on screen, read from the page's own clock. The first
    // visit is cold (fresh browser profile); then the best of three warm visits (assets cached), as
    // a benchmark reports it: other test processes share this machine's two cores.
    const timings: number[] = [];
    for (let visit = 0; visit < 4; visit++) {
      await page.goto(`${baseUrl}/`);
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="region-card"]').length > 0,
        null,
        {
          polling: 'raf',
        },
      );
      timings.push(await page.evaluate(() => performance.now()));
    }
    const [cold, ...warm] = timings;
    const bestWarm = Math.min(...warm);
    const cards = await page
      .getByTestId('region-card')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
    expect(cards.sort()).toEqual(regions.sort());
    console.log(
      `overview first render: cold ${Math.round(cold!)} ms, warm ${warm.map((t) => Math.round(t)).join('/')} ms (best ${Math.round(bestWarm)})`,
    );
    // Measured alone this is well under 1 s (see the log line); the bound leaves room for a loaded
    // CI machine running every package's tests at once, and still catches a real regression.
    expect(bestWarm).toBeLessThan(2000);
    await page.locator('[data-testid="target-result-chart"] svg.recharts-surface').first().waitFor();
    await screenshot(page, 'overview', true);
  });

  it('draws GDP growth target bars of the right values with their qualifiers', async () => {
    await page.goto(`${baseUrl}/`);
    const chart = gdpGrowthChart(page);
    await chart.waitFor();
    const bars = await chart
      .locator('[data-series="nextTarget"]')
      .evaluateAll((els) =>
        Object.fromEntries(
          els.map((e) => [
            e.getAttribute('data-category'),
            [Number(e.getAttribute('data-value')), e.getAttribute('data-label')],
          ]),
        ),
      );
    expect(bars).toEqual({
      瓯海区: [7.8, '7.8%'],
      庆元县: [7, '7%'],
      衢州市: [7, '7%左右'],
    });
    // The qualifier is printed on the bar itself, not only in a tooltip.
    await expect(chart.locator('svg text', { hasText: '7%左右' }).count()).resolves.toBe(1);
    await chart.screenshot({
      path: new URL('../screenshots/overview-gdp-chart.png', import.meta.url).pathname,
    });
  });

  it("opens the evidence of 庆元县's GDP growth result from its bar", async () => {
    await gotoOverview(page, `${baseUrl}/`);
    const bar = gdpGrowthChart(page).locator('[data-series="result"][data-category="庆元县"]');
    await bar.click();
    const panel = page.getByTestId('evidence-panel');
    await panel.waitFor();
    await expect(panel.getByTestId('evidence-quote').locator('mark').textContent()).resolves.toContain(
      '全县地区生产总值69.5亿元,增长7.5%',
    );
    // The evidence is a deep link: reloading the URL opens the same sentence.
    await page.reload();
    await expect(page.getByTestId('evidence-quote').textContent()).resolves.toContain(
      '全县地区生产总值69.5亿元,增长7.5%',
    );
    await page.getByTestId('region-card').first().waitFor();
    await screenshot(page, 'overview-evidence');
    // And it leads into the reader, where the same fact is the highlighted one.
    await page.getByRole('link', { name: /在阅读器中打开/ }).click();
    // A clause shared by several facts is cut into runs: the active fact is the union of its marks.
    const active = page.locator('mark.fact.active');
    await active.first().waitFor();
    await expect(active.allTextContents().then((t) => t.join(''))).resolves.toContain('增长7.5%');
    await screenshot(page, 'reader-evidence');
  });

  it('opens the same evidence from the card figure with the keyboard', async () => {
    await gotoOverview(page, `${baseUrl}/`);
    const card = page.locator('[data-testid="region-card"][data-region="庆元县"]');
    const result = card.locator('[data-indicator="gdp"] [data-testid="card-result"] button').first();
    await result.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('evidence-quote').textContent()).resolves.toContain(
      '全县地区生产总值69.5亿元,增长7.5%',
    );
    await page.keyboard.press('Escape');
    await page.getByTestId('evidence-panel').waitFor({ state: 'detached' });
    // Focus returns to the figure that opened the panel.
    await expect(result.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it("lets a keyboard user open a bar's evidence", async () => {
    await gotoOverview(page, `${baseUrl}/`);
    const bar = gdpGrowthChart(page).locator('[data-series="nextTarget"][data-category="衢州市"]');
    await bar.focus();
    await expect(bar.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const mark = page.getByTestId('evidence-quote').locator('mark');
    await expect(mark.textContent()).resolves.toContain('7%左右');
  });

  it('draws every chart of the open group, and a closed group’s charts once it is opened', async () => {
    const overview = (await (await fetch(`${baseUrl}/api/overview`)).json()) as {
      charts: { measure: string }[];
    };
    await page.goto(`${baseUrl}/`);
    const groups = page.locator('details.chart-group');
    await groups.first().waitFor();
    const measures = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-measure')));
    expect(measures.length).toBeGreaterThan(1);
    /** Charts of a group, and how many of them have their plot drawn (bars included). */
    const counts = (measure: string) =>
      page.locator(`details.chart-group[data-measure="${measure}"]`).evaluate((group) => {
        const charts = Array.from(group.querySelectorAll('[data-testid="target-result-chart"]'));
        return {
          charts: charts.length,
          drawn: charts.filter((c) => c.querySelector('svg.recharts-surface .chart-bar')).length,
        };
      });
    const wanted = (measure: string) => overview.charts.filter((c) => c.measure === measure).length;
    const [open, closed] = [measures[0]!, measures[1]!];
    // The open group's charts take turns, one a frame: all of them are soon drawn.
    await expect.poll(() => counts(open)).toEqual({ charts: wanted(open), drawn: wanted(open) });
    // A closed group makes its charts only when it is opened.
    await expect(counts(closed)).resolves.toEqual({ charts: 0, drawn: 0 });
    await page.locator(`details.chart-group[data-measure="${closed}"] > summary`).click();
    await expect.poll(() => counts(closed)).toEqual({ charts: wanted(closed), drawn: wanted(closed) });
  });

  it('asks for its code from the HTML and finds its data in it, and other pages do neither', async () => {
    const fresh = await openPage(browser, 390, 844);
    try {
      await fresh.goto(`${baseUrl}/`);
      await fresh.locator('[data-testid="target-result-chart"] svg.recharts-surface').first().waitFor();
      const loaded = () =>
        fresh.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((r) => ({
              path: new URL(r.name).pathname,
              by: (r as PerformanceResourceTiming).initiatorType,
            }))
            .filter((r) => r.path.startsWith('/api/overview') || r.path.endsWith('.js')),
        );
      const landing = await loaded();
      // The data came in the page the server rendered: no request for it at all.
      expect(landing.filter((r) => r.path === '/api/overview')).toEqual([]);
      // The overview's code came with the entry's (named by the HTML), not after it had run.
      expect(landing.filter((r) => r.path.includes('overview-page')).map((r) => r.by)).toEqual(['other']);
      // Another route's page names none of it: the SQL page neither loads the overview's data nor its code.
      await fresh.goto(`${baseUrl}/sql`);
      await fresh.getByTestId('sql-editor').waitFor();
      const sql = await loaded();
      expect(sql.filter((r) => r.path === '/api/overview' || r.path.includes('overview-page'))).toEqual([]);
    } finally {
      await fresh.context().close();
    }
  });

  it('fits a tablet screen', async () => {
    const tablet = await openPage(browser, 768, 1024);
    await tablet.goto(`${baseUrl}/`);
    await tablet.getByTestId('region-card').first().waitFor();
    const overflow = await tablet.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(tablet, 'overview-tablet');
    await tablet.context().close();
  });
});
