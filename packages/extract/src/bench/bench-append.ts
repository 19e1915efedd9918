/**
 * Measures the bulk-write paths of @duckdb/node-api on fact-shaped rows, to choose the loader's:
 * the appender value by value, and data chunks filled column by column (`setColumnValues`) and
 * handed to `appendDataChunk`. Run: `node dist/bench/bench-append.js [rows]`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBAppender, DuckDBDataChunk, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { TABLES_DDL } from '@gwr/domain';
import { DUCKDB_OFFLINE_OPTIONS } from '../node/duckdb-options.js';

const rows = Number(process.argv[2] ?? 500_000);
const indicators = ['gdp', 'fiscal_revenue', 'retail_sales', 'fixed_asset_investment', null];
const regions = ['瓯海区', '庆元县', '衢州市', '阿克苏地区'];

/** One fact-shaped row, in the `facts` table's column order. */
function row(i: number): (string | number | null)[] {
  return [
    `f${i.toString(16).padStart(12, '0')}`,
    `d${(i >> 8).toString(16).padStart(15, '0')}`,
    regions[i % regions.length]!,
    '330304',
    indicators[i % indicators.length]!,
    i % 2 ? 'actual' : 'target',
    2017 + (i % 2),
    'growth_pct',
    (i % 1000) / 10,
    i % 7 ? null : 6.5,
    '%',
    'about',
    i % 5 ? null : '新增公共停车位',
    'review',
    i * 40,
    i * 40 + 30,
    '财政总收入59.2亿元、增长8.3%,一般公共预算收入33.6亿元',
  ];
}

function appendByValue(appender: DuckDBAppender): void {
  for (let i = 0; i < rows; i++) {
    for (const cell of row(i)) {
      if (cell === null) appender.appendNull();
      else if (typeof cell === 'string') appender.appendVarchar(cell);
      else if (Number.isInteger(cell)) appender.appendInteger(cell);
      else appender.appendDouble(cell);
    }
    appender.endRow();
  }
}

function appendByChunk(appender: DuckDBAppender): void {
  const types = Array.from({ length: appender.columnCount }, (_, c) => appender.columnType(c));
  const size = 2048;
  for (let start = 0; start < rows; start += size) {
    const n = Math.min(size, rows - start);
    const columns: DuckDBValue[][] = types.map(() => new Array(n));
    for (let r = 0; r < n; r++) {
      const cells = row(start + r);
      for (let c = 0; c < cells.length; c++) columns[c]![r] = cells[c]!;
    }
    const chunk = DuckDBDataChunk.create(types, n);
    chunk.setColumns(columns);
    appender.appendDataChunk(chunk);
  }
}

async function time(name: string, fill: (appender: DuckDBAppender) => void): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'gwr-append-'));
  try {
    const instance = await DuckDBInstance.create(join(dir, 'b.duckdb'), { ...DUCKDB_OFFLINE_OPTIONS });
    const connection = await instance.connect();
    await connection.run(TABLES_DDL);
    const started = performance.now();
    const appender = await connection.createAppender('facts');
    fill(appender);
    appender.closeSync();
    const ms = performance.now() - started;
    const count = (await connection.runAndReadAll('SELECT count(*)::INT FROM facts')).getRows()[0]![0];
    console.log(
      `${name}: ${rows} rows in ${ms.toFixed(0)} ms (${((rows / ms) * 1000).toFixed(0)} rows/s); ${count} stored`,
    );
    connection.closeSync();
    instance.closeSync();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await time('appender, value by value', appendByValue);
await time('data chunks, setColumns + appendDataChunk', appendByChunk);
await time('appender, value by value (again, warm)', appendByValue);
await time('data chunks (again, warm)', appendByChunk);
