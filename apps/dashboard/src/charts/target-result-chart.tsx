/**
 * Targets against results as grouped bars. Results are solid, targets hatched, next-year targets
 * dotted and outlined — told apart by pattern and by their printed labels (`7%左右`), not by colour
 * alone. Every bar is a keyboard-focusable button that opens the sentence stating its number; a
 * table beneath gives the same data as text. PNG and CSV export sit in the chart's header.
 */
import { type CSSProperties, useId, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { FactRef } from '../api/types';
import { LazyDetails } from '../components/lazy-details';
import { useNarrow } from '../components/use-narrow';
import { usePrerendered } from '../components/use-prerendered';
import { downloadCsv } from '../export/csv';
import { exportSvgAsPng, type LegendEntry } from '../export/png';
import { formatDate, formatQuantity } from '../format/format';
import { useI18n } from '../i18n/i18n-context';
import { BarShape, type BarShapeArgs } from './bar-shape';
import { type ChartRow, type PlotRow, type SeriesKey, toPlotRows } from './chart-data';
import { useDrawTurn } from './draw-turn';
import { SERIES } from './palette';
import { type PlotLayout, StaticPlot } from './static-plot';
import { usePlotSize } from './use-plot-size';

export interface SeriesSpec {
  key: SeriesKey;
  label: string;
}

/** Results and targets without a year in their names: the categories are the years or the year is said. */
export const resultAndTarget = (t: (key: 'chart.result' | 'chart.target') => string): SeriesSpec[] => [
  { key: 'result', label: t('chart.result') },
  { key: 'target', label: t('chart.target') },
];

interface Props {
  title: string;
  rows: readonly ChartRow[];
  series: readonly SeriesSpec[];
  unit: string | null;
  onSelect: (fact: FactRef) => void;
  height?: number;
  /** Heading level of the title (charts inside a section use h3). */
  headingLevel?: 2 | 3;
  /** File name stem for exports. */
  exportName: string;
  /** What the categories are, for the text alternative's header (default: regions). */
  categoryLabel?: string;
}

/**
 * The width the server draws a plot at, not knowing the reader's screen: a chart's box in the
 * overview's grid is about this wide on a phone and on a desktop alike (335–390 px); the drawing
 * scales to the box it lands in (its viewBox) until Recharts redraws it at the box's width.
 */
const PRERENDER_WIDTH = 360;

/**
 * From this many categories, bars run horizontally: four English indicator names side by side
 * overlap on any width, and on a phone so do four region names.
 */
const HORIZONTAL_FROM = 4;

const COLOURS: Record<SeriesKey, string> = {
  result: SERIES.result,
  target: SERIES.target,
  nextTarget: SERIES.nextTarget,
};

export function TargetResultChart({
  title,
  rows,
  series,
  unit,
  onSelect,
  height,
  headingLevel = 3,
  exportName,
  categoryLabel,
}: Props) {
  const { t, lang } = useI18n();
  const id = useId().replace(/:/g, '');
  const boxRef = useRef<HTMLDivElement>(null);
  const { data, unitLabel } = toPlotRows(rows, unit, lang);
  const shown = series.filter((s) => rows.some((r) => r.facts[s.key]));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const fill = (key: SeriesKey) => (key === 'result' ? COLOURS.result : `url(#${id}-${key})`);
  const narrow = useNarrow();
  const plotted = useDrawTurn();
  const horizontal = rows.length >= HORIZONTAL_FROM;
  const labelWidth = narrow ? 110 : 180;
  // Horizontal bars: the box's height follows the rows, in CSS (`.chart-plot-rows`), so it is right
  // for a phone before any script has run: there a narrow label column wraps a long name onto up to
  // four lines, and each row makes room for them. This is the wide screen's, to draw at until measured.
  const chartHeight = horizontal ? 40 + rows.length * (shown.length * 11 + 14) : (height ?? 260);
  const size = usePlotSize(boxRef);
  // A page the server rendered shows the plot it drew (static-plot.tsx) until Recharts has its turn.
  const [serverDrawn] = useState(usePrerendered());
  const layout: PlotLayout = horizontal
    ? {
        horizontal,
        margin: { top: 4, right: 72, bottom: 4, left: 4 },
        axisWidth: labelWidth,
        barGap: 1,
        maxBarSize: 14,
      }
    : {
        horizontal,
        margin: { top: 22, right: 8, bottom: 4, left: 0 },
        axisWidth: 44,
        barGap: 4,
        maxBarSize: 56,
      };

  const csv = () =>
    downloadCsv(
      `${exportName}.csv`,
      ['category', 'series', 'value', 'value_max', 'unit', 'qualifier', 'year', 'evidence'],
      rows.flatMap((r) =>
        shown.flatMap((s) => {
          const f = r.facts[s.key];
          return f
            ? [[r.category, s.label, f.value, f.value_max, f.unit, f.qualifier, f.year, f.evidence.text]]
            : [];
        }),
      ),
    );
  const png = () => {
    const svg = boxRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    const fills = { result: 'solid', target: 'hatch', nextTarget: 'dots' } as const;
    const legend: LegendEntry[] = shown.map((s) => ({
      label: s.label,
      colour: COLOURS[s.key],
      fill: fills[s.key],
    }));
    if (unitLabel) legend.push({ label: `(${unitLabel})`, colour: '#333333', fill: 'none' });
    // The image travels without the page: it says where its numbers come from and when.
    const source = t('chart.source', {
      date: formatDate(new Date().toISOString(), lang),
      url: window.location.href,
    });
    if (svg) void exportSvgAsPng(svg, `${exportName}.png`, title, legend, source);
  };

  return (
    <figure
      className="chart-box"
      aria-labelledby={`${id}-title`}
      data-testid="target-result-chart"
      data-title={title}
      data-unit={unit ?? ''}
    >
      <div className="chart-head">
        <Heading id={`${id}-title`}>{title}</Heading>
        <div className="toolbar">
          <button type="button" className="button button-quiet button-small" onClick={png}>
            {t('chart.exportPng')}
          </button>
          <button type="button" className="button button-quiet button-small" onClick={csv}>
            {t('chart.exportCsv')}
          </button>
        </div>
      </div>
      <div className="chart-legend" aria-hidden="true">
        {shown.map((s, i) => (
          <span key={s.key}>
            <svg width="16" height="12" className="legend-swatch-svg" role="presentation">
              {/* The swatches' patterns, once for the legend (the plot has its own, for its PNG export). */}
              {i === 0 ? <PatternDefs id={id} /> : null}
              <rect
                x="1"
                y="1"
                width="14"
                height="10"
                fill={fill(s.key)}
                stroke={COLOURS[s.key]}
                strokeWidth="1.5"
              />
            </svg>{' '}
            {s.label}
          </span>
        ))}
        {unitLabel ? <span>({unitLabel})</span> : null}
      </div>
      <div
        ref={boxRef}
        className={horizontal ? 'chart-plot chart-plot-rows' : 'chart-plot'}
        style={
          horizontal
            ? ({ '--rows': rows.length, '--series': shown.length } as CSSProperties)
            : { height: chartHeight }
        }
      >
        {plotted && size ? (
          <BarChart
            data={data}
            layout={horizontal ? 'vertical' : 'horizontal'}
            width={size.width}
            height={size.height}
            margin={layout.margin}
            barGap={layout.barGap}
            accessibilityLayer={false}
          >
            <PatternDefs id={id} />
            <CartesianGrid strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
            {horizontal ? (
              <>
                <XAxis type="number" tick={{ fontSize: 11 }} />
                <YAxis
                  type="category"
                  dataKey="category"
                  tick={{ fontSize: 11 }}
                  width={layout.axisWidth}
                  interval={0}
                />
                <ReferenceLine x={0} stroke="#999" />
              </>
            ) : (
              <>
                <XAxis dataKey="category" tick={{ fontSize: 12 }} interval={0} />
                <YAxis tick={{ fontSize: 11 }} width={layout.axisWidth} />
                <ReferenceLine y={0} stroke="#999" />
              </>
            )}
            <Tooltip content={<ChartTooltip series={shown} />} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
            {shown.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={fill(s.key)}
                isAnimationActive={false}
                maxBarSize={layout.maxBarSize}
                shape={(props: BarShapeArgs) => (
                  <BarShape
                    {...props}
                    horizontal={horizontal}
                    seriesKey={s.key}
                    seriesLabel={s.label}
                    fill={fill(s.key)}
                    onSelect={onSelect}
                  />
                )}
              />
            ))}
          </BarChart>
        ) : serverDrawn ? (
          <StaticPlot
            title={title}
            data={data}
            series={shown}
            layout={layout}
            width={PRERENDER_WIDTH}
            height={chartHeight}
            fill={fill}
            onSelect={onSelect}
            defs={<PatternDefs id={id} />}
          />
        ) : null}
      </div>
      <LazyDetails className="chart-alt" summary={t('chart.alt')}>
        {() => (
          <table className="data">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryLabel ?? t('fact.region')}</th>
                {shown.map((s) => (
                  <th key={s.key} scope="col" className="num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.category}>
                  <th scope="row">{r.category}</th>
                  {shown.map((s) => {
                    const f = r.facts[s.key];
                    return (
                      <td key={s.key} className="num">
                        {f ? (
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => onSelect(f)}
                            data-fact-id={f.fact_id}
                          >
                            {formatQuantity(f, lang)}
                          </button>
                        ) : (
                          '—'
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LazyDetails>
    </figure>
  );
}

/** Hatching for targets, dots for next-year targets: readable in greyscale and by colour-blind readers. */
function PatternDefs({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={`${id}-target`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#fff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={COLOURS.target} strokeWidth="3" />
      </pattern>
      <pattern id={`${id}-nextTarget`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#fff" />
        <circle cx="2.5" cy="2.5" r="1.4" fill={COLOURS.nextTarget} />
      </pattern>
    </defs>
  );
}

interface TooltipProps {
  active?: boolean;
  payload?: readonly { payload?: PlotRow }[];
  series: readonly SeriesSpec[];
}

function ChartTooltip({ active, payload, series }: TooltipProps) {
  const { lang } = useI18n();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="fact-tip" style={{ position: 'static' }}>
      <strong>{row.category}</strong>
      {series.map((s) => {
        const f = row.facts[s.key];
        return f ? (
          <div key={s.key}>
            {s.label}: {formatQuantity(f, lang)}
          </div>
        ) : null;
      })}
    </div>
  );
}
