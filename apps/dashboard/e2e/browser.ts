/**
 * Headless Chromium from the Debian package (never a downloaded browser), one page per test, and
 * screenshots into apps/dashboard/screenshots/ for people to look at.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(new URL('.', import.meta.url).pathname, '..', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export async function openPage(browser: Browser, width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/**
 * The landing page, once the browser has taken it over. The server sends it drawn (charts and all,
 * src/server-render.tsx) but inert until the scripts have hydrated it; its charts are handed to
 * Recharts after that, so Recharts' first plot says the page answers clicks and keys.
 */
export async function gotoOverview(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-testid="target-result-chart"] svg.recharts-surface').first().waitFor();
}

/**
 * The reader's language, kept as the dashboard keeps it: in localStorage, and in the cookie the
 * server renders `/` in (a choice only in localStorage predates the server's rendering of `/`).
 */
export async function chooseLanguage(
  context: BrowserContext,
  baseUrl: string,
  lang: 'zh' | 'en',
): Promise<void> {
  await context.addCookies([{ name: 'gwr.lang', value: lang, url: baseUrl }]);
  await context.addInitScript((l) => localStorage.setItem('gwr.lang', l), lang);
}

/** Viewport-sized by default: long pages (a whole report) make unreadable full-page images. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Clicks the SQL console's CSV button and returns the downloaded file's lines, BOM removed. */
export async function downloadSqlCsv(page: Page): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /下载 CSV/ }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  return csv.replace(/^\uFEFF/, '').split('\r\n');
}
