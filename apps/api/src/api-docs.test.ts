import { describe, expect, it } from 'vitest';
import { type AnyJson, json } from './testing/http.js';
import { useSeedApp } from './testing/seed-app.js';

const seedApp = useSeedApp({ apiTokens: ['tok'] });

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document with every endpoint and its parameters', async () => {
    const res = await seedApp.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await json(res);
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.keys(doc.paths);
    for (const path of [
      '/api/health',
      '/api/regions',
      '/api/indicators',
      '/api/facts',
      '/api/scorecard',
      '/api/compare',
      '/api/documents',
      '/api/documents/{id}',
      '/api/search',
      '/api/schema',
      '/api/sql',
    ]) {
      expect(paths).toContain(path);
    }
    const factParams = doc.paths['/api/facts'].get.parameters.map((p: AnyJson) => p.name);
    expect(factParams).toEqual(
      expect.arrayContaining([
        'region',
        'indicator',
        'kind',
        'year',
        'measure',
        'section',
        'doc_id',
        'q',
        'sort',
        'order',
        'limit',
        'offset',
        'format',
      ]),
    );
    expect(Object.keys(doc.paths['/api/facts'].get.responses['200'].content)).toEqual(
      expect.arrayContaining(['application/json', 'text/csv', 'application/x-ndjson']),
    );
    expect(doc.paths['/api/sql'].post.requestBody.content['application/json']).toBeTruthy();
    expect(doc.paths['/api/sql'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.components.schemas.ScorecardRow.properties.status).toBeTruthy();
  });
});

describe('GET /api/docs', () => {
  it('serves an interactive page whose assets all come from this server', async () => {
    const res = await seedApp.app.request('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(3);
    for (const url of urls) {
      expect(url).toMatch(/^\/api\/docs\//);
      const asset = await seedApp.app.request(url);
      expect(asset.status, url).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, url).toBeGreaterThan(0);
    }
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const init = await (await seedApp.app.request('/api/docs/init.js')).text();
    expect(init).toContain('/api/openapi.json');
    expect((await seedApp.app.request('/api/docs/../../etc/passwd')).status).toBe(404);
  });
});
