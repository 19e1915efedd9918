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
