/**
 * Runs one analyst's SQL statement, safely:
 * - the instance is read-only with external access, extensions and configuration locked (db.ts), so
 *   even a statement that slipped through could neither write nor read outside the store;
 * - DuckDB's own parser decides what the text is, and its parse tree is vetted before anything runs
 *   (sql-vetting.ts): exactly one SELECT (FROM-first, DESCRIBE, SHOW TABLES and SUMMARIZE included)
 *   or EXPLAIN of one, calling only allowlisted functions, reading only the store's tables; the
 *   prepared statement's type is checked again;
 * - the query runs on a connection of its own, closed after it, interrupted past the time limit;
 * - rows stream in chunks and reading stops past the row cap, and again past a byte cap, so a huge
 *   result is never materialised; memory_limit stops what would still grow inside DuckDB;
 * - at most `maxConcurrent` queries run at once; one more is refused (429). The server queues
 *   before this (sql-pool.ts), so that refusal only guards direct use.
 */
import { dirname, sep } from 'node:path';
import {
  type DuckDBConnection,
  type DuckDBPreparedStatement,
  type Json,
  StatementType,
} from '@duckdb/node-api';
import type { GwrDatabase } from './db.js';
import { ApiError, errorLine } from './errors.js';
import { jsonValue } from './json-value.js';
import { SQL_DEFAULTS, type SqlOptions } from './sql-options.js';
import { type SerializedSql, singleSelect, type VettingCatalog, vetStatement } from './sql-vetting.js';

export interface SqlResult {
  columns: { name: string; type: string }[];
  rows: Json[][];
  truncated: boolean;
  elapsed_ms: number;
}

const READING = new Set<StatementType>([StatementType.SELECT, StatementType.EXPLAIN]);

/** Rows stop being read once their JSON passes this many bytes (UTF-8): the response stays a sane size. */
export const MAX_RESULT_BYTES = 8 * 1024 * 1024;

/**
 * `EXPLAIN`, `EXPLAIN ANALYZE`, `EXPLAIN (FORMAT json)`: the statement after it must pass on its own.
 * Options are words only, so no query can hide in what is stripped.
 */
const EXPLAIN_PREFIX = /^\s*EXPLAIN\s+(\([\w\s,=]*\)\s*)?(ANALY[SZ]E\s+)?/i;

const firstLine = (error: unknown) => errorLine(error).trim();

function statementName(type: StatementType): string {
  return StatementType[type] ?? `type ${type}`;
}

export class SqlRunner {
  private running = 0;
  private catalog?: Promise<VettingCatalog>;
  readonly options: Required<SqlOptions>;

  constructor(
    private readonly db: GwrDatabase,
    options: SqlOptions = {},
  ) {
    this.options = { ...SQL_DEFAULTS, ...options };
  }

  async run(sql: string, maxRows?: number): Promise<SqlResult> {
    if (sql.trim() === '') throw new ApiError(400, 'sql_error', 'sql: the statement is empty');
    if (this.running >= this.options.maxConcurrent) {
      throw new ApiError(
        429,
        'too_many_queries',
        `${this.options.maxConcurrent} queries are already running; retry shortly`,
      );
    }
    this.running++;
    const started = performance.now();
    const rowCap = Math.min(maxRows ?? this.options.defaultRows, this.options.maxRows);
    const connection = await this.db.isolatedConnection();
    let prepared: DuckDBPreparedStatement | undefined;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      connection.interrupt();
    }, this.options.timeoutMs);
    try {
      try {
        await this.vet(connection, sql);
      } catch (error) {
        throw error instanceof ApiError ? error : this.failure(error, timedOut);
      }
      let extracted: Awaited<ReturnType<typeof connection.extractStatements>>;
      try {
        extracted = await connection.extractStatements(sql);
      } catch (error) {
        throw new ApiError(400, 'sql_error', `sql: ${firstLine(error)}`);
      }
      if (extracted.count !== 1) {
        throw new ApiError(400, 'one_statement', `sql: send exactly one statement (got ${extracted.count})`);
      }
      try {
        prepared = await extracted.prepare(0);
      } catch (error) {
        throw this.failure(error, timedOut);
      }
      if (!READING.has(prepared.statementType)) {
        throw new ApiError(
          403,
          'read_only',
          `sql: only reading statements (SELECT, EXPLAIN) are allowed, not ${statementName(prepared.statementType)}`,
        );
      }
      if (prepared.parameterCount > 0) {
        throw new ApiError(
          400,
          'sql_error',
          'sql: parameters ($1, ?) cannot be bound here; write the values inline',
        );
      }
      const columns: SqlResult['columns'] = [];
      const rows: Json[][] = [];
      let truncated = false;
      try {
        const result = await prepared.stream();
        for (let i = 0; i < result.columnCount; i++) {
          columns.push({ name: result.columnName(i), type: result.columnType(i).toString() });
        }
        let bytes = 0;
        reading: while (true) {
          const chunk = await result.fetchChunk();
          if (!chunk || chunk.rowCount === 0) break;
          for (const row of chunk.convertRows(jsonValue) as Json[][]) {
            if (rows.length >= rowCap) {
              truncated = true;
              break reading;
            }
            bytes += Buffer.byteLength(JSON.stringify(row));
            if (bytes > MAX_RESULT_BYTES) {
              truncated = true;
              break reading;
            }
            rows.push(row);
          }
        }
      } catch (error) {
        throw this.failure(error, timedOut);
      }
      return { columns, rows, truncated, elapsed_ms: Math.round((performance.now() - started) * 100) / 100 };
    } finally {
      clearTimeout(timer);
      prepared?.destroySync();
      connection.closeSync();
      this.running--;
    }
  }

  /**
   * The statement's parse tree against the allowlist. EXPLAIN ANALYZE runs the statement it
   * explains, so an EXPLAIN is vetted as the statement after its prefix; a prefix of a form not
   * stripped here (a comment inside it) leaves text that is no SELECT, and is refused.
   */
  private async vet(connection: DuckDBConnection, sql: string): Promise<void> {
    const explained = EXPLAIN_PREFIX.exec(sql);
    const text = explained ? sql.slice(explained[0].length) : sql;
    const reader = await connection.runAndReadAll('SELECT json_serialize_sql($sql::VARCHAR)', { sql: text });
    const serialized = JSON.parse(String(reader.getRows()[0]![0])) as SerializedSql;
    vetStatement(singleSelect(serialized), await this.vettingCatalog(connection));
  }

  /** The store's relations and everything else DuckDB knows, read once. */
  private vettingCatalog(connection: DuckDBConnection): Promise<VettingCatalog> {
    this.catalog ??= (async () => {
      const names = async (sql: string) =>
        new Set((await connection.runAndReadAll(sql)).getRows().map((row) => String(row[0]).toLowerCase()));
      const storeRelations = await names(
        `SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()
         UNION SELECT view_name FROM duckdb_views() WHERE database_name = current_database()`,
      );
      const otherRelations = await names(
        `SELECT table_name FROM duckdb_tables() WHERE database_name <> current_database()
         UNION SELECT view_name FROM duckdb_views() WHERE database_name <> current_database()
         UNION SELECT function_name FROM duckdb_functions() WHERE function_type IN ('table', 'table_macro')`,
      );
      return { storeRelations, otherRelations };
    })();
    this.catalog.catch(() => {
      this.catalog = undefined;
    });
    return this.catalog;
  }

  private failure(error: unknown, timedOut: boolean): ApiError {
    // DuckDB names the store's file in some errors (a damaged block); analysts see its name only.
    const message = firstLine(error).replaceAll(`${dirname(this.db.path)}${sep}`, '');
    if (timedOut || /interrupt/i.test(message)) {
      return new ApiError(
        408,
        'timeout',
        `sql: the query ran longer than ${this.options.timeoutMs} ms and was stopped`,
      );
    }
    if (/out of memory|memory limit/i.test(message)) {
      return new ApiError(422, 'memory_limit', `sql: the query needs more memory than allowed (${message})`);
    }
    if (/^Permission Error/i.test(message)) return new ApiError(403, 'forbidden', `sql: ${message}`);
    return new ApiError(400, 'sql_error', `sql: ${message}`);
  }
}
