/**
 * A test file's own server (with its own environment, e.g. API_TOKEN) and browser page, started
 * before its tests and stopped after them. Call at the top of a test file.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { type RunningServer, startServer } from './start-server.js';

export function useOwnServer(env: Record<string, string>) {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startServer(env);
    browser = await launchBrowser();
    page = await openPage(browser);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get baseUrl() {
      return server.baseUrl;
    },
    get page() {
      return page;
    },
  };
}
