/**
 * The scorecard: for each region, indicator, measure and year, the target stated for the year beside
 * the result reported for it, with the verdict of the attainment rules (attainment.ts). Computed once,
 * when the store is built, into the `scorecard` table that the API and the `v_scorecard` view read:
 * the rule lives here and nowhere else.
 *
 * A pair comes from wherever its two facts were read: the target of year Y from the report of Y and
 * its result from the report of Y+1; or both from one report that states how last year ended against
 * its own target (`城镇登记失业率3.52%,控制在预期4.2%以内`). The facts have already been picked, one per
 * region, indicator, measure, kind and year (PICK_ORDER, scorecard-view.ts).
 */
import {
  type AmbitionVerdict,
  type AttainmentStatus,
  evaluateAttainment,
  evaluateShare,
  type Figure,
  targetAmbition,
} from './attainment.js';
import type { Measure } from './fact.js';
import type { Direction } from './indicator.js';
import { indicatorById } from './indicators.js';

/** A picked fact, as far as the scorecard needs it. */
export interface ScorecardFact extends Figure {
  fact_id: string;
  region: string;
  region_code: string | null;
  indicator: string | null;
  kind: 'actual' | 'target';
  year: number;
  measure: Measure;
  unit: string;
  label: string | null;
}

/** One row of the `scorecard` table. */
export interface ScorecardRow {
  region: string;
  region_code: string | null;
  /** Null for a share of tasks completed that names no catalog indicator (完成…目标任务的104%). */
  indicator: string | null;
  measure: Measure;
  year: number;
  unit: string;
  label: string | null;
  result_fact_id: string | null;
  target_fact_id: string | null;
  status: AttainmentStatus;
  /** result − target bound; null when either is missing or they cannot be compared. */
  gap: number | null;
  /** The result of the year before: the baseline of the target's ambition. */
  previous_result_fact_id: string | null;
  ambition_delta: number | null;
  ambition_verdict: AmbitionVerdict;
}

/** The direction the rules read a catalog indicator in; a commitment outside the catalog counts up. */
export function directionOf(indicator: string | null): Direction {
  return (indicator && indicatorById(indicator)?.direction) || 'higher';
}

/**
 * The scorecard rows of some picked facts, in any order: one per region, indicator, measure and
 * year that has a result or a target, and one per share of tasks outside the catalog.
 *
 * @example
 * scorecardRows([target2018, result2018]) // [{ year: 2018, status: 'met', gap: 0.1, … }]
 */
export function scorecardRows(facts: Iterable<ScorecardFact>): ScorecardRow[] {
  const series = new Map<string, Map<number, { result?: ScorecardFact; target?: ScorecardFact }>>();
  const rows: ScorecardRow[] = [];
  for (const fact of facts) {
    if (fact.indicator === null) {
      if (fact.measure === 'attainment_pct' && fact.kind === 'actual') rows.push(shareRow(fact));
      continue;
    }
    const key = `${fact.region}\u0000${fact.region_code}\u0000${fact.indicator}\u0000${fact.measure}`;
    const years = series.get(key) ?? new Map();
    series.set(key, years);
    const year = years.get(fact.year) ?? {};
    years.set(fact.year, year);
    if (fact.kind === 'actual') year.result = fact;
    else year.target = fact;
  }
  for (const years of series.values()) {
    for (const [year, { result, target }] of years) {
      const any = (result ?? target)!;
      const direction = directionOf(any.indicator);
      const previous = years.get(year - 1)?.result ?? null;
      const { status, gap } = evaluateAttainment(any.measure, target ?? null, result ?? null, direction);
      const ambition = targetAmbition(target ?? null, previous, direction);
      rows.push({
        region: any.region,
        region_code: any.region_code,
        indicator: any.indicator,
        measure: any.measure,
        year,
        unit: any.unit,
        label: null,
        result_fact_id: result?.fact_id ?? null,
        target_fact_id: target?.fact_id ?? null,
        status,
        gap,
        previous_result_fact_id: target ? (previous?.fact_id ?? null) : null,
        ambition_delta: ambition.delta,
        ambition_verdict: ambition.verdict,
      });
    }
  }
  return rows;
}

/** A share of tasks completed is attainment evidence by itself: 100% or more is met. */
function shareRow(fact: ScorecardFact): ScorecardRow {
  const { status, gap } = evaluateShare(fact);
  return {
    region: fact.region,
    region_code: fact.region_code,
    indicator: null,
    measure: fact.measure,
    year: fact.year,
    unit: fact.unit,
    label: fact.label,
    result_fact_id: fact.fact_id,
    target_fact_id: null,
    status,
    gap,
    previous_result_fact_id: null,
    ambition_delta: null,
    ambition_verdict: 'unknown',
  };
}
