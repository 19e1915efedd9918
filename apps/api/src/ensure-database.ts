/**
 * Makes sure there is a store to serve before the server opens it, and degrades rather than dies:
 * - the store is (re)built from the corpus when it is missing, damaged (a real read of every table
 *   fails), of another schema version, older than the newest corpus file, or built by other
 *   extraction rules; corpus files that cannot be used are skipped with a warning (the store
 *   records them, /api/health lists them);
 * - a file at the store's path that is not one of our stores is never replaced: a one-line refusal;
 * - a good store is served when the corpus is missing or a rebuild fails (a read-only folder), with
 *   a warning; a store that cannot be served and cannot be built is a one-line refusal;
 * - files left by a killed build or server are removed first.
 * The build itself is atomic (buildDatabase writes a temporary file and renames it).
 */
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, sep } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { SCHEMA_VERSION } from '@gwr/domain';
import { ExtractError } from '@gwr/extract';
import {
  type BuildSummary,
  buildDatabase,
  extractorFingerprint,
  INSPECT_OPTIONS,
  inspectStore,
  listInputFiles,
  removeAbandonedFiles,
} from '@gwr/extract/node';
import { errorLine } from './errors.js';

export interface EnsureDatabaseOptions {
  /** Corpus file or folder. */
  corpus: string;
  dbPath: string;
  /** Reports added while a server ran (report-intake.ts): rebuilt with the corpus when present. */
  addedDir?: string;
  onWarning?: (message: string) => void;
  /** Threads that read the corpus's documents (default: one per core). */
  workers?: number;
}

export interface EnsureDatabaseResult {
  built: boolean;
  /** Why it was (re)built, or why not. */
  reason: string;
  summary?: BuildSummary;
  /** What a client should know about the store served (no server paths: /api/health shows them). */
  warnings: string[];
}

const firstLine = (error: unknown) => (error instanceof ExtractError ? error.reason : errorLine(error));

async function mtimeOf(path: string): Promise<number> {
  return (await stat(path).catch(() => undefined))?.mtimeMs ?? 0;
}

/**
 * Reads every row of every table, so each block's checksum is verified: DuckDB reads lazily, and a
 * store with damaged blocks opens, answers its health check and fails later on the first document.
 * Returns why the store cannot be served, or null.
 */
export async function damage(dbPath: string): Promise<string | null> {
  let instance: DuckDBInstance | undefined;
  try {
    instance = await DuckDBInstance.create(dbPath, INSPECT_OPTIONS);
    const connection = await instance.connect();
    try {
      const tables = (
        await connection.runAndReadAll(
          `SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'`,
        )
      ).getRows();
      for (const [table] of tables) {
        const quoted = `"${String(table).replaceAll('"', '""')}"`;
        await connection.runAndReadAll(`SELECT count(*), bit_xor(hash(t)) FROM ${quoted} t`);
      }
      return null;
    } finally {
      connection.closeSync();
    }
  } catch (error) {
    return `the database is damaged (${firstLine(error).replaceAll(dbPath, basename(dbPath))})`;
  } finally {
    instance?.closeSync();
  }
}

/** Why a store of ours cannot be served as it is, or null. */
async function unusable(dbPath: string, meta: ReadonlyMap<string, string>): Promise<string | null> {
  const version = meta.get('schema_version');
  if (version !== String(SCHEMA_VERSION)) {
    return `the database has schema version ${version ?? 'none'}, this code expects ${SCHEMA_VERSION}`;
  }
  return damage(dbPath);
}

/** Why a servable store should still be rebuilt from these corpus files, or null. */
async function staleness(
  dbPath: string,
  meta: ReadonlyMap<string, string>,
  files: string[],
): Promise<string | null> {
  const times = await Promise.all(files.map(mtimeOf));
  if (Math.max(0, ...times) > (await mtimeOf(dbPath))) return 'the corpus is newer than the database';
  // Facts extracted by other rules are stale even when the corpus is not.
  if (meta.get('extractor') !== extractorFingerprint())
    return 'the extraction rules have changed since the build';
  return null;
}

/**
 * Whether the file at `dbPath` can be served as it is while a rebuild runs: a store of ours, of
 * this schema, undamaged. Only its corpus or rules may be newer (the rebuild's reasons).
 */
export async function servableNow(dbPath: string): Promise<boolean> {
  const found = await inspectStore(dbPath).catch(() => undefined);
  if (found?.kind !== 'ours') return false;
  return (await unusable(dbPath, found.meta)) === null;
}

/** Why the store must be rebuilt, or null when it is current (throws for a file that is not ours). */
export async function staleReason(corpus: string, dbPath: string): Promise<string | null> {
  const found = await inspectStore(dbPath);
  if (found.kind === 'absent') return 'the database file is missing';
  if (found.kind === 'foreign') throw new ExtractError(dbPath, found.reason);
  return (
    (await unusable(dbPath, found.meta)) ?? staleness(dbPath, found.meta, await listInputFiles([corpus]))
  );
}

/** The store's folder exists afterwards, or a one-line error says why it cannot. */
async function ensureFolder(dbPath: string): Promise<void> {
  const folder = dirname(dbPath);
  const info = await stat(folder).catch(() => undefined);
  if (info?.isDirectory()) return;
  if (info) throw new ExtractError(dbPath, `${folder} is not a folder`);
  await mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new ExtractError(
      dbPath,
      `its folder does not exist and cannot be created (${error.code ?? error.message})`,
    );
  });
}

export async function ensureDatabase(options: EnsureDatabaseOptions): Promise<EnsureDatabaseResult> {
  const { dbPath, corpus } = options;
  const corpusName = basename(corpus);
  await ensureFolder(dbPath);
  await removeAbandonedFiles(dbPath);
  const found = await inspectStore(dbPath);
  if (found.kind === 'foreign') {
    throw new ExtractError(dbPath, `${found.reason}; refusing to replace it (set GWR_DB to another path)`);
  }
  let files: string[] | undefined;
  let corpusProblem: string | undefined;
  try {
    files = await listInputFiles([corpus]);
  } catch (error) {
    corpusProblem = firstLine(error);
  }
  // Reports added at runtime are built again with the corpus, after it (report-intake.ts).
  const added = options.addedDir && (await stat(options.addedDir).catch(() => null))?.isDirectory();
  const inputs = added ? [corpus, options.addedDir!] : [corpus];
  const build = (reason: string) =>
    buildDatabase({
      inputs,
      dbPath,
      onWarning: options.onWarning,
      skipUnusable: true,
      workers: options.workers,
    }).then((summary): EnsureDatabaseResult => ({ built: true, reason, summary, warnings: [] }));

  if (found.kind === 'absent') {
    if (corpusProblem)
      throw new ExtractError(
        dbPath,
        `there is no database and no corpus to build it from (${corpusName}: ${corpusProblem})`,
      );
    return build('the database file is missing');
  }
  const problem = await unusable(dbPath, found.meta);
  if (problem) {
    if (corpusProblem)
      throw new ExtractError(
        dbPath,
        `${problem}, and the corpus cannot rebuild it (${corpusName}: ${corpusProblem})`,
      );
    return build(problem);
  }
  const builtAt = found.meta.get('built_at') ?? 'an unknown time';
  if (corpusProblem) {
    return {
      built: false,
      reason: 'the corpus cannot be read',
      warnings: [`corpus ${corpusName}: ${corpusProblem}; serving the store built at ${builtAt}`],
    };
  }
  const stale = await staleness(dbPath, found.meta, files!);
  if (stale === null) return { built: false, reason: 'the database is current', warnings: [] };
  try {
    return await build(stale);
  } catch (error) {
    // Shown to clients: the folder's path stays on the server.
    const why = firstLine(error).replaceAll(`${dirname(dbPath)}${sep}`, '');
    options.onWarning?.(`rebuilding ${dbPath} failed: ${firstLine(error)}`);
    return {
      built: false,
      reason: stale,
      warnings: [`${stale}, but the rebuild failed (${why}); serving the store built at ${builtAt}`],
    };
  }
}
