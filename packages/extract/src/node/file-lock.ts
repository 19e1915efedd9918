/**
 * An exclusive lock between processes sharing a store (GWR_PROCESSES, several servers on one
 * folder): a lock file created with O_EXCL holding the owner's pid. A lock whose owner is gone (a
 * killed process) is taken over rather than waited on forever.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { processAlive } from './store-files.js';

const RETRY_MS = 50;

/** Runs `fn` holding the lock at `path`. */
export async function withFileLock<T>(path: string, fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(path, 'utf8').catch(() => ''));
      if (owner > 0 && !processAlive(owner)) await rm(path, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}
