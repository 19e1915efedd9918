/** Limits on analysts' SQL (`POST /api/sql`). */
export interface SqlOptions {
  /** A query running longer is interrupted (connection.interrupt()). */
  timeoutMs?: number;
  /** Rows returned when the request names no max_rows. */
  defaultRows?: number;
  /** Hard cap on rows returned, whatever max_rows asks. */
  maxRows?: number;
  /** Queries running at once; one more gets 429. */
  maxConcurrent?: number;
}

export const SQL_DEFAULTS: Required<SqlOptions> = {
  timeoutMs: 5000,
  defaultRows: 1000,
  maxRows: 10000,
  maxConcurrent: 2,
};
