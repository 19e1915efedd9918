/**
 * What the browser sees of the server's safety and degradation: the dashboard runs under its
 * Content-Security-Policy without a single violation, the SQL console's CSV download neutralises
 * formulas, and a corpus file the server had to skip is named in a notice on every page.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadSqlCsv, launchBrowser, openPage, screenshot } from './browser.js';
import { REPO_ROOT, type RunningServer, startServer } from './start-server.js';

let server: RunningServer;
let browser: Browser;
let page: Page;
let corpus: string;
const violations: string[] = [];

beforeAll(async () => {
  // The seed corpus and one file no build can use.
  corpus = await mkdtemp(join(tmpdir(), 'gwr-e2e-corpus-'));
  const seeds = join(REPO_ROOT, 'seeds');
  for (const name of await readdir(seeds)) await copyFile(join(seeds, name), join(corpus, name));
  await mkdir(join(corpus, 'scans'));
  await writeFile(join(corpus, 'scans', 'broken.txt'), Buffer.from([0, 159, 146, 150, 0, 0, 1, 2, 3, 255]));
  server = await startServer({ GWR_CORPUS: corpus });
  browser = await launchBrowser();
  page = await openPage(browser);
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(corpus, { recursive: true, force: true });
});

describe('the dashboard under its Content-Security-Policy', () => {
  it('shows every page without a violation', async () => {
    const res = await fetch(`${server.baseUrl}/`);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    for (const path of ['/', '/regions', '/indicators', '/documents', '/sql?q=SELECT%201']) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.locator('main h1, main h2').first().waitFor();
    }
    await page.getByTestId('result-table').waitFor();
    expect(violations).toEqual([]);
  }, 90_000);
});

describe('a corpus file the server skipped', () => {
  it('is named in a notice above every page', async () => {
    await page.goto(`${server.baseUrl}/documents`);
    const notice = page.getByTestId('service-warnings');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('scans/broken.txt');
    await screenshot(page, 'service-warnings');
  }, 60_000);
});

describe('CSV from the SQL console', () => {
  it('neutralises formulas in the cells it writes', async () => {
    const sql = `SELECT '=HYPERLINK(''http://example.invalid'')' AS link, '@SUM(1)' AS at, -2 AS n`;
    await page.goto(`${server.baseUrl}/sql?q=${encodeURIComponent(sql)}`);
    await page.getByTestId('result-table').waitFor();
    expect((await downloadSqlCsv(page)).slice(0, 2)).toEqual([
      'link,at,n',
      "'=HYPERLINK('http://example.invalid'),'@SUM(1),-2",
    ]);
  }, 60_000);
});
