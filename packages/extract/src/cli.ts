#!/usr/bin/env node
/**
 * gwr-extract, the command line over the library: parses arguments and calls `runFacts`,
 * `runDocuments` or `runLoad` (src/cli/), which call `extractFile` and `buildDatabase`.
 */
import { parseArgs } from 'node:util';
import type { CommandIo } from './cli/facts-command.js';
import { runFacts } from './cli/facts-command.js';
import { FACT_FORMATS, type FactFormat } from './cli/formats.js';
import { runLoad } from './cli/load-command.js';
import { Output } from './cli/output.js';
import { createReporter, PROGRAM, UsageError } from './cli/report.js';
import { USAGE } from './cli/usage.js';
import { ExtractError } from './errors.js';

const COMMANDS = ['facts', 'documents', 'load'] as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      db: { type: 'string' },
      lake: { type: 'string' },
      'keep-going': { type: 'boolean', short: 'k' },
      quiet: { type: 'boolean', short: 'q' },
      workers: { type: 'string', short: 'w' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...inputs] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!command) throw new UsageError('no command given');
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number]))
    throw new UsageError(`unknown command "${command}"`);
  if (inputs.length === 0) throw new UsageError(`${command}: no input file given`);
  const format = (values.format ?? 'ndjson') as FactFormat;
  if (!FACT_FORMATS.includes(format))
    throw new UsageError(`unknown format "${values.format}" (ndjson, csv or table)`);
  if (values.format && command !== 'facts') throw new UsageError(`--format applies to facts only`);
  if (values.db && command !== 'load') throw new UsageError(`--db applies to load only`);
  if (values.lake && command !== 'load') throw new UsageError(`--lake applies to load only`);
  if (values['keep-going'] && command !== 'load') throw new UsageError(`--keep-going applies to load only`);
  const io: CommandIo = {
    stdout: new Output(process.stdout),
    stderr: process.stderr,
    report: createReporter(process.stderr, values.quiet),
  };
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1))
    throw new UsageError(`--workers takes a whole number of threads, 1 or more (got "${values.workers}")`);
  if (workers !== undefined && command === 'documents')
    throw new UsageError(`--workers applies to facts and load only`);
  if (command === 'facts') return runFacts(inputs, format, io, workers);
  if (command === 'documents') return (await import('./cli/documents-command.js')).runDocuments(inputs, io);
  if (!values.db === !values.lake)
    throw new UsageError('load: give --db <path.duckdb> or --lake <folder> (one of them)');
  const target = values.lake ? { lakeDir: values.lake } : { dbPath: values.db! };
  // Ctrl-C stops the load between files and removes its temporary files; the old store stays.
  const controller = new AbortController();
  process.once('SIGINT', () =>
    controller.abort(new ExtractError(values.lake ?? values.db!, 'interrupted; the store was not changed')),
  );
  return runLoad(inputs, target, io, {
    signal: controller.signal,
    keepGoing: values['keep-going'] ?? false,
    workers,
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage =
      error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    if (usage) {
      process.stderr.write(`${PROGRAM}: ${(error as Error).message}\nTry '${PROGRAM} --help'.\n`);
      process.exitCode = 2;
    } else {
      createReporter(process.stderr).fail(null, error);
      process.exitCode = 1;
    }
  },
);
