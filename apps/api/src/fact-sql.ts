/**
 * SQL fragments that shape facts as the API returns them, kept in one place so every endpoint
 * returns the same fact shape (FactRowSchema / FactRefSchema).
 */

/** Columns of a FactRow, over `v_facts` aliased `f`. */
export const FACT_ROW_COLUMNS = `
  f.fact_id, f.doc_id, f.doc_title, f.region, f.region_code, f.indicator, f.indicator_zh,
  f.indicator_en, f.kind, f.year, f.measure, f.value, f.value_max, f.unit, f.qualifier, f.label,
  f.section, f.basis, f.reason, {'start': f.evidence_start, 'end': f.evidence_end, 'text': f.evidence_text} AS evidence`;
