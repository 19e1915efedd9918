/**
 * The size a chart is drawn at: its box's, measured in the browser and followed as it changes.
 * Recharts' own `responsive` sizing does the same; measuring here lets the chart choose between
 * its plots (the server-drawn one until Recharts has its turn, target-result-chart.tsx).
 */
import { type RefObject, useLayoutEffect, useState } from 'react';

export interface PlotSize {
  width: number;
  height: number;
}

/** The box's size in CSS pixels; null until measured (nothing to draw at yet). */
export function usePlotSize(box: RefObject<HTMLElement | null>): PlotSize | null {
  const [size, setSize] = useState<PlotSize | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    // A box with no size (not laid out) keeps what it had.
    const measure = () => {
      const rect = el.getBoundingClientRect();
      const next = { width: Math.round(rect.width), height: Math.round(rect.height) };
      if (next.width > 0 && next.height > 0)
        setSize((was) => (was?.width === next.width && was.height === next.height ? was : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [box]);
  return size;
}
