import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type AnyJson, json } from '../testing/http.js';
import { useSeedServer } from '../testing/listen.js';

const server = useSeedServer();

const get = (path: string) => fetch(`${server.url}${path}`);

describe('the whole dataset for download (real HTTP)', () => {
  it('lists the files and describes every column of the facts', async () => {
    const body = await json(await get('/api/downloads'));
    expect(body.files.map((f: AnyJson) => f.name)).toEqual(['facts.csv', 'facts.parquet', 'gwr.duckdb']);
    expect(body.dictionary.table).toBe('v_facts');
    expect(body.dictionary.columns.length).toBeGreaterThan(15);
    for (const column of body.dictionary.columns) expect(column.description, column.name).not.toBe('');
  });

  it('sends every fact as CSV, in the dictionary columns', async () => {
    const [res, health, index] = await Promise.all([
      get('/api/downloads/facts.csv'),
      get('/api/health').then(json),
      get('/api/downloads').then(json),
    ]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('facts.csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    // A byte-order mark first, so spreadsheet programs read the Chinese as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(index.dictionary.columns.map((c: AnyJson) => c.name).join(','));
    // No evidence in the seed spans a line, so a line is a fact.
    expect(lines.length - 1).toBe(health.database.facts);
  });

  it('sends the facts as Parquet and the store as it is on disk', async () => {
    const parquet = Buffer.from(await (await get('/api/downloads/facts.parquet')).arrayBuffer());
    expect(parquet.subarray(0, 4).toString()).toBe('PAR1');
    expect(parquet.subarray(-4).toString()).toBe('PAR1');
    const res = await get('/api/downloads/gwr.duckdb');
    const etag = res.headers.get('etag');
    expect(Buffer.from(await res.arrayBuffer()).equals(await readFile(server.dbPath))).toBe(true);
    // Unchanged since: nothing to send again.
    expect(
      (await fetch(`${server.url}/api/downloads/gwr.duckdb`, { headers: { 'If-None-Match': etag! } })).status,
    ).toBe(304);
  });

  it('refuses a file that is not one of them', async () => {
    expect((await get('/api/downloads/passwd')).status).toBe(400);
  });
});
