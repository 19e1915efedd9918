/** Issue 2's thin path: the real server serves the dashboard, which lists the seed's work reports. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

/** The work reports the API knows of: the titles the page must show come from the server, not from here. */
async function workReportTitles(): Promise<string[]> {
  const res = await fetch(`${baseUrl}/api/documents?kind=work_report`);
  const body = (await res.json()) as { documents: { title: string }[] };
  return body.documents.map((d) => d.title);
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('document list and reader', () => {
  it('lists the three work reports by title', async () => {
    const titles = await workReportTitles();
    expect(titles).toHaveLength(3);
    await page.goto(`${baseUrl}/documents`);
    const list = page.getByTestId('document-list');
    await list.waitFor();
    for (const title of titles) {
      await expect(list.getByRole('link', { name: title, exact: true }).count()).resolves.toBe(1);
    }
    for (const title of ['2018年温州市瓯海区政府工作报告']) {
      // One title checked literally as well, so a wrong API answer cannot pass unnoticed.
      expect(titles.some((t) => t.includes(title))).toBe(true);
    }
    await screenshot(page, 'documents');
  });

  it('opens a report in the reader with its full text and sections', async () => {
    const [title] = await workReportTitles();
    await page.goto(`${baseUrl}/documents`);
    await page.getByRole('link', { name: title!, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title! }).waitFor();
    const text = await page.getByTestId('reader-text').textContent();
    expect(text?.length ?? 0).toBeGreaterThan(5000);
    await screenshot(page, 'reader');
  });
});
