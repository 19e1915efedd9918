/**
 * Test support: the app on a real HTTP server (loopback, a free port), for tests that must see
 * what goes over the wire (compression, streamed files), which app.request() does not show.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../app.js';
import { openSeedDatabase, type SeedDatabase } from './seed-database.js';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export function listen(app: ReturnType<typeof createApp>): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * The app over a store built from the seed, on a real HTTP server for a test file's tests. Call at
 * the top of a test file; read `url` and `dbPath` inside tests.
 */
export function useSeedServer(): { readonly url: string; readonly dbPath: string } {
  let seed: SeedDatabase | undefined;
  let server: Listening | undefined;
  beforeAll(async () => {
    seed = await openSeedDatabase();
    server = await listen(createApp({ db: seed.db }));
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await seed?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get dbPath() {
      return seed!.dbPath;
    },
  };
}
