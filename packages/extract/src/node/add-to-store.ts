/**
 * The next generation of a store: the current file copied, new documents added, derived tables
 * derived again, written to a new file. Only the new documents are extracted (by the caller, who
 * may have shown them as a preview first); the current file is never written, so readers of it
 * are undisturbed and a failure leaves it as it was.
 *
 * - A document already in the store (same title and body, hence same id) is skipped.
 * - A work report of a region and year the store already has (a corrected version) supersedes the
 *   earlier one: the earlier keeps its rows, marked `superseded_by`, as history, and leaves every
 *   derived table (DERIVED_DDL) and `v_facts`.
 */
import { copyFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { DERIVED_DDL, DROP_DERIVED_DDL, type GwrDocument, VIEWS_DDL } from '@gwr/domain';
import type { ExtractResult } from '../extract.js';
import { RegionCollector, regionCells, withoutDuplicates } from './build-database.js';
import { DUCKDB_OFFLINE_OPTIONS } from './duckdb-options.js';
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
  const summary: AddSummary = { added: [], skipped: [], superseded: [], facts: 0, elapsedMs: 0 };
  await copyFile(options.dbPath, tmpPath);
  let instance: DuckDBInstance | undefined;
  try {
    instance = await DuckDBInstance.create(tmpPath, { ...DUCKDB_OFFLINE_OPTIONS, memory_limit: '256MB' });
    const connection = await instance.connect();
    try {
      const known = await connection.runAndReadAll('SELECT doc_id, source_file FROM documents');
      const seen = new Map(known.getRowsJS().map(([id, file]) => [String(id), String(file)]));
      const fresh = options.results.map((result) => {
        const kept = withoutDuplicates(result, seen, options.onWarning);
        const keptIds = new Set(kept.documents.map((d) => d.doc_id));
        for (const d of result.documents) if (!keptIds.has(d.doc_id)) summary.skipped.push(summaryOf(d));
        return kept;
      });
      for (const result of fresh)
        for (const d of result.documents) {
          summary.added.push(summaryOf(d));
          if (d.kind === 'work_report' && d.report_year !== null && d.region !== null)
            summary.superseded.push(...(await supersede(connection, d)));
        }
      if (summary.added.length > 0) {
        const writer = await TableWriter.open(connection);
        const regions = new RegionCollector();
        for (const result of fresh) {
          writer.write(result);
          regions.addAll(result);
          summary.facts += result.facts.length;
        }
        await writer.finish();
        await addMissingRegions(connection, regions);
        await connection.run(DROP_DERIVED_DDL);
        await connection.run(DERIVED_DDL);
        await writeScorecard(connection);
        await connection.run(VIEWS_DDL);
        await connection.run(`UPDATE meta SET value = '${new Date().toISOString()}' WHERE key = 'built_at'`);
      }
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

/** Marks the current versions of the same region's work report for the same year as replaced. */
async function supersede(
  connection: DuckDBConnection,
  d: GwrDocument,
): Promise<{ doc_id: string; superseded_by: string }[]> {
  const params = { by: d.doc_id, region: d.region, code: d.region_code, year: d.report_year };
  const replaced = await connection.runAndReadAll(
    `UPDATE documents SET superseded_by = $by
     WHERE kind = 'work_report' AND superseded_by IS NULL AND doc_id <> $by AND report_year = $year
       AND region = $region AND region_code IS NOT DISTINCT FROM $code
     RETURNING doc_id`,
    params,
  );
  return replaced.getRowsJS().map(([doc_id]) => ({ doc_id: String(doc_id), superseded_by: d.doc_id }));
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
