/**
 * API tests: real DuckDB stores built from the seed, real HTTP through the app. Analysts' SQL runs
 * in child processes that each open the store; with the rest of the test run busy on both cores
 * they can take more than vitest's default 5 s per test to start (three SQL tests timed out at
 * 5.0 s in a full `npm test` that take 1.5–3.4 s alone).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
