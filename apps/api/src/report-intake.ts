/**
 * Reports added while the server runs (POST /api/documents, files dropped into the corpus folder):
 * read, previewed, and committed as the next generation of the store. One commit at a time; each
 * writes a new store file (addToStore: the current file is copied, never written) and swaps it in
 * for every reader (generations.ts). The report's bytes are kept in the added-reports folder next to
 * the store, so a later rebuild from the corpus keeps them.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Fact, GwrDocument } from '@gwr/domain';
import { decode, ExtractError, extract } from '@gwr/extract';
import {
  type AddSummary,
  addToStore,
  type DocumentSummary,
  nodeUtf8,
  regionPinyin,
  summaryOf,
  withFileLock,
} from '@gwr/extract/node';

export interface ReportIntakeOptions {
  /** The store file; each commit replaces it (atomically) with the next generation. */
  dbPath: string;
  /** Where added reports are kept (read again by a rebuild). */
  addedDir: string;
  /** Serves the store file just written to every new request; returns the generation's number. */
  swapIn: (dbPath: string) => Promise<number>;
  /** The number of the generation serving now. */
  generation: () => number;
}

export interface Preview {
  documents: (DocumentSummary & { facts: number })[];
  facts: Fact[];
  warnings: string[];
}

export interface Commit extends AddSummary {
  /** The generation now serving, and how long the commit took until it was visible. */
  generation: number;
  visible_ms: number;
}

/** A report read from bytes: its text and what the extractor found. */
function read(bytes: Uint8Array, name: string) {
  const decoded = decode(bytes, name, { utf8: nodeUtf8 });
  // As the CLI and the store's build read a file: a page's address may name its place.
  const result = extract(decoded.text, { sourceFile: name, regionPinyin: regionPinyin() });
  if (result.documents.length === 0) throw new ExtractError(name, 'no recognisable document in the upload');
  return { result, warnings: [...decoded.warnings, ...result.warnings] };
}

const summary = (d: GwrDocument, facts: readonly Fact[]) => ({
  ...summaryOf(d),
  facts: facts.filter((f) => f.doc_id === d.doc_id).length,
});

export class ReportIntake {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ReportIntakeOptions) {}

  /** Serves the store file as it is now (written by another process); one swap at a time with commits. */
  swapInLatest(): Promise<number> {
    const run = this.queue.then(() => this.options.swapIn(this.options.dbPath));
    this.queue = run.catch(() => {});
    return run;
  }

  /** What a report would add, without writing anything. */
  preview(bytes: Uint8Array, name: string): Preview {
    const { result, warnings } = read(bytes, name);
    return {
      documents: result.documents.map((d) => summary(d, result.facts)),
      facts: result.facts,
      warnings,
    };
  }

  /** Adds a report: the next generation of the store, swapped in when complete. */
  commit(bytes: Uint8Array, name: string): Promise<Commit> {
    const run = this.queue.then(() => this.commitNow(bytes, name));
    this.queue = run.catch(() => {});
    return run;
  }

  /** One commit at a time, in this process and in any other serving the same store. */
  private commitNow(bytes: Uint8Array, name: string): Promise<Commit> {
    return withFileLock(`${this.options.dbPath}.add-lock`, () => this.commitLocked(bytes, name));
  }

  private async commitLocked(bytes: Uint8Array, name: string): Promise<Commit> {
    const started = performance.now();
    const { options } = this;
    // Read once; a report that cannot be read is refused, by the name it came with, before
    // anything is written. Its documents are stored under the name it is kept by.
    const extracted = read(bytes, name).result;
    const kept = this.keptName(bytes);
    const result = {
      ...extracted,
      sourceFile: kept.name,
      documents: extracted.documents.map((d) => ({ ...d, source_file: kept.name })),
    };
    await mkdir(options.addedDir, { recursive: true });
    await writeFile(kept.file, bytes, { flag: 'wx' });
    let added: AddSummary | undefined;
    try {
      added = await addToStore({ dbPath: options.dbPath, outPath: options.dbPath, results: [result] });
    } finally {
      // Only a report that is in the store is kept for rebuilds.
      if (!added?.added.length) await rm(kept.file, { force: true });
    }
    const generation = added.added.length > 0 ? await options.swapIn(options.dbPath) : options.generation();
    return {
      ...added,
      generation,
      visible_ms: Math.round(performance.now() - started),
    };
  }

  /**
   * Where a report's bytes are kept: a name that sorts in the order reports were added (a rebuild
   * reads them in that order, so a corrected version still replaces the one before it).
   */
  private keptName(bytes: Uint8Array): { file: string; name: string } {
    const stamp = new Date().toISOString().replace(/[-:.]/g, '');
    const name = `${stamp}-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.txt`;
    return { file: join(this.options.addedDir, name), name: `added-reports/${name}` };
  }
}
