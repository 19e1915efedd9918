/**
 * File input for the Node entry points: folders expanded into their text files, and each file read
 * whole and decoded, with every failure turned into an `ExtractError` naming the file.
 */
import { isUtf8, transcode } from 'node:buffer';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type DecodedWithWarnings, decode } from '../decode.js';
import { ExtractError } from '../errors.js';

/** Input files larger than this are refused rather than risk the process's memory. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** Expands files and folders (recursively, `.txt` files, sorted) into a list of files. */
export async function listInputFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      throw new ExtractError(path, describeFsError(error));
    }
    if (info.isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true, recursive: true });
      const found = entries
        .filter((e) => e.isFile() && /\.(txt|text)$/i.test(e.name))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      if (found.length === 0) throw new ExtractError(path, 'the folder holds no .txt file');
      for (const file of found) files.push(file);
    } else files.push(path);
  }
  return files;
}

export interface DecodedFile extends DecodedWithWarnings {
  /** Size of the file in bytes. */
  bytes: number;
}

/** Reads and decodes one input file; errors name the file and the reason. */
export async function readInput(file: string): Promise<DecodedFile> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new ExtractError(file, 'is a folder, not a file');
    if (info.size > MAX_INPUT_BYTES) {
      throw new ExtractError(file, `too large (${info.size} bytes; the limit is ${MAX_INPUT_BYTES})`);
    }
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError(file, `cannot read: ${describeFsError(error)}`);
  }
  return { ...decode(bytes, file, { utf8: nodeUtf8 }), bytes: bytes.length };
}

/**
 * UTF-8 to a string at ~450 MB/s instead of `TextDecoder`'s ~100 MB/s on Chinese text (Node 20):
 * validated by simdutf (`isUtf8`), transcoded to UTF-16 by ICU, and the UTF-16 copied into a
 * string. Measured on a 4 MB corpus file: 9.5 ms against 44 ms.
 */
export function nodeUtf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  return transcode(bytes, 'utf8', 'ucs2').toString('ucs2');
}

/** The words for the file-system errors a user meets, the code otherwise. */
function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return code ?? String(error);
}
