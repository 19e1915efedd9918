/**
 * One bar of a target/result chart: a keyboard-focusable button that opens the sentence stating
 * its number, with the number printed beside it. Recharts draws it (target-result-chart.tsx), and
 * so does the server-drawn plot (static-plot.tsx), so a bar is the same element either way.
 */
import type { FactRef } from '../api/types';
import { formatQuantity } from '../format/format';
import { useI18n } from '../i18n/i18n-context';
import type { PlotRow, SeriesKey } from './chart-data';
import { SERIES } from './palette';

export interface BarShapeArgs {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: PlotRow;
}

export interface BarShapeProps extends BarShapeArgs {
  horizontal: boolean;
  seriesKey: SeriesKey;
  seriesLabel: string;
  fill: string;
  onSelect: (fact: FactRef) => void;
}

export function BarShape({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  payload,
  horizontal,
  seriesKey,
  seriesLabel,
  fill,
  onSelect,
}: BarShapeProps) {
  const { lang } = useI18n();
  const fact = payload?.facts[seriesKey];
  if (!fact || !payload) return <g />;
  const top = Math.min(y, y + height);
  const h = Math.max(1, Math.abs(height));
  const left = Math.min(x, x + width);
  const w = Math.max(1, Math.abs(width));
  const negative = (payload[seriesKey] ?? 0) < 0;
  const label = formatQuantity(fact, lang);
  const open = () => onSelect(fact);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG bar cannot be an HTML <button>; role and key handling make it one
    <g
      className="chart-bar chart-click"
      role="button"
      tabIndex={0}
      aria-label={`${payload.category} ${seriesLabel} ${label}`}
      data-series={seriesKey}
      data-category={payload.category}
      data-value={fact.value}
      data-label={label}
      data-unit={fact.unit}
      data-fact-id={fact.fact_id}
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open();
        }
      }}
    >
      <rect
        x={left}
        y={top}
        width={w}
        height={h}
        fill={fill}
        stroke={SERIES[seriesKey]}
        strokeWidth={1.5}
        strokeDasharray={seriesKey === 'nextTarget' ? '3 2' : undefined}
      />
      {horizontal ? (
        <text
          x={negative ? left - 4 : left + w + 4}
          y={top + h / 2 + 4}
          textAnchor={negative ? 'end' : 'start'}
          fontSize={10}
          fill="#1a1a1a"
        >
          {label}
        </text>
      ) : (
        <text
          x={left + w / 2}
          y={negative ? top + h + 12 : top - 5}
          textAnchor="middle"
          fontSize={w < 34 ? 9 : 11}
          fill="#1a1a1a"
        >
          {label}
        </text>
      )}
    </g>
  );
}
