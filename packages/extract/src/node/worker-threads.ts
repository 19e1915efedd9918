/**
 * Extraction on every core. An input's documents are split on the main thread (cheap) and read in
 * slices by a pool of worker threads (tinypool); with one thread the same slices are read on the
 * main thread by the same function, so what comes out cannot depend on the number of threads.
 * Worker threads load the compiled worker module beside this one (`dist/`): code run from the
 * TypeScript sources (vitest) reads on the main thread only, with inputs under
 * `PARALLEL_FROM_BYTES` or one worker; tests of the threads run the compiled CLI.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { PlannedDocument } from '../input-plan.js';

/**
 * Characters of body text a task carries: small enough to balance the threads, big enough to pay.
 * Threads finish together only if the last tasks are short: at 2 million characters a 59 MB input
 * made 11 tasks, and one thread read the eleventh alone (about 7% of the run's time); at half a
 * million it makes 42, and a task costs well under a millisecond to hand over.
 */
export const SLICE_CHARS = 500_000;

/**
 * Inputs smaller than this (all files together) are read on the main thread: starting a worker
 * (loading the extractor into it, and compiling its rules again) costs about as much as reading a
 * few megabytes.
 */
export const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;

/**
 * The heap a worker may grow to. A slice's documents and what they yield take a few tens of
 * megabytes; the limit turns a runaway into an error instead of exhausting the machine.
 */
const WORKER_HEAP_MB = 512;

/** The default number of threads: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * A worker module: its URL (for the pool) and how to load its default export (for the main
 * thread, which loads it only to read the documents itself: with worker threads it never does).
 */
export interface WorkerModule<Task, Result> {
  url: URL;
  load: () => Promise<(task: Task) => Result>;
}

export interface TaskRunner<Task, Result> {
  /** Threads the tasks run on (1: the main thread). */
  threads: number;
  run(task: Task): Promise<Result>;
  close(): Promise<void>;
}

/**
 * Runs `worker`'s tasks on `threads` worker threads, or on the main thread when there is one
 * thread or the input is too small to pay for starting them.
 */
export function taskRunner<Task, Result>(
  worker: WorkerModule<Task, Result>,
  threads: number,
  inputBytes: number,
): TaskRunner<Task, Result> {
  if (threads <= 1 || inputBytes < PARALLEL_FROM_BYTES) {
    let read: Promise<(task: Task) => Result> | undefined;
    const run = async (task: Task) => {
      read ??= worker.load();
      return (await read)(task);
    };
    return { threads: 1, run, close: async () => {} };
  }
  // The threads start at once, loading the library while the main thread reads the first file.
  const pool = new Tinypool({
    filename: worker.url.href,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return { threads, run: (task) => pool.run(task), close: () => pool.destroy() };
}

/** An input's documents in slices of about `SLICE_CHARS` characters of body text, in order. */
export function slicesOf(documents: readonly PlannedDocument[]): PlannedDocument[][] {
  const slices: PlannedDocument[][] = [];
  let current: PlannedDocument[] = [];
  let size = 0;
  for (const doc of documents) {
    current.push(doc);
    size += doc.raw.body.length;
    if (size >= SLICE_CHARS) {
      slices.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) slices.push(current);
  return slices;
}
