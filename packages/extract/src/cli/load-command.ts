/**
 * `gwr-extract load <file>... --db <path>`: all inputs into one DuckDB file, atomically. Unlike
 * `facts`, one bad file stops the load — a database silently missing a report is worse than
 * none, and the previous database stays in place — unless `--keep-going` asks to skip it with a
 * warning.
 */
import { ExtractError } from '../errors.js';
import type { CommandIo } from './facts-command.js';
import { ProgressBar } from './progress-bar.js';

/**
 * The DuckDB loader, imported when `load` runs: `@duckdb/node-api` (70 MB of native bindings) is an
 * optional peer of `@gwr/extract`, so `facts` and `documents` work where it is not installed.
 */
async function importLoader(dbPath: string): Promise<typeof import('../node/build-database.js')> {
  try {
    return await import('../node/build-database.js');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND';
    if (missing && String((error as Error).message).includes('@duckdb/node-api')) {
      throw new ExtractError(
        dbPath,
        'load needs DuckDB: install the optional peer `npm install @duckdb/node-api`',
      );
    }
    throw error;
  }
}

export async function runLoad(
  inputs: readonly string[],
  dbPath: string,
  io: CommandIo,
  options: { signal?: AbortSignal; keepGoing?: boolean; workers?: number } = {},
): Promise<number> {
  let bar: ProgressBar | null | undefined;
  const draw = (done: number, total: number, file: string) => {
    bar ??= ProgressBar.maybe(io.stderr, total);
    bar?.update(done, file);
  };
  try {
    const { buildDatabase } = await importLoader(dbPath);
    const summary = await buildDatabase({
      inputs,
      dbPath,
      signal: options.signal,
      skipUnusable: options.keepGoing,
      workers: options.workers,
      onFileStart: (p) => draw(p.bytesDone, p.bytesTotal, p.file),
      onProgress: (p) => draw(p.bytesDone, p.bytesTotal, p.file),
      onWarning: (message) => {
        bar?.clear();
        io.report.warn(message);
      },
    });
    bar?.clear();
    const mb = summary.bytes / 1048576;
    const seconds = summary.elapsedMs / 1000;
    const skipped =
      (summary.duplicates ? `, ${summary.duplicates} duplicate documents skipped` : '') +
      (summary.skippedFiles ? `, ${summary.skippedFiles} unusable files skipped` : '');
    const threads = summary.workers === 1 ? '1 thread' : `${summary.workers} threads`;
    const peak = (summary.peakRssBytes / 1048576).toFixed(0);
    await io.stdout.write(
      `loaded ${summary.documents} documents and ${summary.facts} facts from ${summary.files} files ` +
        `(${mb.toFixed(1)} MB, ${seconds.toFixed(1)} s, ${threads}, peak RSS ${peak} MB${skipped}) ` +
        `into ${summary.dbPath}\n`,
    );
    return 0;
  } catch (error) {
    bar?.clear();
    io.report.fail(dbPath, error);
    return 1;
  }
}
