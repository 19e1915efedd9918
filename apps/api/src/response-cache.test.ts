/** The response cache's bound, on a real Hono app with real responses of a known shape. */
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { describe, expect, it } from 'vitest';
import { entryCost, responseCache } from './response-cache.js';

function appWith(maxBytes: number) {
  const cache = responseCache({ maxBytes });
  const app = new Hono();
  app.use('*', cache);
  app.use('*', secureHeaders());
  app.get('/item/:id', (c) => c.json({ id: c.req.param('id'), ok: true }));
  return { app, cache };
}

describe('responseCache', () => {
  it("counts an entry's key and headers, not only its body", async () => {
    const { app, cache } = appWith(1024 * 1024);
    const res = await app.request('/item/1');
    const body = (await res.arrayBuffer()).byteLength;
    const [[key, entry]] = [...cache.entries.entries()];
    expect(entryCost(key!, entry!)).toBe(cache.entries.calculatedSize);
    // Headers (security headers, content type, ETag-less here) outweigh a small body several times.
    expect(cache.entries.calculatedSize).toBeGreaterThan(4 * body);
  });

  it('stays within its bound when flooded with unique URLs', async () => {
    const maxBytes = 100 * 1024;
    const { app, cache } = appWith(maxBytes);
    let bodies = 0;
    for (let i = 0; i < 2000; i++)
      bodies += (await (await app.request(`/item/${i}`)).arrayBuffer()).byteLength;
    // The bodies alone fit the bound: counting only them, nothing would ever be evicted.
    expect(bodies).toBeLessThan(maxBytes);
    expect(cache.entries.calculatedSize).toBeLessThanOrEqual(maxBytes);
    expect(cache.entries.size).toBeLessThan(2000);
    let held = 0;
    for (const [key, entry] of cache.entries.entries()) held += entryCost(key, entry);
    expect(held).toBe(cache.entries.calculatedSize);
    // The newest are kept, the oldest went.
    expect((await app.request('/item/1999')).headers.get('x-cache')).toBe('hit');
    expect((await app.request('/item/0')).headers.get('x-cache')).toBe('miss');
  });

  it('evicts the least recently used entry first', async () => {
    const probe = appWith(1024 * 1024);
    await probe.app.request('/item/a');
    const one = probe.cache.entries.calculatedSize;
    const { app } = appWith(Math.floor(2.5 * one));
    await app.request('/item/a');
    await app.request('/item/b');
    expect((await app.request('/item/a')).headers.get('x-cache')).toBe('hit');
    await app.request('/item/c');
    expect((await app.request('/item/a')).headers.get('x-cache')).toBe('hit');
    expect((await app.request('/item/b')).headers.get('x-cache')).toBe('miss');
  });
});
