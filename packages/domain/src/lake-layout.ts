/**
 * The store as a Parquet lake: each table of the DuckDB store (duckdb-schema.ts) as Parquet files
 * in a folder of its own, partitioned Hive-style (`facts/report_year=2019/province=330000/…`), so
 * any engine that reads Hive-partitioned Parquet (DuckDB, Spark, Trino, ClickHouse, pandas) reads
 * it, and adding a report rewrites only the partitions it touches.
 *
 * - A document and everything of it (sections, spam, facts) lie in the partition of the document's
 *   report year and province: a report touches one partition of each.
 * - The tables derived per region (scorecard…) lie in the partition of the row's province: adding
 *   a report derives its regions again (REFRESH_DERIVED_DDL), and only their provinces are written.
 * - The small reference tables (regions, indicators, meta) are one file each.
 *
 * A manifest written last (LAKE_MANIFEST) names the files of the lake's current generation, with
 * each table's columns; readers build from it the same tables the single file has (`lakeTableSql`)
 * and then the same views (VIEWS_DDL), so the same SQL works on either.
 */

export type LakePartitioning = 'report' | 'province' | 'none';

/** Every table of the store and how the lake partitions it. */
export const LAKE_TABLES: Readonly<Record<string, LakePartitioning>> = {
  documents: 'report',
  sections: 'report',
  spam_fragments: 'report',
  facts: 'report',
  scorecard_facts: 'province',
  scorecard_years: 'province',
  facts_by_indicator: 'province',
  scorecard: 'province',
  regions: 'none',
  indicators: 'none',
  meta: 'none',
};

/** The Hive partition keys of each partitioning, in path order. */
export const PARTITION_KEYS: Readonly<Record<LakePartitioning, readonly string[]>> = {
  report: ['report_year', 'province'],
  province: ['province'],
  none: [],
};

/** The keys' types, given to readers so that `province=110000` stays the code it is, not a number. */
const PARTITION_KEY_TYPES: Readonly<Record<string, string>> = { report_year: 'INTEGER', province: 'VARCHAR' };

/** The manifest's name in the lake folder (a leading `_` keeps Spark and Hive from reading it as data). */
export const LAKE_MANIFEST = '_gwr_lake.json';
/** Views over the lake for the DuckDB CLI and Python, in the lake folder (README). */
export const LAKE_VIEWS_FILE = 'views.sql';

export interface LakeColumn {
  name: string;
  type: string;
}

export interface LakeTable {
  /** Hive partition keys, in path order (PARTITION_KEYS). */
  partition_by: string[];
  columns: LakeColumn[];
  /** Paths relative to the lake folder, `/`-separated. */
  files: string[];
}

export interface LakeManifest {
  format: 'gwr-lake';
  schema_version: number;
  /** 1 for a new lake, one more for each add; part of every file name it wrote. */
  generation: number;
  written_at: string;
  tables: Record<string, LakeTable>;
}

/** The province (GB/T 2260: its two leading digits, then zeros) of a region code column; null stays null. */
export const provinceSql = (codeColumn: string) => `(substr(${codeColumn}, 1, 2) || '0000')`;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * A table's rows with its partition keys, for writing: a report table's keys are its document's
 * (every table but documents joins it), a province table's the province of its own region code.
 */
export function lakeRowsSql(table: string, columns: readonly LakeColumn[]): string {
  const partitioning = LAKE_TABLES[table];
  if (partitioning === 'none') return `SELECT * FROM ${ident(table)}`;
  if (partitioning === 'province')
    return `SELECT t.*, ${provinceSql('t.region_code')} AS province FROM ${ident(table)} t`;
  if (table === 'documents')
    return `SELECT t.*, ${provinceSql('t.region_code')} AS province FROM documents t`;
  const own = new Set(columns.map((c) => c.name));
  if (own.has('report_year') || own.has('province'))
    throw new Error(`${table}: a column is named like a partition key`);
  return `SELECT t.*, d.report_year, ${provinceSql('d.region_code')} AS province
    FROM ${ident(table)} t JOIN documents d USING (doc_id)`;
}

/**
 * The rows of one store table read back from the lake: its own columns, with their types, in its
 * order (the partition keys the paths add are dropped, documents' report_year excepted, which is
 * its own column). `paths` are what read_parquet reads: the files, or a glob. A table with no file
 * (no spam found) is empty, with its columns.
 */
export function lakeTableSql(table: LakeTable, paths: readonly string[]): string {
  const cells = table.columns.map((c) => `CAST(${ident(c.name)} AS ${c.type}) AS ${ident(c.name)}`);
  if (paths.length === 0) return `SELECT ${cells.join(', ')} FROM (SELECT NULL) WHERE false`;
  return `SELECT ${cells.join(', ')} FROM ${lakeFilesSql(table, paths)}`;
}

/** The rows of a table's files as they lie, partition keys (from the paths) included. */
export function lakeFilesSql(table: LakeTable, paths: readonly string[]): string {
  const list = `[${paths.map(sqlString).join(', ')}]`;
  const keys = table.partition_by.map((k) => `${sqlString(k)}: ${PARTITION_KEY_TYPES[k]}`);
  const hive = keys.length
    ? `hive_partitioning = true, hive_types = {${keys.join(', ')}}`
    : 'hive_partitioning = false';
  return `read_parquet(${list}, ${hive})`;
}

/** `CREATE VIEW` of every table of the manifest over `paths(table)`; VIEWS_DDL goes on top. */
export function lakeTablesDdl(manifest: LakeManifest, paths: (table: string) => readonly string[]): string {
  return Object.entries(manifest.tables)
    .map(([name, table]) => `CREATE VIEW ${ident(name)} AS ${lakeTableSql(table, paths(name))};\n`)
    .join('');
}
