/**
 * Makes sure the DuckDB store exists and is current before the server opens it: it is (re)built from
 * the corpus when the file is missing, older than the newest corpus file, unreadable, or written
 * with another schema version than this code expects. The build itself is atomic (buildDatabase
 * writes a temporary file and renames it), so a failed rebuild leaves the old file usable.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { SCHEMA_VERSION } from '@gwr/domain';
import { type BuildSummary, buildDatabase, extractorFingerprint, listInputFiles } from '@gwr/extract/node';
import { safeInstanceOptions } from './db.js';

export interface EnsureDatabaseOptions {
  /** Corpus file or folder. */
  corpus: string;
  dbPath: string;
  /** Reports added while a server ran (report-intake.ts): rebuilt with the corpus when present. */
  addedDir?: string;
  onWarning?: (message: string) => void;
}

export interface EnsureDatabaseResult {
  built: boolean;
  /** Why it was (re)built, or why not. */
  reason: string;
  summary?: BuildSummary;
}

async function mtimeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function storedMeta(dbPath: string): Promise<Map<string, string>> {
  const instance = await DuckDBInstance.create(dbPath, safeInstanceOptions({ threads: 1 }));
  try {
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(`SELECT key, value FROM meta`);
      return new Map(reader.getRowsJson().map(([key, value]) => [String(key), String(value)]));
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** Why the store must be rebuilt, or null when it is current. */
export async function staleReason(corpus: string, dbPath: string): Promise<string | null> {
  const dbTime = await mtimeOf(dbPath);
  if (dbTime === undefined) return 'the database file is missing';
  const files = await listInputFiles([corpus]);
  const times = await Promise.all(files.map(async (file) => (await mtimeOf(file)) ?? 0));
  const newest = Math.max(0, ...times);
  if (newest > dbTime) return 'the corpus is newer than the database';
  let meta: Map<string, string>;
  try {
    meta = await storedMeta(dbPath);
  } catch (error) {
    return `the database cannot be read (${(error as Error).message.split('\n')[0]})`;
  }
  const version = meta.get('schema_version');
  if (version !== String(SCHEMA_VERSION)) {
    return `the database has schema version ${version ?? 'none'}, this code expects ${SCHEMA_VERSION}`;
  }
  // Facts extracted by other rules are stale even when the corpus is not.
  if (meta.get('extractor') !== extractorFingerprint())
    return 'the extraction rules have changed since the build';
  return null;
}

export async function ensureDatabase(options: EnsureDatabaseOptions): Promise<EnsureDatabaseResult> {
  const reason = await staleReason(options.corpus, options.dbPath);
  if (reason === null) return { built: false, reason: 'the database is current' };
  await mkdir(dirname(options.dbPath), { recursive: true });
  const added = options.addedDir && (await stat(options.addedDir).catch(() => null))?.isDirectory();
  const summary = await buildDatabase({
    inputs: added ? [options.corpus, options.addedDir!] : [options.corpus],
    dbPath: options.dbPath,
    onWarning: options.onWarning,
  });
  return { built: true, reason, summary };
}
