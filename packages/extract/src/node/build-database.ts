/**
 * Builds the DuckDB store from input files: everything goes into a temporary file next to the
 * target, which is renamed into place only once complete, so a failed build never leaves a
 * half-written database and the previous one stays usable.
 */
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import {
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
import { type ExtractResult, extract } from '../extract.js';
import { listInputFiles, readInput } from './read-input.js';

export interface BuildProgress {
  file: string;
  fileIndex: number;
  fileCount: number;
  bytesDone: number;
  bytesTotal: number;
}

export interface BuildOptions {
  /** Files or folders to read. */
  inputs: readonly string[];
  /** Where the database ends up. */
  dbPath: string;
  onProgress?: (progress: BuildProgress) => void;
  /** Called for each warning (`file: reason`); the build goes on. */
  onWarning?: (message: string) => void;
}

export interface BuildSummary {
  dbPath: string;
  files: number;
  documents: number;
  facts: number;
  bytes: number;
  elapsedMs: number;
}

/** DuckDB settings for a build: no extension is fetched or loaded behind our back. */
export const DUCKDB_OFFLINE_OPTIONS = {
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
} as const;

type Cell = string | number | null | readonly string[];

function appendCells(appender: DuckDBAppender, cells: readonly Cell[]): void {
  for (const cell of cells) {
    if (cell === null) appender.appendNull();
    else if (typeof cell === 'string') appender.appendVarchar(cell);
    else if (typeof cell === 'number') {
      if (Number.isInteger(cell) && Math.abs(cell) < 2 ** 31) appender.appendInteger(cell);
      else appender.appendDouble(cell);
    } else appender.appendList([...cell]);
  }
  appender.endRow();
}

/** Writes one extraction result through appenders (the bulk path of @duckdb/node-api). */
class TableWriter {
  private constructor(private readonly appenders: Map<string, DuckDBAppender>) {}

  static async open(connection: DuckDBConnection): Promise<TableWriter> {
    const tables = ['documents', 'sections', 'spam_fragments', 'facts'];
    const appenders = new Map<string, DuckDBAppender>();
    for (const table of tables) appenders.set(table, await connection.createAppender(table));
    return new TableWriter(appenders);
  }

  write(result: ExtractResult): void {
    const docs = this.appenders.get('documents')!;
    for (const d of result.documents) {
      appendCells(docs, [
        d.doc_id,
        d.source_file,
        d.kind,
        d.title,
        d.source_tag,
        d.published,
        d.report_date,
        d.report_year,
        d.region,
        d.region_code,
        d.session,
        d.speaker,
        d.speaker_title,
        d.title_span.start,
        d.title_span.end,
        d.body_span.start,
        d.body_span.end,
        d.text.length,
        d.text,
      ]);
    }
    const sections = this.appenders.get('sections')!;
    for (const s of result.sections)
      appendCells(sections, [s.doc_id, s.ordinal, s.kind, s.title, s.start, s.end]);
    const spam = this.appenders.get('spam_fragments')!;
    for (const s of result.spam) appendCells(spam, [s.doc_id, s.start, s.end, s.text, s.reason]);
    const facts = this.appenders.get('facts')!;
    for (const f of result.facts) {
      appendCells(facts, [
        f.fact_id,
        f.doc_id,
        f.region,
        f.region_code,
        f.indicator,
        f.kind,
        f.year,
        f.measure,
        f.value,
        f.value_max,
        f.unit,
        f.qualifier,
        f.label,
        f.section,
        f.evidence.start,
        f.evidence.end,
        f.evidence.text,
      ]);
    }
  }

  close(): void {
    for (const appender of this.appenders.values()) {
      appender.flushSync();
      appender.closeSync();
    }
  }
}

/** Regions referenced by documents and facts, with their ancestors, for the `regions` table. */
function collectRegions(codesAndNames: Iterable<[string | null, string | null]>): Region[] {
  const byKey = new Map<string, Region>();
  const add = (region: Region) => byKey.set(`${region.code}|${region.name}`, region);
  for (const [code, name] of codesAndNames) {
    const region = code ? regionByCode(code) : undefined;
    if (region) {
      add(region);
      for (const ancestor of regionAncestors(region)) add(ancestor);
    } else if (name === NATIONAL.name) add(NATIONAL);
    else if (name) add({ ...NATIONAL, name, level: 'county', code: null });
  }
  return [...byKey.values()];
}

/**
 * Extracts every input and writes the store atomically.
 *
 * @example
 * await buildDatabase({ inputs: ['seeds/'], dbPath: 'data/gwr.duckdb' });
 */
export async function buildDatabase(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const files = await listInputFiles(options.inputs);
  const tmpPath = join(dirname(options.dbPath), `.${basename(options.dbPath)}.${process.pid}.tmp`);
  await rm(tmpPath, { force: true });
  await rm(`${tmpPath}.wal`, { force: true });
  const instance = await DuckDBInstance.create(tmpPath, { ...DUCKDB_OFFLINE_OPTIONS });
  const connection = await instance.connect();
  const summary: BuildSummary = {
    dbPath: options.dbPath,
    files: files.length,
    documents: 0,
    facts: 0,
    bytes: 0,
    elapsedMs: 0,
  };
  const regionRefs: [string | null, string | null][] = [];
  try {
    await connection.run(TABLES_DDL);
    const writer = await TableWriter.open(connection);
    const { stat } = await import('node:fs/promises');
    const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
    const bytesTotal = sizes.reduce((a, b) => a + b, 0);
    for (const [i, file] of files.entries()) {
      const decoded = await readInput(file);
      for (const w of decoded.warnings) options.onWarning?.(`${file}: ${w}`);
      const result = extract(decoded.text, { sourceFile: file });
      for (const w of result.warnings) options.onWarning?.(`${file}: ${w}`);
      if (result.documents.length === 0) throw new ExtractError(file, 'no recognisable document in the file');
      writer.write(result);
      for (const d of result.documents) regionRefs.push([d.region_code, d.region]);
      for (const f of result.facts) regionRefs.push([f.region_code, f.region]);
      summary.documents += result.documents.length;
      summary.facts += result.facts.length;
      summary.bytes += sizes[i]!;
      options.onProgress?.({
        file,
        fileIndex: i,
        fileCount: files.length,
        bytesDone: summary.bytes,
        bytesTotal,
      });
    }
    writer.close();
    await writeReferenceTables(connection, collectRegions(regionRefs), files);
    await connection.run(VIEWS_DDL);
    await connection.run('CHECKPOINT');
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    await rm(tmpPath, { force: true });
    await rm(`${tmpPath}.wal`, { force: true });
    throw error;
  }
  connection.closeSync();
  instance.closeSync();
  await rm(`${tmpPath}.wal`, { force: true });
  await rename(tmpPath, options.dbPath);
  summary.elapsedMs = performance.now() - started;
  return summary;
}

async function writeReferenceTables(connection: DuckDBConnection, regions: Region[], files: string[]) {
  const regionAppender = await connection.createAppender('regions');
  for (const r of regions) {
    appendCells(regionAppender, [r.code, r.name, r.level, r.parent_code, r.parent_name, r.province_name]);
  }
  regionAppender.flushSync();
  regionAppender.closeSync();
  const indicatorAppender = await connection.createAppender('indicators');
  for (const i of INDICATORS) {
    appendCells(indicatorAppender, [i.id, i.zh, i.en, i.measures, i.levelUnit, i.direction, i.aliases]);
  }
  indicatorAppender.flushSync();
  indicatorAppender.closeSync();
  const metaAppender = await connection.createAppender('meta');
  const meta: [string, string][] = [
    ['schema_version', String(SCHEMA_VERSION)],
    ['built_at', new Date().toISOString()],
    ['inputs', JSON.stringify(files)],
  ];
  for (const row of meta) appendCells(metaAppender, row);
  metaAppender.flushSync();
  metaAppender.closeSync();
}
