/**
 * Adding a report from the browser: the 2019 report of 庆元县 written for the API tests is dropped
 * on the add page, previewed (extracted in the browser, nothing sent), committed with the token,
 * and the region page then shows 2018's targets met and missed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { useOwnServer } from './own-server.js';
import { REPO_ROOT } from './start-server.js';

const FIXTURE = join(REPO_ROOT, 'apps/api/src/testing/fixtures/qingyuan-2019.txt');
const own = useOwnServer({ API_TOKEN: 'e2e-add-secret' });

describe('the add-report page', () => {
  it('previews a report in the browser, commits it, and lands on the region with its new pairs', async () => {
    const posts: string[] = [];
    own.page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await own.page.goto(`${own.baseUrl}/add`);
    await own.page
      .locator('input[type=file]')
      .setInputFiles({ name: 'qingyuan-2019.txt', mimeType: 'text/plain', buffer: await readFile(FIXTURE) });
    const documents = own.page.getByTestId('preview-documents');
    await documents.waitFor();
    expect(await documents.textContent()).toMatch(/庆元县.*2019/);
    expect(await own.page.getByTestId('preview-text').locator('mark').count()).toBeGreaterThan(5);
    // The preview is the browser's own reading: nothing was posted.
    expect(posts).toEqual([]);
    await screenshot(own.page, 'add-report-preview');

    // Leaders keep reading while the report goes in: 50 connections of GETs, none may fail.
    let loading = true;
    const statuses: number[] = [];
    const paths = ['/api/scorecard?region=331126&year=2018', '/api/regions', '/', '/api/health'];
    const load = Array.from({ length: 50 }, async (_, i) => {
      for (let n = i; loading; n++) {
        const res = await fetch(own.baseUrl + paths[n % paths.length]).catch(() => null);
        statuses.push(res?.status ?? 0);
        await res?.arrayBuffer();
      }
    });
    await own.page.locator('input[type=password]').fill('e2e-add-secret');
    await own.page.getByRole('button', { name: /提交|Commit/ }).click();
    await own.page.waitForURL(/\/regions\/331126\?year=2018/);
    const gdp = own.page.locator(
      '[data-testid=scorecard-table] tr[data-indicator=gdp][data-measure=growth_pct]',
    );
    await gdp.waitFor();
    expect(await gdp.locator('[data-status]').getAttribute('data-status')).toBe('met');
    const budget = own.page.locator(
      '[data-testid=scorecard-table] tr[data-indicator=general_budget_revenue][data-measure=growth_pct]',
    );
    expect(await budget.locator('[data-status]').getAttribute('data-status')).toBe('missed');
    expect(await own.page.getByTestId('loaded-reports').textContent()).toMatch(/2019/);
    loading = false;
    await Promise.all(load);
    expect(statuses.length).toBeGreaterThan(100);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    await screenshot(own.page, 'add-report-committed');
  }, 90_000);
});
