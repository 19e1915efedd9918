/**
 * The DuckDB schema of the store: tables written by the loader and the stable views analysts query.
 * Offsets (`*_start`, `*_end`) are character offsets into the decoded source file.
 */

import { PICK_ORDER, SCORECARD_TABLE_DDL, SCORECARD_VIEW_DDL } from './scorecard-view.js';

/** Bump when tables or views change: the server rebuilds a store written with another version. */
export const SCHEMA_VERSION = 8;

export const TABLES_DDL = `
CREATE TABLE meta (
  key VARCHAR PRIMARY KEY,
  value VARCHAR
);
CREATE TABLE regions (
  region_code VARCHAR,
  name VARCHAR NOT NULL,
  level VARCHAR NOT NULL,
  parent_code VARCHAR,
  parent_name VARCHAR,
  province_name VARCHAR
);
CREATE TABLE indicators (
  id VARCHAR PRIMARY KEY,
  zh VARCHAR NOT NULL,
  en VARCHAR NOT NULL,
  measures VARCHAR[] NOT NULL,
  level_unit VARCHAR,
  direction VARCHAR NOT NULL,
  aliases VARCHAR[] NOT NULL,
  years_from INTEGER,
  years_to INTEGER
);
CREATE TABLE documents (
  doc_id VARCHAR PRIMARY KEY,
  source_file VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  source_tag VARCHAR,
  published DATE,
  report_date DATE,
  report_year INTEGER,
  region VARCHAR,
  region_code VARCHAR,
  session VARCHAR,
  speaker VARCHAR,
  speaker_title VARCHAR,
  title_start INTEGER NOT NULL,
  title_end INTEGER NOT NULL,
  body_start INTEGER NOT NULL,
  body_end INTEGER NOT NULL,
  char_count INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  superseded_by VARCHAR
);
CREATE TABLE sections (
  doc_id VARCHAR NOT NULL,
  ordinal INTEGER NOT NULL,
  kind VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL
);
CREATE TABLE spam_fragments (
  doc_id VARCHAR NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  reason VARCHAR NOT NULL
);
CREATE TABLE facts (
  fact_id VARCHAR NOT NULL,
  doc_id VARCHAR NOT NULL,
  region VARCHAR,
  region_code VARCHAR,
  indicator VARCHAR,
  kind VARCHAR NOT NULL,
  year INTEGER,
  measure VARCHAR NOT NULL,
  value DOUBLE NOT NULL,
  value_max DOUBLE,
  unit VARCHAR NOT NULL,
  qualifier VARCHAR NOT NULL,
  label VARCHAR,
  section VARCHAR NOT NULL,
  basis VARCHAR,
  reason VARCHAR NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text VARCHAR NOT NULL
);
`;

/**
 * Tables derived from the facts once they are loaded (the store never changes afterwards), each
 * stored in the order of the questions it answers so DuckDB's zone maps skip the rest:
 * - `scorecard_facts`: what a scorecard reads — for each region, indicator, measure, kind and year
 *   the one fact that stands for the figure (PICK_ORDER), and every attainment share outside the
 *   catalog (完成…的133%) — sorted by region and year. A scorecard is then one read of a few hundred
 *   rows instead of a scan of the region's history and a pick in code. The window picks row ids
 *   over the few columns it needs and the rows are joined back: a window over whole rows ran out
 *   of the loader's 128 MB memory limit on a million facts, where this takes ~4 s.
 * - `scorecard_years`: the years of each region's scorecard_facts, by kind; a few thousand rows,
 *   so finding a region's years costs a third of an aggregate over its facts.
 * - `scorecard`: created empty here and filled by the builder with scorecard.ts's rows (targets
 *   against results, the attainment rules applied once), sorted by region and year.
 * - `facts_by_indicator`: the catalog facts again (indicator not null), sorted by indicator,
 *   measure and year, for questions across regions (compare, facts of one indicator for every
 *   region): sorted by region, the facts table makes those scan every row. Only an indicator
 *   filter reads it, and no such filter matches a commitment outside the catalog (indicator null),
 *   which are three facts in four on the bench corpus: leaving them out makes the copy a quarter
 *   of the size and the build ~0.1 s faster at 20 MB.
 */
/**
 * A fact of a document no later version replaced. A corrected report (same region, year and kind,
 * added later) supersedes the earlier one: the earlier stays in `documents` and `facts` as history
 * (`v_superseded_facts`) and leaves every derived table and `v_facts`.
 */
const CURRENT = `f.doc_id NOT IN (SELECT doc_id FROM documents WHERE superseded_by IS NOT NULL)`;

/**
 * The facts scorecard_facts holds, over the facts `scope` admits (an SQL condition on facts `f`):
 * per region, indicator, measure, kind and year the first by PICK_ORDER, and every share of tasks.
 */
const pickedFacts = (scope: string) => `
  WITH picked AS (
    SELECT rid FROM (
      SELECT f.rowid AS rid, row_number() OVER (
        PARTITION BY f.region, f.region_code, f.indicator, f.measure, f.kind, f.year ORDER BY ${PICK_ORDER}) AS rn
      FROM facts f
      WHERE f.region IS NOT NULL AND f.year IS NOT NULL AND f.indicator IS NOT NULL AND ${CURRENT} AND ${scope}
    ) WHERE rn = 1
    UNION ALL
    SELECT f.rowid FROM facts f
    WHERE f.region IS NOT NULL AND f.year IS NOT NULL AND f.indicator IS NULL AND f.measure = 'attainment_pct'
      AND ${CURRENT} AND ${scope}
  )
  SELECT f.* FROM facts f SEMI JOIN picked p ON f.rowid = p.rid
  ORDER BY region_code NULLS LAST, region, year, kind, indicator NULLS LAST, measure, evidence_start, fact_id`;

const SCORECARD_YEARS = `
  SELECT region, region_code, kind, list_sort(list_distinct(list(year))) AS years
  FROM scorecard_facts
  GROUP BY region, region_code, kind
  ORDER BY region_code NULLS LAST, region, kind`;

const catalogFacts = (scope: string) => `
  SELECT * FROM facts f WHERE indicator IS NOT NULL AND ${CURRENT} AND ${scope}
  ORDER BY indicator, measure, year NULLS LAST, region_code NULLS LAST, region, fact_id`;

export const DERIVED_DDL = `
CREATE TABLE scorecard_facts AS ${pickedFacts('true')};
CREATE TABLE scorecard_years AS ${SCORECARD_YEARS};
CREATE TABLE facts_by_indicator AS ${catalogFacts('true')};
${SCORECARD_TABLE_DDL}
`;

/** A row of a derived table about one of the regions in the temporary table `touched_regions`. */
export const TOUCHED = `(f.region, coalesce(f.region_code, '')) IN (SELECT region, coalesce(region_code, '') FROM touched_regions)`;

/**
 * The derived tables brought up to date for the regions in the temporary table
 * `touched_regions (region, region_code)` — those of documents added or superseded — and nothing
 * else: adding one report to a store of a million facts re-derives a few hundred rows, not the
 * store. The `scorecard` rows of those regions are deleted here and written again by the caller.
 */
export const REFRESH_DERIVED_DDL = `
DELETE FROM scorecard_facts AS f WHERE ${TOUCHED};
INSERT INTO scorecard_facts ${pickedFacts(TOUCHED)};
DELETE FROM facts_by_indicator AS f WHERE ${TOUCHED};
INSERT INTO facts_by_indicator ${catalogFacts(TOUCHED)};
DELETE FROM scorecard AS f WHERE ${TOUCHED};
DROP TABLE scorecard_years;
CREATE TABLE scorecard_years AS ${SCORECARD_YEARS};
`;

/**
 * Views are the analysts' contract: their queries keep working when tables change.
 * Created after the data is loaded.
 */
export const VIEWS_DDL = `
CREATE VIEW v_documents AS
  SELECT doc_id, kind, title, source_tag, published, report_date, report_year, region, region_code,
         session, speaker, speaker_title, char_count, source_file, body_start, body_end, superseded_by
  FROM documents;
CREATE VIEW v_superseded_facts AS
  SELECT d.superseded_by, f.* FROM facts f JOIN documents d USING (doc_id) WHERE d.superseded_by IS NOT NULL;
CREATE VIEW v_facts AS
  SELECT f.fact_id, f.doc_id, d.title AS doc_title, d.kind AS doc_kind, f.region, f.region_code,
         r.level AS region_level, f.indicator, i.zh AS indicator_zh, i.en AS indicator_en, f.kind,
         f.year, f.measure, f.value, f.value_max, f.unit, f.qualifier, f.label, f.section,
         f.basis, f.reason, f.evidence_start, f.evidence_end, f.evidence_text
  FROM facts f
  JOIN documents d USING (doc_id)
  LEFT JOIN indicators i ON i.id = f.indicator
  LEFT JOIN regions r ON r.region_code IS NOT DISTINCT FROM f.region_code AND r.name = f.region
  WHERE d.superseded_by IS NULL;
CREATE VIEW v_regions AS SELECT * FROM regions;
CREATE VIEW v_indicators AS SELECT id, zh, en, measures, level_unit, direction, years_from, years_to FROM indicators;
CREATE VIEW v_sections AS SELECT * FROM sections;
CREATE VIEW v_spam_fragments AS SELECT * FROM spam_fragments;
${SCORECARD_VIEW_DDL}
`;
