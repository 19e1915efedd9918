/**
 * A worker thread of `gwr-extract facts` (src/node/read-in-slices.ts): reads a slice of an input's
 * documents and returns their facts already formatted and encoded, as the UTF-8 bytes stdout
 * takes. Bytes cross back to the main thread at memory speed, where the fact objects would be
 * cloned field by field; and encoding here, on every core, keeps the main thread — which reads the
 * next file and writes the output — from becoming the bottleneck (encoding took it ~0.2 s per
 * 59 MB of input).
 */
import type { Fact } from '@gwr/domain';
import { CodePointOffsets } from '../code-points.js';
import { extractDocuments, type InputPlan, type PlannedDocument } from '../extract.js';
import { regionPinyin } from '../node/region-pinyin.js';
import { factCsv, factNdjson } from './fact-format.js';

export interface FactsTask {
  plan: Pick<InputPlan, 'format' | 'traditional'>;
  documents: PlannedDocument[];
  sourceFile: string;
  format: 'ndjson' | 'csv';
}

export interface FactsSlice {
  /** The facts, one NDJSON or CSV line each, in UTF-8. */
  bytes: Uint8Array;
  warnings: string[];
}

const utf8 = new TextEncoder();

/**
 * Document by document, each one's facts formatted and encoded before the next is read: the fact
 * objects and their lines die young, and what the slice keeps is bytes outside the JS heap. (Read
 * whole, a slice's facts survived every scavenge until the end of the slice, to be copied and
 * promoted: the pauses for garbage collection were twice as long.)
 */
export default function readFacts(task: FactsTask): FactsSlice {
  const line = task.format === 'csv' ? factCsv : factNdjson;
  const plan = { ...task.plan, warnings: [] };
  const warnings: string[] = [];
  // Empty even if the last slice failed part way.
  sliceBytes.clear();
  for (const document of task.documents) {
    sliceBytes.append(documentFacts(plan, document, task.sourceFile, line, warnings));
  }
  return { bytes: sliceBytes.take(), warnings };
}

/**
 * One document's facts as lines; its warnings are added to `warnings`. Apart from readFacts so
 * that the loop over facts is hot in a function called often, which V8 optimises once, not in
 * readFacts' loop, which it compiled again on the stack (OSR) in every slice.
 */
function documentFacts(
  plan: Pick<InputPlan, 'format' | 'traditional' | 'warnings'>,
  document: PlannedDocument,
  sourceFile: string,
  line: (fact: Fact) => string,
  warnings: string[],
): string {
  const result = extractDocuments(plan, [document], { sourceFile, regionPinyin: regionPinyin() });
  const offsets = new CodePointOffsets(
    document.raw.body,
    document.raw.bodySpan.start,
    document.pairsBeforeBody,
  );
  let text = '';
  for (const fact of result.facts) text += line(offsets.unchanged ? fact : inCodePoints(fact, offsets));
  for (const warning of result.warnings) warnings.push(warning);
  return text;
}

/** A fact with its evidence's offsets in code points, as the command line prints them (code-points.ts). */
function inCodePoints(fact: Fact, offsets: CodePointOffsets): Fact {
  const { start, end } = fact.evidence;
  return { ...fact, evidence: { ...fact.evidence, start: offsets.of(start), end: offsets.of(end) } };
}

/**
 * Text encoded as UTF-8 into one buffer, grown by doubling, and copied out once: an array per
 * document joined at the end allocated and copied every byte twice. One per thread, kept from
 * slice to slice (readFacts runs one slice at a time): its buffer grows to the largest slice's
 * bytes once, instead of a new chain of doublings per slice that made V8 collect garbage for the
 * memory outside its heap.
 */
class Utf8Bytes {
  private buffer = new Uint8Array(1 << 20);
  private used = 0;

  append(text: string): void {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    const needed = this.used + text.length * 3;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.used));
      this.buffer = grown;
    }
    this.used += utf8.encodeInto(text, this.buffer.subarray(this.used)).written;
  }

  clear(): void {
    this.used = 0;
  }

  /** The bytes written, in a buffer of their own: a slice's result crosses to the main thread whole. */
  take(): Uint8Array {
    return this.buffer.slice(0, this.used);
  }
}

const sliceBytes = new Utf8Bytes();
