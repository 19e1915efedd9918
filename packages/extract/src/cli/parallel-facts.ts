/**
 * `gwr-extract facts` on every core: an input's documents are split on the main thread (cheap),
 * read in slices by a pool of worker threads (tinypool), and the slices' output written in order,
 * so it is the same, byte for byte, whatever the number of threads.
 */
import Tinypool from 'tinypool';
import { planInput } from '../extract.js';
import type { FactsSlice, FactsTask } from './facts-worker.js';

/** Characters of body text a task carries: small enough to balance the threads, big enough to pay. */
const SLICE_CHARS = 2_000_000;

export interface FactsPool {
  /** The input's facts, formatted, with its document count and warnings. */
  facts(text: string, sourceFile: string, format: 'ndjson' | 'csv'): Promise<FactsSlice>;
  close(): Promise<void>;
}

export function createFactsPool(threads: number): FactsPool {
  // The threads start at once, loading the library while the main thread reads the first file.
  const pool = new Tinypool({
    filename: new URL('./facts-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  return {
    async facts(text, sourceFile, format) {
      const plan = planInput(text);
      const header = { format: plan.format, traditional: plan.traditional };
      const slices = await Promise.all(
        slicesOf(plan.documents).map(
          (documents): Promise<FactsSlice> =>
            pool.run({ plan: header, documents, sourceFile, format } satisfies FactsTask),
        ),
      );
      return {
        text: slices.map((s) => s.text).join(''),
        documents: slices.reduce((n, s) => n + s.documents, 0),
        warnings: [...plan.warnings, ...slices.flatMap((s) => s.warnings)],
      };
    },
    close: () => pool.destroy(),
  };
}

function slicesOf<T extends { raw: { body: string } }>(documents: T[]): T[][] {
  const slices: T[][] = [];
  let current: T[] = [];
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
