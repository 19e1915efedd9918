/**
 * `v_scorecard`: targets against results in SQL, one row per region, indicator, measure and year,
 * for analysts who query the store directly. Its status follows the rules of attainment.ts (a test
 * checks the two agree on the seed); the API computes its scorecard with those rules in code.
 *
 * When the text states a figure more than once, one fact stands for it: a result from the review,
 * a target from the main targets, then the numbered tasks; then an exact figure; then the first.
 * That pick is made once, at build time, into the derived table `scorecard_facts` (DERIVED_DDL in
 * duckdb-schema.ts, created before the views); the view reads its catalog rows.
 */
import { ABOUT_TOLERANCE } from './attainment.js';

/** Order of the facts that state one figure: the first stands for it (fact-pick.ts in the API). */
export const PICK_ORDER = `
  CASE WHEN f.kind = 'actual'
       THEN CASE f.section WHEN 'review' THEN 0 WHEN 'body' THEN 1 ELSE 2 END
       ELSE CASE f.section WHEN 'targets' THEN 0 WHEN 'tasks' THEN 1 ELSE 2 END END,
  CASE f.qualifier WHEN 'exact' THEN 0 ELSE 1 END, f.evidence_start, f.fact_id`;

export const SCORECARD_VIEW_DDL = `
CREATE VIEW v_scorecard AS
WITH picked AS (SELECT * FROM scorecard_facts WHERE indicator IS NOT NULL),
results AS (SELECT * FROM picked WHERE kind = 'actual'),
targets AS (SELECT * FROM picked WHERE kind = 'target'),
paired AS (
  SELECT coalesce(a.region, t.region) AS region, coalesce(a.region_code, t.region_code) AS region_code,
         coalesce(a.indicator, t.indicator) AS indicator, coalesce(a.measure, t.measure) AS measure,
         coalesce(a.year, t.year) AS year, coalesce(a.unit, t.unit) AS unit,
         a.fact_id AS result_fact_id, a.value AS result_value, a.value_max AS result_value_max,
         a.qualifier AS result_qualifier, a.unit AS result_unit,
         t.fact_id AS target_fact_id, t.value AS target_value, t.value_max AS target_value_max,
         t.qualifier AS target_qualifier, t.unit AS target_unit
  FROM results a
  FULL JOIN targets t
    ON t.region = a.region AND t.region_code IS NOT DISTINCT FROM a.region_code
   AND t.indicator = a.indicator AND t.measure = a.measure AND t.year = a.year
),
bounded AS (
  SELECT p.*, i.zh AS indicator_zh, i.en AS indicator_en, i.direction,
         prev.value AS previous_result_value, prev.fact_id AS previous_result_fact_id,
         CASE WHEN p.result_qualifier = 'range' AND p.result_value_max IS NOT NULL
              THEN (p.result_value + p.result_value_max) / 2 ELSE p.result_value END AS result_point,
         CASE WHEN p.target_qualifier = 'at_least' THEN p.target_value >= 0
              WHEN p.target_qualifier = 'at_most' THEN p.target_value < 0
              ELSE i.direction = 'higher' END AS is_floor,
         CASE WHEN p.target_qualifier = 'range'
              THEN CASE WHEN i.direction = 'higher' THEN least(p.target_value, coalesce(p.target_value_max, p.target_value))
                        ELSE greatest(p.target_value, coalesce(p.target_value_max, p.target_value)) END
              ELSE p.target_value END AS target_bound,
         CASE WHEN p.target_qualifier = 'about' THEN abs(p.target_value) * ${ABOUT_TOLERANCE} ELSE 0 END AS slack
  FROM paired p
  LEFT JOIN indicators i ON i.id = p.indicator
  LEFT JOIN results prev
    ON prev.region = p.region AND prev.region_code IS NOT DISTINCT FROM p.region_code
   AND prev.indicator = p.indicator AND prev.measure = p.measure AND prev.year = p.year - 1
)
SELECT region, region_code, indicator, indicator_zh, indicator_en, direction, measure, year, unit,
       result_fact_id, result_value, result_value_max, result_qualifier,
       target_fact_id, target_value, target_value_max, target_qualifier,
       CASE
         WHEN measure = 'attainment_pct' AND result_value IS NOT NULL
           THEN CASE WHEN result_value >= 100 - 1e-9 THEN 'met'
                     WHEN result_qualifier = 'at_least' THEN 'unknown' ELSE 'missed' END
         WHEN result_value IS NULL AND target_value IS NULL THEN 'unknown'
         WHEN result_value IS NULL THEN 'pending'
         WHEN target_value IS NULL THEN 'no_target'
         WHEN result_unit <> target_unit THEN 'unknown'
         WHEN is_floor AND result_point >= target_bound - slack - 1e-9 THEN 'met'
         WHEN NOT is_floor AND result_point <= target_bound + slack + 1e-9 THEN 'met'
         WHEN (is_floor AND result_qualifier = 'at_least') OR (NOT is_floor AND result_qualifier = 'at_most')
           THEN 'unknown'
         ELSE 'missed'
       END AS status,
       round(CASE WHEN measure = 'attainment_pct' THEN result_value - 100
                  WHEN result_unit = target_unit THEN result_point - target_bound END, 9) AS gap,
       previous_result_fact_id, previous_result_value,
       round(CASE WHEN target_unit = unit THEN target_bound - previous_result_value END, 9) AS ambition_delta
FROM bounded;`;
