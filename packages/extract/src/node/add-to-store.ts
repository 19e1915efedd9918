/**
 * The next generation of a store: the current file copied, new documents added, derived tables
 * derived again, written to a new file. Only the new documents are extracted (by the caller, who
 * may have shown them as a preview first); the current file is never written, so readers of it
 * are undisturbed and a failure leaves it as it was.
 *
 * - A document already in the store (same title and body, hence same id) is skipped.
 * - A work report of a region and year the store already has (a corrected version) supersedes the
 *   earlier one: the earlier keeps its rows, marked `superseded_by`, as history, and leaves every
 *   derived table and `v_facts`.
 * - The derived tables are brought up to date for the regions whose facts changed only
 *   (REFRESH_DERIVED_DDL): the cost of a commit follows the report, not the store.
 */
import { copyFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance, listValue } from '@duckdb/node-api';
import { type GwrDocument, REFRESH_DERIVED_DDL, TOUCHED } from '@gwr/domain';
import type { ExtractResult } from '../extract.js';
import { RegionCollector, regionCells, withoutDuplicates } from './build-database.js';
import { DUCKDB_OFFLINE_OPTIONS } from './duckdb-options.js';
import { markSuperseded, ReportVersions } from './report-versions.js';
import { appendRows, TableWriter } from './table-writer.js';
import { writeScorecard } from './write-scorecard.js';

export interface AddToStoreOptions {
  /** The current store (read, never written). */
  dbPath: string;
  /** Where the next generation is written (atomically: a temporary file renamed at the end). */
  outPath: string;
  /** Extraction results of the reports to add. */
  results: readonly ExtractResult[];
  onWarning?: (message: string) => void;
}

export type DocumentSummary = Pick<
  GwrDocument,
  'doc_id' | 'title' | 'kind' | 'region' | 'region_code' | 'report_year'
>;

export interface AddSummary {
  added: DocumentSummary[];
  /** Documents the store already held. */
  skipped: DocumentSummary[];
  /** Earlier versions now replaced, with the document that replaced each. */
  superseded: { doc_id: string; superseded_by: string }[];
  facts: number;
  elapsedMs: number;
}

/** What a caller is told of a document: who, what, which year, not its text. */
export const summaryOf = (d: GwrDocument): DocumentSummary => ({
  doc_id: d.doc_id,
  title: d.title,
  kind: d.kind,
  region: d.region,
  region_code: d.region_code,
  report_year: d.report_year,
});

export async function addToStore(options: AddToStoreOptions): Promise<AddSummary> {
  const started = performance.now();
  const tmpPath = join(
    dirname(options.outPath),
    `.${basename(options.outPath)}.${process.pid}.${Date.now()}.tmp`,
  );
  await copyFile(options.dbPath, tmpPath);
  let instance: DuckDBInstance | undefined;
  let summary: AddSummary;
  try {
    instance = await DuckDBInstance.create(tmpPath, { ...DUCKDB_OFFLINE_OPTIONS, memory_limit: '256MB' });
    const connection = await instance.connect();
    try {
      summary = await addResults(connection, options.results, options.onWarning);
      await connection.run('CHECKPOINT');
    } finally {
      connection.closeSync();
    }
    instance.closeSync();
    instance = undefined;
    await rm(`${tmpPath}.wal`, { force: true });
    await rename(tmpPath, options.outPath);
  } finally {
    instance?.closeSync();
    await rm(`${tmpPath}.wal`, { force: true });
    await rm(tmpPath, { force: true });
  }
  summary.elapsedMs = performance.now() - started;
  return summary;
}

/**
 * Adds the reports to the store open on `connection` (a copy of the store file, or the lake's
 * tables in a working instance: add-to-lake.ts): skips what it holds, marks what they supersede,
 * writes their rows and derives the touched regions again. Leaves the temporary table
 * `touched_regions` (region, region_code) when anything was added.
 */
export async function addResults(
  connection: DuckDBConnection,
  results: readonly ExtractResult[],
  onWarning?: (message: string) => void,
): Promise<AddSummary> {
  const summary: AddSummary = { added: [], skipped: [], superseded: [], facts: 0, elapsedMs: 0 };
  const known = await connection.runAndReadAll('SELECT doc_id, source_file FROM documents');
  const seen = new Map(known.getRowsJS().map(([id, file]) => [String(id), String(file)]));
  const fresh = results.map((result) => {
    const kept = withoutDuplicates(result, seen, onWarning);
    const keptIds = new Set(kept.documents.map((d) => d.doc_id));
    for (const d of result.documents) if (!keptIds.has(d.doc_id)) summary.skipped.push(summaryOf(d));
    return kept;
  });
  const versions = new ReportVersions();
  const current = await connection.runAndReadAll(
    `SELECT doc_id, kind, region, region_code, report_year FROM documents WHERE superseded_by IS NULL`,
  );
  for (const d of current.getRowObjectsJS()) versions.know(d as Parameters<ReportVersions['know']>[0]);
  for (const result of fresh)
    for (const d of result.documents) {
      summary.added.push(summaryOf(d));
      versions.add(d);
    }
  for (const [doc_id, superseded_by] of versions.superseded)
    summary.superseded.push({ doc_id, superseded_by });
  await markSuperseded(connection, versions.superseded);
  if (summary.added.length === 0) return summary;
  const writer = await TableWriter.open(connection);
  const regions = new RegionCollector();
  for (const result of fresh) {
    writer.write(result);
    regions.addAll(result);
    summary.facts += result.facts.length;
  }
  await writer.finish();
  await addMissingRegions(connection, regions);
  // Only the regions whose facts changed are derived again.
  const changed = [...summary.added.map((d) => d.doc_id), ...summary.superseded.map((s) => s.doc_id)];
  await connection.run(
    `CREATE TEMP TABLE touched_regions AS
     SELECT DISTINCT region, region_code FROM facts WHERE doc_id IN (SELECT unnest($ids::VARCHAR[]))`,
    { ids: listValue(changed) },
  );
  await connection.run(REFRESH_DERIVED_DDL);
  await writeScorecard(connection, TOUCHED);
  await connection.run(`UPDATE meta SET value = '${new Date().toISOString()}' WHERE key = 'built_at'`);
  return summary;
}

async function addMissingRegions(connection: DuckDBConnection, regions: RegionCollector): Promise<void> {
  const present = await connection.runAndReadAll('SELECT region_code, name FROM regions');
  const have = new Set(present.getRowsJS().map(([code, name]) => `${code}|${name}`));
  await appendRows(
    connection,
    'regions',
    regions
      .regions()
      .filter((r) => !have.has(`${r.code}|${r.name}`))
      .map(regionCells),
  );
}
