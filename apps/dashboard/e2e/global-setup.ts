/**
 * Starts the real server once for the whole e2e run (see start-server.ts); it serves the built
 * dashboard from apps/dashboard/dist.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT, startServer } from './start-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const index = join(REPO_ROOT, 'apps/dashboard/dist/index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run pnpm --filter @gwr/dashboard build`);
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
