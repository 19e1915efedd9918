import { SCHEMA_VERSION } from '@gwr/domain';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { json } from './testing/http.js';
import { useSeedApp } from './testing/seed-app.js';

const seedApp = useSeedApp();

describe('GET /api/health', () => {
  it('reports the database it serves', async () => {
    const res = await seedApp.app.request('/api/health');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.status).toBe('ok');
    expect(body.warnings).toEqual([]);
    // Its name, never where it lies on the server.
    expect(body.database.name).toBe('gwr.duckdb');
    expect(JSON.stringify(body)).not.toContain(seedApp.seed.dir);
    expect(body.database.documents).toBe(10);
    expect(body.database.built_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(body.database.schema_version).toBe(String(SCHEMA_VERSION));
  });

  it('sends secure headers and an ETag that revalidates to 304', async () => {
    const res = await seedApp.app.request('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const tag = res.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await seedApp.app.request('/api/health', { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
  });
});

describe('GET /api/documents', () => {
  it('lists the ten documents without their text', async () => {
    const res = await seedApp.app.request('/api/documents');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.total).toBe(10);
    expect(body.documents).toHaveLength(10);
    expect(body.documents.filter((d: { kind: string }) => d.kind === 'work_report')).toHaveLength(3);
    for (const d of body.documents) {
      expect(d).not.toHaveProperty('text');
      expect(d.published).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(d.body_end).toBeGreaterThan(d.body_start);
    }
  });

  it('filters by kind and rejects an unknown kind naming the parameter', async () => {
    const res = await seedApp.app.request('/api/documents?kind=work_report');
    const body = await json(res);
    expect(
      body.documents.map((d: { title: string }) => d.title).every((t: string) => t.includes('政府工作报告')),
    ).toBe(true);
    const bad = await seedApp.app.request('/api/documents?kind=novel');
    expect(bad.status).toBe(400);
    const error = await json(bad);
    expect(error.error.code).toBe('invalid_parameter');
    expect(error.error.message).toMatch(/^kind:/);
  });
});

describe('GET /api/documents/:id', () => {
  it('returns the text, which is the body slice of the file', async () => {
    const list = await json(await seedApp.app.request('/api/documents?kind=work_report'));
    const summary = list.documents[0];
    const res = await seedApp.app.request(`/api/documents/${summary.doc_id}`);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.document.title).toBe(summary.title);
    expect(body.document.text.length).toBe(summary.body_end - summary.body_start);
    expect(body.document.char_count).toBe(body.document.text.length);
    for (const f of body.facts) {
      const inText = body.document.text.slice(
        f.evidence.start - summary.body_start,
        f.evidence.end - summary.body_start,
      );
      expect(inText).toBe(f.evidence.text);
    }
    for (const s of body.spam_fragments) {
      expect(body.document.text.slice(s.start - summary.body_start, s.end - summary.body_start)).toBe(s.text);
    }
  });

  it('answers 404 with a JSON error for an unknown id', async () => {
    const res = await seedApp.app.request('/api/documents/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = await json(res);
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('does-not-exist');
  });

  it('answers 404 JSON for an unknown API route', async () => {
    const res = await seedApp.app.request('/api/nope');
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe('not_found');
  });
});

describe('response cache', () => {
  it('answers a repeated GET from memory, byte-identical, and 304 on a matching ETag', async () => {
    const path = '/api/documents?kind=news';
    const first = await seedApp.app.request(path);
    expect(first.headers.get('x-cache')).toBe('miss');
    const second = await seedApp.app.request(path);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('x-content-type-options')).toBe('nosniff');
    const revalidated = await seedApp.app.request(path, {
      headers: { 'If-None-Match': first.headers.get('etag')! },
    });
    expect(revalidated.status).toBe(304);
  });

  it('computes a URL once when requests for it arrive together', async () => {
    const responses = await Promise.all(Array.from({ length: 5 }, () => seedApp.app.request('/api/regions')));
    const states = responses.map((r) => r.headers.get('x-cache'));
    expect(states.filter((s) => s === 'miss')).toHaveLength(1);
    expect(states.filter((s) => s === 'hit')).toHaveLength(4);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
  });

  it('answers a hit with the headers of the miss, security headers included', async () => {
    const path = '/api/indicators';
    const first = await seedApp.app.request(path);
    expect(first.headers.get('x-cache')).toBe('miss');
    const second = await seedApp.app.request(path);
    expect(second.headers.get('x-cache')).toBe('hit');
    const headersOf = (res: Response) =>
      [...res.headers].filter(([name]) => name !== 'x-cache' && name !== 'content-length');
    expect(headersOf(second)).toEqual(headersOf(first));
    for (const name of ['x-content-type-options', 'x-frame-options', 'strict-transport-security']) {
      expect(second.headers.get(name)).toBeTruthy();
    }
    expect(second.headers.get('cache-control')).toBe('no-cache');
    const revalidated = await seedApp.app.request(path, {
      headers: { 'If-None-Match': first.headers.get('etag')! },
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('x-cache')).toBe('hit');
    expect(revalidated.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(revalidated.headers.get('x-content-type-options')).toBe('nosniff');
    expect(revalidated.headers.get('content-type')).toBeNull();
    expect(await revalidated.text()).toBe('');
    // A tag that does not match gets the body.
    const stale = await seedApp.app.request(path, { headers: { 'If-None-Match': '"stale"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(await first.text());
  });

  it('serves, without keeping, a response larger than one entry may be', async () => {
    // Too large for the bound: served, not kept.
    const large = createApp({ db: seedApp.seed.db, responseCache: { maxEntryBytes: 100 } });
    await large.request('/api/regions');
    expect((await large.request('/api/regions')).headers.get('x-cache')).toBe('miss');
  });

  it('can be turned off', async () => {
    const uncached = createApp({ db: seedApp.seed.db, responseCache: false });
    await uncached.request('/api/health');
    expect((await uncached.request('/api/health')).headers.get('x-cache')).toBeNull();
  });
});

describe('CORS', () => {
  it('is off by default and allows the configured origin when set', async () => {
    const closed = await seedApp.app.request('/api/health', { headers: { Origin: 'http://elsewhere' } });
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    const open = createApp({ db: seedApp.seed.db, corsOrigin: ['http://dash.local'] });
    const res = await open.request('/api/health', { headers: { Origin: 'http://dash.local' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://dash.local');
    const other = await open.request('/api/health', { headers: { Origin: 'http://evil' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // Served from the cache, the allowed origin still gets its header.
    const again = await open.request('/api/health', { headers: { Origin: 'http://dash.local' } });
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(again.headers.get('access-control-allow-origin')).toBe('http://dash.local');
    expect(again.headers.get('vary')).toContain('Origin');
    expect(again.headers.get('x-content-type-options')).toBe('nosniff');
    // Another origin, or none, gets no CORS header from a cached response either.
    const otherAgain = await open.request('/api/health', { headers: { Origin: 'http://evil' } });
    expect(otherAgain.headers.get('x-cache')).toBe('hit');
    expect(otherAgain.headers.get('access-control-allow-origin')).toBeNull();
    await open.request('/api/health');
    const none = await open.request('/api/health');
    expect(none.headers.get('x-cache')).toBe('hit');
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });
});
