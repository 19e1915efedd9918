/**
 * Component tests talk to the real API: the server over a database built from the seed corpus.
 * No response is mocked.
 */
import type { TestProject } from 'vitest/node';
import { startServer } from '../../e2e/start-server';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide('apiUrl', server.baseUrl);
  return () => server.stop();
}
