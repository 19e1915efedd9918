/**
 * The overview's questions answered from the regions' scorecards: which indicators the regions
 * share, every target with its status, and who set the most ambitious target. Pure functions over
 * API shapes, so they are tested without rendering.
 */
import { evaluateShare } from '@gwr/domain';
import type { AttainmentStatus, FactRef, FactRow, Scorecard, ScorecardRow } from '../../api/types';

export interface RegionScorecard {
  region: string;
  /** The year of the results (a 2018 report reviews 2017). */
  year: number | null;
  docId: string | null;
  scorecard: Scorecard;
  /**
   * Results stated as a share of their target (`完成年度任务的201.6%`) for the region and year:
   * attainment evidence by themselves, though they name no catalogued indicator.
   */
  shares: FactRow[];
}

export function findRow(scorecard: Scorecard, indicator: string, measure: string): ScorecardRow | undefined {
  return scorecard.rows.find((r) => r.indicator === indicator && r.measure === measure);
}

const hasFigure = (row: ScorecardRow) => Boolean(row.result || row.target || row.next_target);

export interface SharedIndicator {
  indicator: string;
  measure: ScorecardRow['measure'];
  zh: string;
  en: string;
  unit: string | null;
  regions: number;
}

/**
 * Indicator-measure pairs at least two regions report (a figure of any kind), most widely shared
 * first; among equals, the catalog's order (GDP first) as the API returns it.
 */
export function sharedIndicators(cards: readonly RegionScorecard[], minRegions = 2): SharedIndicator[] {
  const byKey = new Map<string, SharedIndicator & { order: number }>();
  let order = 0;
  for (const card of cards) {
    for (const row of card.scorecard.rows) {
      if (!hasFigure(row) || row.measure === 'attainment_pct') continue;
      const key = `${row.indicator}|${row.measure}`;
      const entry = byKey.get(key);
      if (entry) entry.regions += 1;
      else
        byKey.set(key, {
          indicator: row.indicator,
          measure: row.measure,
          zh: row.indicator_zh,
          en: row.indicator_en,
          unit: row.unit,
          regions: 1,
          order: order++,
        });
    }
  }
  return [...byKey.values()]
    .filter((s) => s.regions >= minRegions)
    .sort((a, b) => b.regions - a.regions || a.order - b.order)
    .map(({ order: _order, ...rest }) => rest);
}

/** What a line is about: a scorecard row's indicator and measure, or a share's own words. */
export interface LineSubject {
  indicator: string;
  indicator_zh: string;
  indicator_en: string;
  measure: ScorecardRow['measure'];
}

export interface TargetLine {
  region: string;
  subject: LineSubject;
  /** A target for the year after the results (its year has not ended). */
  nextYear: boolean;
  /** The target shown: for the year when there is one, else the next year's. */
  target: FactRef | null;
  /** What the target is measured against: the year's result, or for a next-year target the baseline. */
  baseline: FactRef | null;
  status: AttainmentStatus;
  ambitionDelta: number | null;
  ambitionVerdict: ScorecardRow['ambition']['verdict'];
}

/** Every target (and every result stated as a share of its target) with its status. */
export function targetLines(cards: readonly RegionScorecard[]): TargetLine[] {
  const lines: TargetLine[] = [];
  for (const card of cards) {
    for (const row of card.scorecard.rows) {
      const subject: LineSubject = {
        indicator: row.indicator,
        indicator_zh: row.indicator_zh,
        indicator_en: row.indicator_en,
        measure: row.measure,
      };
      if (row.target) {
        lines.push({
          region: card.region,
          subject,
          nextYear: false,
          target: row.target,
          baseline: row.result,
          status: row.status,
          ambitionDelta: row.ambition.delta,
          ambitionVerdict: row.ambition.verdict,
        });
      }
      if (row.next_target) {
        lines.push({
          region: card.region,
          subject,
          nextYear: true,
          target: row.next_target,
          baseline: row.result,
          // Its result comes with the report of the year after: nothing to compare yet.
          status: 'awaiting_result',
          ambitionDelta: row.next_ambition.delta,
          ambitionVerdict: row.next_ambition.verdict,
        });
      }
    }
    for (const share of card.shares) {
      const words = share.label ?? share.indicator_zh ?? share.evidence.text;
      lines.push({
        region: card.region,
        subject: {
          indicator: share.indicator ?? `share:${share.fact_id}`,
          indicator_zh: words,
          indicator_en: share.indicator_en ?? share.label ?? share.evidence.text,
          measure: share.measure,
        },
        nextYear: false,
        target: null,
        baseline: share,
        // The domain's rule: 100% of the target or more is met.
        status: evaluateShare(share).status,
        ambitionDelta: null,
        ambitionVerdict: 'unknown',
      });
    }
  }
  return lines;
}

/** Counts of statuses over a scorecard's targets, for the badges of a region card. */
export function statusCounts(card: RegionScorecard): Record<AttainmentStatus, number> {
  const counts: Record<AttainmentStatus, number> = {
    met: 0,
    within_tolerance: 0,
    missed: 0,
    awaiting_result: 0,
    no_target: 0,
    unknown: 0,
  };
  for (const line of targetLines([card])) counts[line.status] += 1;
  return counts;
}

/** The region whose next-year target for an indicator is highest (by its upper bound for ranges). */
export function mostAmbitious(cards: readonly RegionScorecard[], indicator: string, measure: string) {
  let best: { region: string; target: FactRef } | null = null;
  for (const card of cards) {
    const target = findRow(card.scorecard, indicator, measure)?.next_target;
    if (!target) continue;
    const bound = target.value_max ?? target.value;
    if (!best || bound > (best.target.value_max ?? best.target.value)) best = { region: card.region, target };
  }
  return best;
}
