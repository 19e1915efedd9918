/**
 * The API's handle on the DuckDB store: one instance opened READ-ONLY with every door to the outside
 * shut (no file or network access, no extension install or load, configuration locked), so neither
 * our own queries nor an analyst's SQL can change the file or reach past it. A Parquet lake (a
 * folder: `gwr-extract load --lake`) is served through views over its files in an in-memory
 * instance, the same tables and views as the file, and the same doors shut but one: its files can
 * be read (DuckDB opens no in-memory database read-only; no analyst statement but a vetted SELECT
 * reaches it, sql-vetting.ts). Queries run on a small
 * pool of connections: a DuckDB connection runs one query at a time (starting a second invalidates
 * the first's pending result), and a pool lets concurrent requests use both cores.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import {
  type DuckDBConnection,
  DuckDBInstance,
  type DuckDBPreparedStatement,
  type DuckDBResultReader,
  DuckDBTypeId,
  type DuckDBValue,
  type Json,
} from '@duckdb/node-api';
import { sqlString } from '@gwr/domain';
import { lakeViewsDdl, readLakeManifest } from '@gwr/extract/node';
import { jsonValue } from './json-value.js';

export interface OpenDatabaseOptions {
  /** DuckDB `memory_limit` for the whole instance (a runaway analyst query fails instead of swapping). */
  memoryLimit?: string;
  /** DuckDB worker threads. */
  threads?: number;
  /** Connections shared by the API's own queries. */
  poolSize?: number;
  /** The name clients see for the store (default: the file's name). */
  name?: string;
}

export type Row = Record<string, Json>;
export type Params = Record<string, DuckDBValue>;

/**
 * Settings fixed when the instance opens. `lock_configuration` comes last in spirit: once set, no
 * statement can undo the others (`SET enable_external_access = true` fails).
 */
export function safeInstanceOptions(options: OpenDatabaseOptions = {}): Record<string, string> {
  return {
    access_mode: 'READ_ONLY',
    // Nothing spills to disk: a query that needs more than memory_limit fails instead of writing
    // temporary files next to the database. (Must precede enable_external_access, which forbids
    // changing directories.)
    temp_directory: '',
    enable_external_access: 'false',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    allow_community_extensions: 'false',
    allow_unsigned_extensions: 'false',
    memory_limit: options.memoryLimit ?? '1GB',
    threads: String(options.threads ?? 2),
    lock_configuration: 'true',
  };
}

/** Prepared statements kept per connection; the least recently used go first. */
const PREPARED_PER_CONNECTION = 64;

/**
 * A pooled connection with the statements it has prepared. Our queries are a few fixed texts run
 * over and over: preparing each once skips DuckDB's parse, bind and plan on every request.
 */
class PooledConnection {
  private readonly prepared = new Map<string, Promise<DuckDBPreparedStatement>>();
  constructor(readonly connection: DuckDBConnection) {}

  async run(sql: string, params?: Params): Promise<DuckDBResultReader> {
    let statement = this.prepared.get(sql);
    if (statement) {
      this.prepared.delete(sql);
    } else {
      statement = this.connection.prepare(sql);
      // A statement that fails to prepare is not kept.
      statement.catch(() => this.prepared.delete(sql));
      for (const [oldSql, old] of this.prepared) {
        if (this.prepared.size < PREPARED_PER_CONNECTION) break;
        this.prepared.delete(oldSql);
        old.then((s) => s.destroySync()).catch(() => {});
      }
    }
    this.prepared.set(sql, statement);
    const prepared = await statement;
    prepared.clearBindings();
    if (params) prepared.bind(params);
    return prepared.runAndReadAll();
  }

  close(): void {
    for (const statement of this.prepared.values()) statement.then((s) => s.destroySync()).catch(() => {});
    this.prepared.clear();
    this.connection.closeSync();
  }
}

class ConnectionPool {
  private readonly waiters: ((connection: PooledConnection) => void)[] = [];
  constructor(private readonly idle: PooledConnection[]) {}

  async use<T>(fn: (connection: PooledConnection) => Promise<T>): Promise<T> {
    const connection =
      this.idle.pop() ?? (await new Promise<PooledConnection>((resolve) => this.waiters.push(resolve)));
    try {
      return await fn(connection);
    } finally {
      const next = this.waiters.shift();
      if (next) next(connection);
      else this.idle.push(connection);
    }
  }

  closeAll(): void {
    for (const connection of this.idle.splice(0)) connection.close();
  }
}

/**
 * Types whose JS value from DuckDB is already the JSON value (string, number, boolean or null).
 * Not DOUBLE or FLOAT: jsonValue writes NaN and ±Infinity as strings.
 */
const PLAIN_TYPES = new Set<DuckDBTypeId>([
  DuckDBTypeId.VARCHAR,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.BOOLEAN,
]);

/**
 * Rows as JSON objects, column by column: plain columns are copied as they are and only the others
 * go through jsonValue (the generic per-value converter costs more than the query for a few
 * hundred rows).
 */
export function readRowObjects(reader: DuckDBResultReader): Row[] {
  const names = reader.columnNames();
  const types = reader.columnTypes();
  const columns = reader.getColumns();
  const count = reader.currentRowCount;
  const rows: Row[] = [];
  for (let r = 0; r < count; r++) rows.push({});
  for (let c = 0; c < names.length; c++) {
    const name = names[c]!;
    const type = types[c]!;
    const values = columns[c]!;
    const plain = PLAIN_TYPES.has(type.typeId);
    const float = type.typeId === DuckDBTypeId.DOUBLE || type.typeId === DuckDBTypeId.FLOAT;
    for (let r = 0; r < count; r++) {
      const value = values[r]!;
      rows[r]![name] =
        plain || value === null || (float && Number.isFinite(value))
          ? (value as Json)
          : jsonValue(value, type, jsonValue);
    }
  }
  return rows;
}

/**
 * An in-memory instance with the lake's tables and views, then shut like a file's instance: no
 * file but the lake's can be read, no setting changed.
 */
async function openLake(lakeDir: string, options: OpenDatabaseOptions): Promise<DuckDBInstance> {
  const manifest = await readLakeManifest(lakeDir);
  const {
    access_mode: _readOnly,
    enable_external_access: _shut,
    lock_configuration: _locked,
    ...open
  } = safeInstanceOptions(options);
  const instance = await DuckDBInstance.create(':memory:', open);
  const connection = await instance.connect();
  try {
    await connection.run(lakeViewsDdl(lakeDir, manifest));
    await connection.run(
      `SET allowed_directories = [${sqlString(resolve(lakeDir) + sep)}];
       SET enable_external_access = false;
       SET lock_configuration = true;`,
    );
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    throw error;
  }
  connection.closeSync();
  return instance;
}

export class GwrDatabase {
  private constructor(
    /** The file or lake folder opened: a server path, never shown to clients. */
    readonly path: string,
    /** The store's name as clients see it. */
    readonly name: string,
    /** Whether `path` is a Parquet lake rather than a store file. */
    readonly isLake: boolean,
    private readonly instance: DuckDBInstance,
    private readonly pool: ConnectionPool,
  ) {}

  /** Opens a store file, or a lake when `path` is a folder. */
  static async open(path: string, options: OpenDatabaseOptions = {}): Promise<GwrDatabase> {
    const lake = (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
    const instance = lake
      ? await openLake(path, options)
      : await DuckDBInstance.create(path, safeInstanceOptions(options));
    const connections: PooledConnection[] = [];
    for (let i = 0; i < (options.poolSize ?? 4); i++)
      connections.push(new PooledConnection(await instance.connect()));
    return new GwrDatabase(
      path,
      options.name ?? basename(path),
      lake,
      instance,
      new ConnectionPool(connections),
    );
  }

  /** Runs one of our own (trusted, parameterised) queries and returns its rows as JSON objects. */
  async all<T = Row>(sql: string, params?: Params): Promise<T[]> {
    return this.pool.use(async (connection) => readRowObjects(await connection.run(sql, params)) as T[]);
  }

  /** First row of a query, or undefined. */
  async one<T = Row>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  /**
   * A fresh connection of its own, for an analyst's query: interrupting it (the time limit) then
   * stops that query and nothing else. The caller closes it.
   */
  async isolatedConnection(): Promise<DuckDBConnection> {
    return this.instance.connect();
  }

  close(): void {
    this.pool.closeAll();
    this.instance.closeSync();
  }
}
