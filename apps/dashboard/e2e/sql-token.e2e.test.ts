/**
 * The SQL console against a server started with API_TOKEN: without the token the API's 401 is
 * shown; with it typed into the console, the query runs.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { useOwnServer } from './own-server.js';

const own = useOwnServer({ API_TOKEN: 'e2e-secret' });

describe('SQL console with an access token', () => {
  it('shows the 401 without the token and runs the query with it', async () => {
    await own.page.goto(`${own.baseUrl}/sql?q=${encodeURIComponent('SELECT 42 AS answer')}`);
    const alert = own.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/token|令牌|401|unauthori/i);
    await own.page.getByTestId('sql-token').fill('e2e-secret');
    await own.page.getByRole('button', { name: /运行/ }).click();
    const table = own.page.getByTestId('result-table');
    await table.waitFor();
    expect(await table.locator('tbody td').allTextContents()).toEqual(['42']);
    await screenshot(own.page, 'sql-token');
  }, 60_000);
});
