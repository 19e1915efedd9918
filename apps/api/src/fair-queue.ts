/**
 * Shares a few query slots among clients fairly. A query that finds no free slot waits in a short
 * queue, up to a deadline, instead of being refused at once; each client (a token, else an
 * address) may hold at most `perClient` slots, and freed slots go round-robin to the clients
 * waiting, so one client's slow queries hold at most its own share while everyone else's queries
 * still run.
 */
import { ApiError } from './errors.js';

export interface FairQueueOptions {
  /** Slots in all (queries running at once). */
  slots: number;
  /** Slots one client may hold at once. */
  perClient: number;
  /** How long a query may wait for a slot before it is refused (429). */
  maxWaitMs: number;
  /** Queries one client may have waiting; one more is refused at once. */
  maxWaitingPerClient: number;
}

interface Waiter {
  grant: () => void;
  timer: NodeJS.Timeout;
}

export class FairQueue {
  private free: number;
  private readonly held = new Map<string, number>();
  /** Waiting queries per client; Map order is the round-robin order. */
  private readonly waiting = new Map<string, Waiter[]>();

  constructor(readonly options: FairQueueOptions) {
    this.free = options.slots;
  }

  /** Resolves with a release function once `client` holds a slot; rejects with a 429 past the deadline. */
  acquire(client: string): Promise<() => void> {
    if (this.waiting.size === 0 && this.mayTake(client)) return Promise.resolve(this.take(client));
    const mine = this.waiting.get(client) ?? [];
    if (mine.length >= this.options.maxWaitingPerClient) {
      return Promise.reject(
        new ApiError(
          429,
          'too_many_queries',
          `sql: ${mine.length} of your queries are already waiting; retry later`,
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          resolve(this.take(client));
        },
        timer: setTimeout(() => {
          this.remove(client, waiter);
          reject(
            new ApiError(
              429,
              'too_many_queries',
              `sql: no query slot came free within ${this.options.maxWaitMs} ms; retry shortly`,
            ),
          );
        }, this.options.maxWaitMs),
      };
      mine.push(waiter);
      this.waiting.set(client, mine);
      this.dispatch();
    });
  }

  /** Queries waiting now, all clients together. */
  get waitingCount(): number {
    let n = 0;
    for (const list of this.waiting.values()) n += list.length;
    return n;
  }

  private mayTake(client: string): boolean {
    return this.free > 0 && (this.held.get(client) ?? 0) < this.options.perClient;
  }

  private take(client: string): () => void {
    this.free--;
    this.held.set(client, (this.held.get(client) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.free++;
      const count = (this.held.get(client) ?? 1) - 1;
      if (count === 0) this.held.delete(client);
      else this.held.set(client, count);
      this.dispatch();
    };
  }

  /** Grants free slots to waiting clients in turn; a client served goes to the back of the line. */
  private dispatch(): void {
    let granted = true;
    while (this.free > 0 && granted) {
      granted = false;
      for (const [client, list] of this.waiting) {
        if (!this.mayTake(client)) continue;
        const waiter = list.shift()!;
        this.waiting.delete(client);
        if (list.length > 0) this.waiting.set(client, list);
        waiter.grant();
        granted = true;
        break;
      }
    }
  }

  private remove(client: string, waiter: Waiter): void {
    const list = this.waiting.get(client);
    if (!list) return;
    const index = list.indexOf(waiter);
    if (index >= 0) list.splice(index, 1);
    if (list.length === 0) this.waiting.delete(client);
  }
}
