/**
 * gwr-extract as a user runs it (dist/cli.js in a child process), checked against the library on
 * the same files: NDJSON facts with exactly the Fact fields, CSV and table forms of the same facts,
 * documents, usage errors and exit codes, a reader that stops early.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Fact, FactSchema } from '@gwr/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeCorpus } from '../src/bench/make-corpus.js';
import { displayWidth, padToWidth, truncateToWidth } from '../src/cli/display-width.js';
import { decode } from '../src/decode.js';
import { extractFile } from '../src/node/extract-file.js';
import { cliPath, ensureBuilt, fixturePath, runCli, seedPath, stderrLines } from './cli-helpers.js';

// Child processes (the CLI, DuckDB builds) are slow on a busy machine; time them generously.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

beforeAll(() => ensureBuilt(), 120_000);

const ndjson = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** A small RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

describe('gwr-extract facts (NDJSON)', () => {
  it('prints every fact of the seed, one object a line, with exactly the Fact fields', async () => {
    const run = await runCli(['facts', seedPath]);
    expect(run.code).toBe(0);
    const lines = ndjson(run.stdout);
    const { result } = await extractFile(seedPath);
    expect(result.facts.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(result.facts.length);
    const text = decode(readFileSync(seedPath)).text;
    for (const [i, line] of lines.entries()) {
      expect(Object.keys(line)).toEqual(Object.keys(FactSchema.shape));
      const fact = FactSchema.parse(line);
      expect(Object.keys(fact.evidence)).toEqual(['start', 'end', 'text']);
      expect(text.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
      expect(fact.fact_id).toBe(result.facts[i]!.fact_id);
    }
  });

  it.each([
    ['excerpt.gbk.txt'],
    ['excerpt.utf16le.txt'],
    ['excerpt.utf16be-bom.txt'],
    ['excerpt.utf8-bom.txt'],
  ])(
    '%s gives the same facts as the UTF-8 original (offsets count characters after the BOM)',
    async (name) => {
      const original = await runCli(['facts', fixturePath('excerpt.utf8.txt')]);
      const encoded = await runCli(['facts', fixturePath(name)]);
      expect(encoded.code).toBe(0);
      expect(encoded.stderr).toBe('');
      expect(ndjson(original.stdout).length).toBeGreaterThan(0);
      expect(ndjson(encoded.stdout)).toEqual(ndjson(original.stdout));
    },
  );

  it('Big5 and UTF-8 traditional text give the same facts, as the simplified text does', async () => {
    const big5 = ndjson((await runCli(['facts', fixturePath('traditional.big5.txt')])).stdout);
    const utf8 = ndjson((await runCli(['facts', fixturePath('traditional.utf8.txt')])).stdout);
    const simplified = ndjson((await runCli(['facts', fixturePath('excerpt.utf8.txt')])).stdout);
    expect(big5).toEqual(utf8);
    // Same numbers read from the same places; only the evidence text differs in its characters.
    const shape = (f: Record<string, unknown>) => {
      const { evidence, fact_id, doc_id, label, ...rest } = f as Fact & Record<string, unknown>;
      return { ...rest, start: evidence.start, end: evidence.end };
    };
    expect(big5.map(shape)).toEqual(simplified.map(shape));
  });

  it('several files: the facts of each in order, nothing but facts on stdout', async () => {
    const one = ndjson((await runCli(['facts', fixturePath('excerpt.utf8.txt')])).stdout);
    const run = await runCli(['facts', fixturePath('excerpt.utf8.txt'), fixturePath('truncated.utf8.txt')]);
    expect(run.code).toBe(0);
    const both = ndjson(run.stdout);
    expect(both.slice(0, one.length)).toEqual(one);
    expect(both.length).toBeGreaterThan(one.length);
  });

  it('a sentence that names no region: no facts, one warning naming the file, still success', async () => {
    const run = await runCli(['facts', fixturePath('sentence.gbk.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([
      expect.stringMatching(
        /^gwr-extract: warning: \S*sentence\.gbk\.txt: .*names no region it is about: 4 figures left unread$/,
      ),
    ]);
  });
});

describe('gwr-extract facts on every core', () => {
  it('prints the same facts, byte for byte, with one thread or several (and a bad --workers is a usage error)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gwr-workers-'));
    try {
      // Two files of about 3 MB: each is read in slices by the worker threads.
      const corpus = await makeCorpus(seedPath, dir, 6, 3);
      const one = await runCli(['facts', '--workers', '1', ...corpus.files], { timeoutMs: 120_000 });
      const two = await runCli(['facts', '--workers', '2', ...corpus.files], { timeoutMs: 120_000 });
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(two.stdout.split('\n').length).toBeGreaterThan(1000);
      expect(two.stdout).toBe(one.stdout);
      const csvOne = await runCli(['facts', '-f', 'csv', '--workers', '1', corpus.files[0]!], {
        timeoutMs: 120_000,
      });
      const csvTwo = await runCli(['facts', '-f', 'csv', '--workers', '2', corpus.files[0]!], {
        timeoutMs: 120_000,
      });
      expect(csvTwo.stdout).toBe(csvOne.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const bad = await runCli(['facts', '--workers', '0', seedPath]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--workers/);
  }, 240_000);
});

describe('gwr-extract facts --format csv|table', () => {
  it('CSV: a header of the Fact fields (evidence in three columns), the same facts as NDJSON', async () => {
    const json = ndjson((await runCli(['facts', seedPath])).stdout) as unknown as Fact[];
    const run = await runCli(['facts', seedPath, '--format', 'csv']);
    expect(run.code).toBe(0);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header).toEqual([
      ...Object.keys(FactSchema.shape).filter((k) => k !== 'evidence'),
      'evidence_start',
      'evidence_end',
      'evidence_text',
    ]);
    expect(rows).toHaveLength(json.length);
    for (const [i, row] of rows.entries()) {
      const record = Object.fromEntries(header!.map((h, j) => [h, row[j]]));
      const fact = json[i]!;
      expect(record.fact_id).toBe(fact.fact_id);
      expect(Number(record.value)).toBe(fact.value);
      expect(record.value_max === '' ? null : Number(record.value_max)).toBe(fact.value_max);
      expect(record.indicator === '' ? null : record.indicator).toBe(fact.indicator);
      expect(Number(record.evidence_start)).toBe(fact.evidence.start);
      expect(record.evidence_text).toBe(fact.evidence.text);
    }
  });

  it('table: columns line up in a terminal, counting Chinese characters as two columns', async () => {
    const run = await runCli(['facts', seedPath, '-f', 'table']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    const facts = ndjson((await runCli(['facts', seedPath])).stdout);
    expect(lines).toHaveLength(facts.length + 2); // header, rule, one row a fact
    const header = lines[0]!;
    const evidenceColumn = displayWidth(header.slice(0, header.indexOf('evidence')));
    for (const line of lines.slice(2)) {
      // The evidence column starts at the same terminal column in every row.
      let width = 0;
      let i = 0;
      while (i < line.length && width < evidenceColumn) width += displayWidth(line[i++]!);
      expect(width).toBe(evidenceColumn);
      expect(line[i - 1]).toBe(' ');
      expect(line[i]).not.toBe(' ');
    }
  });
});

describe('gwr-extract documents', () => {
  it('one NDJSON line per document, every field but the body text', async () => {
    const run = await runCli(['documents', seedPath]);
    expect(run.code).toBe(0);
    const docs = ndjson(run.stdout);
    const { result } = await extractFile(seedPath);
    expect(docs.map((d) => d.doc_id)).toEqual(result.documents.map((d) => d.doc_id));
    for (const [i, doc] of docs.entries()) {
      expect(doc).not.toHaveProperty('text');
      expect(doc.char_count).toBe(result.documents[i]!.text.length);
      expect(doc.title).toBe(result.documents[i]!.title);
    }
  });
});

describe('offsets for other languages', () => {
  it('counts characters as code points, so an emoji before a figure shifts nothing (as Python slices)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gwr-emoji-'));
    try {
      const file = join(dir, 'digest.txt');
      const text = '📈 某县两会速览\n🌟庆元县2019年经济运行:1️⃣全县地区生产总值增长7%,财政总收入增长9%。\n';
      writeFileSync(file, text);
      const chars = Array.from(text);
      const slice = (start: number, end: number) => chars.slice(start, end).join('');
      const facts = ndjson((await runCli(['facts', file])).stdout) as unknown as Fact[];
      expect(facts.map((f) => f.indicator)).toEqual(['gdp', 'fiscal_total_revenue']);
      for (const f of facts) expect(slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
      const csv = parseCsv((await runCli(['facts', file, '--format', 'csv'])).stdout);
      expect(csv.slice(1).map((row) => [Number(row[16]), Number(row[17])])).toEqual(
        facts.map((f) => [f.evidence.start, f.evidence.end]),
      );
      const [doc] = ndjson((await runCli(['documents', file])).stdout) as unknown as {
        title: string;
        title_span: { start: number; end: number };
        body_span: { start: number; end: number };
        char_count: number;
      }[];
      expect(slice(doc!.title_span.start, doc!.title_span.end)).toBe(doc!.title);
      expect(doc!.body_span.end - doc!.body_span.start).toBe(doc!.char_count);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('usage', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^gwr-extract: /);
    for (const command of ['facts', 'documents', 'load', '--format', '--db'])
      expect(run.stdout).toContain(command);
  });

  it.each([
    [[], /no command given/],
    [['extract', 'x.txt'], /unknown command "extract"/],
    [['facts'], /facts: no input file given/],
    [['facts', 'x.txt', '--format', 'xml'], /unknown format "xml"/],
    [['facts', 'x.txt', '--bogus'], /Unknown option '--bogus'/],
    [['load', 'x.txt'], /load: give --db <path.duckdb> or --lake <folder> \(one of them\)/],
    [['load', 'x.txt', '--db', 'x.duckdb', '--lake', 'lake'], /load: give --db <path.duckdb> or --lake/],
    [['facts', 'x.txt', '--lake', 'lake'], /--lake applies to load only/],
    [['facts', 'x.txt', '--db', 'x.duckdb'], /--db applies to load only/],
    [['documents', 'x.txt', '-k'], /--keep-going applies to load only/],
  ])('%j → exit 2 and a hint', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = stderrLines(run);
    expect(lines[0]).toMatch(message);
    expect(lines[0]!.startsWith('gwr-extract: ')).toBe(true);
    expect(lines[1]).toBe("Try 'gwr-extract --help'.");
  });
});

describe('a reader that stops early (`gwr-extract facts … | head`)', () => {
  it('ends quietly, without an EPIPE stack trace', async () => {
    const args = [cliPath, 'facts', ...Array.from({ length: 30 }, () => seedPath)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s])),
    );
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('terminal widths', () => {
  it('counts CJK ideographs and full-width punctuation as two columns, ASCII as one', () => {
    expect(displayWidth('瓯海区')).toBe(6);
    expect(displayWidth('GDP增长7.5%')).toBe(11);
    expect(displayWidth('(一)')).toBe(4);
    expect(displayWidth('\uff08一\uff09、')).toBe(8); // full-width （一）、
    expect(displayWidth('a\u2060b')).toBe(2); // the word joiner takes no column
    expect(truncateToWidth('地区生产总值增长', 7)).toBe('地区生…');
    expect(displayWidth(truncateToWidth('地区生产总值增长', 7))).toBeLessThanOrEqual(7);
    expect(padToWidth('7.5', 6, 'right')).toBe('   7.5');
    expect(displayWidth(padToWidth('瓯海', 6))).toBe(6);
  });
});

describe('progress bar', () => {
  let dir: string;
  let big: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gwr-progress-'));
    big = join(dir, 'big.txt');
    // Over 5 MB: the seed's page forty times over.
    writeFileSync(big, readFileSync(seedPath, 'utf8').repeat(40));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is drawn on stderr when it is a terminal and the input is over 5 MB', () => {
    // `script` gives the CLI a pseudo-terminal; stdout goes to /dev/null inside it.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} facts ${JSON.stringify(big)} > /dev/null`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\r\[#* *\] +\d+% [\d.]+\/[\d.]+ MB [\d.]+ MB\/s /);
    expect(run.stdout).toContain('\r\x1b[K'); // erased at the end
  });

  it('is not drawn when stderr is not a terminal', async () => {
    const run = await runCli(['facts', big]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).not.toContain('MB/s');
  });
});
