/** `gwr-extract documents <file>...`: one NDJSON line per document, without its body text. */
import { documentNdjson } from './fact-format.js';
import { type CommandIo, expandInputs, forEachExtracted } from './facts-command.js';

export async function runDocuments(inputs: readonly string[], io: CommandIo): Promise<number> {
  const { files, failed: badInput } = await expandInputs(inputs, io.report);
  const failed = await forEachExtracted(files, io, async (result) => {
    await io.stdout.write(result.documents.map(documentNdjson).join(''));
  });
  return badInput || failed ? 1 : 0;
}
