/**
 * A target/result chart's plot drawn without Recharts, for the server: Recharts 3 lays a chart out
 * in effects (its store is filled after the first render), which a server never runs, so its
 * server markup is an empty box. This draws the same plot as plain SVG — the geometry Recharts
 * gives our settings (margins, axis sizes, band and bar gaps, Recharts' own nice ticks) and the
 * same bar elements (bar-shape.tsx) — so the page arrives with its charts. After hydration each
 * chart hands over to Recharts on its draw turn (target-result-chart.tsx), at its box's width.
 */
import type { ReactNode } from 'react';
import { getNiceTickValues } from 'recharts';
import type { FactRef } from '../api/types';
import { BarShape } from './bar-shape';
import type { PlotRow, SeriesKey } from './chart-data';

/** What the chart gives Recharts, the same here. */
export interface PlotLayout {
  horizontal: boolean;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The category axis's room: its width (horizontal bars) or the value axis's width (vertical). */
  axisWidth: number;
  barGap: number;
  maxBarSize: number;
}

interface Props {
  /** The chart's title, the plot's text alternative beside its bars' own labels. */
  title: string;
  data: readonly PlotRow[];
  series: readonly { key: SeriesKey; label: string }[];
  layout: PlotLayout;
  width: number;
  height: number;
  fill: (key: SeriesKey) => string;
  onSelect: (fact: FactRef) => void;
  /** The bar patterns (their ids are the chart's). */
  defs: ReactNode;
}

/** Recharts' defaults for what we leave unset. */
const AXIS_HEIGHT = 30;
const TICK_SIZE = 6;
const TICK_MARGIN = 2;
const TICK_COUNT = 5;
const CATEGORY_GAP = 0.1;
const AXIS = '#666';

export function StaticPlot({ title, data, series, layout, width, height, fill, onSelect, defs }: Props) {
  const { horizontal, margin, axisWidth, barGap, maxBarSize } = layout;
  // The plot area: value axis and category axis outside it, as Recharts places them.
  const left = margin.left + axisWidth;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom - AXIS_HEIGHT;
  const values = data.flatMap((row) => series.flatMap((s) => (row[s.key] == null ? [] : [row[s.key]!])));
  const ticks = getNiceTickValues(
    [Math.min(0, ...values), Math.max(0, ...values)],
    TICK_COUNT,
    true,
  ) as number[];
  const [low, high] = [ticks[0]!, ticks[ticks.length - 1]!];
  const span = high - low || 1;
  // Values run up (vertical bars) or right (horizontal bars).
  const at = (v: number) =>
    horizontal ? left + ((v - low) / span) * (right - left) : bottom - ((v - low) / span) * (bottom - top);
  const band = ((horizontal ? bottom - top : right - left) / Math.max(1, data.length)) as number;
  const offset = band * CATEGORY_GAP;
  const gap = band - 2 * offset - (series.length - 1) * barGap > 0 ? barGap : 0;
  const raw = (band - 2 * offset - (series.length - 1) * gap) / series.length;
  const slot = raw > 1 ? Math.round(raw) : raw;
  const size = Math.min(slot, maxBarSize);
  const start = horizontal ? top : left;
  const zero = at(0);
  const tickLabel = { fontSize: horizontal ? 11 : 12, fill: AXIS };

  return (
    <svg
      className="chart-static-plot"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ width: '100%', height: '100%', display: 'block' }}
    >
      <title>{title}</title>
      {defs}
      {ticks.map((t) =>
        horizontal ? (
          <line key={t} x1={at(t)} x2={at(t)} y1={top} y2={bottom} stroke="#ccc" strokeDasharray="3 3" />
        ) : (
          <line key={t} x1={left} x2={right} y1={at(t)} y2={at(t)} stroke="#ccc" strokeDasharray="3 3" />
        ),
      )}
      {data.map((row, i) =>
        series.map((s, j) => {
          const value = row[s.key];
          if (value == null) return null;
          const along = start + i * band + offset + (slot + gap) * j + (slot - size) / 2;
          const length = at(value) - zero;
          const shape = horizontal
            ? { x: zero, y: along, width: length, height: size }
            : { x: along, y: at(value), width: size, height: -length };
          return (
            <BarShape
              key={`${row.category}|${s.key}`}
              {...shape}
              payload={row}
              horizontal={horizontal}
              seriesKey={s.key}
              seriesLabel={s.label}
              fill={fill(s.key)}
              onSelect={onSelect}
            />
          );
        }),
      )}
      {horizontal ? (
        <line x1={zero} x2={zero} y1={top} y2={bottom} stroke="#999" />
      ) : (
        <line x1={left} x2={right} y1={zero} y2={zero} stroke="#999" />
      )}
      {/* The value axis. */}
      <g fontSize={11} fill={AXIS}>
        {horizontal ? (
          <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={AXIS} />
        ) : (
          <line x1={left} x2={left} y1={top} y2={bottom} stroke={AXIS} />
        )}
        {ticks.map((t) =>
          horizontal ? (
            <g key={t}>
              <line x1={at(t)} x2={at(t)} y1={bottom} y2={bottom + TICK_SIZE} stroke={AXIS} />
              <text x={at(t)} y={bottom + TICK_SIZE + TICK_MARGIN} dy="0.71em" textAnchor="middle">
                {t}
              </text>
            </g>
          ) : (
            <g key={t}>
              <line x1={left - TICK_SIZE} x2={left} y1={at(t)} y2={at(t)} stroke={AXIS} />
              <text x={left - TICK_SIZE - TICK_MARGIN} y={at(t)} dy="0.355em" textAnchor="end">
                {t}
              </text>
            </g>
          ),
        )}
      </g>
      {/* The category axis. */}
      <g {...tickLabel}>
        {horizontal ? (
          <line x1={left} x2={left} y1={top} y2={bottom} stroke={AXIS} />
        ) : (
          <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={AXIS} />
        )}
        {data.map((row, i) => {
          const middle = start + (i + 0.5) * band;
          return horizontal ? (
            <text
              key={row.category}
              x={left - TICK_SIZE - TICK_MARGIN}
              y={middle}
              dy="0.355em"
              textAnchor="end"
            >
              {row.category}
            </text>
          ) : (
            <text
              key={row.category}
              x={middle}
              y={bottom + TICK_SIZE + TICK_MARGIN}
              dy="0.71em"
              textAnchor="middle"
            >
              {row.category}
            </text>
          );
        })}
      </g>
    </svg>
  );
}
