/**
 * The OpenAPI 3.1 document (generated from the routes' zod schemas) and an interactive reference
 * page that works with no internet: Swagger UI's assets are served from the installed
 * swagger-ui-dist package, never from a CDN.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>GWR Analytics API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<link rel="icon" href="/api/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  tryItOutEnabled: true,
  validatorUrl: null
});`;

const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'";

// biome-ignore lint/suspicious/noExplicitAny: any OpenAPIHono, whatever routes it has
export function mountApiDocs(app: OpenAPIHono<any, any, any>): void {
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'GWR Analytics API',
      version: '1.0.0',
      description:
        'KPI analytics over Chinese government work reports: facts (results and targets) with their evidence, ' +
        'scorecards of targets against results, documents, phrase search, and read-only SQL for analysts. ' +
        'Offsets are character offsets into the decoded source file; a document body is file[body_start, body_end).',
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const cache = new Map<string, Buffer>();
  app.get('/api/docs', (c) => {
    c.header('Content-Security-Policy', CSP);
    return c.html(PAGE);
  });
  app.get('/api/docs/init.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(INIT);
  });
  app.get('/api/docs/:asset', async (c, next) => {
    const asset = c.req.param('asset');
    const type = ASSETS[asset];
    if (!type) return next();
    let bytes = cache.get(asset);
    if (!bytes) {
      bytes = await readFile(join(dist, asset));
      cache.set(asset, bytes);
    }
    c.header('Content-Type', type);
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(new Uint8Array(bytes));
  });
}
