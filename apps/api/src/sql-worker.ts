/**
 * Child process that runs analysts' SQL (see sql-pool.ts for why it is a separate process). It opens
 * the store with the same locked, read-only settings as the server and answers one query at a time
 * over IPC with SqlRunner. It exits when the parent goes away.
 */
import { GwrDatabase } from './db.js';
import { ApiError } from './errors.js';
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

export type WorkerReply =
  | { id: number; ok: true; result: Awaited<ReturnType<SqlRunner['run']>> }
  | { id: number; ok: false; status: number; code: string; message: string };

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

process.on('message', async (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: request.id, ok: true, result: await runner.run(request.sql, request.maxRows) };
  } catch (error) {
    reply =
      error instanceof ApiError
        ? { id: request.id, ok: false, status: error.status, code: error.code, message: error.message }
        : { id: request.id, ok: false, status: 500, code: 'internal', message: 'sql: internal error' };
  }
  process.send?.(reply);
});
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });
