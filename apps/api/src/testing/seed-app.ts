/**
 * Test support: the app over a DuckDB file built from the seed corpus, opened before a test file's
 * tests and closed after them. Call at the top of a test file.
 */
import { afterAll, beforeAll } from 'vitest';
import { type AppOptions, createApp } from '../app.js';
import { type AnyJson, json } from './http.js';
import { openSeedDatabase, type SeedDatabase } from './seed-database.js';

export interface SeedApp {
  readonly app: ReturnType<typeof createApp>;
  readonly seed: SeedDatabase;
  /** GET `path` through `app.request()` and read the body as JSON. */
  get(path: string): Promise<AnyJson>;
}

export function useSeedApp(options: AppOptions = {}, extraInputs: readonly string[] = []): SeedApp {
  let seed: SeedDatabase | undefined;
  let app: ReturnType<typeof createApp> | undefined;
  beforeAll(async () => {
    seed = await openSeedDatabase(extraInputs);
    app = createApp({ db: seed.db, ...options });
  }, 60_000);
  afterAll(async () => seed?.close());
  return {
    get app() {
      return app!;
    },
    get seed() {
      return seed!;
    },
    get: async (path) => json(await app!.request(path)),
  };
}
