/**
 * Child process that runs analysts' SQL (see sql-pool.ts for why it is a separate process). It opens
 * the store with the same locked, read-only settings as the server and answers one query at a time
 * over IPC with SqlRunner, reporting its resident memory while a query runs (the parent enforces the
 * cap; `process.memoryUsage.rss()` works on every platform, unlike reading /proc from outside).
 *
 * It dies with its server: the IPC channel is the liveness pipe. When the server goes away, however
 * it goes (exit, crash, kill -9), the pipe closes and the child kills itself at once with SIGKILL:
 * a plain exit would run DuckDB's destructors, which wait for a running query's threads, and a
 * runaway query would keep a core busy for minutes with nobody to answer.
 */
import { GwrDatabase } from './db.js';
import { ApiError } from './errors.js';
import { instanceState } from './instance-state.js';
import { SqlRunner } from './sql-runner.js';

export interface WorkerConfig {
  dbPath: string;
  memoryLimit: string;
  threads: number;
  timeoutMs: number;
  maxRows: number;
  defaultRows: number;
}

export interface WorkerRequest {
  id: number;
  sql: string;
  maxRows?: number;
}

/** Sent every RSS_REPORT_MS while a query runs. */
export interface RssReport {
  rss: number;
}

export type WorkerReply = (
  | { id: number; ok: true; result: Awaited<ReturnType<SqlRunner['run']>> }
  | { id: number; ok: false; status: number; code: string; message: string }
) & {
  /** Set when the instance's state differs from what it was at start: this worker must not serve again. */
  tainted?: string;
};

export const RSS_REPORT_MS = 50;

const dieWithServer = () => process.kill(process.pid, 'SIGKILL');
process.on('disconnect', dieWithServer);
// A server gone while this process was still loading closed the pipe before anyone listened.
if (!process.connected) dieWithServer();

const config = JSON.parse(process.env.GWR_SQL_WORKER_CONFIG ?? '{}') as WorkerConfig;
const db = await GwrDatabase.open(config.dbPath, {
  memoryLimit: config.memoryLimit,
  threads: config.threads,
  poolSize: 1,
});
// Concurrency is capped by the parent (one query per worker); the runner here never refuses.
const runner = new SqlRunner(db, {
  timeoutMs: config.timeoutMs,
  maxRows: config.maxRows,
  defaultRows: config.defaultRows,
  maxConcurrent: 1,
});
const initialState = await instanceState(db);
if (!process.connected) dieWithServer();

process.on('message', async (request: WorkerRequest) => {
  const report = setInterval(
    () => process.send?.({ rss: process.memoryUsage.rss() / (1024 * 1024) } satisfies RssReport),
    RSS_REPORT_MS,
  );
  let reply: WorkerReply;
  try {
    reply = { id: request.id, ok: true, result: await runner.run(request.sql, request.maxRows) };
  } catch (error) {
    reply =
      error instanceof ApiError
        ? { id: request.id, ok: false, status: error.status, code: error.code, message: error.message }
        : { id: request.id, ok: false, status: 500, code: 'internal', message: 'sql: internal error' };
  } finally {
    clearInterval(report);
  }
  // The allowlist keeps every state-changing function out; this is the check that it did.
  const state = await instanceState(db).catch((error: Error) => `unreadable: ${error.message}`);
  if (state !== initialState) reply.tainted = 'the instance state changed during the query';
  process.send?.(reply);
});
process.send?.({ ready: true });
