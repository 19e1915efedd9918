/**
 * End-to-end benchmark: decode → extract → DuckDB on a corpus generated from the seed, at 20, 40,
 * 100 and 200 MB, each measured in its own child process (so peak RSS is that size's alone) pinned
 * to one core, with DuckDB on one thread. Builds each corpus three times and prints the fastest
 * build's MB/s of input (with the median and slowest), the largest peak RSS, then a per-phase
 * breakdown (read+decode / extract / DuckDB) of the fastest build.
 *
 *   pnpm bench:extract                      # 20, 40, 100 and 200 MB
 *   node dist/bench/bench-extract.js 20 50  # other sizes
 *   node dist/bench/bench-extract.js --profile 20   # also a CPU profile of extraction, top functions
 *   node dist/bench/bench-extract.js --runs 1 20    # one build per size (default: best of 3)
 *
 * Target (issue 3): ≥ 10 MB/s end to end, memory bounded as the corpus grows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDatabase } from '../node/build-database.js';
import { makeCorpus } from './make-corpus.js';

const seedPath = fileURLToPath(new URL('../../../../seeds/000_7a8c45a8c6b1753b.txt', import.meta.url));
const TARGET_MB_S = 10;

interface ChildResult {
  bytes: number;
  files: number;
  documents: number;
  facts: number;
  ms: number;
  timings: { readMs: number; extractMs: number; writeMs: number; derivedMs: number };
  maxRssMb: number;
}

/** In the child: one build over the corpus folder, reported as one JSON line on stdout. */
async function child(corpusDir: string): Promise<void> {
  const started = performance.now();
  const summary = await buildDatabase({
    inputs: [corpusDir],
    dbPath: join(corpusDir, 'bench.duckdb'),
    threads: 1,
  });
  const result: ChildResult = {
    bytes: summary.bytes,
    files: summary.files,
    documents: summary.documents,
    facts: summary.facts,
    ms: performance.now() - started,
    timings: summary.timings,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(corpusDir: string, profileDir?: string): ChildResult {
  const script = fileURLToPath(import.meta.url);
  const nodeArgs = ['--expose-gc', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  const childArgs = [...nodeArgs, script, '--child', corpusDir];
  // One core for the whole process (DuckDB and V8's helper threads included): the bar is single-core.
  const [command, args] = existsSync('/usr/bin/taskset')
    ? ['/usr/bin/taskset', ['-c', '0', process.execPath, ...childArgs]]
    : [process.execPath, childArgs];
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`benchmark child failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as ChildResult;
}

/** The functions with the most self time in a V8 CPU profile. */
function topFunctions(profilePath: string, count = 15): string[] {
  interface Node {
    id: number;
    hitCount: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as { nodes: Node[] };
  const total = profile.nodes.reduce((a, n) => a + n.hitCount, 0);
  const byFunction = new Map<string, number>();
  for (const n of profile.nodes) {
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url ? `${url.replace(/^.*\/packages\//, '')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + n.hitCount);
  }
  return [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') return child(argv[1]!);
  const profile = argv.includes('--profile');
  // Each size is built several times on the same corpus and the fastest build is the figure: the
  // machine is shared, and the same build varies by a third with what else runs on it; the
  // fastest is the one least disturbed (median and slowest are printed beside it). Peak RSS is
  // the largest of the runs.
  const runsAt = argv.indexOf('--runs');
  const runCount = runsAt >= 0 ? Math.max(1, Number(argv[runsAt + 1])) : 3;
  const sizes = argv.filter((a, k) => /^\d+$/.test(a) && argv[k - 1] !== '--runs').map(Number);
  // The fixed costs of a build (JIT warm-up, DuckDB's finishing work) weigh most on the smallest
  // corpus, so 40 MB shows how fast they stop mattering; 200 MB shows whether peak RSS levels off
  // as the corpus grows (the issue asks for 20 and 100).
  if (sizes.length === 0) sizes.push(20, 40, 100, 200);
  const peaks: { mb: number; rss: number }[] = [];
  console.log('gwr-extract benchmark: decode → extract → DuckDB, one core, corpus generated from the seed');
  let failed = false;
  for (const [i, mb] of sizes.entries()) {
    const dir = mkdtempSync(join(tmpdir(), `gwr-extract-bench-${mb}mb-`));
    try {
      const corpus = await makeCorpus(seedPath, join(dir, 'corpus'), mb);
      const runs = Array.from({ length: runCount }, () => runChild(corpus.dir));
      const byTime = [...runs].sort((a, b) => a.ms - b.ms);
      const run = byTime[0]!;
      const median = byTime[Math.floor((byTime.length - 1) / 2)]!;
      const mbps = (r: ChildResult) => r.bytes / 1048576 / (r.ms / 1000);
      const rate = mbps(run);
      const rss = Math.max(...runs.map((r) => r.maxRssMb));
      peaks.push({ mb, rss });
      if (rate < TARGET_MB_S) failed = true;
      const { readMs, extractMs, writeMs, derivedMs } = run.timings;
      const part = (ms: number) =>
        `${(ms / 1000).toFixed(2)} s (${(run.bytes / 1048576 / (ms / 1000)).toFixed(1)} MB/s, ${((ms / run.ms) * 100).toFixed(0)}%)`;
      const spread =
        runs.length > 1
          ? ` (best of ${runs.length}; median ${mbps(median).toFixed(1)}, slowest ${mbps(byTime.at(-1)!).toFixed(1)} MB/s)`
          : '';
      console.log(
        `${(run.bytes / 1048576).toFixed(1).padStart(6)} MB in ${run.files} files, ${run.documents} documents, ` +
          `${run.facts} facts: ${(run.ms / 1000).toFixed(2)} s, ${rate.toFixed(1)} MB/s end to end ` +
          `(target ≥ ${TARGET_MB_S})${spread}, peak RSS ${rss.toFixed(0)} MB`,
      );
      console.log(
        `         read+decode ${part(readMs)}, extract ${part(extractMs)}, DuckDB ${part(writeMs)}` +
          ` (of which the API's derived tables ${(derivedMs / 1000).toFixed(2)} s)`,
      );
      if (profile && i === 0) {
        const profileDir = join(dir, 'profile');
        runChild(corpus.dir, profileDir);
        const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
        if (file) {
          console.log(`         hottest functions (self time, profiled run at ${mb} MB):`);
          for (const line of topFunctions(join(profileDir, file))) console.log(`           ${line}`);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (peaks.length > 1) {
    const steps = peaks
      .slice(1)
      .map(
        (p, k) =>
          `${peaks[k]!.mb}→${p.mb} MB: ${p.rss - peaks[k]!.rss >= 0 ? '+' : ''}${(p.rss - peaks[k]!.rss).toFixed(0)} MB`,
      );
    console.log(`peak RSS as the corpus grows: ${steps.join(', ')}`);
  }
  if (failed) {
    console.log(`below the ${TARGET_MB_S} MB/s target (exit code 1)`);
    process.exitCode = 1;
  }
}

await main(process.argv.slice(2));
