/**
 * A worker thread of `gwr-extract facts` (src/node/read-in-slices.ts): reads a slice of an input's
 * documents and returns their facts already formatted. A string crosses back to the main thread
 * at memory speed, where the fact objects would be cloned field by field.
 */
import { extractDocuments, type InputPlan, type PlannedDocument } from '../extract.js';
import { factCsv, factNdjson } from './fact-format.js';

export interface FactsTask {
  plan: Pick<InputPlan, 'format' | 'traditional'>;
  documents: PlannedDocument[];
  sourceFile: string;
  format: 'ndjson' | 'csv';
}

export interface FactsSlice {
  text: string;
  warnings: string[];
}

export default function readFacts(task: FactsTask): FactsSlice {
  const result = extractDocuments({ ...task.plan, warnings: [] }, task.documents, {
    sourceFile: task.sourceFile,
  });
  const line = task.format === 'csv' ? factCsv : factNdjson;
  let text = '';
  for (const fact of result.facts) text += line(fact);
  return { text, warnings: result.warnings };
}
