/**
 * Turns figures (with their evidence) into what a bar chart plots: one scale per chart, values in
 * reading units, and the figure kept beside each value so a click can open its evidence.
 */
import type { FactRef } from '../api/types';
import { chartScale } from '../format/format';
import type { Lang } from '../i18n/dictionary';

export type SeriesKey = 'result' | 'target' | 'nextTarget';

export interface ChartRow {
  category: string;
  facts: Partial<Record<SeriesKey, FactRef | null>>;
}

export interface PlotRow {
  category: string;
  facts: Partial<Record<SeriesKey, FactRef | null>>;
  result?: number;
  target?: number;
  nextTarget?: number;
}

/** For a range (`6%-6.5%`) the bar reaches the upper end; its label shows the whole range. */
export function plottedValue(fact: FactRef): number {
  return fact.value_max ?? fact.value;
}

export function toPlotRows(rows: readonly ChartRow[], unit: string | null, lang: Lang) {
  const all = rows.flatMap((r) => Object.values(r.facts).filter((f): f is FactRef => Boolean(f)));
  const scale = chartScale(all.map(plottedValue), unit ?? all[0]?.unit ?? '', lang);
  const data: PlotRow[] = rows.map((r) => {
    const row: PlotRow = { category: r.category, facts: r.facts };
    for (const key of ['result', 'target', 'nextTarget'] as const) {
      const fact = r.facts[key];
      if (fact) row[key] = plottedValue(fact) / scale.divisor;
    }
    return row;
  });
  return { data, unitLabel: scale.label };
}

/**
 * Rows split so that every chart has one unit on its axis: a figure goes to the group of its own
 * unit (a 亿元 result and a 万美元 one never share bars), groups in order of first appearance.
 */
export function splitByUnit(rows: readonly ChartRow[]): { unit: string; rows: ChartRow[] }[] {
  const groups = new Map<string, Map<string, ChartRow>>();
  for (const row of rows) {
    for (const [key, fact] of Object.entries(row.facts) as [SeriesKey, FactRef | null | undefined][]) {
      if (!fact) continue;
      let group = groups.get(fact.unit);
      if (!group) {
        group = new Map();
        groups.set(fact.unit, group);
      }
      let split = group.get(row.category);
      if (!split) {
        split = { category: row.category, facts: {} };
        group.set(row.category, split);
      }
      split.facts[key] = fact;
    }
  }
  return [...groups].map(([unit, byCategory]) => ({ unit, rows: [...byCategory.values()] }));
}
