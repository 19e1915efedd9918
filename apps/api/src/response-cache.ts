/**
 * Caches GET responses of the API in memory, keyed by URL. The store is opened read-only and never
 * changes while the process runs, so a response computed once stays right until restart; the cache
 * only bounds how much memory it may take (least recently used entries go first). Entries keep
 * their ETag, so a revalidating client gets its 304 without the body being hashed again.
 */
import type { MiddlewareHandler } from 'hono';

interface Entry {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
  etag: string | null;
}

export interface ResponseCacheOptions {
  /** Total bytes of cached bodies. */
  maxBytes?: number;
  /** Larger responses are not cached (they would evict everything else). */
  maxEntryBytes?: number;
}

export function responseCache(options: ResponseCacheOptions = {}): MiddlewareHandler {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? 8 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const serve = (hit: Entry, ifNoneMatch: string | undefined) => {
    const headers = new Headers(hit.headers);
    headers.set('X-Cache', 'hit');
    if (hit.etag && ifNoneMatch === hit.etag) return new Response(null, { status: 304, headers });
    return new Response(hit.body, { status: hit.status, headers });
  };
  // Concurrent misses of one URL wait for the first instead of each computing it (a cold cache under
  // load would otherwise run the same query once per waiting client).
  const inflight = new Map<string, Promise<Entry | undefined>>();

  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const key = c.req.url;
    const hit = entries.get(key);
    if (hit) {
      // Re-insert: Map order is the LRU order.
      entries.delete(key);
      entries.set(key, hit);
      return serve(hit, c.req.header('If-None-Match'));
    }
    const pending = inflight.get(key);
    if (pending) {
      const entry = await pending;
      if (entry) return serve(entry, c.req.header('If-None-Match'));
      return next();
    }
    let settle: (entry: Entry | undefined) => void = () => {};
    inflight.set(
      key,
      new Promise((resolve) => {
        settle = resolve;
      }),
    );
    let stored: Entry | undefined;
    try {
      await next();
      const res = c.res;
      if (res.status !== 200) return;
      const body = await res.clone().arrayBuffer();
      res.headers.set('X-Cache', 'miss');
      if (body.byteLength > maxEntryBytes) return;
      // Per-request headers (CORS answers the request's Origin) are set again by their middleware.
      const headers = [...res.headers.entries()].filter(
        ([name]) => name !== 'x-cache' && !name.startsWith('access-control-') && name !== 'vary',
      );
      stored = { status: res.status, headers, body, etag: res.headers.get('ETag') };
      entries.set(key, stored);
      bytes += body.byteLength;
      for (const [oldKey, old] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(oldKey);
        bytes -= old.body.byteLength;
      }
    } finally {
      inflight.delete(key);
      settle(stored);
    }
  };
}
