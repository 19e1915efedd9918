/**
 * The lake's folder on disk: whether a folder is a lake of ours, its manifest, and the files a
 * writer killed halfway left in it. Like a store file (store-ownership.ts), a folder is only ever
 * written if it is a lake of ours (its manifest says so), empty, or absent: the path a user gives
 * may be their own folder of Parquet files.
 */
import { link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { LAKE_MANIFEST, LAKE_TABLES, type LakeManifest, SCHEMA_VERSION } from '@gwr/domain';
import { ExtractError } from '../errors.js';
import { removeAbandonedFiles, storeSibling } from './store-files.js';

export type LakeInspection =
  | { kind: 'absent' }
  | { kind: 'foreign'; reason: string }
  | { kind: 'ours'; manifest: LakeManifest };

/** The name of every data file a writer makes: `part-g<generation>-<n>.parquet`. */
const OUR_FILE = /^part-g(\d+)-\d+\.parquet$/;

export async function inspectLake(lakeDir: string): Promise<LakeInspection> {
  const info = await stat(lakeDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new ExtractError(lakeDir, `cannot be read (${error.code ?? error.message})`);
  });
  if (info === null) return { kind: 'absent' };
  if (!info.isDirectory()) return { kind: 'foreign', reason: 'is a file, not a lake folder' };
  const text = await readFile(join(lakeDir, LAKE_MANIFEST), 'utf8').catch(() => null);
  if (text === null) {
    if ((await readdir(lakeDir)).length === 0) return { kind: 'absent' };
    return { kind: 'foreign', reason: `is a folder without ${LAKE_MANIFEST}, not a lake of ours` };
  }
  try {
    const manifest = JSON.parse(text) as LakeManifest;
    if (manifest.format === 'gwr-lake' && typeof manifest.generation === 'number')
      return { kind: 'ours', manifest };
  } catch {
    // Reported below like any other manifest that is not ours.
  }
  return { kind: 'foreign', reason: `has a ${LAKE_MANIFEST} that is not a lake manifest of ours` };
}

/** The manifest of a lake of ours, of this schema; otherwise an ExtractError naming the folder. */
export async function readLakeManifest(lakeDir: string): Promise<LakeManifest> {
  const found = await inspectLake(lakeDir);
  if (found.kind === 'absent') throw new ExtractError(lakeDir, 'there is no lake here');
  if (found.kind === 'foreign') throw new ExtractError(lakeDir, found.reason);
  if (found.manifest.schema_version !== SCHEMA_VERSION) {
    throw new ExtractError(
      lakeDir,
      `the lake has schema version ${found.manifest.schema_version}, this code expects ${SCHEMA_VERSION}; build a new lake`,
    );
  }
  return found.manifest;
}

/** Writes a file of the lake whole or not at all: a temporary name, then a rename. */
export async function writeLakeFile(lakeDir: string, name: string, text: string): Promise<void> {
  const tmp = join(lakeDir, `.${name}.${process.pid}.tmp`);
  await writeFile(tmp, text);
  await rename(tmp, join(lakeDir, name));
}

/** Paths, relative to `dir` and `/`-separated, of every file under it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

/**
 * Removes data files of ours that the manifest does not name: what a writer killed between moving
 * its files in and writing the manifest left (readers of the manifest never saw them; readers of a
 * glob would count them twice). Files not named like ours are left alone.
 */
export async function removeOrphans(lakeDir: string, manifest: LakeManifest): Promise<string[]> {
  const named = new Set(Object.values(manifest.tables).flatMap((t) => t.files));
  const removed: string[] = [];
  for (const table of Object.keys(LAKE_TABLES)) {
    for (const file of await filesUnder(join(lakeDir, table))) {
      const path = `${table}/${file}`;
      if (named.has(path) || !OUR_FILE.test(file.split('/').at(-1)!)) continue;
      await rm(join(lakeDir, path), { force: true });
      removed.push(path);
    }
  }
  return removed;
}

/**
 * Where the servers of this machine pin a lake's generations: a folder beside the lake named for
 * the machine, since a lake shared between machines has servers on each, and whether a pinning
 * process is alive can only be told on its own machine.
 */
function pinsFolder(lakeDir: string): string {
  return join(dirname(resolve(lakeDir)), `.${basename(resolve(lakeDir))}.pins.${hostname()}`);
}

/** The `n`th pin of this process (`.pin.<pid>.<n>` in the machine's pins folder). */
export const lakePinPath = (lakeDir: string, n: number) =>
  storeSibling(join(pinsFolder(lakeDir), 'pin'), String(n));

/** Removes the pins that dead processes of this machine left. */
export const removeAbandonedPins = (lakeDir: string) =>
  removeAbandonedFiles(join(pinsFolder(lakeDir), 'pin'));

/**
 * Links the files of the lake's current generation, and its manifest, into `pinDir`: a lake of
 * the same files that stays whole while writers replace partitions in the lake (a server reads a
 * generation from its pin, as it reads a store file's). Returns false, leaving nothing behind,
 * where links cannot be made (a read-only folder): the lake itself is then read.
 */
export async function pinLake(lakeDir: string, pinDir: string): Promise<boolean> {
  // A file gone before it was linked: a writer replaced it since the manifest was read; read again.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const manifest = await readLakeManifest(lakeDir);
      for (const file of Object.values(manifest.tables).flatMap((t) => t.files)) {
        await mkdir(dirname(join(pinDir, file)), { recursive: true });
        await link(join(lakeDir, file), join(pinDir, file));
      }
      await writeFile(join(pinDir, LAKE_MANIFEST), JSON.stringify(manifest));
      return true;
    } catch (error) {
      await rm(pinDir, { recursive: true, force: true });
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    }
  }
  return false;
}
