/**
 * Runs analysts' SQL in child processes. DuckDB's memory_limit governs its buffer manager, but some
 * scalar functions build their whole result in one vector outside it (`repeat('x', 1e7)` over 1000
 * rows asks for 10 GB; `range(3e8)` as a list takes a minute and gigabytes), and an interrupt is only
 * seen between vectors. In-process, one such query could take the server down. In a child, the
 * parent enforces both limits from outside: the child reports its resident memory while a query
 * runs and is killed past the cap, and it is killed when an interrupted query has not stopped
 * within a grace period. The API keeps answering; the next query gets a fresh child. A child whose
 * instance state changed during a query (sql-worker.ts) is replaced before it serves again.
 *
 * Queries wait for a slot in a fair queue (fair-queue.ts): one client's slow queries cannot take
 * every slot.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { GwrDatabase } from './db.js';
import { ApiError } from './errors.js';
import { FairQueue } from './fair-queue.js';
import { SQL_DEFAULTS, type SqlOptions } from './sql-options.js';
import type { SqlResult } from './sql-runner.js';
import type { RssReport, WorkerConfig, WorkerReply, WorkerRequest } from './sql-worker.js';

/** After the time limit, the child gets this long to honour the interrupt before it is killed. */
export const KILL_GRACE_MS = 1000;
/** The worker entry next to this module; from sources (tests, `tsx`), run it through tsx. */
function workerEntry(): { path: string; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    return {
      path: fileURLToPath(new URL('./sql-worker.ts', here)),
      execArgv: ['--import', import.meta.resolve('tsx')],
    };
  }
  return { path: fileURLToPath(new URL('./sql-worker.js', here)), execArgv: [] };
}

class Worker {
  private nextId = 1;
  private readonly ready: Promise<void>;
  busy = false;
  dead = false;

  constructor(readonly child: ChildProcess) {
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m: { ready?: boolean }) => {
        if (m?.ready) {
          child.off('message', onMessage);
          resolve();
        }
      };
      child.on('message', onMessage);
      child.once('exit', () =>
        reject(new ApiError(500, 'internal', 'sql: the query process failed to start')),
      );
    });
    this.ready.catch(() => {});
    child.once('exit', () => {
      this.dead = true;
    });
  }

  /** Kills the child: it will not serve again. */
  retire(): void {
    this.dead = true;
    this.child.kill('SIGKILL');
  }

  async run(
    request: Omit<WorkerRequest, 'id'>,
    limits: { timeoutMs: number; maxRssMb: number },
  ): Promise<SqlResult> {
    await this.ready;
    const id = this.nextId++;
    const child = this.child;
    return new Promise<SqlResult>((resolve, reject) => {
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(killTimer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        fn();
      };
      const kill = (error: ApiError) => {
        this.retire();
        finish(() => reject(error));
      };
      const onMessage = (reply: WorkerReply | RssReport) => {
        if ('rss' in reply) {
          if (reply.rss > limits.maxRssMb) {
            kill(
              new ApiError(
                422,
                'memory_limit',
                `sql: the query needs more memory than allowed (${limits.maxRssMb} MB)`,
              ),
            );
          }
          return;
        }
        if (reply?.id !== id) return;
        if (reply.tainted) this.retire();
        finish(() =>
          reply.ok
            ? resolve(reply.result)
            : reject(new ApiError(reply.status as 400, reply.code, reply.message)),
        );
      };
      const onExit = () =>
        finish(() => reject(new ApiError(500, 'internal', 'sql: the query process ended unexpectedly')));
      const killTimer = setTimeout(
        () =>
          kill(
            new ApiError(
              408,
              'timeout',
              `sql: the query ran longer than ${limits.timeoutMs} ms and was stopped`,
            ),
          ),
        limits.timeoutMs + KILL_GRACE_MS,
      );
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ ...request, id } satisfies WorkerRequest);
    });
  }
}

export interface SqlPoolOptions extends SqlOptions {
  /** Queries one client may run at once (default: half the slots, at least one). */
  perClient?: number;
  /** How long a query may wait for a slot (default 10 s: longer than one query's worst case). */
  queueWaitMs?: number;
  /** Queries one client may have waiting. */
  maxWaitingPerClient?: number;
  /** DuckDB memory_limit inside each query process. */
  memoryLimit?: string;
  /** Resident memory of a query process past which it is killed. */
  maxRssMb?: number;
}

export class SqlPool {
  private readonly workers: Worker[] = [];
  private readonly queue: FairQueue;
  private closed = false;
  readonly options: Required<SqlPoolOptions>;

  constructor(
    private readonly db: GwrDatabase,
    options: SqlPoolOptions = {},
  ) {
    // Settings left unset (undefined) take the defaults: spread, they would erase them.
    const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
    const maxConcurrent = options.maxConcurrent ?? SQL_DEFAULTS.maxConcurrent;
    this.options = {
      ...SQL_DEFAULTS,
      memoryLimit: '512MB',
      maxRssMb: 1536,
      perClient: Math.max(1, Math.floor(maxConcurrent / 2)),
      queueWaitMs: 10_000,
      maxWaitingPerClient: 8,
      ...given,
    };
    this.queue = new FairQueue({
      slots: this.options.maxConcurrent,
      perClient: this.options.perClient,
      maxWaitMs: this.options.queueWaitMs,
      maxWaitingPerClient: this.options.maxWaitingPerClient,
    });
  }

  private spawn(): Worker {
    const entry = workerEntry();
    const config: WorkerConfig = {
      dbPath: this.db.path,
      memoryLimit: this.options.memoryLimit,
      threads: 1,
      timeoutMs: this.options.timeoutMs,
      maxRows: this.options.maxRows,
      defaultRows: this.options.defaultRows,
    };
    const child = fork(entry.path, [], {
      execArgv: entry.execArgv,
      env: { ...process.env, GWR_SQL_WORKER_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    // Idle workers must not keep the server (or a test run) alive.
    child.unref();
    child.channel?.unref();
    const worker = new Worker(child);
    this.workers.push(worker);
    return worker;
  }

  /** Runs `sql` for `client` (a token or an address) once a slot is free for it. */
  async run(sql: string, maxRows?: number, client = 'local'): Promise<SqlResult> {
    const release = await this.queue.acquire(client);
    try {
      if (this.closed) throw new ApiError(503, 'shutting_down', 'sql: the server is shutting down');
      for (let i = this.workers.length - 1; i >= 0; i--) if (this.workers[i]!.dead) this.workers.splice(i, 1);
      // A slot is held, so at most maxConcurrent workers are ever busy.
      const worker = this.workers.find((w) => !w.busy && !w.dead) ?? this.spawn();
      worker.busy = true;
      worker.child.channel?.ref();
      try {
        return await worker.run(
          { sql, maxRows },
          { timeoutMs: this.options.timeoutMs, maxRssMb: this.options.maxRssMb },
        );
      } finally {
        worker.busy = false;
        worker.child.channel?.unref();
      }
    } finally {
      release();
    }
  }

  /** Pids of the query processes alive now (for tests and the soak bench's orphan check). */
  get pids(): number[] {
    return this.workers.filter((w) => !w.dead && w.child.pid).map((w) => w.child.pid!);
  }

  close(): void {
    this.closed = true;
    for (const w of this.workers.splice(0)) w.retire();
  }
}
