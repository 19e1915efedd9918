/**
 * `gwr-extract documents <file>...`: one NDJSON line per document, without its body text, its
 * offsets in code points as every command prints them (code-points.ts).
 */
import type { GwrDocument } from '@gwr/domain';
import { CodePointOffsets } from '../code-points.js';
import { documentNdjson } from './fact-format.js';
import { type CommandIo, expandInputs, forEachExtracted } from './facts-command.js';

export async function runDocuments(inputs: readonly string[], io: CommandIo): Promise<number> {
  const { files, failed: badInput } = await expandInputs(inputs, io.report);
  const failed = await forEachExtracted(files, io, async (result, text) => {
    const offsets = new CodePointOffsets(text);
    const documents = offsets.unchanged
      ? result.documents
      : result.documents.map((d) => inCodePoints(d, offsets));
    await io.stdout.write(documents.map(documentNdjson).join(''));
  });
  return badInput || failed ? 1 : 0;
}

function inCodePoints(document: GwrDocument, offsets: CodePointOffsets): GwrDocument {
  const span = (s: { start: number; end: number }) => ({
    start: offsets.of(s.start),
    end: offsets.of(s.end),
  });
  return {
    ...document,
    title_span: span(document.title_span),
    body_span: span(document.body_span),
    date_span: document.date_span && span(document.date_span),
  };
}
