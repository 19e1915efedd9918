import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useSeedServer } from './testing/listen.js';

const server = useSeedServer();

/** The raw bytes and headers of a GET, as sent (Node's http does not decode them, unlike fetch). */
function rawGet(path: string, acceptEncoding?: string) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((ok, fail) => {
    const req = request(
      `${server.url}${path}`,
      { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', fail);
    req.end();
  });
}

describe('JSON over the wire (real HTTP)', () => {
  it('gzips JSON for a client that accepts it and sends it plain to one that does not, cached or not', async () => {
    for (let pass = 0; pass < 2; pass++) {
      const zipped = await rawGet('/api/overview', 'gzip, deflate, br');
      const plain = await rawGet('/api/overview');
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
      expect(plain.headers['content-encoding']).toBeUndefined();
      const json = JSON.parse(plain.body.toString('utf8'));
      expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(json);
      expect(zipped.body.length).toBeLessThan(plain.body.length / 4);
      // The second pass is answered from the response cache, each client its own variant.
      if (pass === 1) expect([zipped.headers['x-cache'], plain.headers['x-cache']]).toEqual(['hit', 'hit']);
    }
  });
});
