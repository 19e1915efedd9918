/**
 * The overview's questions, answered from the regions' scorecards on the server (the browser gets
 * the answers, not the facts to work them out): which indicators the regions share, drawn one
 * chart per indicator, measure and unit (two units never share an axis); every target with its
 * status and direction-aware ambition; the counts on each region's card; the highest GDP target.
 */
import { ATTAINMENT_STATUSES, type AttainmentStatus } from '@gwr/domain';
import type { ScorecardOut } from './routes/scorecard.js';
import type { FactRef } from './schemas.js';

type Row = ScorecardOut['rows'][number];

/** Indicator-measure-unit triples stated (a figure of any kind) by at least `minRegions` regions. */
export function sharedCharts(cards: readonly ScorecardOut[], minRegions = 2) {
  interface Chart {
    indicator: string;
    measure: Row['measure'];
    zh: string;
    en: string;
    unit: string;
    bars: { region: string; result: FactRef | null; target: FactRef | null; next_target: FactRef | null }[];
    order: number;
  }
  const charts = new Map<string, Chart>();
  for (const card of cards) {
    for (const row of card.rows) {
      if (row.measure === 'attainment_pct') continue;
      // Each figure goes to the chart of its own unit: a target in 美元 never stands on a 元 axis.
      for (const [slot, fact] of [
        ['result', row.result],
        ['target', row.target],
        ['next_target', row.next_target],
      ] as const) {
        if (!fact) continue;
        const key = `${row.indicator}|${row.measure}|${fact.unit}`;
        let chart = charts.get(key);
        if (!chart) {
          chart = {
            indicator: row.indicator,
            measure: row.measure,
            zh: row.indicator_zh,
            en: row.indicator_en,
            unit: fact.unit,
            bars: [],
            order: charts.size,
          };
          charts.set(key, chart);
        }
        let bar = chart.bars.find((b) => b.region === card.region.name);
        if (!bar) {
          bar = { region: card.region.name, result: null, target: null, next_target: null };
          chart.bars.push(bar);
        }
        bar[slot] = fact;
      }
    }
  }
  const measureOrder = ['growth_pct', 'rate_pct', 'level'];
  return [...charts.values()]
    .filter((c) => c.bars.length >= minRegions)
    .sort(
      (a, b) =>
        measureOrder.indexOf(a.measure) - measureOrder.indexOf(b.measure) ||
        b.bars.length - a.bars.length ||
        a.order - b.order,
    )
    .map(({ order: _order, ...chart }) => ({ ...chart, regions: chart.bars.length }));
}

export interface TargetLine {
  region: string;
  indicator: string | null;
  indicator_zh: string;
  indicator_en: string;
  direction: Row['direction'] | null;
  measure: Row['measure'];
  /** A target for the year after the results (its year has not ended). */
  next_year: boolean;
  target: FactRef | null;
  /** What the target is measured against: the result of the year before it. */
  baseline: FactRef | null;
  status: AttainmentStatus;
  ambition: Row['ambition'];
}

/**
 * Every target (and every result stated as a share of its target) with its status, indicator by
 * indicator in the catalog's order (GDP first), the regions in the cards' order within each.
 */
export function targetLines(cards: readonly ScorecardOut[]): TargetLine[] {
  const order = new Map<string, number>();
  for (const card of cards)
    for (const row of card.rows) {
      const key = `${row.indicator}|${row.measure}`;
      if (!order.has(key)) order.set(key, order.size);
    }
  const rank = (line: TargetLine) => order.get(`${line.indicator}|${line.measure}`) ?? order.size;
  return collectLines(cards)
    .map((line, i) => ({ line, i }))
    .sort((a, b) => rank(a.line) - rank(b.line) || a.i - b.i)
    .map(({ line }) => line);
}

function collectLines(cards: readonly ScorecardOut[]): TargetLine[] {
  const lines: TargetLine[] = [];
  for (const card of cards) {
    const region = card.region.name;
    for (const row of card.rows) {
      const subject = {
        region,
        indicator: row.indicator,
        indicator_zh: row.indicator_zh,
        indicator_en: row.indicator_en,
        direction: row.direction,
        measure: row.measure,
      };
      if (row.target)
        lines.push({
          ...subject,
          next_year: false,
          target: row.target,
          baseline: row.ambition.baseline,
          status: row.status,
          ambition: row.ambition,
        });
      if (row.next_target)
        lines.push({
          ...subject,
          next_year: true,
          target: row.next_target,
          baseline: row.result,
          // Its result comes with the report of the year after: nothing to compare yet.
          status: 'awaiting_result',
          ambition: row.next_ambition,
        });
    }
    for (const share of card.shares) {
      lines.push({
        region,
        indicator: null,
        indicator_zh: share.label ?? share.fact.evidence.text,
        indicator_en: share.label ?? share.fact.evidence.text,
        direction: null,
        measure: 'attainment_pct',
        next_year: false,
        target: null,
        baseline: share.fact,
        status: share.status,
        ambition: { baseline: null, delta: null, verdict: 'unknown' },
      });
    }
  }
  return lines;
}

/** Counts of statuses over a region's target lines, for the badges of its card. */
export function statusCounts(lines: readonly TargetLine[], region: string): Record<AttainmentStatus, number> {
  const counts = Object.fromEntries(ATTAINMENT_STATUSES.map((s) => [s, 0])) as Record<
    AttainmentStatus,
    number
  >;
  for (const line of lines) if (line.region === region) counts[line.status] += 1;
  return counts;
}

/** The region whose next-year target for an indicator is highest (upper bound for ranges). */
export function mostAmbitious(cards: readonly ScorecardOut[], indicator: string, measure: string) {
  let best: { region: string; target: FactRef } | null = null;
  for (const card of cards) {
    const target = card.rows.find((r) => r.indicator === indicator && r.measure === measure)?.next_target;
    if (!target) continue;
    const bound = target.value_max ?? target.value;
    if (!best || bound > (best.target.value_max ?? best.target.value))
      best = { region: card.region.name, target };
  }
  return best;
}
