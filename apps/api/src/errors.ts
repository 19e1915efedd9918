/**
 * One error shape for every failure: `{error: {code, message}}`, with the HTTP status it goes with.
 * Handlers throw ApiError; app.onError turns it (and anything unexpected) into that JSON.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** `year: Invalid input: expected number` — the message names the parameter first. */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'request'}: ${issue.message}`)
    .join('; ');
}

/** The first line of an error's message (DuckDB's go on with context lines), or the thrown value's. */
export function errorLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}
