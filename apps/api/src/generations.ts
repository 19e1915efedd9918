/**
 * Generations of the store: the server answers every request from one generation (a database
 * handle and the app over it, with its caches), and a new generation — a new store file written
 * beside the old one — is swapped in for all readers at once. Requests in flight finish on the
 * generation they started on; new ones see the new one; the old one closes (its SQL workers too)
 * when its last request is done. No request fails because of a swap.
 */
import type { GwrDatabase } from './db.js';

export interface Generation {
  db: GwrDatabase;
  fetch: (request: Request, env?: object) => Response | Promise<Response>;
}

interface Live extends Generation {
  inFlight: number;
  retired: boolean;
  number: number;
}

export class StoreGenerations {
  private live: Live;

  constructor(first: Generation) {
    this.live = { ...first, inFlight: 0, retired: false, number: 1 };
  }

  /** The current generation's database (for work outside a request, such as writing the next one). */
  get db(): GwrDatabase {
    return this.live.db;
  }

  get number(): number {
    return this.live.number;
  }

  readonly fetch = async (request: Request, env?: object): Promise<Response> => {
    const generation = this.live;
    generation.inFlight++;
    try {
      return await generation.fetch(request, env);
    } finally {
      generation.inFlight--;
      if (generation.retired) this.closeWhenIdle(generation);
    }
  };

  /** Makes `next` the generation every new request sees. */
  swap(next: Generation): void {
    const old = this.live;
    this.live = { ...next, inFlight: 0, retired: false, number: old.number + 1 };
    old.retired = true;
    this.closeWhenIdle(old);
  }

  close(): void {
    this.live.db.close();
  }

  private closeWhenIdle(generation: Live): void {
    if (generation.inFlight > 0) return;
    // A response built from it may still be on its way out: close on the next turn.
    setImmediate(() => {
      if (generation.inFlight === 0 && generation.retired) {
        generation.retired = false;
        generation.db.close();
      }
    });
  }
}
