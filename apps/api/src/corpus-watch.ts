/**
 * Reports dropped into the corpus folder while the server runs are added like uploads: the folder
 * is looked at every few seconds (a poll works on every file system, network mounts included, where
 * change events do not), and a file new since the last look, or changed, is committed through the
 * report intake. A file that cannot be read is reported once and otherwise left alone.
 */
import { readFile, stat } from 'node:fs/promises';
import { listInputFiles } from '@gwr/extract/node';
import { errorLine } from './errors.js';
import type { ReportIntake } from './report-intake.js';

const POLL_MS = 2000;

type Snapshot = Map<string, string>;

async function snapshot(corpus: string): Promise<Snapshot> {
  const files = await listInputFiles([corpus]).catch(() => [] as string[]);
  const entries = await Promise.all(
    files.map(async (file) => {
      const info = await stat(file).catch(() => null);
      return [file, info ? `${info.mtimeMs}|${info.size}` : ''] as const;
    }),
  );
  return new Map(entries.filter(([, version]) => version !== ''));
}

/** Starts watching; returns a function that stops it. */
export function watchCorpus(
  corpus: string,
  intake: ReportIntake,
  warn: (message: string) => void,
): () => void {
  let known: Snapshot | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const look = async () => {
    const now = await snapshot(corpus);
    if (known) {
      for (const [file, version] of now) {
        if (known.get(file) === version) continue;
        try {
          const commit = await intake.commit(new Uint8Array(await readFile(file)), file);
          if (commit.added.length > 0)
            console.log(`Added ${file}: ${commit.added.length} documents, ${commit.facts} facts`);
        } catch (error) {
          warn(`${file}: ${errorLine(error)}; not added`);
        }
      }
    }
    known = now;
  };
  const loop = async () => {
    await look().catch((error) => warn(`${corpus}: ${(error as Error).message}`));
    if (!stopped) timer = setTimeout(loop, POLL_MS).unref();
  };
  void loop();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
