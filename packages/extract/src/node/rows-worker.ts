/**
 * A worker thread of the loader: reads a slice of an input's documents and returns the rows of
 * the store. The documents come back without their text, which the main thread already holds:
 * sending it back would copy the corpus twice more.
 */
import type { Fact, GwrDocument, Section, SpamFragment } from '@gwr/domain';
import { extractDocuments, type InputPlan, type PlannedDocument } from '../extract.js';
import { regionPinyin } from './region-pinyin.js';

export interface RowsTask {
  plan: Pick<InputPlan, 'format' | 'traditional'>;
  documents: PlannedDocument[];
  sourceFile: string;
}

export interface RowsSlice {
  documents: Omit<GwrDocument, 'text'>[];
  sections: Section[];
  spam: SpamFragment[];
  facts: Fact[];
  warnings: string[];
  /** Time spent extracting, in milliseconds of this thread. */
  ms: number;
}

export default function readRows(task: RowsTask): RowsSlice {
  const started = performance.now();
  const result = extractDocuments({ ...task.plan, warnings: [] }, task.documents, {
    sourceFile: task.sourceFile,
    regionPinyin: regionPinyin(),
  });
  return {
    documents: result.documents.map(({ text: _text, ...document }) => document),
    sections: result.sections,
    spam: result.spam,
    facts: result.facts,
    warnings: result.warnings,
    ms: performance.now() - started,
  };
}
