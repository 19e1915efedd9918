/** The other pages against the real server: region, indicator, SQL console, reader highlights. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadSqlCsv, gotoOverview, launchBrowser, openPage, SCREENSHOTS, screenshot } from './browser.js';

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

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`);
  return (await res.json()) as T;
}

describe('SQL console', () => {
  it('runs a query, shows the rows and downloads them as CSV', async () => {
    await page.goto(`${baseUrl}/sql`);
    await page.getByTestId('sql-schema').waitFor();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('SELECT kind, count(*) AS n FROM v_documents GROUP BY kind ORDER BY kind');
    await page.getByRole('button', { name: /运行/ }).click();
    const table = page.getByTestId('result-table');
    await table.waitFor();
    await expect(table.locator('tbody td').allTextContents()).resolves.toEqual([
      'news',
      '7',
      'work_report',
      '3',
    ]);
    await screenshot(page, 'sql');
    expect((await downloadSqlCsv(page)).slice(0, 3)).toEqual(['kind,n', 'news,7', 'work_report,3']);
    // The query is in the URL: a shared link runs it again.
    expect(new URL(page.url()).searchParams.get('q')).toContain('v_documents');
  });

  it('renders only the visible rows of a large result', async () => {
    await page.goto(
      `${baseUrl}/sql?q=${encodeURIComponent('SELECT range AS n, range * 2 AS twice FROM range(5000)')}`,
    );
    const table = page.getByTestId('result-table');
    await table.locator('tbody tr').first().waitFor();
    await expect(table.locator('table').getAttribute('aria-rowcount')).resolves.toBe('5001');
    const rendered = await table.locator('tbody tr').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    // Scrolling to the end brings the last rows in.
    await table.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await table.locator('tbody tr', { hasText: '4999' }).first().waitFor();
  });

  it('shows the error the API returns for a bad query', async () => {
    await page.goto(`${baseUrl}/sql?q=${encodeURIComponent('SELECT no_such_column FROM v_facts')}`);
    const error = page.getByTestId('error-state');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('no_such_column');
    await screenshot(page, 'sql-error');
  });
});

describe('reader', () => {
  it('highlights the facts of a report and shows the parsed fact on hover', async () => {
    const docs = await api<{ documents: { doc_id: string; facts: number; title: string }[] }>(
      '/api/documents?kind=work_report',
    );
    const doc = docs.documents.find((d) => d.facts > 0);
    expect(doc, 'a work report with extracted facts').toBeDefined();
    await page.goto(`${baseUrl}/documents/${encodeURIComponent(doc!.doc_id)}`);
    const marks = page.locator('[data-testid="reader-text"] mark.fact');
    await marks.first().waitFor();
    // Every fact is highlighted (several facts may share one clause, so marks ≤ facts).
    const ids = new Set(
      (await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-fact-ids') ?? ''))).flatMap((s) =>
        s.split(' '),
      ),
    );
    expect(ids.size).toBe(doc!.facts);
    await marks.first().hover();
    await page.getByTestId('fact-tip').waitFor();
    await screenshot(page, 'reader-facts');
  });

  it('greys out the spam fragments the extractor found', async () => {
    const docs = await api<{ documents: { doc_id: string; spam_fragments: number }[] }>('/api/documents');
    const doc = docs.documents.find((d) => d.spam_fragments > 0);
    expect(doc, 'a document with spam fragments').toBeDefined();
    const detail = await api<{ spam_fragments: { text: string }[] }>(
      `/api/documents/${encodeURIComponent(doc!.doc_id)}`,
    );
    await page.goto(`${baseUrl}/documents/${encodeURIComponent(doc!.doc_id)}`);
    const spam = page.locator('[data-testid="reader-text"] .spam');
    await spam.first().waitFor();
    const shown = (await spam.allTextContents()).join('');
    for (const fragment of detail.spam_fragments) expect(shown).toContain(fragment.text);
    const colour = await spam.first().evaluate((el) => getComputedStyle(el).color);
    expect(colour).not.toBe(
      await page.locator('[data-testid="reader-text"]').evaluate((el) => getComputedStyle(el).color),
    );
    await spam.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'reader-spam');
  });

  it('navigates sections, each heading once in the contents', async () => {
    const docs = await api<{ documents: { doc_id: string }[] }>('/api/documents?kind=work_report');
    for (const { doc_id } of docs.documents) {
      const detail = await api<{ sections: { ordinal: number; title: string }[] }>(
        `/api/documents/${encodeURIComponent(doc_id)}`,
      );
      expect(detail.sections.length).toBeGreaterThan(1);
      await page.goto(`${baseUrl}/documents/${encodeURIComponent(doc_id)}`);
      const nav = page.getByRole('navigation', { name: '章节' });
      await nav.getByRole('link').first().waitFor();
      const links = await nav.getByRole('link').allTextContents();
      // A section the report resumes after an insert is listed once, where it first starts.
      const titles = [...new Set(detail.sections.map((s) => s.title))];
      expect(links).toEqual(titles);
      const last = detail.sections.find((s) => s.title === titles.at(-1))!;
      await nav
        .getByRole('link')
        .nth(links.length - 1)
        .click();
      expect(new URL(page.url()).hash).toBe(`#section-${last.ordinal}`);
    }
  });
});

describe('chart export', () => {
  it('exports a chart as a PNG image and its data as CSV', async () => {
    await page.goto(`${baseUrl}/`);
    const chart = page.getByTestId('target-result-chart').first();
    await chart.locator('svg.recharts-surface').waitFor();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: '导出 PNG' }).click(),
    ]);
    const bytes = await readFile((await png.path())!);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5000);
    await png.saveAs(join(SCREENSHOTS, 'exported-chart.png'));
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const text = await readFile((await csv.path())!, 'utf8');
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'category,series,value,value_max,unit,qualifier,year,evidence',
    );
    expect(text.split('\r\n').length).toBeGreaterThan(2);
  });
});

describe('region and indicator pages', () => {
  it('shows a region scorecard with chart and table, deep-linked by region and year', async () => {
    const reports = await api<{ documents: { region: string; report_year: number }[] }>(
      '/api/documents?kind=work_report',
    );
    const { region, report_year } = reports.documents[0]!;
    await page.goto(`${baseUrl}/regions/${encodeURIComponent(region)}?year=${report_year - 1}`);
    await page.getByTestId('scorecard-table').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(region);
    await expect(page.getByTestId('scorecard-table').locator('tbody tr').count()).resolves.toBeGreaterThan(3);
    await screenshot(page, 'region');
    // Commitments under the report's own section titles, searchable.
    const commitments = page.getByTestId('commitments');
    await commitments.waitFor();
    await expect(commitments.locator('details').count()).resolves.toBeGreaterThan(1);
    await commitments.scrollIntoViewIfNeeded();
    await screenshot(page, 'region-commitments');
  });

  it('shows one indicator across regions', async () => {
    await page.goto(`${baseUrl}/indicators/gdp?measure=growth_pct`);
    await page.getByTestId('compare-table').waitFor();
    await expect(
      page.getByTestId('compare-table').locator('tbody tr').count(),
    ).resolves.toBeGreaterThanOrEqual(3);
    await screenshot(page, 'indicator');
  });

  it('switches the interface to English', async () => {
    await gotoOverview(page, `${baseUrl}/`);
    await page.getByRole('button', { name: '切换语言' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await screenshot(page, 'overview-en');
    await page.getByRole('button', { name: 'Switch language' }).click();
  });
});
