import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { DASHBOARD_CSP } from './static-site.js';
import { openSeedDatabase, type SeedDatabase } from './testing/seed-database.js';

let seed: SeedDatabase;
let webDir: string;
beforeAll(async () => {
  seed = await openSeedDatabase();
  webDir = await mkdtemp(join(tmpdir(), 'gwr-web-'));
  await mkdir(join(webDir, 'assets'));
  await writeFile(join(webDir, 'index.html'), '<!doctype html><title>GWR</title><div id="root"></div>');
  await writeFile(join(webDir, 'assets', 'app.js'), 'console.log(1)');
}, 60_000);
afterAll(async () => {
  await seed?.close();
  await rm(webDir, { recursive: true, force: true });
});

describe('serving the built dashboard', () => {
  it('serves files, index.html for client routes, and keeps /api 404s as JSON', async () => {
    const app = createApp({ db: seed.db, webDir });
    const asset = await app.request('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    for (const path of ['/', '/documents/abc', '/scorecard?region=x']) {
      const page = await app.request(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-security-policy'), path).toBe(DASHBOARD_CSP);
      expect(DASHBOARD_CSP).toMatch(/script-src 'self'(;|$)/);
      expect(await page.text(), path).toContain('<div id="root">');
    }
    const api = await app.request('/api/missing');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/json/);
    expect((await app.request('/api/health')).status).toBe(200);
  });

  it('serves nothing but the API when there is no build', async () => {
    const app = createApp({ db: seed.db, webDir: join(webDir, 'nope') });
    expect((await app.request('/')).status).toBe(404);
  });
});
