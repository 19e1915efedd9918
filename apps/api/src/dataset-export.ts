/**
 * The whole dataset as files: every fact (the `v_facts` view) as CSV and as Parquet, written once
 * per process into a temporary folder and then served from there.
 *
 * The API's own instance cannot write them: it is opened with external access off, so no query can
 * reach a file. The export uses a short-lived in-memory instance of its own that attaches the store
 * read-only (or makes the views over a lake's files) and runs two fixed COPY statements (no request
 * text reaches them), then closes.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { lakeViewsDdl, readLakeManifest } from '@gwr/extract/node';

export const EXPORT_FILES = {
  'facts.csv': { format: 'CSV', type: 'text/csv; charset=utf-8' },
  'facts.parquet': { format: 'Parquet', type: 'application/vnd.apache.parquet' },
} as const;
export type ExportName = keyof typeof EXPORT_FILES;

const quote = (path: string) => `'${path.replace(/'/g, "''")}'`;

/** Facts in a stable order: by region, document and position, as the store keeps them. */
const FACTS =
  'SELECT * FROM v_facts ORDER BY region_code NULLS LAST, region, doc_id, evidence_start, fact_id';

export class DatasetExport {
  private files: Promise<string> | undefined;

  constructor(
    private readonly dbPath: string,
    /** Whether dbPath is a lake folder rather than a store file. */
    private readonly isLake = false,
  ) {}

  /** The path and size of an exported file, written on first use. */
  async file(name: ExportName): Promise<{ path: string; bytes: number }> {
    this.files ??= this.write();
    // A failed export is tried again by the next request rather than remembered.
    this.files.catch(() => {
      this.files = undefined;
    });
    const path = join(await this.files, name);
    return { path, bytes: (await stat(path)).size };
  }

  private async write(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'gwr-export-'));
    // The files live as long as the process: a server stopped by a signal exits through here too.
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const instance = await DuckDBInstance.create(':memory:', {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      threads: '1',
    });
    try {
      const connection = await instance.connect();
      try {
        if (this.isLake) await connection.run(lakeViewsDdl(this.dbPath, await readLakeManifest(this.dbPath)));
        else await connection.run(`ATTACH ${quote(this.dbPath)} AS store (READ_ONLY); USE store`);
        await connection.run(`COPY (${FACTS}) TO ${quote(join(dir, 'facts.csv'))} (FORMAT csv, HEADER)`);
        await connection.run(`COPY (${FACTS}) TO ${quote(join(dir, 'facts.parquet'))} (FORMAT parquet)`);
      } finally {
        connection.closeSync();
      }
      return dir;
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    } finally {
      instance.closeSync();
    }
  }

  async dispose(): Promise<void> {
    const dir = await this.files?.catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
