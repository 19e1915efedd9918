/**
 * Serves the built dashboard next to the API on the same port: files from its `dist/`, and for any
 * other GET outside `/api` the app's page, so client-side routes survive a reload. `index.html` is
 * the landing page (`/`): it also names the code and data of the landing route, for the browser to
 * fetch with the entry, and with the dashboard's server renderer it is sent rendered, the overview
 * drawn in it (landing-page.ts); every other route gets `app.html`, the same page without those hints (a
 * build without it: `index.html`).
 *
 * The build writes a Brotli and a gzip copy beside each text file (vite.config.ts); the copy the
 * browser accepts is sent as it is, so nothing is compressed per request. Files under `assets/`
 * carry a hash of their content in their name: a new build means new names, so browsers may keep
 * them for a year without asking again. `index.html` names the current ones and is revalidated.
 *
 * Every page
 * carries a Content-Security-Policy: scripts, data and frames from this origin only, so text from
 * the corpus or a query result that reached the page as markup could run nothing and send nothing
 * elsewhere. Styles may be inline (the SQL editor injects its own); images may be data: or blob:
 * URLs (chart exports).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono, Schema } from 'hono';
import { landingPage } from './landing-page.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `landingRenderer` is the dashboard's built server renderer (landing-page.ts); without it, or
 * without its file, `/` is the plain page the browser renders.
 */
export function mountDashboard<E extends Env, S extends Schema>(
  app: Hono<E, S>,
  webDir: string,
  landingRenderer?: string,
): void {
  const indexPath = join(webDir, 'index.html');
  if (!existsSync(indexPath)) return;
  const landing =
    landingRenderer && existsSync(landingRenderer)
      ? landingPage((input, init) => app.request(input, init), webDir, landingRenderer)
      : null;
  const shellPath = existsSync(join(webDir, 'app.html')) ? join(webDir, 'app.html') : indexPath;
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  const files = serveStatic({
    root: webDir,
    precompressed: true,
    onFound: (_path, c) => {
      c.header('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
    },
  });
  app.use('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    c.header('Content-Security-Policy', DASHBOARD_CSP);
    if (landing && c.req.path === '/' && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      const page = await landing(c);
      if (page) return page;
    }
    return files(c, next);
  });
  app.get('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    return c.html(await readFile(shellPath, 'utf8'));
  });
}
