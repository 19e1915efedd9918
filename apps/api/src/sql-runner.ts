/**
 * Runs one analyst's SQL statement, safely:
 * - the instance is read-only with external access, extensions and configuration locked (db.ts), so
 *   even a statement that slipped through could neither write nor read outside the store;
 * - DuckDB's own parser decides what the text is: exactly one statement, and of a reading type
 *   (SELECT, which covers FROM-first, DESCRIBE, SHOW, SUMMARIZE and table-valued PRAGMAs, or
 *   EXPLAIN), checked on the prepared statement before anything runs;
 * - the query runs on a connection of its own, interrupted when it exceeds the time limit;
 * - rows stream in chunks and reading stops past the row cap, and again past a byte cap, so a huge
 *   result is never materialised; memory_limit stops what would still grow inside DuckDB;
 * - at most `maxConcurrent` queries run at once; one more is refused (429) rather than queued.
 */
import {
  type DuckDBConnection,
  type DuckDBPreparedStatement,
  type Json,
  StatementType,
} from '@duckdb/node-api';
import type { GwrDatabase } from './db.js';
import { ApiError } from './errors.js';
import { jsonValue } from './json-value.js';
import { SQL_DEFAULTS, type SqlOptions } from './sql-options.js';

export interface SqlResult {
  columns: { name: string; type: string }[];
  rows: Json[][];
  truncated: boolean;
  elapsed_ms: number;
}

const READING = new Set<StatementType>([StatementType.SELECT, StatementType.EXPLAIN]);

/** Serialised rows stop growing past this many characters: the response stays a sane size. */
const MAX_RESULT_CHARS = 8 * 1024 * 1024;

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error)
    .split('\n')[0]!
    .trim();
}

function statementName(type: StatementType): string {
  return StatementType[type] ?? `type ${type}`;
}

export class SqlRunner {
  private running = 0;
  readonly options: Required<SqlOptions>;

  constructor(
    private readonly db: GwrDatabase,
    options: SqlOptions = {},
  ) {
    this.options = { ...SQL_DEFAULTS, ...options };
  }

  async run(sql: string, maxRows?: number): Promise<SqlResult> {
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
      if (prepared.statementType === StatementType.EXPLAIN) await this.checkExplained(connection, sql);
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
        let chars = 0;
        reading: while (true) {
          const chunk = await result.fetchChunk();
          if (!chunk || chunk.rowCount === 0) break;
          for (const row of chunk.convertRows(jsonValue) as Json[][]) {
            if (rows.length >= rowCap) {
              truncated = true;
              break reading;
            }
            chars += JSON.stringify(row).length;
            if (chars > MAX_RESULT_CHARS) {
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
   * EXPLAIN ANALYZE runs the statement it explains, so that statement must read too. The prefix is
   * stripped and the rest parsed again; if the prefix takes a form we do not strip (a comment inside
   * it), the rest still parses as EXPLAIN and is refused: the check fails closed.
   */
  private async checkExplained(connection: DuckDBConnection, sql: string): Promise<void> {
    const inner = sql.replace(/^\s*EXPLAIN\s+(\([^)]*\)\s*)?(ANALY[SZ]E\s+)?/i, '');
    let type: StatementType | undefined;
    try {
      const extracted = await connection.extractStatements(inner);
      if (extracted.count === 1) {
        const prepared = await extracted.prepare(0);
        type = prepared.statementType;
        prepared.destroySync();
      }
    } catch (error) {
      throw this.failure(error, false);
    }
    if (type !== StatementType.SELECT) {
      throw new ApiError(403, 'read_only', 'sql: EXPLAIN is allowed only for a SELECT statement');
    }
  }

  private failure(error: unknown, timedOut: boolean): ApiError {
    const message = firstLine(error);
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
