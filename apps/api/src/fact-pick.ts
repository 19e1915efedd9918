/**
 * The columns of a picked fact (`scorecard_facts`: the one fact that stands for a figure the text
 * states more than once, chosen by PICK_ORDER in @gwr/domain when the store is built) and its
 * FactRef in answers.
 */
import type { Measure } from '@gwr/domain';
import type { FactRef } from './schemas.js';

/** Flat columns of a fact for picking and for its FactRef, over facts aliased `f`. */
export const PICK_COLUMNS = `
  f.fact_id, f.doc_id, f.region, f.region_code, f.indicator, f.kind, f.year, f.measure, f.value,
  f.value_max, f.unit, f.qualifier, f.label, f.section, f.evidence_start, f.evidence_end, f.evidence_text`;

export interface PickRow {
  fact_id: string;
  doc_id: string;
  region: string | null;
  region_code: string | null;
  indicator: string | null;
  kind: 'actual' | 'target';
  year: number | null;
  measure: Measure;
  value: number;
  value_max: number | null;
  unit: string;
  qualifier: FactRef['qualifier'];
  label: string | null;
  section: FactRef['section'];
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
}

export function toFactRef(row: PickRow): FactRef {
  return {
    fact_id: row.fact_id,
    doc_id: row.doc_id,
    kind: row.kind,
    year: row.year,
    value: row.value,
    value_max: row.value_max,
    qualifier: row.qualifier,
    unit: row.unit,
    section: row.section,
    evidence: { start: row.evidence_start, end: row.evidence_end, text: row.evidence_text },
  };
}
