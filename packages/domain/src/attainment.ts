/**
 * Attainment rules: when is a target for year Y met by the result for Y, by how much (the gap), and
 * how ambitious a target is against the result of the year before.
 *
 * A target's qualifier says which results satisfy it; the indicator's direction says which way is
 * good when the qualifier alone does not (an `exact` or `about` target):
 * - `at_least` (以上, 超过, 不低于): result ≥ value;
 * - `at_most` (以内, 以下, 不超过, 控制在…以内): result ≤ value;
 * - `range` (`6%-6.5%`): the end that matters for the direction — the lower end for `higher`
 *   (beating the range is still meeting it), the upper end for `lower` and `ceiling`;
 * - `exact` (`增长7%`): a floor for `higher`, a cap for `lower` and `ceiling`;
 * - `about` (左右): as `exact`, with the tolerance ABOUT_TOLERANCE on the unfavourable side.
 * A `ceiling` indicator (CPI: `居民消费价格涨幅控制在3%左右`) is met by anything up to the cap;
 * undershooting it is not "better" the way lower unemployment is, but it still meets the target.
 */
import type { Measure, Qualifier } from './fact.js';
import type { Direction } from './indicator.js';

/** The part of a fact the rules need. */
export interface Figure {
  value: number;
  value_max?: number | null;
  qualifier: Qualifier;
  unit?: string | null;
}

/**
 * What a leader may conclude, and nothing more:
 * - met / missed: the result for the year against its target;
 * - within_tolerance: short of a 左右 target's figure but inside its tolerance (ABOUT_TOLERANCE);
 * - awaiting_result: a target whose year's result is not in any loaded report (a year's result is
 *   reported in the next year's report) — never "in progress", which a finished year is not;
 * - no_target: a result with no target stated for its year in any loaded report;
 * - unknown: the two cannot be compared (units differ, or the result is a bound that does not
 *   settle it: `超过500亿元` against a 520亿元 target).
 */
export const ATTAINMENT_STATUSES = [
  'met',
  'within_tolerance',
  'missed',
  'awaiting_result',
  'no_target',
  'unknown',
] as const;
export type AttainmentStatus = (typeof ATTAINMENT_STATUSES)[number];

export interface Attainment {
  status: AttainmentStatus;
  /** result − target bound (percentage points for `%` measures); null when either is missing. */
  gap: number | null;
}

/**
 * Tolerance of 左右, relative to the target's magnitude: 5% (0.35 pp on `7%左右`).
 * Why: 左右 promises a neighbourhood, not a floor, and governments report a result a few tenths
 * below such a target as meeting it (the national 2015 `7%左右` against 6.9%, "完成了全年主要目标");
 * figures move in steps of 0.1 pp, so 5% accepts 6.7–6.9 on 7% but not 6.5, which is where the next
 * lower target band usually starts (`6.5%左右`, `6%-6.5%`). Relative, so it scales to levels
 * (±5% of an amount) and to small rates (±0.2 pp on `4.3%左右` unemployment).
 */
export const ABOUT_TOLERANCE = 0.05;

/** A target read as a bound: the result must be ≥ `bound` (`floor`) or ≤ `bound` (`cap`). */
export interface TargetBound {
  kind: 'floor' | 'cap';
  bound: number;
  /** Extra slack on the unfavourable side (左右). */
  slack: number;
}

/** Whether a higher figure is the good side for this direction. */
function higherIsGood(direction: Direction): boolean {
  return direction === 'higher';
}

/**
 * Reads a target as a floor or a cap.
 *
 * @example targetBound({ value: 7, qualifier: 'about' }, 'higher') // { kind: 'floor', bound: 7, slack: 0.35 }
 */
export function targetBound(target: Figure, direction: Direction): TargetBound {
  const favoursHigh = higherIsGood(direction);
  switch (target.qualifier) {
    case 'at_least':
      // 下降3%以上 (value −3): 以上 bounds the size of the fall, so the change must be ≤ −3.
      return target.value < 0
        ? { kind: 'cap', bound: target.value, slack: 0 }
        : { kind: 'floor', bound: target.value, slack: 0 };
    case 'at_most':
      // 降幅控制在1%以内 (value −1): 以内 bounds the size of the fall, so the change must be ≥ −1.
      return target.value < 0
        ? { kind: 'floor', bound: target.value, slack: 0 }
        : { kind: 'cap', bound: target.value, slack: 0 };
    case 'range': {
      const low = Math.min(target.value, target.value_max ?? target.value);
      const high = Math.max(target.value, target.value_max ?? target.value);
      return favoursHigh ? { kind: 'floor', bound: low, slack: 0 } : { kind: 'cap', bound: high, slack: 0 };
    }
    case 'about':
    case 'exact': {
      const slack = target.qualifier === 'about' ? Math.abs(target.value) * ABOUT_TOLERANCE : 0;
      return { kind: favoursHigh ? 'floor' : 'cap', bound: target.value, slack };
    }
  }
}

/** The point a result is read at: a range's middle, otherwise its value. */
function resultPoint(result: Figure): number {
  if (result.qualifier === 'range' && result.value_max != null) return (result.value + result.value_max) / 2;
  return result.value;
}

/** A tiny epsilon so that 7.0 vs 7 computed in floating point compares equal. */
const EPSILON = 1e-9;

/**
 * Is the target for a year met by the result for that year?
 *
 * @example evaluateTarget({ value: 7, qualifier: 'exact' }, { value: 7.5, qualifier: 'exact' }, 'higher')
 * // { status: 'met', gap: 0.5 }
 */
export function evaluateTarget(
  target: Figure | null,
  result: Figure | null,
  direction: Direction,
): Attainment {
  if (!target && !result) return { status: 'unknown', gap: null };
  if (!result) return { status: 'awaiting_result', gap: null };
  if (!target) return { status: 'no_target', gap: null };
  if (target.unit && result.unit && target.unit !== result.unit) return { status: 'unknown', gap: null };
  const bound = targetBound(target, direction);
  const point = resultPoint(result);
  const gap = roundGap(point - bound.bound);
  const reaches = (slack: number) =>
    bound.kind === 'floor' ? point >= bound.bound - slack - EPSILON : point <= bound.bound + slack + EPSILON;
  if (reaches(0)) return { status: 'met', gap };
  if (reaches(bound.slack)) return { status: 'within_tolerance', gap };
  // A result stated as a bound on the good side (`超过`, `以上` for a floor) may still meet it.
  const openTowardsGood =
    (bound.kind === 'floor' && result.qualifier === 'at_least') ||
    (bound.kind === 'cap' && result.qualifier === 'at_most');
  return { status: openTowardsGood ? 'unknown' : 'missed', gap };
}

/**
 * A result stated as a share of its target (`完成年度任务的201.6%`, measure `attainment_pct`) is
 * attainment evidence by itself: 100% or more is met.
 *
 * @example evaluateShare({ value: 201.6, qualifier: 'exact' }) // { status: 'met', gap: 101.6 }
 */
export function evaluateShare(share: Figure | null): Attainment {
  if (!share) return { status: 'unknown', gap: null };
  const gap = roundGap(share.value - 100);
  if (share.value >= 100 - EPSILON) return { status: 'met', gap };
  return { status: share.qualifier === 'at_least' ? 'unknown' : 'missed', gap };
}

/** Evaluates one scorecard cell whatever its measure. */
export function evaluateAttainment(
  measure: Measure,
  target: Figure | null,
  result: Figure | null,
  direction: Direction,
): Attainment {
  return measure === 'attainment_pct' ? evaluateShare(result) : evaluateTarget(target, result, direction);
}

export type AmbitionVerdict = 'raised' | 'held' | 'lowered' | 'unknown';

export interface Ambition {
  /** target bound − the previous year's result. */
  delta: number | null;
  /**
   * raised: the target asks for more than last year's result achieved (a higher figure for
   * `higher`, a lower one for `lower` and `ceiling`); lowered: it asks for less; held: the same.
   */
  verdict: AmbitionVerdict;
}

/**
 * The ambition of a target for year Y against the result for Y−1.
 *
 * @example targetAmbition({ value: 7, qualifier: 'exact' }, { value: 7.5, qualifier: 'exact' }, 'higher')
 * // { delta: -0.5, verdict: 'lowered' }
 */
export function targetAmbition(
  target: Figure | null,
  baseline: Figure | null,
  direction: Direction,
): Ambition {
  if (!target || !baseline) return { delta: null, verdict: 'unknown' };
  if (target.unit && baseline.unit && target.unit !== baseline.unit)
    return { delta: null, verdict: 'unknown' };
  const delta = roundGap(targetBound(target, direction).bound - resultPoint(baseline));
  if (Math.abs(delta) < EPSILON) return { delta: 0, verdict: 'held' };
  const asksMore = higherIsGood(direction) ? delta > 0 : delta < 0;
  return { delta, verdict: asksMore ? 'raised' : 'lowered' };
}

/** Rounds away floating-point noise (7.5 − 6.9 = 0.6, not 0.6000000000000005), keeping 12 digits. */
function roundGap(x: number): number {
  return Number(x.toPrecision(12));
}
