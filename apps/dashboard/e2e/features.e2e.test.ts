/**
 * What issue 14 asked of the dashboard, each checked in the browser against the real server:
 * one request and a bounded download for the overview, the year control, direction-aware ambition
 * with its legend, focus back on the bar after its evidence, meeting dates, the SQL example picker,
 * Chinese errors, regions by code, rankings by level, the global search, the dataset downloads and
 * PNG exports that carry their source.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gotoOverview, launchBrowser, openPage, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${baseUrl}${path}`)).json()) as T;
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, 1440, 900);
});
afterAll(async () => {
  await browser?.close();
});

interface Overview {
  year: number;
  years: number[];
  regions: { region: { name: string; code: string; parent_name: string } }[];
  targets: { region: string; indicator: string; direction: string; ambition: { verdict: string } }[];
}

describe('overview', () => {
  it('asks the API nothing (its data comes in the page) and downloads at most 250 KB of compressed JavaScript', async () => {
    const fresh = await openPage(browser, 1440, 900);
    const apiCalls: string[] = [];
    fresh.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) apiCalls.push(r.url());
    });
    await fresh.goto(`${baseUrl}/`);
    await fresh.locator('[data-testid="target-result-chart"] svg.recharts-surface').first().waitFor();
    await fresh.waitForLoadState('networkidle');
    // The server drew the page with its data and sent that data along: the browser asks for none
    // of it again (the view's overview, the layout's service notice).
    expect(apiCalls).toEqual([]);
    const js = await fresh.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => {
          const r = e as PerformanceResourceTiming;
          return { name: r.name, transfer: r.transferSize, decoded: r.decodedBodySize };
        }),
    );
    const transferred = js.reduce((sum, r) => sum + r.transfer, 0);
    const decoded = js.reduce((sum, r) => sum + r.decoded, 0);
    console.log(
      `overview JavaScript: ${(transferred / 1024).toFixed(1)} KB on the wire, ${(decoded / 1024).toFixed(1)} KB decoded`,
    );
    expect(transferred).toBeLessThanOrEqual(250 * 1024);
    // Compressed on the wire: far less than the code itself.
    expect(transferred).toBeLessThan(decoded / 2.5);
    await fresh.context().close();
  });

  it('shows the latest year with results, and another year on request', async () => {
    const overview = await api<Overview>('/api/overview');
    await page.goto(`${baseUrl}/`);
    const year = page.getByTestId('overview-year');
    await expect(year.inputValue()).resolves.toBe(String(overview.year));
    await expect(year.locator('option').allTextContents()).resolves.toEqual(overview.years.map(String));
    await page.goto(`${baseUrl}/?year=1990`);
    await page.getByTestId('empty-state').waitFor();
    await expect(page.getByTestId('region-card').count()).resolves.toBe(0);
  });

  it('colours ambition by direction and explains it without hovering', async () => {
    const overview = await api<Overview>('/api/overview');
    await page.goto(`${baseUrl}/`);
    const legend = page.getByTestId('ambition-legend');
    // Visible (not in a tooltip) once the page has its data.
    await legend.waitFor({ state: 'visible' });
    await expect(legend.textContent()).resolves.toContain('PM2.5');
    // A lower-is-better indicator whose target asks for more than last year: shown as tougher.
    const lower = overview.targets.find((t) => t.direction === 'lower' && t.ambition.verdict === 'raised');
    expect(lower, 'a lower-is-better target set below last year').toBeDefined();
    const rows = page.locator(
      `[data-testid="target-table"] tr[data-region="${lower!.region}"] [data-verdict]`,
    );
    await expect(
      rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict'))),
    ).resolves.toContain('raised');
    const raised = page.locator('[data-testid="target-table"] [data-verdict="raised"]').first();
    const lowered = page.locator('[data-testid="target-table"] [data-verdict="lowered"]').first();
    const colour = (l: typeof raised) => l.evaluate((e) => getComputedStyle(e).color);
    expect(await colour(raised)).not.toBe(await colour(lowered));
    await expect(raised.textContent()).resolves.toContain('要求提高');
  });

  it('returns focus to the chart bar whose evidence was opened with the mouse', async () => {
    await gotoOverview(page, `${baseUrl}/`);
    const bar = page.locator('[data-testid="target-result-chart"] .chart-bar[data-series="result"]').first();
    const factId = await bar.getAttribute('data-fact-id');
    await bar.click();
    await page.getByTestId('evidence-quote').waitFor();
    await page.getByRole('button', { name: /关闭/ }).click();
    await page.getByTestId('evidence-panel').waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-fact-id'))).resolves.toBe(
      factId,
    );
  });
});

describe('documents and reader', () => {
  it('dates a work report by its meeting, not by the portal', async () => {
    const docs = await api<{ documents: { title: string; report_date: string | null }[] }>(
      '/api/documents?kind=work_report',
    );
    await page.goto(`${baseUrl}/documents`);
    const list = page.getByTestId('document-list');
    await list.waitFor();
    for (const doc of docs.documents.filter((d) => d.report_date)) {
      const [y, m, d] = doc.report_date!.split('-').map(Number);
      const item = list.locator('li', { hasText: doc.title });
      await expect(item.getByTestId('meeting-date').textContent()).resolves.toBe(
        `会议日期 ${y}年${m}月${d}日`,
      );
    }
  });
});

describe('SQL console', () => {
  it('keeps the example it loaded in its picker, across a run and a reload', async () => {
    await page.goto(`${baseUrl}/sql`);
    const picker = page.getByTestId('sql-examples');
    await picker.selectOption('facts-per-region');
    await expect(picker.inputValue()).resolves.toBe('facts-per-region');
    await page.getByRole('button', { name: /运行/ }).click();
    await page.getByTestId('result-table').locator('tbody tr').first().waitFor();
    await expect(picker.inputValue()).resolves.toBe('facts-per-region');
    await page.reload();
    await page.getByTestId('result-table').locator('tbody tr').first().waitFor();
    await expect(page.getByTestId('sql-examples').inputValue()).resolves.toBe('facts-per-region');
  });

  it('explains a bad query in Chinese, keeping DuckDB’s words for the analyst', async () => {
    await page.goto(`${baseUrl}/sql?q=${encodeURIComponent('SELECT no_such_column FROM v_facts')}`);
    const error = page.getByTestId('error-state');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('查询语句有误');
    await expect(error.textContent()).resolves.toContain('no_such_column');
  });
});

describe('regions', () => {
  it('titles a region asked by its code with its name, and gives an unknown one a not-found page', async () => {
    const overview = await api<Overview>('/api/overview');
    const { name, code } = overview.regions[0]!.region;
    await page.goto(`${baseUrl}/regions/${code}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(name);
    await expect(page.title()).resolves.toMatch(new RegExp(`^${name} · `));
    await expect(
      page.locator('.page-header select').first().locator('option:checked').textContent(),
    ).resolves.toBe(name);
    await page.goto(`${baseUrl}/regions/999999`);
    await page.getByTestId('region-not-found').waitFor();
    await expect(page.getByRole('button', { name: '重试' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: /选择地区/ }).count()).resolves.toBe(1);
  });

  it('ranks regions by administrative level, each with its parent, sortable', async () => {
    const regions = await api<{ regions: { name: string; level: string; parent_name: string | null }[] }>(
      '/api/regions',
    );
    await page.goto(`${baseUrl}/indicators/gdp?measure=growth_pct`);
    const ranking = page.getByTestId('ranking');
    await ranking.waitFor();
    for (const level of ['prefecture', 'county']) {
      const table = page.getByTestId(`ranking-${level}`);
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.getAttribute('data-region'), tr.querySelectorAll('td')[1]?.textContent]),
        );
      expect(rows.length).toBeGreaterThan(0);
      for (const [name, parent] of rows) {
        const region = regions.regions.find((r) => r.name === name)!;
        expect(region.level).toBe(level);
        expect(parent).toBe(region.parent_name ?? '—');
      }
    }
    const county = page.getByTestId('ranking-county');
    const values = () =>
      county
        .locator('tbody td:nth-child(4) button')
        .evaluateAll((bs) => bs.map((b) => parseFloat(b.textContent ?? '')));
    const best = await values();
    expect(best).toEqual([...best].sort((a, b) => b - a));
    await county.getByRole('button', { name: /结果/ }).click();
    const reversed = await values();
    expect(reversed).toEqual([...best].reverse());
    await screenshot(page, 'indicator-ranking', true);
  });
});

describe('search and data', () => {
  it('finds facts and documents from the search box in the header', async () => {
    const phrase = '地区生产总值';
    const facts = await api<{ total: number }>(`/api/facts?q=${encodeURIComponent(phrase)}&limit=1`);
    await page.goto(`${baseUrl}/documents`);
    await page.getByTestId('global-search').fill(phrase);
    await page.getByTestId('global-search').press('Enter');
    await page.getByTestId('search-facts').waitFor();
    expect(new URL(page.url()).pathname).toBe('/search');
    await expect(page.getByTestId('search-facts').locator(':scope > li').count()).resolves.toBe(
      Math.min(facts.total, 100),
    );
    await expect(
      page.getByTestId('search-documents').locator(':scope > li').count(),
    ).resolves.toBeGreaterThan(0);
    await screenshot(page, 'search');
  });

  it('downloads the whole dataset and shows its data dictionary', async () => {
    const health = await api<{ database: { facts: number } }>('/api/health');
    await page.goto(`${baseUrl}/data`);
    await page.getByTestId('dictionary').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /facts\.csv/ }).click(),
    ]);
    const csv = (await readFile((await download.path())!, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');
    expect(csv.length - 1).toBe(health.database.facts);
    const columns = await page.getByTestId('dictionary').locator('tbody th').allTextContents();
    expect(csv[0]!.split(',')).toEqual(columns);
  });

  it('exports a chart as PNG with a line under it for its source and date', async () => {
    await page.goto(`${baseUrl}/`);
    const chart = page.getByTestId('target-result-chart').first();
    await chart.locator('svg.recharts-surface').waitFor();
    const svgHeight = await chart
      .locator('svg.recharts-surface')
      .evaluate((s) => s.getBoundingClientRect().height);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: '导出 PNG' }).click(),
    ]);
    const bytes = await readFile((await png.path())!);
    // IHDR: the image is the chart, its title and legend above, and the source line below (at 2×).
    const height = bytes.readUInt32BE(20);
    expect(height).toBe(Math.ceil((svgHeight + 28 + 22 + 24) * 2));
  });
});
