/**
 * Builds the DuckDB store from input files. Everything goes into a temporary file next to the
 * target, renamed into place only once complete: a failed build never leaves a half-written
 * database, never leaves its temporary files behind, and leaves the previous database untouched.
 *
 * Documents are read on every core (`workers`), in slices, and written in input order, so the
 * store is the same whatever the number of threads. Memory stays bounded as the corpus grows: a
 * few slices are in flight at a time, and nothing of a file is kept after it is written except ids
 * and region keys.
 */
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import {
  DERIVED_DDL,
  INDICATORS,
  NATIONAL,
  type Region,
  regionAncestors,
  regionByCode,
  SCHEMA_VERSION,
  TABLES_DDL,
  VIEWS_DDL,
} from '@gwr/domain';
import { ExtractError } from '../errors.js';
import type { ExtractResult } from '../extract.js';
import type { PlannedDocument } from '../input-plan.js';
import { DUCKDB_OFFLINE_OPTIONS } from './duckdb-options.js';
import { extractorFingerprint } from './extractor-fingerprint.js';
import { readInSlices } from './read-in-slices.js';
import { listInputFiles } from './read-input.js';
import { markSuperseded, ReportVersions } from './report-versions.js';
import readRows, { type RowsSlice, type RowsTask } from './rows-worker.js';
import { removeAbandonedFiles, storeSibling } from './store-files.js';
import { assertReplaceable } from './store-ownership.js';
import { appendRows, TableWriter } from './table-writer.js';
import { defaultWorkers, type WorkerModule } from './worker-threads.js';
import { writeScorecard } from './write-scorecard.js';

const ROWS_WORKER: WorkerModule<RowsTask, RowsSlice> = {
  url: new URL('./rows-worker.js', import.meta.url),
  load: async () => readRows,
};

export interface BuildProgress {
  file: string;
  fileIndex: number;
  fileCount: number;
  bytesDone: number;
  bytesTotal: number;
}

export interface BuildOptions {
  /** Files or folders (searched recursively for `.txt` files) to read. */
  inputs: readonly string[];
  /** Where the database ends up; an existing file there is replaced only on success. */
  dbPath: string;
  /** Called before each file is read (`bytesDone` counts the files before it). */
  onFileStart?: (progress: BuildProgress) => void;
  /** Called after each file is written. */
  onProgress?: (progress: BuildProgress) => void;
  /** Called for each warning (`file: reason`); the build goes on. */
  onWarning?: (message: string) => void;
  /** Stops the build (the target is left as it was); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Skip an input that cannot be used (empty, binary, no document…) with a warning instead of
   * failing the build; the build still fails if no input is usable. Default false: all or nothing.
   */
  skipUnusable?: boolean;
  /**
   * Threads that read documents (default: one per core; 1 reads them on the main thread). The
   * store is the same whatever the number.
   */
  workers?: number;
  /** DuckDB worker threads (default: DuckDB's, one per core). */
  threads?: number;
  /** DuckDB memory limit (default `'128MB'`): beyond it DuckDB spills to a temporary folder. */
  memoryLimit?: string;
}

/**
 * DuckDB's share of a build's memory. Peak RSS levels off once DuckDB reaches it (the rest is the
 * JS heap of the file being extracted): `pnpm bench:extract` gives ~290 MB at 20 MB of input and
 * ~460–510 MB from 100 to 400 MB; with 256 MB, 200 MB of input peaked at ~800 MB (README).
 */
const DEFAULT_MEMORY_LIMIT = '128MB';

/** The name the store being built is attached under (not saved in the file). */
const STORE = 'store';

export interface BuildSummary {
  dbPath: string;
  files: number;
  documents: number;
  facts: number;
  /** Documents skipped because an identical one (same title and body) was already loaded. */
  duplicates: number;
  /** Input files skipped as unusable (only with `skipUnusable`). */
  skippedFiles: number;
  bytes: number;
  elapsedMs: number;
  /**
   * Where the time went: reading and decoding, extracting (summed over the threads that did it),
   * and writing to DuckDB (sort and checkpoint included). `derivedMs` is the part of `writeMs` spent building the tables derived
   * from the facts for the API (`DERIVED_DDL`: scorecard_facts, scorecard_years, facts_by_indicator).
   */
  timings: { readMs: number; extractMs: number; writeMs: number; derivedMs: number };
  /** Threads the documents were read on (1: the main thread; small inputs always are). */
  workers: number;
  /** The process's peak resident memory (worker threads included), in bytes. */
  peakRssBytes: number;
}

/**
 * Extracts every input and writes the store atomically. Throws an `ExtractError` naming the file
 * and the reason if any input cannot be used; the target is then left as it was.
 *
 * @example
 * const summary = await buildDatabase({ inputs: ['seeds/'], dbPath: 'data/gwr.duckdb' });
 * console.log(`${summary.documents} documents, ${summary.facts} facts`);
 */
export async function buildDatabase(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const files = await listInputFiles(options.inputs);
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  const target = await checkTarget(options.dbPath);
  const names = await sourceNames(options.inputs, files);
  options.signal?.throwIfAborted();
  // What a build killed before it finished left behind (kill -9, a power cut).
  await removeAbandonedFiles(target);
  const tmpPath = storeSibling(target, `${Date.now()}.tmp`);
  const skipped: { file: string; reason: string }[] = [];
  const spillDir = `${tmpPath}.spill`;
  const summary: BuildSummary = {
    dbPath: options.dbPath,
    files: files.length,
    documents: 0,
    facts: 0,
    duplicates: 0,
    skippedFiles: 0,
    bytes: 0,
    elapsedMs: 0,
    timings: { readMs: 0, extractMs: 0, writeMs: 0, derivedMs: 0 },
    workers: 1,
    peakRssBytes: 0,
  };
  const { timings } = summary;
  let instance: DuckDBInstance | undefined;
  let connection: DuckDBConnection | undefined;
  const closeAll = () => {
    connection?.closeSync();
    instance?.closeSync();
    connection = undefined;
    instance = undefined;
  };
  try {
    // The store is attached to an in-memory instance rather than opened directly, to attach it
    // without a write-ahead log: the build writes a temporary file that is thrown away unless it
    // completes (then checkpointed and renamed), so logging every commit for crash recovery only
    // cost time — the whole of the documents' text was written to the log at the first commit
    // and again at the checkpoint, and each commit waited for an fsync (31 per build).
    instance = await DuckDBInstance.create(':memory:', {
      ...DUCKDB_OFFLINE_OPTIONS,
      memory_limit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
      // DuckDB checkpoints every 16 MB of WAL by default, and each checkpoint rewrote the growing
      // documents row group: a 100 MB build spent ~10 s in DuckDB, ~3 s with one checkpoint at
      // the end. Data beyond the memory limit is spilled, so memory stays bounded either way.
      checkpoint_threshold: '1GB',
      // Left to choose, DuckDB tries every string compression on every segment when it writes
      // one, and picks dictionary for all our text columns but fact_id (FSST) anyway. Forcing it
      // skips the trials: DuckDB's share of a 100 MB build 3.8 s → 3.1–3.5 s, of the finishing
      // work at 20 MB 0.65 → 0.52 s; the file is 4% larger and queries time the same (median of
      // six interleaved rounds of scorecard, facts, search and aggregate queries).
      force_compression: 'dictionary',
      temp_directory: spillDir,
      ...(options.threads ? { threads: String(options.threads) } : {}),
    });
    connection = await instance.connect();
    await connection.run(
      `ATTACH '${tmpPath.replaceAll("'", "''")}' AS ${STORE} (RECOVERY_MODE NO_WAL_WRITES); USE ${STORE}`,
    );
    await connection.run(TABLES_DDL);
    const writer = await TableWriter.open(connection);
    const regions = new RegionCollector();
    const seenDocs = new Map<string, string>();
    const versions = new ReportVersions();
    const progress = (file: string, fileIndex: number): BuildProgress => ({
      file,
      fileIndex,
      fileCount: files.length,
      bytesDone: summary.bytes,
      bytesTotal,
    });
    const reading = await readInSlices(
      files,
      ROWS_WORKER,
      (plan, documents, file) => ({ plan, documents, sourceFile: names.get(file) ?? file }),
      { threads: options.workers ?? defaultWorkers(), inputBytes: bytesTotal },
      {
        onFileStart: (file, index) => options.onFileStart?.(progress(file, index)),
        onWarning: (message) => options.onWarning?.(message),
        onSlice: (file, documents, slice) => {
          // Ctrl-C in the CLI: stop between slices; the target is left as it was.
          options.signal?.throwIfAborted();
          timings.extractMs += slice.ms;
          const writeStarted = performance.now();
          const rows = withText(slice, documents, names.get(file) ?? file);
          const fresh = withoutDuplicates(rows, seenDocs, options.onWarning);
          summary.duplicates += rows.documents.length - fresh.documents.length;
          writer.write(fresh);
          regions.addAll(fresh);
          for (const d of fresh.documents) versions.add(d);
          summary.documents += fresh.documents.length;
          summary.facts += fresh.facts.length;
          timings.writeMs += performance.now() - writeStarted;
        },
        onFileDone: (file, index, bytes) => {
          summary.bytes += bytes;
          options.onProgress?.(progress(file, index));
        },
        onFailure: (file, error) => {
          if (!(options.skipUnusable && error instanceof ExtractError)) throw error;
          options.onWarning?.(`${error.file}: ${error.reason}; skipped`);
          skipped.push({ file: names.get(file) ?? basename(file), reason: error.reason });
          summary.skippedFiles++;
        },
        keepGoing: () => !options.signal?.aborted,
      },
    );
    options.signal?.throwIfAborted();
    summary.workers = reading.threads;
    timings.readMs += reading.readMs;
    timings.extractMs += reading.planMs;
    if (summary.skippedFiles === files.length) {
      throw new ExtractError(options.dbPath, 'no usable input: every file was skipped');
    }
    const finishStarted = performance.now();
    await writer.finish();
    await writeReferenceTables(connection, regions.regions(), [...names.values()], skipped);
    // A later version of a region's report for a year replaces the earlier (report-versions.ts).
    await markSuperseded(connection, versions.superseded);
    const derivedStarted = performance.now();
    await connection.run(DERIVED_DDL);
    await writeScorecard(connection);
    timings.derivedMs = performance.now() - derivedStarted;
    await connection.run(VIEWS_DDL);
    await connection.run('CHECKPOINT');
    closeAll();
    timings.writeMs += performance.now() - finishStarted;
    options.signal?.throwIfAborted();
    await rm(`${tmpPath}.wal`, { force: true });
    // Whatever appeared at the target while we built is checked again before it is replaced.
    await assertReplaceable(target);
    // A write-ahead log left by a crashed writer of the old database would be replayed onto the new one.
    await rm(`${target}.wal`, { force: true });
    await rename(tmpPath, target);
  } catch (error) {
    try {
      closeAll();
    } catch {
      // Closing after a failure can fail too; the files are removed below either way.
    }
    throw error;
  } finally {
    await rm(`${tmpPath}.wal`, { force: true });
    await rm(spillDir, { recursive: true, force: true });
    await rm(tmpPath, { force: true }); // gone already after a successful rename
  }
  summary.elapsedMs = performance.now() - started;
  summary.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  return summary;
}

/**
 * What the store calls each input file: its path under the folder given (`sub/report.txt`), or its
 * name when a file was given. A store records no server path: it is read by analysts, and it is
 * the same store wherever the corpus lies.
 */
export async function sourceNames(
  inputs: readonly string[],
  files: readonly string[],
): Promise<Map<string, string>> {
  const folders: string[] = [];
  for (const input of inputs) if ((await stat(input)).isDirectory()) folders.push(resolve(input));
  const names = new Map<string, string>();
  for (const file of files) {
    const path = resolve(file);
    const folder = folders.find((f) => path.startsWith(f + sep));
    names.set(file, folder ? relative(folder, path).split(sep).join('/') : basename(file));
  }
  return names;
}

/** The target's folder must exist, and the target, if present, must be one of our stores. */
async function checkTarget(dbPath: string): Promise<string> {
  const folder = dirname(dbPath);
  try {
    if (!(await stat(folder)).isDirectory()) throw new ExtractError(dbPath, `${folder} is not a folder`);
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    // Creating the folder is what a user asking for `data/gwr.duckdb` in a fresh checkout wants.
    await mkdir(folder, { recursive: true }).catch(() => {
      throw new ExtractError(dbPath, `cannot create the folder ${folder}`);
    });
  }
  const existing = await stat(dbPath).catch(() => null);
  if (existing?.isDirectory()) throw new ExtractError(dbPath, 'is a folder, not a database file');
  await assertReplaceable(dbPath);
  return dbPath;
}

/** The rows of the store that some of an input's documents yield (a slice's, a file's, an added report's). */
export type Rows = Pick<ExtractResult, 'sourceFile' | 'documents' | 'sections' | 'spam' | 'facts'>;

/** A slice's rows with each document's text, which stayed on the main thread, put back. */
function withText(slice: RowsSlice, planned: readonly PlannedDocument[], sourceFile: string): Rows {
  return {
    sourceFile,
    documents: slice.documents.map((document, k) => ({ ...document, text: planned[k]!.raw.body })),
    sections: slice.sections,
    spam: slice.spam,
    facts: slice.facts,
  };
}

/**
 * Drops documents already loaded from another file (same title and body, hence same id) with
 * their sections, spam and facts: `documents.doc_id` is a primary key, and a report saved twice
 * (UTF-8 and GBK copies) is one report.
 */
export function withoutDuplicates(
  result: Rows,
  seen: Map<string, string>,
  onWarning?: (message: string) => void,
): Rows {
  const duplicate = new Set<string>();
  for (const d of result.documents) {
    const first = seen.get(d.doc_id);
    if (first !== undefined) {
      duplicate.add(d.doc_id);
      onWarning?.(`${result.sourceFile}: document 「${d.title}」 already loaded from ${first}; skipped`);
    } else seen.set(d.doc_id, result.sourceFile);
  }
  if (duplicate.size === 0) return result;
  const keep = <T extends { doc_id: string }>(rows: T[]) => rows.filter((r) => !duplicate.has(r.doc_id));
  return {
    ...result,
    documents: keep(result.documents),
    sections: keep(result.sections),
    spam: keep(result.spam),
    facts: keep(result.facts),
  };
}

/** Regions referenced by documents and facts, with their ancestors, for the `regions` table. */
export class RegionCollector {
  private readonly byKey = new Map<string, Region>();
  private readonly seenRefs = new Set<string>();

  addAll(result: Rows): void {
    for (const d of result.documents) this.add(d.region_code, d.region);
    // A document's facts share its region: only a change of region is looked up.
    let code: string | null | undefined;
    let name: string | null | undefined;
    for (const f of result.facts) {
      if (f.region_code === code && f.region === name) continue;
      code = f.region_code;
      name = f.region;
      this.add(code, name);
    }
  }

  private add(code: string | null, name: string | null): void {
    const ref = `${code}|${name}`;
    if (this.seenRefs.has(ref)) return;
    this.seenRefs.add(ref);
    const put = (region: Region) => this.byKey.set(`${region.code}|${region.name}`, region);
    const region = code ? regionByCode(code) : undefined;
    if (region) {
      put(region);
      for (const ancestor of regionAncestors(region)) put(ancestor);
    } else if (name === NATIONAL.name) put(NATIONAL);
    // A region the GB/T 2260 table does not know (an industrial park): kept by name, level unknown.
    else if (name) put({ ...NATIONAL, name, level: 'county', code: null });
  }

  regions(): Region[] {
    return [...this.byKey.values()];
  }
}

/** A row of the `regions` table. */
export const regionCells = (r: Region) => [
  r.code,
  r.name,
  r.level,
  r.parent_code,
  r.parent_name,
  r.province_name,
];

async function writeReferenceTables(
  connection: DuckDBConnection,
  regions: Region[],
  files: string[],
  skipped: { file: string; reason: string }[],
) {
  await appendRows(connection, 'regions', regions.map(regionCells));
  await appendRows(
    connection,
    'indicators',
    INDICATORS.map((i) => [
      i.id,
      i.zh,
      i.en,
      i.measures,
      i.levelUnit,
      i.direction,
      i.aliases,
      i.years?.from ?? null,
      i.years?.to ?? null,
    ]),
  );
  await appendRows(connection, 'meta', [
    ['schema_version', String(SCHEMA_VERSION)],
    ['extractor', extractorFingerprint()],
    ['built_at', new Date().toISOString()],
    ['inputs', JSON.stringify(files)],
    // Read by the server's health check: a store built without some files says so.
    ['skipped_files', JSON.stringify(skipped)],
  ]);
}
