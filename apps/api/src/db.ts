/**
 * The API's handle on the DuckDB store: one instance opened READ-ONLY with every door to the outside
 * shut (no file or network access, no extension install or load, configuration locked), so neither
 * our own queries nor an analyst's SQL can change the file or reach past it. Queries run on a small
 * pool of connections: a DuckDB connection runs one query at a time (starting a second invalidates
 * the first's pending result), and a pool lets concurrent requests use both cores.
 */
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue, type Json } from '@duckdb/node-api';
import { jsonValue } from './json-value.js';

export interface OpenDatabaseOptions {
  /** DuckDB `memory_limit` for the whole instance (a runaway analyst query fails instead of swapping). */
  memoryLimit?: string;
  /** DuckDB worker threads. */
  threads?: number;
  /** Connections shared by the API's own queries. */
  poolSize?: number;
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

class ConnectionPool {
  private readonly waiters: ((connection: DuckDBConnection) => void)[] = [];
  constructor(private readonly idle: DuckDBConnection[]) {}

  async use<T>(fn: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const connection =
      this.idle.pop() ?? (await new Promise<DuckDBConnection>((resolve) => this.waiters.push(resolve)));
    try {
      return await fn(connection);
    } finally {
      const next = this.waiters.shift();
      if (next) next(connection);
      else this.idle.push(connection);
    }
  }

  closeAll(): void {
    for (const connection of this.idle.splice(0)) connection.closeSync();
  }
}

export class GwrDatabase {
  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    private readonly pool: ConnectionPool,
  ) {}

  static async open(path: string, options: OpenDatabaseOptions = {}): Promise<GwrDatabase> {
    const instance = await DuckDBInstance.create(path, safeInstanceOptions(options));
    const connections: DuckDBConnection[] = [];
    for (let i = 0; i < (options.poolSize ?? 4); i++) connections.push(await instance.connect());
    return new GwrDatabase(path, instance, new ConnectionPool(connections));
  }

  /** Runs one of our own (trusted, parameterised) queries and returns its rows as JSON objects. */
  async all<T = Row>(sql: string, params?: Params): Promise<T[]> {
    return this.pool.use(async (connection) => {
      const reader = await connection.runAndReadAll(sql, params);
      return reader.convertRowObjects(jsonValue) as T[];
    });
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
