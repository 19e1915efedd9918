/**
 * Serves the built dashboard next to the API on the same port: files from its `dist/`, and
 * `index.html` for any other GET outside `/api` so client-side routes survive a reload.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono, Schema } from 'hono';

export function mountDashboard<E extends Env, S extends Schema>(app: Hono<E, S>, webDir: string): void {
  const indexPath = join(webDir, 'index.html');
  if (!existsSync(indexPath)) return;
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  app.use('*', async (c, next) => (isApi(c.req.path) ? next() : serveStatic({ root: webDir })(c, next)));
  app.get('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    return c.html(await readFile(indexPath, 'utf8'));
  });
}
