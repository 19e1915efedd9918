/**
 * A fingerprint of the extraction rules in use: a hash of the compiled extractor core and of the
 * domain package (catalog, regions) it reads with. Stored in a database's `meta` table, it tells a
 * server that facts were extracted by other rules and the store must be rebuilt, even when the
 * corpus has not changed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

function addFolder(hash: ReturnType<typeof createHash>, folder: string): void {
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.js'))
    .sort()) {
    hash.update(name).update(readFileSync(join(folder, name)));
  }
}

/** @example extractorFingerprint() // 'a3f9…' (16 hex digits) */
export function extractorFingerprint(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  addFolder(hash, fileURLToPath(new URL('../', import.meta.url)));
  addFolder(hash, dirname(fileURLToPath(import.meta.resolve('@gwr/domain'))));
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
