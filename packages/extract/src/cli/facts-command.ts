/**
 * `gwr-extract facts <file>...`: every fact of every file, streamed to stdout as it is found.
 * What reads documents (the rules, the catalog) is loaded when used: with worker threads, the main
 * thread only reads and splits the input, and loading the library there (~0.1 s of CPU) delayed
 * the first slice while the threads started.
 */
import { stat } from 'node:fs/promises';
import type { extractFile } from '../node/extract-file.js';
import { readInSlices } from '../node/read-in-slices.js';
import { listInputFiles } from '../node/read-input.js';
import { defaultWorkers, type WorkerModule } from '../node/worker-threads.js';
import type { FactsSlice, FactsTask } from './facts-worker.js';
import type { FactFormat } from './formats.js';
import type { Output } from './output.js';
import { ProgressBar } from './progress-bar.js';
import type { Reporter } from './report.js';
import { renderTable } from './table.js';

const FACTS_WORKER: WorkerModule<FactsTask, FactsSlice> = {
  url: new URL('./facts-worker.js', import.meta.url),
  load: async () => (await import('./facts-worker.js')).default,
};

export interface CommandIo {
  stdout: Output;
  stderr: NodeJS.WriteStream;
  report: Reporter;
}

/**
 * Expands each input on its own, so one missing path is reported and the others still run.
 * Returns the files and whether any input failed.
 */
export async function expandInputs(
  inputs: readonly string[],
  report: Reporter,
): Promise<{ files: string[]; failed: boolean }> {
  const files: string[] = [];
  let failed = false;
  for (const input of inputs) {
    try {
      for (const file of await listInputFiles([input])) files.push(file);
    } catch (error) {
      report.fail(input, error);
      failed = true;
    }
  }
  return { files, failed };
}

async function totalBytes(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    files.map((f) =>
      stat(f)
        .then((s) => s.size)
        .catch(() => 0),
    ),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

/** Runs `visit` on each file's extraction; a file that fails is reported and skipped. */
export async function forEachExtracted(
  files: readonly string[],
  io: CommandIo,
  visit: (result: Awaited<ReturnType<typeof extractFile>>['result'], text: string) => Promise<void>,
): Promise<boolean> {
  const { extractFile } = await import('../node/extract-file.js');
  const bar = ProgressBar.maybe(io.stderr, await totalBytes(files));
  let failed = false;
  let done = 0;
  for (const file of files) {
    if (!io.stdout.open) break;
    bar?.update(done, file);
    try {
      const extracted = await extractFile(file, {
        onWarning: (message) => {
          bar?.clear();
          io.report.warn(message);
        },
      });
      done += extracted.bytes;
      bar?.update(done, file);
      await visit(extracted.result, extracted.text);
    } catch (error) {
      bar?.clear();
      io.report.fail(file, error);
      failed = true;
    }
  }
  bar?.clear();
  return failed;
}

/** The facts of each file, read in slices on `workers` threads (the main thread for one). */
async function factsInSlices(
  files: readonly string[],
  format: 'ndjson' | 'csv',
  io: CommandIo,
  workers: number,
): Promise<boolean> {
  const inputBytes = await totalBytes(files);
  const bar = ProgressBar.maybe(io.stderr, inputBytes);
  let failed = false;
  let done = 0;
  const warn = (message: string) => {
    bar?.clear();
    io.report.warn(message);
  };
  await readInSlices(
    files,
    FACTS_WORKER,
    (plan, documents, sourceFile) => ({ plan, documents, sourceFile, format }),
    { threads: workers, inputBytes },
    {
      onFileStart: (file) => bar?.update(done, file),
      onWarning: warn,
      // One write per slice: few syscalls, and a pipe's backpressure is honoured between slices.
      onSlice: (_file, _documents, slice) => io.stdout.write(slice.bytes),
      onFileDone: (file, _index, bytes) => {
        done += bytes;
        bar?.update(done, file);
      },
      onFailure: (file, error) => {
        bar?.clear();
        io.report.fail(file, error);
        failed = true;
      },
      keepGoing: () => io.stdout.open,
    },
  );
  bar?.clear();
  return failed;
}

/**
 * @param workers threads that read documents (default: every core); a table, which needs every
 *   row first, is read on the main thread
 */
export async function runFacts(
  inputs: readonly string[],
  format: FactFormat,
  io: CommandIo,
  workers = defaultWorkers(),
): Promise<number> {
  const { files, failed: badInput } = await expandInputs(inputs, io.report);
  if (format !== 'table') {
    if (format === 'csv') await io.stdout.write((await import('./fact-format.js')).FACT_CSV_HEADER);
    const failed = await factsInSlices(files, format, io, workers);
    return badInput || failed ? 1 : 0;
  }
  // A table needs every row to size its columns; it is meant for reading, not for corpora.
  const { FACT_TABLE_COLUMNS, factTableRow } = await import('./fact-format.js');
  const tableRows: string[][] = [];
  const failed = await forEachExtracted(files, io, async (result) => {
    for (const fact of result.facts) tableRows.push(factTableRow(fact));
  });
  await io.stdout.write(renderTable(FACT_TABLE_COLUMNS, tableRows));
  return badInput || failed ? 1 : 0;
}
