/**
 * The pipeline `load` and `facts` share. Each input file is read and decoded and split into its
 * documents on the main thread; the documents are read in slices by a worker module, on worker
 * threads when there are several; and every slice's result, warning and failure is handed over in
 * input order, so what a command makes of them is the same whatever the number of threads.
 */
import { type InputPlan, type PlannedDocument, planInput } from '../input-plan.js';
import { InOrder } from './in-order.js';
import { noDocument, readUsableInput } from './usable-input.js';
import { slicesOf, taskRunner, type WorkerModule } from './worker-threads.js';

/** What a worker is told about the input its slice comes from. */
export type PlanHeader = Pick<InputPlan, 'format' | 'traditional'>;

export interface SliceHandlers<Result> {
  /** Before a file is read. */
  onFileStart?(file: string, index: number): void;
  /** A warning, `file: reason` (decoding, a repeated document, a document naming no region). */
  onWarning(message: string): void;
  /** A slice of a file's documents, and what the worker made of it. */
  onSlice(file: string, documents: PlannedDocument[], result: Result): void | Promise<void>;
  /** After a file's last slice. */
  onFileDone?(file: string, index: number, bytes: number): void;
  /**
   * A file that cannot be used (an `ExtractError`), or whose reading failed: report it and the
   * other files go on (its remaining slices are dropped), or throw and everything stops.
   */
  onFailure(file: string, error: unknown): void | Promise<void>;
  /** Asked before each file: false stops reading (the reader of stdout went away). */
  keepGoing?(): boolean;
}

export interface SliceReading {
  /** Threads the documents were read on (1: the main thread). */
  threads: number;
  /** Main-thread time reading and decoding files, and splitting them into documents. */
  readMs: number;
  planMs: number;
}

export async function readInSlices<Task, Result extends { warnings: string[] }>(
  files: readonly string[],
  worker: WorkerModule<Task, Result>,
  task: (plan: PlanHeader, documents: PlannedDocument[], sourceFile: string) => Task,
  options: { threads: number; inputBytes: number },
  handlers: SliceHandlers<Result>,
): Promise<SliceReading> {
  const runner = taskRunner(worker, options.threads, options.inputBytes);
  const reading: SliceReading = { threads: runner.threads, readMs: 0, planMs: 0 };
  const inOrder = new InOrder(2 * runner.threads);
  const failed = new Set<string>();
  const fail = async (file: string, error: unknown) => {
    if (failed.has(file)) return;
    failed.add(file);
    await handlers.onFailure(file, error);
  };
  try {
    for (const [index, file] of files.entries()) {
      if (handlers.keepGoing && !handlers.keepGoing()) break;
      inOrder.step(() => handlers.onFileStart?.(file, index));
      const warnings: string[] = [];
      const readStarted = performance.now();
      let plan: InputPlan;
      let bytes: number;
      try {
        const input = await readUsableInput(file, { onWarning: (message) => warnings.push(message) });
        bytes = input.bytes;
        const planStarted = performance.now();
        reading.readMs += planStarted - readStarted;
        plan = planInput(input.text);
        reading.planMs += performance.now() - planStarted;
        if (plan.documents.length === 0) throw noDocument(file);
      } catch (error) {
        inOrder.step(async () => {
          warnings.forEach(handlers.onWarning);
          await fail(file, error);
        });
        continue;
      }
      for (const warning of plan.warnings) warnings.push(`${file}: ${warning}`);
      inOrder.step(() => warnings.forEach(handlers.onWarning));
      const header: PlanHeader = { format: plan.format, traditional: plan.traditional };
      for (const documents of slicesOf(plan.documents)) {
        await inOrder.add(
          () => runner.run(task(header, documents, file)),
          async (result) => {
            if (failed.has(file)) return;
            for (const warning of result.warnings) handlers.onWarning(`${file}: ${warning}`);
            await handlers.onSlice(file, documents, result);
          },
          (error) => fail(file, error),
        );
      }
      inOrder.step(() => {
        if (!failed.has(file)) handlers.onFileDone?.(file, index, bytes);
      });
    }
    await inOrder.drain();
  } finally {
    await runner.close();
  }
  return reading;
}
