/**
 * The scorecard in the store: the `scorecard` table (computed by scorecard.ts when the store is
 * built, the only place the attainment rules run) and `v_scorecard`, the analysts' view of it with
 * each side's figure, qualifier and document.
 *
 * When the text states a figure more than once, one fact stands for it: a result from the review,
 * a target from the main targets, then the numbered tasks; then an exact figure; then the first.
 * That pick is made once, at build time, into the derived table `scorecard_facts` (DERIVED_DDL in
 * duckdb-schema.ts); the scorecard pairs its rows.
 */

/** Order of the facts that state one figure: the first stands for it. */
export const PICK_ORDER = `
  CASE WHEN f.kind = 'actual'
       THEN CASE f.section WHEN 'review' THEN 0 WHEN 'body' THEN 1 ELSE 2 END
       ELSE CASE f.section WHEN 'targets' THEN 0 WHEN 'tasks' THEN 1 ELSE 2 END END,
  CASE f.qualifier WHEN 'exact' THEN 0 ELSE 1 END, f.evidence_start, f.fact_id`;

/** Rows of scorecard.ts's `ScorecardRow`, sorted by region and year when written. */
export const SCORECARD_TABLE_DDL = `
CREATE TABLE scorecard (
  region VARCHAR NOT NULL,
  region_code VARCHAR,
  indicator VARCHAR,
  measure VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  unit VARCHAR NOT NULL,
  label VARCHAR,
  result_fact_id VARCHAR,
  target_fact_id VARCHAR,
  status VARCHAR NOT NULL,
  gap DOUBLE,
  previous_result_fact_id VARCHAR,
  ambition_delta DOUBLE,
  ambition_verdict VARCHAR NOT NULL
);`;

export const SCORECARD_VIEW_DDL = `
CREATE VIEW v_scorecard AS
SELECT s.region, s.region_code, s.indicator, i.zh AS indicator_zh, i.en AS indicator_en, i.direction,
       s.measure, s.year, s.unit, s.label,
       s.result_fact_id, a.value AS result_value, a.value_max AS result_value_max,
       a.qualifier AS result_qualifier, a.doc_id AS result_doc_id,
       s.target_fact_id, t.value AS target_value, t.value_max AS target_value_max,
       t.qualifier AS target_qualifier, t.doc_id AS target_doc_id,
       s.status, s.gap, s.previous_result_fact_id, p.value AS previous_result_value,
       s.ambition_delta, s.ambition_verdict
FROM scorecard s
LEFT JOIN indicators i ON i.id = s.indicator
LEFT JOIN scorecard_facts a ON a.fact_id = s.result_fact_id
LEFT JOIN scorecard_facts t ON t.fact_id = s.target_fact_id
LEFT JOIN scorecard_facts p ON p.fact_id = s.previous_result_fact_id;`;
