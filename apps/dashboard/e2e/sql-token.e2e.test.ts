/**
 * The SQL console against a server started with API_TOKEN: without the token the API's 401 is
 * shown; with it typed into the console, the query runs.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser.js';
import { type RunningServer, startServer } from './start-server.js';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer({ API_TOKEN: 'e2e-secret' });
  browser = await launchBrowser();
  page = await openPage(browser);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('SQL console with an access token', () => {
  it('shows the 401 without the token and runs the query with it', async () => {
    await page.goto(`${server.baseUrl}/sql?q=${encodeURIComponent('SELECT 42 AS answer')}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/token|令牌|401|unauthori/i);
    await page.getByTestId('sql-token').fill('e2e-secret');
    await page.getByRole('button', { name: /运行/ }).click();
    const table = page.getByTestId('result-table');
    await table.waitFor();
    expect(await table.locator('tbody td').allTextContents()).toEqual(['42']);
    await screenshot(page, 'sql-token');
  }, 60_000);
});
