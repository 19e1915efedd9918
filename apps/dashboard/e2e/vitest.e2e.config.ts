/**
 * End-to-end tests: the real API server (apps/api/dist/server.js) over a fresh database built from
 * the seed corpus, serving the built dashboard, driven by headless Chromium (playwright-core).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Paths are relative to apps/dashboard (run.sh runs from there).
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    // One browser and one server on a 2-core machine: files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
