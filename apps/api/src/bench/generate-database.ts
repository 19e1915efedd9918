/**
 * Generates a store of over a million facts for the benchmark, entirely in SQL: synthetic county
 * regions, one work report per region and year, and for each region, catalog indicator, measure
 * and year a result and a target. Facts are written sorted by region and indicator (STYLE.md), so
 * zone maps let a region's scorecard skip most of the table.
 */
import { rm } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  allRegionNames,
  DERIVED_DDL,
  INDICATORS,
  regionCandidates,
  SCHEMA_VERSION,
  TABLES_DDL,
  VIEWS_DDL,
} from '@gwr/domain';
import { extractorFingerprint, writeScorecard } from '@gwr/extract/node';

export interface GeneratedDatabase {
  dbPath: string;
  facts: number;
  regions: number;
  regionNames: string[];
  years: number[];
  elapsedMs: number;
}

const FIRST_YEAR = 2013;
const YEARS = 12;

/**
 * Real county names and codes (GB/T 2260), in code order: string zone maps keep only a prefix of
 * each value, so made-up names sharing a prefix (区域0001, 区域0002…) would defeat them in a way
 * real names do not.
 */
function countyRegions(count: number): { name: string; code: string }[] {
  const seen = new Set<string>();
  const counties: { name: string; code: string }[] = [];
  for (const name of allRegionNames()) {
    if (!/[县区]$/.test(name)) continue;
    const candidates = regionCandidates(name).filter(
      (r) => r.level === 'county' && r.code && r.name === name,
    );
    if (candidates.length !== 1 || seen.has(name)) continue;
    seen.add(name);
    counties.push({ name, code: candidates[0]!.code! });
  }
  counties.sort((a, b) => a.code.localeCompare(b.code));
  if (counties.length < count)
    throw new Error(`only ${counties.length} distinct county names for ${count} regions`);
  return counties.slice(0, count);
}

export async function generateDatabase(dbPath: string, minFacts = 1_000_000): Promise<GeneratedDatabase> {
  const started = performance.now();
  await rm(dbPath, { force: true });
  await rm(`${dbPath}.wal`, { force: true });
  const measuresPerRegionYear = INDICATORS.reduce((n, i) => n + i.measures.length, 0);
  const regions = Math.ceil(minFacts / (measuresPerRegionYear * YEARS * 2));
  const instance = await DuckDBInstance.create(dbPath, {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const c = await instance.connect();
  try {
    await c.run(TABLES_DDL);
    const indicatorRows = INDICATORS.map(
      (i) =>
        `(${[i.id, i.zh, i.en].map((s) => `'${s.replace(/'/g, "''")}'`).join(', ')}, ` +
        `[${i.measures.map((m) => `'${m}'`).join(', ')}]::VARCHAR[], ${i.levelUnit ? `'${i.levelUnit}'` : 'NULL'}, '${i.direction}', []::VARCHAR[], NULL, NULL)`,
    );
    await c.run(`INSERT INTO indicators VALUES ${indicatorRows.join(',\n')}`);
    const counties = countyRegions(regions);
    await c.run('CREATE TEMP TABLE gen_regions (n INTEGER, name VARCHAR, code VARCHAR)');
    await c.run(
      `INSERT INTO gen_regions VALUES ${counties.map((r, i) => `(${i}, '${r.name}', '${r.code}')`).join(', ')}`,
    );
    await c.run(`
      INSERT INTO regions SELECT code, name, 'county', NULL, NULL, NULL FROM gen_regions;
      -- One report per region and year; the report of year y reviews y−1 and sets targets for y.
      INSERT INTO documents
        SELECT md5(name || y)[:16], 'bench', 'work_report', y || '年' || name || '政府工作报告', NULL,
               make_date(y::INTEGER, 2, 1), make_date(y::INTEGER, 2, 1), y, name, code, NULL, NULL, NULL,
               0, 20, 21, 221, 200, repeat('经济运行稳中有进。', 20), NULL
        FROM gen_regions, range(${FIRST_YEAR}, ${FIRST_YEAR + YEARS + 1}) t(y);
      INSERT INTO facts
        WITH grid AS (
          SELECT r.name, r.code, i.id, i.zh, i.level_unit, unnest(i.measures) AS measure
          FROM gen_regions r, indicators i
        ), rows AS (
          SELECT g.*, k.kind, y.y AS year, hash(g.name, g.id, g.measure, k.kind, y.y) AS h
          FROM grid g, (VALUES ('actual'), ('target')) k(kind), range(${FIRST_YEAR}, ${FIRST_YEAR + YEARS}) y(y)
        )
        SELECT md5(name || id || measure || kind || year)[:16] AS fact_id,
               md5(name || CASE kind WHEN 'actual' THEN year + 1 ELSE year END)[:16] AS doc_id,
               name, code, id, kind, year, measure,
               CASE measure WHEN 'level' THEN (1 + (h % 1000) / 100.0) * 1e9 ELSE 2 + (h % 100) / 10.0 END AS value,
               NULL, CASE measure WHEN 'level' THEN coalesce(level_unit, 'CNY') ELSE '%' END,
               ['exact', 'about', 'at_least', 'exact'][(1 + (h >> 8) % 4)::BIGINT], NULL,
               CASE kind WHEN 'actual' THEN 'review' ELSE 'targets' END, NULL, 'generated',
               100, 112, zh || '增长' || ((h % 100) / 10.0) || '%'
        FROM rows
        ORDER BY name, id, measure, year, kind;
    `);
    await c.run(DERIVED_DDL);
    await writeScorecard(c);
    await c.run(VIEWS_DDL);
    await c.run(`INSERT INTO meta VALUES ('schema_version', '${SCHEMA_VERSION}'),
      ('built_at', '${new Date().toISOString()}'), ('inputs', '["generated"]'),
      ('extractor', '${extractorFingerprint()}')`);
    await c.run('CHECKPOINT');
    const facts = Number((await c.runAndReadAll('SELECT count(*) FROM facts')).getRows()[0]![0]);
    const years = Array.from({ length: YEARS }, (_, i) => FIRST_YEAR + i);
    return {
      dbPath,
      facts,
      regions,
      regionNames: counties.map((r) => r.name),
      years,
      elapsedMs: performance.now() - started,
    };
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}
