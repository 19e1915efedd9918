/**
 * Test support: the app on a real HTTP server (loopback, a free port), for tests that must see
 * what goes over the wire (compression, streamed files), which app.request() does not show.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { createApp } from '../app.js';

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
