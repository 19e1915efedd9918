/**
 * Extraction on one core and on every core, and the DuckDB build, on a corpus generated from the
 * seed (every document a distinct copy: numbers varied, subject regions swapped for real ones).
 *
 * 1. `facts`: every fact of the corpus as NDJSON (written to a sink that encodes it as stdout
 *    would), with one worker and with one per core, interleaved (1, N, 1, N…) so both see the same
 *    machine: MB/s of input, the ratio, peak RSS.
 * 2. `load`: the DuckDB build with one worker per core: MB/s, peak RSS, where the time went.
 *
 * Each run is a child process of its own, so its peak RSS is its own. The machine is shared, so
 * each figure is the best of `--runs` (the least disturbed), with the median beside it; a fixed
 * CPU loop timed before each run says how busy the machine was.
 *
 *   pnpm bench:extract                                 # 100 MB, 3 runs of each
 *   node dist/bench/bench-extract.js --mb 1024         # a 1 GB corpus
 *   node dist/bench/bench-extract.js --input FILE|DIR  # an existing corpus instead
 *   node dist/bench/bench-extract.js --runs 5 --workers 2 --no-load
 *   node dist/bench/bench-extract.js --profile         # also the hottest functions of one worker
 *
 * Bars (issue 15): N workers ≥ 1.8× one worker (on 2 cores), one worker ≥ 20 MB/s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runFacts } from '../cli/facts-command.js';
import { Output } from '../cli/output.js';
import { createReporter } from '../cli/report.js';
import { buildDatabase } from '../node/build-database.js';
import { listInputFiles } from '../node/read-input.js';
import { makeCorpus } from './make-corpus.js';

const seedPath = fileURLToPath(new URL('../../../../seeds/000_7a8c45a8c6b1753b.txt', import.meta.url));
const SPEEDUP_BAR = 1.8;
const ONE_WORKER_BAR_MB_S = 20;

interface ChildResult {
  bytes: number;
  ms: number;
  /** CPU time of the whole process, every thread: the work done, whatever else the machine ran. */
  cpuMs: number;
  maxRssMb: number;
  /** load only */
  documents?: number;
  facts?: number;
  workers?: number;
  timings?: { readMs: number; extractMs: number; writeMs: number; derivedMs: number };
}

/** In the child: one `facts` run over the corpus, reported as one JSON line on stdout. */
async function childFacts(corpus: string, workers: number): Promise<void> {
  const files = await listInputFiles([corpus]);
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  // A sink that takes the NDJSON as stdout would: encoded to UTF-8, with backpressure.
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const io = {
    stdout: new Output(sink),
    stderr: process.stderr,
    report: createReporter(process.stderr, true),
  };
  const started = performance.now();
  const code = await runFacts([corpus], 'ndjson', io, workers);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`facts exited ${code}`);
  report({ bytes, ms, cpuMs: cpuMs(), maxRssMb: process.resourceUsage().maxRSS / 1024 });
}

/** In the child: one DuckDB build over the corpus. */
async function childLoad(corpus: string, workers: number, dbDir: string): Promise<void> {
  const started = performance.now();
  const summary = await buildDatabase({ inputs: [corpus], dbPath: join(dbDir, 'bench.duckdb'), workers });
  report({
    bytes: summary.bytes,
    ms: performance.now() - started,
    cpuMs: cpuMs(),
    maxRssMb: summary.peakRssBytes / 1048576,
    documents: summary.documents,
    facts: summary.facts,
    workers: summary.workers,
    timings: summary.timings,
  });
}

function cpuMs(): number {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  return (userCPUTime + systemCPUTime) / 1000;
}

function report(result: ChildResult): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(args: string[], nodeArgs: string[] = []): ChildResult {
  const script = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, [...nodeArgs, script, '--child', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`benchmark child failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as ChildResult;
}

/** Milliseconds a fixed CPU loop takes now: how much of a core the machine leaves us. */
function cpuCheck(): number {
  const started = performance.now();
  let x = 1;
  for (let i = 0; i < 100_000_000; i++) x = (x * 31 + i) | 0;
  return performance.now() - started + (x === 0.5 ? 1 : 0);
}

const mbps = (r: ChildResult) => r.bytes / 1048576 / (r.ms / 1000);
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor((values.length - 1) / 2)]!;
const fixed = (n: number, digits = 1) => n.toFixed(digits);

/** The functions with the most self time in a V8 CPU profile. */
function topFunctions(profilePath: string, count = 20): string[] {
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
  if (argv[0] === '--child') {
    const [mode, corpus, workers, dbDir] = argv.slice(1);
    return mode === 'facts'
      ? childFacts(corpus!, Number(workers))
      : childLoad(corpus!, Number(workers), dbDir!);
  }
  const { values } = parseArgs({
    args: argv,
    options: {
      mb: { type: 'string', default: '100' },
      input: { type: 'string' },
      runs: { type: 'string', default: '3' },
      workers: { type: 'string', default: String(availableParallelism()) },
      'no-load': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  const workers = Math.max(2, Number(values.workers));
  const dir = mkdtempSync(join(tmpdir(), 'gwr-extract-bench-'));
  try {
    let corpus = values.input;
    if (!corpus) {
      const made = await makeCorpus(seedPath, join(dir, 'corpus'), Number(values.mb));
      corpus = made.dir;
      console.log(
        `corpus: ${fixed(made.bytes / 1048576)} MB in ${made.files.length} files, ${made.documents} documents ` +
          '(the seed’s documents, each copy with its numbers varied and its regions swapped)',
      );
    } else console.log(`corpus: ${corpus}`);
    console.log(`facts: NDJSON of every fact, 1 worker and ${workers}, interleaved, ${runs} runs each`);
    const one: ChildResult[] = [];
    const many: ChildResult[] = [];
    const checks: number[] = [];
    for (let run = 0; run < runs; run++) {
      for (const [n, into] of [
        [1, one],
        [workers, many],
      ] as const) {
        checks.push(cpuCheck());
        const result = runChild(['facts', corpus, String(n)]);
        into.push(result);
        console.log(
          `  run ${run + 1}, ${n} worker${n > 1 ? 's' : ''}: ${fixed(result.ms / 1000, 2)} s, ` +
            `${fixed(mbps(result))} MB/s, CPU ${fixed(result.cpuMs / 1000, 2)} s ` +
            `(${fixed(result.cpuMs / result.ms, 2)} cores), peak RSS ${fixed(result.maxRssMb, 0)} MB`,
        );
      }
    }
    const best = (rs: ChildResult[]) => Math.max(...rs.map(mbps));
    const pairRatios = one.map((r, k) => mbps(many[k]!) / mbps(r));
    const ratio = best(many) / best(one);
    console.log(
      `  1 worker: ${fixed(best(one))} MB/s (median ${fixed(median(one.map(mbps)))}), ` +
        `peak RSS ${fixed(Math.max(...one.map((r) => r.maxRssMb)), 0)} MB`,
    );
    console.log(
      `  ${workers} workers: ${fixed(best(many))} MB/s (median ${fixed(median(many.map(mbps)))}), ` +
        `peak RSS ${fixed(Math.max(...many.map((r) => r.maxRssMb)), 0)} MB`,
    );
    console.log(
      `  ${workers} workers / 1: ${fixed(ratio, 2)}× best to best; run by run ${pairRatios.map((r) => fixed(r, 2)).join(', ')}`,
    );
    // CPU time counts the work, not the waiting: what the threads cost beyond one, in warm-up (each
    // compiles the rules again), copies between threads and contention for memory.
    const leastCpu = (rs: ChildResult[]) => Math.min(...rs.map((r) => r.cpuMs));
    console.log(
      `  CPU time (least of the runs): 1 worker ${fixed(leastCpu(one) / 1000, 2)} s, ${workers} workers ` +
        `${fixed(leastCpu(many) / 1000, 2)} s (+${fixed((leastCpu(many) / leastCpu(one) - 1) * 100, 0)}% for the same work)`,
    );
    console.log(
      `  machine: a fixed CPU loop took ${fixed(Math.min(...checks), 0)}–${fixed(Math.max(...checks), 0)} ms ` +
        '(the spread is what others running on the machine cost)',
    );
    const bars = [
      `${workers} workers ≥ ${SPEEDUP_BAR}× one: ${ratio >= SPEEDUP_BAR ? 'met' : 'not met'}`,
      `one worker ≥ ${ONE_WORKER_BAR_MB_S} MB/s: ${best(one) >= ONE_WORKER_BAR_MB_S ? 'met' : 'not met'}`,
    ];
    console.log(`  bars: ${bars.join('; ')}`);
    if (!values['no-load']) {
      const loads = Array.from({ length: runs }, () => runChild(['load', corpus!, String(workers), dir]));
      const fastest = [...loads].sort((a, b) => a.ms - b.ms)[0]!;
      const t = fastest.timings!;
      const part = (ms: number) => `${fixed(ms / 1000, 2)} s`;
      console.log(
        `load: ${fastest.documents} documents, ${fastest.facts} facts into DuckDB on ${fastest.workers} workers: ` +
          `${fixed(mbps(fastest))} MB/s (best of ${runs}; median ${fixed(median(loads.map(mbps)))}), ` +
          `peak RSS ${fixed(Math.max(...loads.map((r) => r.maxRssMb)), 0)} MB`,
      );
      console.log(
        `  read+decode ${part(t.readMs)}, extract ${part(t.extractMs)} (thread time, all workers), ` +
          `DuckDB ${part(t.writeMs)} (of which the API's derived tables ${part(t.derivedMs)})`,
      );
    }
    if (values.profile) {
      const profileDir = join(dir, 'profile');
      runChild(['facts', corpus, '1'], ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
      const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
      if (file) {
        console.log('hottest functions of one worker (self time):');
        for (const line of topFunctions(join(profileDir, file))) console.log(`  ${line}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
