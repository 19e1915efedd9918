/**
 * `gwr-extract load <file>... --db <path>`: all inputs into one DuckDB file, atomically; or, with
 * `--lake <folder>`, into a Parquet lake (node/lake-store.ts), built whole or added to. Unlike
 * `facts`, one bad file stops the load — a database silently missing a report is worse than
 * none, and the previous database stays in place — unless `--keep-going` asks to skip it with a
 * warning.
 */
import { ExtractError } from '../errors.js';
import type { BuildProgress, BuildSummary } from '../node/build-database.js';
import type { CommandIo } from './facts-command.js';
import { ProgressBar } from './progress-bar.js';

/**
 * The DuckDB loader, imported when `load` runs: `@duckdb/node-api` (70 MB of native bindings) is an
 * optional peer of `@gwr/extract`, so `facts` and `documents` work where it is not installed.
 */
async function importLoader(dbPath: string) {
  try {
    return { ...(await import('../node/build-database.js')), ...(await import('../node/lake-store.js')) };
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

/** Where a load writes: one DuckDB file, or a Parquet lake. */
export type LoadTarget = { dbPath: string } | { lakeDir: string };

export async function runLoad(
  inputs: readonly string[],
  target: LoadTarget,
  io: CommandIo,
  settings: { signal?: AbortSignal; keepGoing?: boolean; workers?: number } = {},
): Promise<number> {
  let bar: ProgressBar | null | undefined;
  const draw = (done: number, total: number, file: string) => {
    bar ??= ProgressBar.maybe(io.stderr, total);
    bar?.update(done, file);
  };
  const where = 'lakeDir' in target ? target.lakeDir : target.dbPath;
  try {
    const { buildDatabase, loadLake } = await importLoader(where);
    const common = {
      inputs,
      signal: settings.signal,
      skipUnusable: settings.keepGoing,
      workers: settings.workers,
      onFileStart: (p: BuildProgress) => draw(p.bytesDone, p.bytesTotal, p.file),
      onProgress: (p: BuildProgress) => draw(p.bytesDone, p.bytesTotal, p.file),
      onWarning: (message: string) => {
        bar?.clear();
        io.report.warn(message);
      },
    };
    if ('lakeDir' in target) {
      const lake = await loadLake({ ...common, lakeDir: target.lakeDir });
      bar?.clear();
      const files = `${lake.written} files written, ${lake.replaced} replaced, ${(lake.elapsedMs / 1000).toFixed(1)} s in all`;
      if (lake.mode === 'built')
        await io.stdout.write(`${loaded(lake.build)} into the lake ${lake.lakeDir} (${files})\n`);
      else {
        const { add } = lake;
        const skipped = add.skipped.length ? `, ${add.skipped.length} already there` : '';
        const superseded = add.superseded.length
          ? `, ${add.superseded.length} earlier versions superseded`
          : '';
        await io.stdout.write(
          `added ${add.added.length} documents and ${add.facts} facts from ${lake.files} files` +
            ` to the lake ${lake.lakeDir}, generation ${lake.generation} (${files}${skipped}${superseded})\n`,
        );
      }
      return 0;
    }
    const summary = await buildDatabase({ ...common, dbPath: target.dbPath });
    bar?.clear();
    await io.stdout.write(`${loaded(summary)} into ${summary.dbPath}\n`);
    return 0;
  } catch (error) {
    bar?.clear();
    io.report.fail(where, error);
    return 1;
  }
}

/** What a build loaded, how fast, on how many threads. */
function loaded(summary: BuildSummary): string {
  const mb = summary.bytes / 1048576;
  const seconds = summary.elapsedMs / 1000;
  const skipped =
    (summary.duplicates ? `, ${summary.duplicates} duplicate documents skipped` : '') +
    (summary.skippedFiles ? `, ${summary.skippedFiles} unusable files skipped` : '');
  const threads = summary.workers === 1 ? '1 thread' : `${summary.workers} threads`;
  const peak = (summary.peakRssBytes / 1048576).toFixed(0);
  return (
    `loaded ${summary.documents} documents and ${summary.facts} facts from ${summary.files} files ` +
    `(${mb.toFixed(1)} MB, ${seconds.toFixed(1)} s, ${threads}, peak RSS ${peak} MB${skipped})`
  );
}
