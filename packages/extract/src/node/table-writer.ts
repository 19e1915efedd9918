/**
 * Writes extraction results into the store's tables through DuckDB appenders.
 *
 * Why appenders and not data chunks: on 500,000 fact-shaped rows (src/bench/bench-append.ts, this
 * machine, @duckdb/node-api 1.5.6-r.1) the appender wrote 140–160k rows/s and data chunks filled
 * with `setColumns` + `appendDataChunk` 96–122k rows/s — the chunk path sets validity bits with
 * BigInt arithmetic per value, and still crosses into native code once per string.
 *
 * Facts go to a temporary staging table and are copied into `facts` sorted by region and
 * indicator at the end (STYLE.md: zone maps let one region's scorecard skip most of the table);
 * DuckDB sorts out of core, so the loader never holds the corpus's facts in JS memory.
 */
import { type DuckDBAppender, type DuckDBConnection, DuckDBTypeId } from '@duckdb/node-api';
import type { Fact, GwrDocument, Section, SpamFragment } from '@gwr/domain';
import type { ExtractResult } from '../extract.js';

type Cell = string | number | null | readonly string[];
type CellWriter = (appender: DuckDBAppender, cell: Cell) => void;

const DOCUMENT_COLUMNS = (d: GwrDocument): Cell[] => [
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
  null, // superseded_by: set when a later version of the report is added
];

const SECTION_COLUMNS = (s: Section): Cell[] => [s.doc_id, s.ordinal, s.kind, s.title, s.start, s.end];

const SPAM_COLUMNS = (s: SpamFragment): Cell[] => [s.doc_id, s.start, s.end, s.text, s.reason];

/**
 * Facts are staged with their repetitive text columns (document, region, indicator, kind,
 * measure, unit, qualifier, section, basis, reason) replaced by integer codes into one dictionary: a string
 * crosses into DuckDB at ~370 ns a value, an integer at ~120 ns (src/bench/bench-append.ts), and
 * these columns hold a few hundred distinct values over a whole corpus. The codes are turned back
 * into text by the one INSERT … SELECT that also sorts the facts. Measured on the 100 MB bench
 * corpus (203,470 facts, one core): all DuckDB writing 2.75 s → 2.50 s (median of three).
 */
/** The `facts` columns in table order; a coded column is staged as UINTEGER. */
const FACT_STAGING_DDL = `CREATE TEMP TABLE facts_staging (
  fact_id VARCHAR, doc_id UINTEGER, region UINTEGER, region_code UINTEGER, indicator UINTEGER,
  kind UINTEGER, year INTEGER, measure UINTEGER, value DOUBLE, value_max DOUBLE, unit UINTEGER,
  qualifier UINTEGER, label VARCHAR, section UINTEGER, basis UINTEGER, reason UINTEGER,
  evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR
);
CREATE TEMP TABLE fact_codes (code UINTEGER, value VARCHAR);`;

/** The order facts are stored in: one region's facts, then one indicator's, lie together. */
const FACTS_ORDER = 'region, indicator, kind, year, doc_id, evidence_start, measure';

const FACTS_FROM_STAGING = `INSERT INTO facts
WITH codes AS (SELECT list(value ORDER BY code) AS v FROM temp.fact_codes)
SELECT s.fact_id, codes.v[s.doc_id + 1] AS doc_id, codes.v[s.region + 1] AS region,
       codes.v[s.region_code + 1] AS region_code, codes.v[s.indicator + 1] AS indicator,
       codes.v[s.kind + 1] AS kind, s.year, codes.v[s.measure + 1] AS measure, s.value, s.value_max,
       codes.v[s.unit + 1] AS unit, codes.v[s.qualifier + 1] AS qualifier, s.label,
       codes.v[s.section + 1] AS section, codes.v[s.basis + 1] AS basis, codes.v[s.reason + 1] AS reason,
       s.evidence_start, s.evidence_end, s.evidence_text
FROM temp.facts_staging s, codes
ORDER BY ${FACTS_ORDER}`;

class Dictionary {
  readonly codes = new Map<string, number>();
  code(value: string | null): number | null {
    if (value === null) return null;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(value, code);
    }
    return code;
  }
}

function factCells(dictionary: Dictionary): (f: Fact) => Cell[] {
  const c = (value: string | null) => dictionary.code(value);
  return (f) => [
    f.fact_id,
    c(f.doc_id),
    c(f.region),
    c(f.region_code),
    c(f.indicator),
    c(f.kind),
    f.year,
    c(f.measure),
    f.value,
    f.value_max,
    c(f.unit),
    c(f.qualifier),
    f.label,
    c(f.section),
    c(f.basis),
    c(f.reason),
    f.evidence.start,
    f.evidence.end,
    f.evidence.text,
  ];
}

/** Picks the append method from the column's type once, instead of testing each value. */
function cellWriter(typeId: DuckDBTypeId): CellWriter {
  const orNull =
    (write: (appender: DuckDBAppender, cell: never) => void): CellWriter =>
    (appender, cell) =>
      cell === null ? appender.appendNull() : write(appender, cell as never);
  switch (typeId) {
    case DuckDBTypeId.INTEGER:
      return orNull((a, n: number) => a.appendInteger(n));
    case DuckDBTypeId.UINTEGER:
      return orNull((a, n: number) => a.appendUInteger(n));
    case DuckDBTypeId.DOUBLE:
      return orNull((a, n: number) => a.appendDouble(n));
    case DuckDBTypeId.LIST:
      return orNull((a, list: readonly string[]) => a.appendList([...list]));
    default:
      // VARCHAR, and DATE from an ISO string (DuckDB casts it on append).
      return orNull((a, s: string) => a.appendVarchar(s));
  }
}

/** One appender with a writer per column, checked against the row shape on open. */
export class RowAppender<T> {
  private constructor(
    private readonly appender: DuckDBAppender,
    private readonly writers: CellWriter[],
    private readonly cells: (row: T) => Cell[],
  ) {}

  static async open<T>(
    connection: DuckDBConnection,
    table: string,
    cells: (row: T) => Cell[],
    width: number,
    catalog: string | null = null,
  ): Promise<RowAppender<T>> {
    const appender = await connection.createAppender(table, null, catalog);
    if (appender.columnCount !== width) {
      appender.closeSync();
      throw new Error(`table ${table} has ${appender.columnCount} columns, the loader writes ${width}`);
    }
    const writers = Array.from({ length: width }, (_, i) => cellWriter(appender.columnType(i).typeId));
    return new RowAppender(appender, writers, cells);
  }

  append(row: T): void {
    const cells = this.cells(row);
    for (let i = 0; i < cells.length; i++) this.writers[i]!(this.appender, cells[i]!);
    this.appender.endRow();
  }

  /** Hands the buffered rows to DuckDB (committed, so its buffer manager may write them out). */
  flush(): void {
    this.appender.flushSync();
  }

  close(): void {
    this.appender.flushSync();
    this.appender.closeSync();
  }
}

/** Appends rows of plain values (reference tables) in one go. */
export async function appendRows(connection: DuckDBConnection, table: string, rows: Cell[][]): Promise<void> {
  if (rows.length === 0) return;
  const width = rows[0]!.length;
  const appender = await RowAppender.open<Cell[]>(connection, table, (row) => row, width);
  for (const row of rows) appender.append(row);
  appender.close();
}

/** Text buffered in appenders before a flush: 8M characters, about 24 MB of UTF-8 Chinese. */
const FLUSH_CHARS = 8 * 1024 * 1024;

export class TableWriter {
  private pendingChars = 0;

  private constructor(
    private readonly connection: DuckDBConnection,
    private readonly documents: RowAppender<GwrDocument>,
    private readonly sections: RowAppender<Section>,
    private readonly spam: RowAppender<SpamFragment>,
    private readonly facts: RowAppender<Fact>,
    private readonly dictionary: Dictionary,
  ) {}

  /** Opens the appenders; the tables must exist. */
  static async open(connection: DuckDBConnection): Promise<TableWriter> {
    await connection.run(FACT_STAGING_DDL);
    const dictionary = new Dictionary();
    return new TableWriter(
      connection,
      await RowAppender.open(connection, 'documents', DOCUMENT_COLUMNS, 20),
      await RowAppender.open(connection, 'sections', SECTION_COLUMNS, 6),
      await RowAppender.open(connection, 'spam_fragments', SPAM_COLUMNS, 5),
      await RowAppender.open(connection, 'facts_staging', factCells(dictionary), 19, 'temp'),
      dictionary,
    );
  }

  /**
   * Appends one file's rows. An appender flushes on its own only every so many rows, and
   * documents are few rows of large text, so without a flush of ours the whole corpus's text
   * waits in its buffer (peak RSS grew from 321 MB at 20 MB to 722 MB at 100 MB). Flushing after
   * every file bounds memory but costs a commit each (+0.4 s per 20 MB, measured), so we flush
   * once `FLUSH_CHARS` of text are buffered.
   */
  write(result: ExtractResult): void {
    for (const d of result.documents) {
      this.documents.append(d);
      this.pendingChars += d.text.length;
    }
    for (const s of result.sections) this.sections.append(s);
    for (const s of result.spam) this.spam.append(s);
    for (const f of result.facts) this.facts.append(f);
    if (this.pendingChars >= FLUSH_CHARS) {
      for (const appender of [this.documents, this.sections, this.spam, this.facts]) appender.flush();
      this.pendingChars = 0;
    }
  }

  /** Flushes everything and moves the staged facts into `facts`, sorted. */
  async finish(): Promise<void> {
    for (const appender of [this.documents, this.sections, this.spam, this.facts]) appender.close();
    // Write documents and sections to the file before sorting: their blocks can then be dropped
    // from memory instead of spilled, and the sort has the memory limit to itself. Without this
    // the sort pushed peak RSS from 400 MB to 530 MB on a 200 MB corpus; with it the final
    // CHECKPOINT only writes the facts.
    await this.connection.run('CHECKPOINT');
    const codes = await RowAppender.open<[string, number]>(
      this.connection,
      'fact_codes',
      ([value, code]) => [code, value],
      2,
      'temp',
    );
    for (const entry of this.dictionary.codes) codes.append(entry);
    codes.close();
    await this.connection.run(FACTS_FROM_STAGING);
    await this.connection.run('DROP TABLE temp.facts_staging; DROP TABLE temp.fact_codes');
  }
}
