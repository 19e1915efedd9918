/**
 * Test support: builds a real DuckDB store from the repository's seed corpus into a temporary
 * folder (once per test file) and opens it the way the server does.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDatabase } from '@gwr/extract/node';
import { GwrDatabase } from '../db.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const SEED_DIR = join(REPO_ROOT, 'seeds');

export interface SeedDatabase {
  dir: string;
  dbPath: string;
  db: GwrDatabase;
  close(): Promise<void>;
}

/** Reports written for the tests, in our own words (testing/fixtures). */
export const FIXTURE_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The seed store, with `extraInputs` (report files) loaded beside the seed when given. */
export async function openSeedDatabase(extraInputs: readonly string[] = []): Promise<SeedDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'gwr-api-'));
  const dbPath = join(dir, 'gwr.duckdb');
  await buildDatabase({ inputs: [SEED_DIR, ...extraInputs], dbPath });
  const db = await GwrDatabase.open(dbPath, { threads: 2, memoryLimit: '512MB' });
  return {
    dir,
    dbPath,
    db,
    async close() {
      db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
