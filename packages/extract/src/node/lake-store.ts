/**
 * `gwr-extract load --lake DIR`: the store as a Parquet lake (lake-layout.ts in @gwr/domain).
 *
 * - A new lake: the store is built as usual (buildDatabase, into a temporary file next to the
 *   lake) and written out whole.
 * - A lake of ours: the inputs are added to it like reports to a store (addResults: duplicates
 *   skipped, corrected versions superseding, the touched regions derived again), in a working
 *   DuckDB instance holding the part of the lake they need (loadNeededTables), and only the
 *   partitions the new documents and the re-derived regions lie in are written again.
 *
 * One writer at a time (a lock file in the lake); readers are never blocked (write-lake.ts).
 */
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue, listValue } from '@duckdb/node-api';
import {
  type LakeManifest,
  lakeFilesSql,
  lakeTableSql,
  lakeTablesDdl,
  provinceSql,
  SCORECARD_TABLE_DDL,
  sqlString,
  TABLES_DDL,
  VIEWS_DDL,
} from '@gwr/domain';
import { ExtractError } from '../errors.js';
import type { ExtractResult } from '../extract.js';
import { type AddSummary, addResults } from './add-to-store.js';
import { type BuildOptions, type BuildSummary, buildDatabase, sourceNames } from './build-database.js';
import { DUCKDB_OFFLINE_OPTIONS } from './duckdb-options.js';
import { extractFile } from './extract-file.js';
import { withFileLock } from './file-lock.js';
import { inspectLake, readLakeManifest, removeOrphans } from './lake-folder.js';
import { listInputFiles } from './read-input.js';
import { removeAbandonedFiles, storeSibling } from './store-files.js';
import {
  filesOfPartitions,
  type LakeWriteSummary,
  type ReportPartition,
  writeLakeGeneration,
} from './write-lake.js';

/** Taken by a writer for the time of its write; a lock whose process is gone is taken over. */
const LOCK = '_gwr_lake.lock';

/** The statements that make the lake's tables, read from the files `manifest` names, then its views. */
export function lakeViewsDdl(lakeDir: string, manifest: LakeManifest): string {
  const root = resolve(lakeDir);
  return lakeTablesDdl(manifest, (t) => manifest.tables[t]!.files.map((f) => join(root, f))) + VIEWS_DDL;
}

export type LakeLoadOptions = Omit<BuildOptions, 'dbPath'> & { lakeDir: string };

export type LakeLoadSummary = {
  lakeDir: string;
  generation: number;
  /** Data files written, and files of the previous generation they replaced. */
  written: number;
  replaced: number;
  /** The whole load: reading, extracting, and writing the lake. */
  elapsedMs: number;
} & (
  | { mode: 'built'; build: BuildSummary }
  | { mode: 'added'; add: AddSummary; files: number; bytes: number }
);

/** Builds a new lake from the inputs, or adds them to the lake of ours already there. */
export async function loadLake(options: LakeLoadOptions): Promise<LakeLoadSummary> {
  const { lakeDir } = options;
  const found = await inspectLake(lakeDir);
  if (found.kind === 'foreign')
    throw new ExtractError(
      lakeDir,
      `${found.reason}; refusing to write into it (choose another folder for the lake)`,
    );
  await mkdir(lakeDir, { recursive: true }).catch(() => {
    throw new ExtractError(lakeDir, 'cannot create the lake folder');
  });
  return withFileLock(join(lakeDir, LOCK), async () => {
    // What a killed writer left beside the lake (the writer holding the lock is the only one).
    await removeAbandonedFiles(lakeDir);
    return found.kind === 'absent' ? buildLake(options) : addInputsToLake(options);
  });
}

async function buildLake(options: LakeLoadOptions): Promise<LakeLoadSummary> {
  const started = performance.now();
  const { lakeDir } = options;
  // The store, its temporary files and DuckDB's spill, in one folder beside the lake: what a killed
  // build leaves is one `.<lake>.<pid>.…` entry, removed by the next load.
  const work = storeSibling(lakeDir, `${Date.now()}.build`);
  try {
    await mkdir(work);
    const storePath = join(work, 'store.duckdb');
    const build = await buildDatabase({ ...options, dbPath: storePath });
    const written = await withStore(storePath, join(work, 'spill'), (connection) =>
      writeLakeGeneration(connection, lakeDir, null, 'all'),
    );
    return { mode: 'built', build, lakeDir, ...counts(written), elapsedMs: performance.now() - started };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const counts = (w: LakeWriteSummary) => ({
  generation: w.manifest.generation,
  written: w.written.length,
  replaced: w.replaced.length,
});

/** A scratch in-memory DuckDB that spills to `spill`, its one connection handed to `fn`, then closed. */
async function withScratchConnection<T>(
  spill: string,
  fn: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:', {
    ...DUCKDB_OFFLINE_OPTIONS,
    memory_limit: '256MB',
    temp_directory: spill,
  });
  try {
    const connection = await instance.connect();
    try {
      return await fn(connection);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

async function withStore<T>(
  storePath: string,
  spill: string,
  fn: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  return withScratchConnection(spill, async (connection) => {
    await connection.run(`ATTACH ${sqlString(storePath)} AS store (READ_ONLY); USE store`);
    return fn(connection);
  });
}

/** Adds every input file's reports to the lake (read one file at a time, like the server's intake). */
async function addInputsToLake(options: LakeLoadOptions): Promise<LakeLoadSummary> {
  const started = performance.now();
  const files = await listInputFiles(options.inputs);
  const names = await sourceNames(options.inputs, files);
  const results: ExtractResult[] = [];
  let bytes = 0;
  for (const file of files) {
    options.signal?.throwIfAborted();
    try {
      const sourceName = names.get(file);
      const extracted = await extractFile(file, { onWarning: options.onWarning, sourceName });
      results.push(extracted.result);
      bytes += extracted.bytes;
    } catch (error) {
      if (!(options.skipUnusable && error instanceof ExtractError)) throw error;
      options.onWarning?.(`${error.file}: ${error.reason}; skipped`);
    }
  }
  const { add, write } = await addToLake({ lakeDir: options.lakeDir, results, onWarning: options.onWarning });
  return {
    mode: 'added',
    add,
    files: files.length,
    bytes,
    elapsedMs: performance.now() - started,
    lakeDir: options.lakeDir,
    ...(write
      ? counts(write)
      : { generation: (await readLakeManifest(options.lakeDir)).generation, written: 0, replaced: 0 }),
  };
}

export interface AddToLakeOptions {
  lakeDir: string;
  results: readonly ExtractResult[];
  onWarning?: (message: string) => void;
}

/**
 * Adds extracted reports to a lake of ours (the caller holds the lake's lock). Nothing is written
 * when every document is already there.
 */
export async function addToLake(
  options: AddToLakeOptions,
): Promise<{ add: AddSummary; write: LakeWriteSummary | null }> {
  const { lakeDir } = options;
  const manifest = await readLakeManifest(lakeDir);
  await removeOrphans(lakeDir, manifest);
  const spill = storeSibling(lakeDir, `${Date.now()}.spill`);
  try {
    return await withScratchConnection(spill, async (connection) => {
      await loadNeededTables(connection, lakeDir, manifest, options.results);
      const add = await addResults(connection, options.results, options.onWarning);
      if (add.added.length === 0) return { add, write: null };
      const changed = [...add.added.map((d) => d.doc_id), ...add.superseded.map((s) => s.doc_id)];
      const reports = await rowsOf<ReportPartition>(
        connection,
        `SELECT DISTINCT report_year, ${provinceSql('region_code')} AS province FROM documents
         WHERE doc_id IN (SELECT unnest($ids::VARCHAR[]))`,
        { ids: listValue(changed) },
      );
      const provinces = (
        await connection.runAndReadAll(`SELECT DISTINCT ${provinceSql('region_code')} FROM touched_regions`)
      )
        .getRowsJS()
        .map(([p]) => p as string | null);
      const write = await writeLakeGeneration(connection, lakeDir, manifest, { reports, provinces });
      return { add, write };
    });
  } finally {
    await rm(spill, { recursive: true, force: true });
  }
}

/** Rows of a query as objects. */
async function rowsOf<T>(connection: DuckDBConnection, sql: string, params?: Record<string, DuckDBValue>) {
  return (await connection.runAndReadAll(sql, params)).getRowObjectsJS() as unknown as T[];
}

/**
 * The part of the lake an add needs, read into the working instance with the store's own DDL (keys
 * and constraints included), so that adding to it runs the very statements that add to a store:
 * - whole report partitions: those of the new documents (where a copy or an earlier version of
 *   each lies), and every one holding a fact of a region they may touch (a region is derived
 *   again from all its facts, wherever they lie);
 * - whole province partitions of the derived tables, for those regions' provinces;
 * - the reference tables.
 * Every partition the add writes is among them, read whole. What it reads of the rest of the lake
 * is the region columns of the facts.
 */
async function loadNeededTables(
  connection: DuckDBConnection,
  lakeDir: string,
  manifest: LakeManifest,
  results: readonly ExtractResult[],
): Promise<void> {
  const root = resolve(lakeDir);
  const paths = (files: readonly string[]) => files.map((f) => join(root, f));
  const facts = manifest.tables.facts!;
  const documents = results.flatMap((r) => r.documents);
  const newReports = await rowsOf<ReportPartition>(
    connection,
    `SELECT DISTINCT report_year, ${provinceSql('region_code')} AS province
     FROM (SELECT unnest($years::INTEGER[]) AS report_year, unnest($codes::VARCHAR[]) AS region_code)`,
    {
      years: listValue(documents.map((d) => d.report_year)),
      codes: listValue(documents.map((d) => d.region_code)),
    },
  );
  const newFacts = filesOfPartitions('facts', facts.files, { reports: newReports, provinces: [] });
  const regionFacts = results.flatMap((r) => r.facts);
  await connection.run(
    `CREATE TEMP TABLE lake_candidate_regions AS
     SELECT DISTINCT region, region_code
     FROM (SELECT unnest($regions::VARCHAR[]) AS region, unnest($codes::VARCHAR[]) AS region_code)
     ${newFacts.length ? `UNION SELECT region, region_code FROM ${lakeFilesSql(facts, paths(newFacts))}` : ''}`,
    {
      regions: listValue(regionFacts.map((f) => f.region)),
      codes: listValue(regionFacts.map((f) => f.region_code)),
    },
  );
  const reports = facts.files.length
    ? await rowsOf<ReportPartition>(
        connection,
        `SELECT DISTINCT report_year, province FROM ${lakeFilesSql(facts, paths(facts.files))} f
         WHERE (f.region, coalesce(f.region_code, ''))
           IN (SELECT region, coalesce(region_code, '') FROM lake_candidate_regions)`,
      )
    : [];
  const provinces = await rowsOf<{ province: string | null }>(
    connection,
    `SELECT DISTINCT ${provinceSql('region_code')} AS province FROM lake_candidate_regions`,
  );
  const needed = { reports: [...newReports, ...reports], provinces: provinces.map((p) => p.province) };

  await connection.run(TABLES_DDL + SCORECARD_TABLE_DDL);
  const declared = new Set(
    (await connection.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'`))
      .getRowsJS()
      .map(([name]) => String(name)),
  );
  for (const [name, table] of Object.entries(manifest.tables)) {
    const rows = lakeTableSql(table, paths(filesOfPartitions(name, table.files, needed)));
    // The derived tables are made by CREATE … AS in DERIVED_DDL: from the lake likewise.
    await connection.run(
      declared.has(name) ? `INSERT INTO "${name}" BY NAME ${rows}` : `CREATE TABLE "${name}" AS ${rows}`,
    );
  }
}
