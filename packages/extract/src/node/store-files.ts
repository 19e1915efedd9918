/**
 * Files a process keeps next to a store while it works on it — a build's temporary file, its
 * write-ahead log and spill folder, a server's pin on the generation it serves — all named
 * `.<store>.<pid>.<tag>`, so that whatever a killed process left behind is recognisable and removed
 * by the next one to start (a file whose process is alive belongs to a build or a server running
 * now, and is left alone).
 */
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `.<store>.<pid>.<tag>` next to the store. */
export function storeSibling(dbPath: string, tag: string, pid = process.pid): string {
  return join(dirname(dbPath), `.${basename(dbPath)}.${pid}.${tag}`);
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, run by another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what dead processes left next to the store; returns the names removed. A folder that
 * cannot be read or written (a read-only mount) is left as it is.
 */
export async function removeAbandonedFiles(dbPath: string): Promise<string[]> {
  const prefix = `.${basename(dbPath)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(dbPath));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)\./.exec(name.slice(prefix.length))?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || processAlive(pid)) continue;
    try {
      await rm(join(dirname(dbPath), name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Not ours to remove after all (permissions): the next start tries again.
    }
  }
  return removed;
}
