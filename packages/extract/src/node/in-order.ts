/**
 * Results used in the order their work was queued, whatever order the threads finish it in, so
 * the output of a parallel run is the output of a sequential one. At most `window` pieces of work
 * are in flight: enough to keep every thread busy while the main thread reads the next file, few
 * enough that memory holds a handful of slices' results, not a corpus's. Steps (a warning, a file
 * done) wait their turn without taking a place in the window.
 */
type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

interface Entry {
  outcome: Promise<Outcome<unknown>>;
  use: (value: unknown) => void | Promise<void>;
  fail?: (error: unknown) => void | Promise<void>;
  /** Whether it is work in flight (counted in the window), not a step. */
  work: boolean;
}

export class InOrder {
  private readonly queue: Entry[] = [];
  private inFlight = 0;

  constructor(private readonly window: number) {}

  /**
   * Starts `work` once there is room, and queues `use` for its result. A failure goes to `fail`,
   * in the same order; without `fail` it is thrown by the `add` or `drain` that reaches it.
   */
  async add<T>(
    work: () => Promise<T>,
    use: (value: T) => void | Promise<void>,
    fail?: (error: unknown) => void | Promise<void>,
  ): Promise<void> {
    while (this.inFlight >= this.window) await this.next();
    this.inFlight++;
    const outcome = work().then(
      (value): Outcome<T> => ({ ok: true, value }),
      (error: unknown): Outcome<T> => ({ ok: false, error }),
    );
    this.queue.push({ outcome, use: use as Entry['use'], fail, work: true });
  }

  /** A step with no work of its own (a warning, a failure to report), taken in its place. */
  step(use: () => void | Promise<void>): void {
    this.queue.push({ outcome: Promise.resolve({ ok: true, value: undefined }), use, work: false });
  }

  /** Uses every queued result. */
  async drain(): Promise<void> {
    while (this.queue.length > 0) await this.next();
  }

  private async next(): Promise<void> {
    const head = this.queue.shift()!;
    const outcome = await head.outcome;
    if (head.work) this.inFlight--;
    if (outcome.ok) await head.use(outcome.value);
    else if (head.fail) await head.fail(outcome.error);
    else throw outcome.error;
  }
}
