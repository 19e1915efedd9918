/**
 * Which fact stands for a figure when the text states it more than once: a result from the review
 * of the year, a target from the list of main targets, then the numbered tasks; then an exact figure;
 * then the first mention. The same order as the `v_scorecard` view. Done here rather than with a
 * window function or arg_min in SQL: for the thousand-odd facts of one region those cost DuckDB
 * 10–20 ms of partitioning set-up, a plain filtered scan 2 ms.
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

function sectionRank(row: PickRow): number {
  if (row.kind === 'actual') return row.section === 'review' ? 0 : row.section === 'body' ? 1 : 2;
  return row.section === 'targets' ? 0 : row.section === 'tasks' ? 1 : 2;
}

/** Negative when `a` should stand for the figure rather than `b`. */
export function comparePick(a: PickRow, b: PickRow): number {
  return (
    sectionRank(a) - sectionRank(b) ||
    (a.qualifier === 'exact' ? 0 : 1) - (b.qualifier === 'exact' ? 0 : 1) ||
    a.evidence_start - b.evidence_start ||
    (a.fact_id < b.fact_id ? -1 : a.fact_id > b.fact_id ? 1 : 0)
  );
}

/** The best row for each key. */
export function pickBest<K>(rows: readonly PickRow[], key: (row: PickRow) => K): Map<K, PickRow> {
  const best = new Map<K, PickRow>();
  for (const row of rows) {
    const k = key(row);
    const current = best.get(k);
    if (!current || comparePick(row, current) < 0) best.set(k, row);
  }
  return best;
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
