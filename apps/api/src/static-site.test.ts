import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { DASHBOARD_CSP } from './static-site.js';
import { listen } from './testing/listen.js';
import { openSeedDatabase, type SeedDatabase } from './testing/seed-database.js';

let seed: SeedDatabase;
let webDir: string;
beforeAll(async () => {
  seed = await openSeedDatabase();
  webDir = await mkdtemp(join(tmpdir(), 'gwr-web-'));
  await mkdir(join(webDir, 'assets'));
  // The landing page names its route's code and data; the page of every other route does not.
  await writeFile(
    join(webDir, 'index.html'),
    '<!doctype html><title>GWR</title><link rel="preload" href="/api/overview" as="fetch" crossorigin><div id="root"></div>',
  );
  await writeFile(join(webDir, 'app.html'), '<!doctype html><title>GWR</title><div id="root"></div>');
  await writeFile(join(webDir, 'assets', 'app.js'), 'console.log(1)');
  // What the dashboard's build writes beside each text file.
  const big = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `word${i}`))};`;
  await writeFile(join(webDir, 'assets', 'big-abc123.js'), big);
  await writeFile(join(webDir, 'assets', 'big-abc123.js.br'), brotliCompressSync(big));
  await writeFile(join(webDir, 'assets', 'big-abc123.js.gz'), gzipSync(big));
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
      const html = await page.text();
      expect(html, path).toContain('<div id="root">');
      // Only `/` asks for the overview's data before its script runs.
      expect(html.includes('/api/overview'), path).toBe(path === '/');
    }
    const api = await app.request('/api/missing');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/json/);
    expect((await app.request('/api/health')).status).toBe(200);
  });

  it('serves the plain landing page when the server renderer cannot run', async () => {
    // A renderer that does not load (a broken or half-written build): `/` is still a page.
    const broken = join(webDir, 'broken-renderer.js');
    await writeFile(broken, 'export function renderLanding( {');
    const app = createApp({ db: seed.db, webDir, landingRenderer: broken });
    const errors: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const page = await app.request('/');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
      const html = await page.text();
      expect(html).toContain('<div id="root"></div>');
      expect(html).toContain('/api/overview');
    } finally {
      console.error = error;
    }
    // The operator is told why.
    expect(errors.join('\n')).toMatch(/landing page not rendered on the server/);
  });

  it('serves nothing but the API when there is no build', async () => {
    const app = createApp({ db: seed.db, webDir: join(webDir, 'nope') });
    expect((await app.request('/')).status).toBe(404);
  });

  it('sends the Brotli or gzip copy the browser accepts, hashed assets cached for a year (real HTTP)', async () => {
    const server = await listen(createApp({ db: seed.db, webDir }));
    try {
      const fetchWith = (path: string, encoding: string) =>
        fetch(`${server.url}${path}`, { headers: { 'Accept-Encoding': encoding } });
      const plain = await (await fetchWith('/assets/big-abc123.js', 'identity')).text();
      for (const [accept, sent] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
      ] as const) {
        const res = await fetchWith('/assets/big-abc123.js', accept);
        expect(res.headers.get('content-encoding')).toBe(sent);
        expect(res.headers.get('vary')).toContain('Accept-Encoding');
        expect(Number(res.headers.get('content-length'))).toBeLessThan(plain.length / 3);
        // fetch decodes the body: it is the file itself.
        expect(await res.text()).toBe(plain);
        expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      }
      const index = await fetchWith('/', 'gzip');
      expect(index.headers.get('cache-control')).toBe('no-cache');
      const route = await fetchWith('/regions/331126', 'gzip');
      expect(route.headers.get('cache-control')).toBe('no-cache');
    } finally {
      await server.close();
    }
  });
});
