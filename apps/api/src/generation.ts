/**
 * One generation of the store, as every reader in the server sees it: the file pinned, the DuckDB
 * instance of the GET routes, the SQL query processes, and the app (with its caches) over them.
 *
 * The file is pinned by a hard link next to the store (`.<store>.<pid>.<n>.pin`) and every reader
 * opens the pin, not the store's path: another process that rebuilds the store renames a new file
 * over the path, and without the pin a query process started after that would read the new file
 * while the GET routes read the old one. Where a link cannot be made (a read-only folder, a file
 * system without links) the path itself is opened; nothing can rename over it there either.
 *
 * A Parquet lake (GWR_LAKE) is pinned the same way, file by file: its pin is a folder of links to
 * the files its manifest names (pinLake), so a writer that replaces partitions and removes the old
 * files does not pull them from under a generation still answering requests. Lake pins lie in a
 * folder of this machine's beside the lake (a shared lake has servers on several machines).
 *
 * The seam for swapping generations (the next step: rebuild in the background, then switch):
 * `Generations.fetch` hands each request to the current generation and counts it in flight;
 * `swap(next)` makes `next` current at once, for GET routes and SQL together (the app owns both),
 * and closes the old generation once its last request has been answered. A request never sees two
 * generations, and a response cache never outlives its generation.
 */
import { link, rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { lakePinPath, pinLake, storeSibling } from '@gwr/extract/node';
import { type AppOptions, createApp } from './app.js';
import { GwrDatabase, type OpenDatabaseOptions } from './db.js';
import { SqlPool } from './sql-pool.js';

let pins = 0;

export class Generation {
  inFlight = 0;

  private constructor(
    readonly app: ReturnType<typeof createApp>,
    readonly db: GwrDatabase,
    readonly sqlPool: SqlPool,
    /** The hard link this generation holds, or undefined when the path itself was opened. */
    private readonly pin: string | undefined,
  ) {}

  /** Pins the file (or lake folder) at `dbPath` and opens everything that reads it. */
  static async open(dbPath: string, database: OpenDatabaseOptions, app: AppOptions): Promise<Generation> {
    const lake = (await stat(dbPath).catch(() => undefined))?.isDirectory();
    const pinPath = lake ? lakePinPath(dbPath, ++pins) : storeSibling(dbPath, `${++pins}.pin`);
    const pinned = lake
      ? await pinLake(dbPath, pinPath)
      : await link(dbPath, pinPath).then(
          () => true,
          () => false,
        );
    const path = pinned ? pinPath : dbPath;
    try {
      const db = await GwrDatabase.open(path, { ...database, name: basename(dbPath) });
      const sqlPool = new SqlPool(db, app.sql);
      const generation = new Generation(
        createApp({ ...app, db, sqlPool }),
        db,
        sqlPool,
        pinned ? pinPath : undefined,
      );
      await generation.warm();
      return generation;
    } catch (error) {
      if (pinned) await rm(pinPath, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * Answers the landing page's request once before the generation serves anyone: a store's first
   * query is its slowest (DuckDB reads and plans from cold, the route's code is compiled), and the
   * first visitor of a newly started or rebuilt store should not be the one who waits for it. Its
   * answer is of no use (a failure shows again on the visitor's request).
   */
  private async warm(): Promise<void> {
    const res = await this.app.request('/api/overview', { headers: { 'Accept-Encoding': 'gzip' } });
    await res.arrayBuffer();
  }

  async close(): Promise<void> {
    this.sqlPool.close();
    this.db.close();
    if (this.pin) await rm(this.pin, { recursive: true, force: true });
  }
}

export class Generations {
  private retired: Generation[] = [];
  private drained?: () => void;

  constructor(private current: Generation) {}

  /** The node-server fetch handler: the request runs wholly on the generation current when it came. */
  readonly fetch = async (request: Request, env?: object): Promise<Response> => {
    const generation = this.current;
    generation.inFlight++;
    try {
      return await generation.app.fetch(request, env);
    } finally {
      generation.inFlight--;
      if (generation.inFlight === 0) await this.closeRetired();
    }
  };

  get generation(): Generation {
    return this.current;
  }

  /** Serves `next` from now on; the previous generation closes when its last request is answered. */
  async swap(next: Generation): Promise<void> {
    this.retired.push(this.current);
    this.current = next;
    await this.closeRetired();
  }

  /** Requests being answered now, all generations together. */
  get inFlight(): number {
    return this.current.inFlight + this.retired.reduce((n, g) => n + g.inFlight, 0);
  }

  /** Resolves once no request is in flight. */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.drained = resolve;
    });
  }

  /** Closes every generation (after `idle()`, or requests in flight fail). */
  async close(): Promise<void> {
    this.retired.push(this.current);
    for (const generation of this.retired.splice(0)) await generation.close();
  }

  private async closeRetired(): Promise<void> {
    for (const generation of [...this.retired]) {
      if (generation.inFlight > 0) continue;
      this.retired.splice(this.retired.indexOf(generation), 1);
      await generation.close();
    }
    if (this.inFlight === 0) this.drained?.();
  }
}
