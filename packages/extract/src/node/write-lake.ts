/**
 * Writes the next generation of a Parquet lake (lake-layout.ts in @gwr/domain) from a store open
 * on a connection: the partitions an add touched (or every one, for a new lake) are written by
 * DuckDB's own partitioned COPY into a staging folder next to the lake, moved in under new names
 * (`part-g<generation>-<n>.parquet`, so they never collide with the files they replace), and only
 * then the manifest naming the new set of files is written, by a rename: a reader of the manifest
 * sees the old generation or the new one, never half of one. The files replaced are removed last.
 * Partitions nobody touched keep their files, byte for byte.
 */
import { mkdir, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  LAKE_MANIFEST,
  LAKE_TABLES,
  LAKE_VIEWS_FILE,
  type LakeColumn,
  type LakeManifest,
  lakeRowsSql,
  lakeTablesDdl,
  PARTITION_KEYS,
  SCHEMA_VERSION,
  sqlString,
  VIEWS_DDL,
} from '@gwr/domain';
import { filesUnder, writeLakeFile } from './lake-folder.js';
import { storeSibling } from './store-files.js';

export interface ReportPartition {
  report_year: number | null;
  province: string | null;
}

/** Partitions of the lake: of the report tables by report, of the derived tables by province. */
export interface Partitions {
  reports: ReportPartition[];
  provinces: (string | null)[];
}

/** What an add touched; `all` for a new lake. */
export type Touched = 'all' | Partitions;

/** How DuckDB names a null partition value in a path. */
const NULL_PARTITION = '__HIVE_DEFAULT_PARTITION__';
const hiveValue = (value: string | number | null) => (value === null ? NULL_PARTITION : String(value));

/**
 * The files, of those given (paths relative to the lake), that lie in the partitions of `table`
 * that `partitions` names; every file of an unpartitioned table.
 */
export function filesOfPartitions(table: string, files: readonly string[], partitions: Partitions): string[] {
  const partitioning = LAKE_TABLES[table];
  const folders =
    partitioning === 'report'
      ? partitions.reports.map(
          (p) => `report_year=${hiveValue(p.report_year)}/province=${hiveValue(p.province)}`,
        )
      : partitioning === 'province'
        ? partitions.provinces.map((p) => `province=${hiveValue(p)}`)
        : ['.'];
  const wanted = new Set(folders);
  return files.filter((f) => wanted.has(dirname(f.slice(table.length + 1))));
}

/** The touched rows of a table with its partition keys (all of them for `all`). */
function touchedRowsSql(table: string, columns: LakeColumn[], touched: Touched): string {
  const rows = lakeRowsSql(table, columns);
  if (touched === 'all' || LAKE_TABLES[table] === 'none') return rows;
  if (LAKE_TABLES[table] === 'report')
    return `SELECT * FROM (${rows}) r WHERE EXISTS (SELECT 1 FROM lake_touched_reports p
      WHERE p.report_year IS NOT DISTINCT FROM r.report_year AND p.province IS NOT DISTINCT FROM r.province)`;
  return `SELECT * FROM (${rows}) r
    WHERE EXISTS (SELECT 1 FROM lake_touched_provinces p WHERE p.province IS NOT DISTINCT FROM r.province)`;
}

/** Each table's columns as the store has them, in order. */
async function storeColumns(connection: DuckDBConnection): Promise<Map<string, LakeColumn[]>> {
  const reader = await connection.runAndReadAll(
    `SELECT table_name, column_name, data_type FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = 'main'
     ORDER BY table_name, column_index`,
  );
  const columns = new Map<string, LakeColumn[]>();
  for (const [table, name, type] of reader.getRowsJS() as [string, string, string][]) {
    if (!(table in LAKE_TABLES)) continue;
    if (!columns.has(table)) columns.set(table, []);
    columns.get(table)!.push({ name, type });
  }
  return columns;
}

async function recordTouched(connection: DuckDBConnection, touched: Partitions): Promise<void> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE lake_touched_reports (report_year INTEGER, province VARCHAR);
     CREATE OR REPLACE TEMP TABLE lake_touched_provinces (province VARCHAR);`,
  );
  const cell = (v: string | number | null) =>
    v === null ? 'NULL' : typeof v === 'number' ? v : sqlString(v);
  if (touched.reports.length > 0)
    await connection.run(
      `INSERT INTO lake_touched_reports VALUES ${touched.reports.map((p) => `(${cell(p.report_year)}, ${cell(p.province)})`).join(', ')}`,
    );
  if (touched.provinces.length > 0)
    await connection.run(
      `INSERT INTO lake_touched_provinces VALUES ${touched.provinces.map((p) => `(${cell(p)})`).join(', ')}`,
    );
}

/**
 * The views for the DuckDB CLI and Python: every table over a glob of its folder (relative to the
 * lake folder, where they are run), then the analysts' views.
 */
export function lakeViewsSql(manifest: LakeManifest): string {
  return (
    `-- Views over this lake, the same tables and views as the DuckDB store. Run from this folder:\n` +
    `--   duckdb -init ${LAKE_VIEWS_FILE}     (or execute this file's text from Python, see the README)\n` +
    lakeTablesDdl(manifest, (table) =>
      manifest.tables[table]!.files.length > 0 ? [`${table}/**/*.parquet`] : [],
    ) +
    VIEWS_DDL
  );
}

export interface LakeWriteSummary {
  manifest: LakeManifest;
  /** Files written (relative to the lake), and files the new generation replaced. */
  written: string[];
  replaced: string[];
}

/**
 * Writes the lake's next generation from the store open on `connection` (its tables in the current
 * database). `previous` is the lake's manifest (null for a new lake, which is written whole).
 */
export async function writeLakeGeneration(
  connection: DuckDBConnection,
  lakeDir: string,
  previous: LakeManifest | null,
  touched: Touched,
): Promise<LakeWriteSummary> {
  const generation = (previous?.generation ?? 0) + 1;
  const staging = storeSibling(lakeDir, `${Date.now()}.staging`);
  const columns = await storeColumns(connection);
  if (touched !== 'all') await recordTouched(connection, touched);
  const manifest: LakeManifest = {
    format: 'gwr-lake',
    schema_version: SCHEMA_VERSION,
    generation,
    written_at: new Date().toISOString(),
    tables: {},
  };
  const written: string[] = [];
  const replaced: string[] = [];
  try {
    for (const [table, partitioning] of Object.entries(LAKE_TABLES)) {
      const tableColumns = columns.get(table);
      if (!tableColumns) throw new Error(`the store has no table ${table}`);
      const out = join(staging, table);
      await mkdir(out, { recursive: true });
      const rows = touchedRowsSql(table, tableColumns, touched);
      const pattern = `part-g${generation}-{i}`;
      await connection.run(
        partitioning === 'none'
          ? `COPY (${rows}) TO ${sqlString(join(out, `part-g${generation}-0.parquet`))} (FORMAT parquet)`
          : `COPY (${rows}) TO ${sqlString(out)} (FORMAT parquet, PARTITION_BY (${PARTITION_KEYS[partitioning].join(', ')}), FILENAME_PATTERN ${sqlString(pattern)}, OVERWRITE_OR_IGNORE)`,
      );
      const fresh = (await filesUnder(out)).map((f) => `${table}/${f}`);
      const old = previous?.tables[table]?.files ?? [];
      const replacedHere = touched === 'all' ? old : filesOfPartitions(table, old, touched);
      const kept = old.filter((f) => !replacedHere.includes(f));
      manifest.tables[table] = {
        partition_by: [...PARTITION_KEYS[partitioning]],
        columns: tableColumns,
        files: [...kept, ...fresh].sort(),
      };
      written.push(...fresh);
      replaced.push(...replacedHere);
    }
    // The new files go in under names no reader knows yet; the manifest then makes them current.
    for (const file of written) {
      await mkdir(dirname(join(lakeDir, file)), { recursive: true });
      await rename(join(staging, file), join(lakeDir, file));
    }
    await writeLakeFile(lakeDir, LAKE_VIEWS_FILE, lakeViewsSql(manifest));
    await writeLakeFile(lakeDir, LAKE_MANIFEST, `${JSON.stringify(manifest, null, 1)}\n`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  // Readers of the previous generation hold links to its files (the server pins them).
  for (const file of replaced) {
    await rm(join(lakeDir, file), { force: true });
    await rmdir(dirname(join(lakeDir, file))).catch(() => {});
  }
  return { manifest, written, replaced };
}
