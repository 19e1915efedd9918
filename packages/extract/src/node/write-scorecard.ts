/**
 * Fills the store's `scorecard` table from its `scorecard_facts`: the attainment rules of
 * @gwr/domain (scorecard.ts) run here, once per build, and nowhere else. The picked facts are
 * streamed one region at a time (they arrive sorted by region), so memory holds one region's
 * series, not the corpus's.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { type ScorecardFact, type ScorecardRow, scorecardRows } from '@gwr/domain';

const pickedFacts = (where: string) => `
SELECT fact_id, region, region_code, indicator, kind, year, measure, value, value_max, unit, qualifier, label
FROM scorecard_facts f WHERE ${where}
ORDER BY region_code NULLS LAST, region, indicator NULLS LAST, measure, year, kind`;

const COLUMNS: (keyof ScorecardRow)[] = [
  'region',
  'region_code',
  'indicator',
  'measure',
  'year',
  'unit',
  'label',
  'result_fact_id',
  'target_fact_id',
  'status',
  'gap',
  'previous_result_fact_id',
  'ambition_delta',
  'ambition_verdict',
];

/** Writes the scorecard rows of the picked facts `where` admits (facts `f`; default: all). */
export async function writeScorecard(connection: DuckDBConnection, where = 'true'): Promise<number> {
  const appender = await connection.createAppender('scorecard');
  let written = 0;
  const flush = (facts: ScorecardFact[]) => {
    const rows = scorecardRows(facts).sort((a, b) => a.year - b.year);
    for (const row of rows) {
      for (const column of COLUMNS) {
        const cell = row[column];
        if (cell === null) appender.appendNull();
        else if (typeof cell === 'number')
          column === 'year' ? appender.appendInteger(cell) : appender.appendDouble(cell);
        else appender.appendVarchar(cell);
      }
      appender.endRow();
    }
    written += rows.length;
  };
  const result = await connection.stream(pickedFacts(where));
  let region: ScorecardFact[] = [];
  let regionKey = '';
  for await (const chunk of result.yieldRowObjectJs()) {
    for (const row of chunk) {
      const fact = row as unknown as ScorecardFact;
      const key = `${fact.region_code}\u0000${fact.region}`;
      if (key !== regionKey && region.length > 0) {
        flush(region);
        region = [];
      }
      regionKey = key;
      region.push(fact);
    }
  }
  flush(region);
  appender.closeSync();
  return written;
}
