/**
 * Whether a file is one of our stores. A store is only ever replaced if it is ours or absent: the
 * path a user gives may name their CSV, their corpus, or another program's database, and building
 * over it would destroy it. Ours means DuckDB opens it and its `meta` table holds the keys every
 * build writes.
 */
import { stat } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { ExtractError } from '../errors.js';
import { DUCKDB_OFFLINE_OPTIONS } from './duckdb-options.js';

export type StoreInspection =
  | { kind: 'absent' }
  | { kind: 'foreign'; reason: string }
  | { kind: 'ours'; meta: ReadonlyMap<string, string> };

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0]!;

/** Settings for looking at a file we may not own: read-only, nothing fetched, nothing else reachable. */
export const INSPECT_OPTIONS = {
  ...DUCKDB_OFFLINE_OPTIONS,
  access_mode: 'READ_ONLY',
  enable_external_access: 'false',
  threads: '1',
} as const;

export async function inspectStore(dbPath: string): Promise<StoreInspection> {
  const info = await stat(dbPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new ExtractError(dbPath, `cannot be read (${error.code ?? firstLine(error)})`);
  });
  if (info === null) return { kind: 'absent' };
  if (info.isDirectory()) return { kind: 'foreign', reason: 'is a folder, not a database file' };
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(dbPath, INSPECT_OPTIONS);
  } catch (error) {
    return { kind: 'foreign', reason: `is not a DuckDB database we can open (${firstLine(error)})` };
  }
  try {
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(`SELECT key, value FROM meta`);
      const meta = new Map(reader.getRowsJson().map(([key, value]) => [String(key), String(value)]));
      if (!meta.has('schema_version') || !meta.has('extractor')) {
        return { kind: 'foreign', reason: 'is a DuckDB database without our meta table' };
      }
      return { kind: 'ours', meta };
    } catch (error) {
      return {
        kind: 'foreign',
        reason: `is a DuckDB database without a readable meta table (${firstLine(error)})`,
      };
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** Throws an ExtractError naming the file unless it is ours or absent. */
export async function assertReplaceable(dbPath: string): Promise<void> {
  const found = await inspectStore(dbPath);
  if (found.kind === 'foreign') {
    throw new ExtractError(
      dbPath,
      `${found.reason}; refusing to replace it (choose another path for the store)`,
    );
  }
}
