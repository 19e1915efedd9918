/** `gwr-extract facts <file>...`: every fact of every file, streamed to stdout as it is found. */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extract } from '../extract.js';
import { extractFile, noDocument, readUsableInput } from '../node/extract-file.js';
import { listInputFiles } from '../node/read-input.js';
import {
  FACT_CSV_HEADER,
  FACT_TABLE_COLUMNS,
  type FactFormat,
  factCsv,
  factNdjson,
  factTableRow,
} from './fact-format.js';
import type { FactsSlice } from './facts-worker.js';
import type { Output } from './output.js';
import { createFactsPool } from './parallel-facts.js';
import { ProgressBar } from './progress-bar.js';
import type { Reporter } from './report.js';
import { renderTable } from './table.js';

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
  visit: (result: Awaited<ReturnType<typeof extractFile>>['result']) => Promise<void>,
): Promise<boolean> {
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
      await visit(extracted.result);
    } catch (error) {
      bar?.clear();
      io.report.fail(file, error);
      failed = true;
    }
  }
  bar?.clear();
  return failed;
}

/**
 * @param workers threads that read documents (default: every core); with one, or for a table
 *   (which needs every row first), files are read on the main thread
 */
/** Inputs smaller than this are read on the main thread: starting workers would cost more. */
const PARALLEL_FROM_CHARS = 1_000_000;

/** The facts of each file, its documents read in slices by a pool of worker threads. */
async function factsOnEveryCore(
  files: readonly string[],
  format: 'ndjson' | 'csv',
  io: CommandIo,
  workers: number,
): Promise<boolean> {
  const bar = ProgressBar.maybe(io.stderr, await totalBytes(files));
  const pool = createFactsPool(workers);
  const warn = (message: string) => {
    bar?.clear();
    io.report.warn(message);
  };
  let failed = false;
  let done = 0;
  try {
    for (const file of files) {
      if (!io.stdout.open) break;
      bar?.update(done, file);
      try {
        const input = await readUsableInput(file, { onWarning: warn });
        const read =
          input.text.length >= PARALLEL_FROM_CHARS
            ? await pool.facts(input.text, file, format)
            : readOnMainThread(input.text, file, format);
        if (read.documents === 0) throw noDocument(file);
        for (const warning of read.warnings) warn(`${file}: ${warning}`);
        done += input.bytes;
        bar?.update(done, file);
        await io.stdout.write(read.text);
      } catch (error) {
        bar?.clear();
        io.report.fail(file, error);
        failed = true;
      }
    }
  } finally {
    await pool.close();
  }
  bar?.clear();
  return failed;
}

function readOnMainThread(text: string, sourceFile: string, format: 'ndjson' | 'csv'): FactsSlice {
  const result = extract(text, { sourceFile });
  const line = format === 'csv' ? factCsv : factNdjson;
  return {
    text: result.facts.map(line).join(''),
    documents: result.documents.length,
    warnings: result.warnings,
  };
}

export async function runFacts(
  inputs: readonly string[],
  format: FactFormat,
  io: CommandIo,
  workers = availableParallelism(),
): Promise<number> {
  const { files, failed: badInput } = await expandInputs(inputs, io.report);
  if (format !== 'table' && workers > 1) {
    if (format === 'csv') await io.stdout.write(FACT_CSV_HEADER);
    const failed = await factsOnEveryCore(files, format, io, workers);
    return badInput || failed ? 1 : 0;
  }
  const tableRows: string[][] = [];
  if (format === 'csv') await io.stdout.write(FACT_CSV_HEADER);
  const failed = await forEachExtracted(files, io, async (result) => {
    if (format === 'table') {
      // A table needs every row to size its columns; it is meant for reading, not for corpora.
      for (const fact of result.facts) tableRows.push(factTableRow(fact));
      return;
    }
    const line = format === 'csv' ? factCsv : factNdjson;
    // One write per file: fewer syscalls, and a pipe's backpressure is honoured between files.
    await io.stdout.write(result.facts.map(line).join(''));
  });
  if (format === 'table') await io.stdout.write(renderTable(FACT_TABLE_COLUMNS, tableRows));
  return badInput || failed ? 1 : 0;
}
