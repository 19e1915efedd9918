/**
 * SQL fragments that shape facts as the API returns them, kept in one place so every endpoint
 * returns the same fact shape (FactRowSchema / FactRefSchema).
 */

/** Columns of a FactRow, over `v_facts` aliased `f`. */
export const FACT_ROW_COLUMNS = `
  f.fact_id, f.doc_id, f.doc_title, f.region, f.region_code, f.indicator, f.indicator_zh,
  f.indicator_en, f.kind, f.year, f.measure, f.value, f.value_max, f.unit, f.qualifier, f.label,
  f.section, {'start': f.evidence_start, 'end': f.evidence_end, 'text': f.evidence_text} AS evidence`;

/** A FactRef as a DuckDB struct, over a facts relation aliased `alias`. */
export function factRefStruct(alias: string): string {
  const a = alias;
  return `CASE WHEN ${a}.fact_id IS NULL THEN NULL ELSE {
    'fact_id': ${a}.fact_id, 'doc_id': ${a}.doc_id, 'kind': ${a}.kind, 'year': ${a}.year,
    'value': ${a}.value, 'value_max': ${a}.value_max, 'qualifier': ${a}.qualifier, 'unit': ${a}.unit,
    'section': ${a}.section,
    'evidence': {'start': ${a}.evidence_start, 'end': ${a}.evidence_end, 'text': ${a}.evidence_text}
  } END`;
}

/**
 * Which fact stands for a (region, indicator, measure, kind, year) when the text states it more than
 * once: a result from the review of the year, a target from the list of main targets, then the
 * numbered tasks; then the first mention. The same order as the `v_scorecard` view.
 */
export const PICK_ORDER = `
  CASE WHEN f.kind = 'actual'
       THEN CASE f.section WHEN 'review' THEN 0 WHEN 'body' THEN 1 ELSE 2 END
       ELSE CASE f.section WHEN 'targets' THEN 0 WHEN 'tasks' THEN 1 ELSE 2 END END,
  CASE f.qualifier WHEN 'exact' THEN 0 ELSE 1 END, f.evidence_start, f.fact_id`;
