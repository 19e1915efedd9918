/**
 * What an error says to the reader, in the reader's language: the API's error code decides the
 * sentence (`sql_error` → 查询语句有误), and the API's own message (often DuckDB's, in English)
 * stays beside it as the detail an analyst needs to fix a query.
 */
import type { MessageKey } from '../i18n/dictionary';
import { ApiError } from './api-error';

const CODES = [
  'invalid_parameter',
  'not_found',
  'unknown_region',
  'unknown_indicator',
  'sql_error',
  'one_statement',
  'read_only',
  'forbidden',
  'timeout',
  'memory_limit',
  'too_many_queries',
  'unauthorized',
  'body_too_large',
  'internal',
] as const;

export interface ErrorText {
  /** One sentence in the reader's language. */
  summary: string;
  /** The API's own words, when they add something. */
  detail: string | null;
}

type T = (key: MessageKey) => string;

export function errorText(error: unknown, t: T): ErrorText {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ApiError) {
    const code = CODES.find((c) => c === error.code);
    if (code) return { summary: t(`error.${code}`), detail: message };
    if (error.status >= 500) return { summary: t('error.internal'), detail: message };
    return { summary: t('error.request'), detail: message };
  }
  // fetch itself failed: the server is down or the network is.
  if (error instanceof TypeError) return { summary: t('error.network'), detail: message };
  return { summary: t('state.error'), detail: message };
}

/** An answer that will not change by asking again (a 4xx): no retry button for it. */
export function isFinal(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429;
}
