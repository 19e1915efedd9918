/**
 * Runs analysts' SQL in child processes. DuckDB's memory_limit governs its buffer manager, but some
 * scalar functions build their whole result in one vector outside it (`repeat('x', 1e7)` over 1000
 * rows asks for 10 GB; `range(3e8)` as a list takes a minute and gigabytes), and an interrupt is only
 * seen between vectors. In-process, one such query could take the server down. In a child, the
 * parent enforces both limits from outside: it watches the child's resident memory and kills it
 * past the cap, and kills it when an interrupted query has not stopped within a grace period. The
 * API keeps answering; the next query gets a fresh child.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { GwrDatabase } from './db.js';
import { ApiError } from './errors.js';
import { SQL_DEFAULTS, type SqlOptions } from './sql-options.js';
import type { SqlResult } from './sql-runner.js';
import type { WorkerConfig, WorkerReply, WorkerRequest } from './sql-worker.js';

/** After the time limit, the child gets this long to honour the interrupt before it is killed. */
const KILL_GRACE_MS = 1000;
const WATCH_INTERVAL_MS = 50;

const PAGE_SIZE = 4096;

async function residentMb(pid: number): Promise<number> {
  try {
    const statm = await readFile(`/proc/${pid}/statm`, 'utf8');
    return (Number(statm.split(' ')[1]) * PAGE_SIZE) / (1024 * 1024);
  } catch {
    return 0;
  }
}

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
        clearInterval(watch);
        child.off('message', onMessage);
        child.off('exit', onExit);
        fn();
      };
      const kill = (error: ApiError) => {
        this.dead = true;
        child.kill('SIGKILL');
        finish(() => reject(error));
      };
      const onMessage = (reply: WorkerReply) => {
        if (reply?.id !== id) return;
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
      const watch = setInterval(async () => {
        if (child.pid && (await residentMb(child.pid)) > limits.maxRssMb) {
          kill(
            new ApiError(
              422,
              'memory_limit',
              `sql: the query needs more memory than allowed (${limits.maxRssMb} MB)`,
            ),
          );
        }
      }, WATCH_INTERVAL_MS);
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ ...request, id } satisfies WorkerRequest);
    });
  }
}

export interface SqlPoolOptions extends SqlOptions {
  /** DuckDB memory_limit inside each query process. */
  memoryLimit?: string;
  /** Resident memory of a query process past which it is killed. */
  maxRssMb?: number;
}

export class SqlPool {
  private readonly workers: Worker[] = [];
  readonly options: Required<SqlOptions> & { memoryLimit: string; maxRssMb: number };

  constructor(
    private readonly db: GwrDatabase,
    options: SqlPoolOptions = {},
  ) {
    this.options = { ...SQL_DEFAULTS, memoryLimit: '512MB', maxRssMb: 1536, ...options };
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

  async run(sql: string, maxRows?: number): Promise<SqlResult> {
    for (let i = this.workers.length - 1; i >= 0; i--) if (this.workers[i]!.dead) this.workers.splice(i, 1);
    let worker = this.workers.find((w) => !w.busy && !w.dead);
    if (!worker) {
      if (this.workers.length >= this.options.maxConcurrent) {
        throw new ApiError(
          429,
          'too_many_queries',
          `${this.options.maxConcurrent} queries are already running; retry shortly`,
        );
      }
      worker = this.spawn();
    }
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
  }

  close(): void {
    for (const w of this.workers.splice(0)) w.child.kill('SIGKILL');
  }
}
