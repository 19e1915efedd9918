/**
 * Caches GET responses of the API in memory. The store is opened read-only and never changes while
 * the process runs, so a response computed once stays right until restart; the cache only bounds
 * how much memory it may take (least recently used entries go first). Entries keep their ETag, so a
 * revalidating client gets its 304 without the body being hashed again.
 *
 * A hit is the API's hottest path, so everything a hit needs is built once, when the entry is
 * stored: the body as bytes that @hono/node-server writes to the socket as they are (an ArrayBuffer
 * body would make it build a full Fetch Response and stream a copy of the body), and the headers as
 * one frozen plain object that it passes to `writeHead` without building a `Headers`. For that the
 * cache must be the outermost middleware (a middleware running after it would touch the headers):
 * it stores the headers every other middleware set, security headers included. CORS headers depend
 * on the request's Origin, so the Origin is part of the key, and so is whether the client accepts gzip.
 *
 * The bound counts what an entry really costs, not its body alone: a small JSON body comes with its
 * key, two header objects and the objects around them, several times its size (flooding unique
 * URLs once grew the heap by 160 MB under a 64 MB bound of bodies). lru-cache keeps the order and
 * the total; `entryCost` says what an entry weighs.
 */
import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';

interface Entry {
  body: Uint8Array;
  /** The headers of the 200 response, `X-Cache: hit` included. */
  headers: Readonly<Record<string, string>>;
  /** The headers of a 304: the same without those that describe the body. */
  notModified: Readonly<Record<string, string>>;
  etag: string | undefined;
}

export interface ResponseCacheOptions {
  /** What all entries may cost together, in bytes (entryCost). */
  maxBytes?: number;
  /** Larger responses are not cached (they would evict everything else). */
  maxEntryBytes?: number;
}

/** Headers of a 200 that a 304 does not repeat (it has no body to describe). */
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding']);

/** Per entry, beyond its strings and body: the entry, its two frozen objects, the array buffer, the LRU's slots. */
const ENTRY_OVERHEAD_BYTES = 1024;

/** What an entry holds in memory, in bytes: strings are UTF-16 (two bytes a character). */
export function entryCost(key: string, entry: Entry): number {
  let chars = key.length;
  for (const headers of [entry.headers, entry.notModified]) {
    for (const [name, value] of Object.entries(headers)) chars += name.length + value.length;
  }
  return entry.body.byteLength + 2 * chars + ENTRY_OVERHEAD_BYTES;
}

function entryOf(res: Response, body: Uint8Array): Entry {
  const headers: Record<string, string> = {};
  const notModified: Record<string, string> = {};
  for (const [name, value] of res.headers) {
    // node-server sets the length of a byte body itself.
    if (name === 'content-length' || name === 'x-cache') continue;
    headers[name] = value;
    if (!BODY_HEADERS.has(name)) notModified[name] = value;
  }
  headers['x-cache'] = 'hit';
  notModified['x-cache'] = 'hit';
  return {
    body,
    headers: Object.freeze(headers),
    notModified: Object.freeze(notModified),
    etag: headers.etag,
  };
}

export function responseCache(
  options: ResponseCacheOptions = {},
): MiddlewareHandler & { entries: LRUCache<string, Entry> } {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? 8 * 1024 * 1024;
  const entries = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    sizeCalculation: (entry, key) => entryCost(key, entry),
  });

  const serve = (hit: Entry, ifNoneMatch: string | undefined) =>
    hit.etag !== undefined && ifNoneMatch === hit.etag
      ? new Response(null, { status: 304, headers: hit.notModified })
      : new Response(hit.body, { status: 200, headers: hit.headers });
  // Concurrent misses of one URL wait for the first instead of each computing it (a cold cache under
  // load would otherwise run the same query once per waiting client).
  const inflight = new Map<string, Promise<Entry | undefined>>();

  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const origin = c.req.header('Origin');
    // A gzipped body is for clients that accept gzip only: the encoding is part of the key.
    const gzip = /\bgzip\b/i.test(c.req.header('Accept-Encoding') ?? '') ? '\ngzip' : '';
    const key = `${origin === undefined ? c.req.url : `${c.req.url}\n${origin}`}${gzip}`;
    const hit = entries.get(key);
    if (hit) return serve(hit, c.req.header('If-None-Match'));
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
      res.headers.set('X-Cache', 'miss');
      // One Set-Cookie per client must not be replayed to others (and a plain object holds one).
      if (res.headers.has('Set-Cookie')) return;
      // A file declared too large (a dataset download) is streamed, never read into memory.
      if (Number(res.headers.get('Content-Length') ?? 0) > maxEntryBytes) return;
      const body = new Uint8Array(await res.clone().arrayBuffer());
      if (body.byteLength > maxEntryBytes) return;
      stored = entryOf(res, body);
      // Larger than the whole bound: lru-cache does not keep it.
      entries.set(key, stored);
    } finally {
      inflight.delete(key);
      settle(stored);
    }
  };
  return Object.assign(middleware, { entries });
}
