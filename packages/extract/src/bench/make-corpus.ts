/**
 * Generates a benchmark corpus from the seed: its documents repeated, each copy with its numbers
 * varied and its subject regions swapped for other real GB/T 2260 regions of the same level, so
 * every copy is a distinct document (distinct id) that reads like a real one and exercises the
 * extractor as the seed does. Deterministic: the same size gives the same corpus.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allRegionNames, type Region, regionByCode, regionCandidates, shortRegionName } from '@gwr/domain';

/** A small seeded PRNG (mulberry32): reproducible corpora without a dependency. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SeedPage {
  documents: string[];
  chrome: string;
}

/** The seed's documents (each `-` + title + body + date lines) and the chrome that ends the page. */
function splitSeed(seed: string): SeedPage {
  const lines = seed.split('\n');
  const chromeAt = lines.findIndex((l) => l.startsWith('有想补充的信息'));
  const body = lines.slice(0, chromeAt < 0 ? lines.length : chromeAt);
  const documents: string[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i]!.trim() !== '-') continue;
    let j = i + 1;
    while (j < body.length && body[j]!.trim() !== '-') j++;
    documents.push(body.slice(i, j).join('\n'));
    i = j - 1;
  }
  return { documents, chrome: chromeAt < 0 ? '' : lines.slice(chromeAt).join('\n') };
}

/** County- and prefecture-level regions with a plain three-character name, to swap in. */
function regionPool(): Record<'county' | 'prefecture', Region[]> {
  const pool = { county: [] as Region[], prefecture: [] as Region[] };
  // Cities without counties (中山市) are also listed as a county that is its own parent, on which
  // @gwr/domain's regionAncestors loops forever (reported); left out until it guards that.
  const selfParented = new Set<string>();
  for (const name of allRegionNames()) {
    for (const r of regionCandidates(name)) if (r.code && r.code === r.parent_code) selfParented.add(r.code);
  }
  for (const name of allRegionNames()) {
    if (!/^\p{Script=Han}{2}[区县市]$/u.test(name)) continue;
    for (const r of regionCandidates(name)) {
      if (r.code && selfParented.has(r.code)) continue;
      if (r.name === name && (r.level === 'county' || r.level === 'prefecture')) pool[r.level].push(r);
    }
  }
  return pool;
}

/**
 * Regions named in the seed's title lines — full names, and the short names in source tags such
 * as 【台州招商】 — the subjects whose names a copy swaps.
 */
function subjectRegions(documents: readonly string[]): Region[] {
  const titles = documents.map((d) => d.split('\n')[1] ?? '');
  const names = new Set<string>();
  for (const title of titles) {
    const tag = /^【([^】]+)】/.exec(title)?.[1]?.replace(/招商|投资/g, '');
    if (tag && tag.length >= 2) names.add(tag);
  }
  const joined = titles.join('\n');
  for (const name of allRegionNames()) if (name.length >= 3 && joined.includes(name)) names.add(name);
  const found = new Map<string, Region>();
  for (const name of names) {
    for (const r of regionCandidates(name)) {
      if (r.level === 'county' || r.level === 'prefecture') found.set(r.name, r);
    }
  }
  return [...found.values()];
}

/**
 * A new region for each subject, of the same level; a county's prefecture, when it is a subject
 * too, becomes the new county's real prefecture, so 温州市瓯海区 turns into a real pair.
 */
function chooseSwaps(
  subjects: readonly Region[],
  pool: Record<'county' | 'prefecture', Region[]>,
  rand: () => number,
): { from: Region; to: Region }[] {
  const chosen = new Map<string, Region>();
  const pick = (level: 'county' | 'prefecture') => pool[level][Math.floor(rand() * pool[level].length)]!;
  for (const from of subjects.filter((r) => r.level === 'county')) {
    const to = pick('county');
    chosen.set(from.name, to);
    const parent = to.parent_code ? regionByCode(to.parent_code) : undefined;
    const fromParent = subjects.find((r) => r.code === from.parent_code);
    if (parent && fromParent && !chosen.has(fromParent.name)) chosen.set(fromParent.name, parent);
  }
  for (const from of subjects) if (!chosen.has(from.name)) chosen.set(from.name, pick('prefecture'));
  return subjects.map((from) => ({ from, to: chosen.get(from.name)! }));
}

const NUMBER = /\d+(?:\.\d+)?/g;

/** Scales a number by 0.7–1.3, keeping its decimals; years, dates and list numbers stay. */
function varyNumbers(text: string, rand: () => number): string {
  return text.replace(NUMBER, (match, offset: number) => {
    const next = text[offset + match.length] ?? '';
    const prev = text[offset - 1] ?? '';
    if (/^(19|20)\d\d$/.test(match) || /[年月日届次号-]/.test(next) || prev === '-') return match;
    const value = Number(match);
    if (!match.includes('.') && value < 10) return match;
    const decimals = match.split('.')[1]?.length ?? 0;
    const varied = Math.max(decimals ? 0.1 : 10, value * (0.7 + 0.6 * rand()));
    return varied.toFixed(decimals);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The copy's number after its title (`…政府工作报告(第12份)`), as the team's corpus tool marks
 * them: a news item with no number to vary and no region to swap would otherwise repeat, and a
 * repeated document is skipped (by the loader, and within a file by every command), not read.
 */
function numbered(document: string, n: number): string {
  const lines = document.split('\n');
  lines[1] = `${lines[1]}(第${n}份)`;
  return lines.join('\n');
}

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
  documents: number;
}

/**
 * Writes a file and waits until it is on disk: otherwise the kernel writes the corpus back while
 * the benchmark runs, on the same core, and the build is charged for it.
 */
async function writeSynced(file: string, text: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes about `megabytes` MB of portal pages into `dir`, in files of about `fileMegabytes` MB.
 */
export async function makeCorpus(
  seedPath: string,
  dir: string,
  megabytes: number,
  fileMegabytes = 4,
): Promise<Corpus> {
  const seed = splitSeed(await readFile(seedPath, 'utf8'));
  const pool = regionPool();
  const subjects = subjectRegions(seed.documents);
  const rand = random(20180226);
  await mkdir(dir, { recursive: true });
  const corpus: Corpus = { dir, files: [], bytes: 0, documents: 0 };
  const target = megabytes * 1024 * 1024;
  while (corpus.bytes < target) {
    const parts: string[] = [];
    let fileBytes = 0;
    while (fileBytes < fileMegabytes * 1024 * 1024 && corpus.bytes + fileBytes < target) {
      // One copy of the seed's documents, with the subjects renamed consistently across them.
      const swaps = chooseSwaps(subjects, pool, rand);
      for (const document of seed.documents) {
        let text = varyNumbers(document, rand);
        for (const { from, to } of swaps) {
          text = text.replace(new RegExp(escapeRegExp(from.name), 'g'), to.name);
          const short = shortRegionName(from.name);
          if (short !== from.name && short.length >= 2) {
            text = text.replace(new RegExp(escapeRegExp(short), 'g'), shortRegionName(to.name));
          }
        }
        const copy = numbered(text, corpus.documents);
        parts.push(copy);
        fileBytes += Buffer.byteLength(copy) + 1;
        corpus.documents++;
      }
    }
    const file = join(dir, `corpus-${String(corpus.files.length).padStart(3, '0')}.txt`);
    const page = `${parts.join('\n')}\n${seed.chrome}`;
    await writeSynced(file, page);
    corpus.files.push(file);
    corpus.bytes += Buffer.byteLength(page);
  }
  return corpus;
}
