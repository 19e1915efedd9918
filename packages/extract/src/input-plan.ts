/**
 * An input split into its documents, each once, with its id: all the main thread of a parallel
 * read needs, so it loads neither the rules nor the catalog (src/node/read-in-slices.ts).
 */
import { hasSurrogatePairs, surrogatePairs } from './code-points.js';
import { StableHasher } from './hash.js';
import { looksTraditional } from './normalize.js';
import { type RawDocument, splitPage } from './split-page.js';

const NEWLINE = 10;

/** An input's documents, each once, with its id: what `extractDocuments` reads. */
export interface InputPlan {
  format: 'portal' | 'plain';
  /** Whether the input was read as traditional characters (matched through simplified forms). */
  traditional: boolean;
  documents: PlannedDocument[];
  warnings: string[];
}

export interface PlannedDocument {
  raw: RawDocument;
  docId: string;
  /**
   * Characters of two UTF-16 units before the document's body in the input (code-points.ts): what
   * turns its offsets into the code points the command line prints.
   */
  pairsBeforeBody: number;
}

/**
 * Splits an input into its documents and gives each its id; a document the input repeats is
 * kept once. Cheap next to reading the documents, which `extractDocuments` does, in any slices.
 */
export function planInput(text: string): InputPlan {
  const traditional = looksTraditional(text);
  const split = splitPage(text, traditional);
  const plan: InputPlan = {
    format: split.format,
    traditional,
    documents: [],
    warnings: [],
  };
  if (split.documents.length === 0) plan.warnings.push('no recognisable document in the input');
  const seen = new Set<string>();
  // (Counted as the documents go, only in an input that holds any.)
  const counting = hasSurrogatePairs(text);
  let pairs = 0;
  let counted = 0;
  for (const raw of split.documents) {
    if (counting) {
      pairs += surrogatePairs(text, counted, raw.bodySpan.start);
      counted = raw.bodySpan.start;
    }
    // The hash of `${title}\n${body}`, fed in parts: joined, the body was copied once more.
    const docId = new StableHasher().text(raw.title).char(NEWLINE).text(raw.body).hex();
    if (seen.has(docId)) {
      plan.warnings.push(`document repeated at offset ${raw.titleSpan.start}: "${raw.title}" (kept once)`);
      continue;
    }
    seen.add(docId);
    plan.documents.push({ raw, docId, pairsBeforeBody: pairs });
  }
  return plan;
}
