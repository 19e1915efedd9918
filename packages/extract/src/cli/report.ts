/**
 * How the CLI speaks on stderr: every problem is one line, `gwr-extract: <file>: <reason>`, never
 * a stack trace (set GWR_DEBUG=1 to see one when reporting a bug).
 */
import { ExtractError } from '../errors.js';

export const PROGRAM = 'gwr-extract';

/** A mistake in the command line itself (exit code 2). */
export class UsageError extends Error {}

export interface Reporter {
  warn(message: string): void;
  /** Reports a failure of `file` (or of the whole run when `file` is null) as one line. */
  fail(file: string | null, error: unknown): void;
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function createReporter(stderr: NodeJS.WritableStream, quiet = false): Reporter {
  const debug = Boolean(process.env.GWR_DEBUG);
  return {
    warn(message) {
      if (!quiet) stderr.write(`${PROGRAM}: warning: ${oneLine(message)}\n`);
    },
    fail(file, error) {
      let line: string;
      if (error instanceof ExtractError) line = `${error.file}: ${error.reason}`;
      else {
        // Not a problem with the input that we foresaw: a bug. Still one line, naming the file.
        const message = error instanceof Error ? error.message : String(error);
        line = `${file ? `${file}: ` : ''}internal error: ${message}`;
      }
      stderr.write(`${PROGRAM}: ${oneLine(line)}\n`);
      if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
    },
  };
}
