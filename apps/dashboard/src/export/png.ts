/**
 * Chart → PNG: the chart's SVG is serialised with its computed colours and fonts inlined
 * (CSS classes do not travel into an image), drawn on a canvas at 2× and saved.
 */
import { downloadBlob } from './csv';

const INLINED = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight',
  'opacity',
];

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = INLINED.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', `${target.getAttribute('style') ?? ''};${style}`);
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

export interface LegendEntry {
  label: string;
  colour: string;
  /** How the series is drawn: the same fills as in the chart. */
  fill: 'solid' | 'hatch' | 'dots' | 'none';
}

function drawSwatch(ctx: CanvasRenderingContext2D, x: number, y: number, entry: LegendEntry): void {
  const w = 16;
  const h = 11;
  ctx.save();
  ctx.fillStyle = entry.fill === 'solid' ? entry.colour : '#ffffff';
  ctx.fillRect(x, y, w, h);
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = entry.colour;
  ctx.strokeStyle = entry.colour;
  if (entry.fill === 'hatch') {
    ctx.lineWidth = 2;
    for (let d = -h; d < w; d += 4) {
      ctx.beginPath();
      ctx.moveTo(x + d, y + h);
      ctx.lineTo(x + d + h, y);
      ctx.stroke();
    }
  } else if (entry.fill === 'dots') {
    for (let i = 2; i < w; i += 4) for (let j = 2; j < h; j += 4) ctx.fillRect(x + i, y + j, 1.6, 1.6);
  }
  ctx.restore();
  ctx.strokeStyle = entry.colour;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(x, y, w, h);
}

export async function exportSvgAsPng(
  svg: SVGSVGElement,
  filename: string,
  title?: string,
  legend: readonly LegendEntry[] = [],
  /** A line under the chart: where its numbers come from and when it was exported. */
  source?: string,
): Promise<void> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const data = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('chart image failed to render'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(data)}`;
  await loaded;
  const ratio = 2;
  const header = (title ? 28 : 0) + (legend.length ? 22 : 0);
  const footer = source ? 24 : 0;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil((height + header + footer) * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas unavailable');
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height + header + footer);
  if (title) {
    ctx.fillStyle = '#1a1a1a';
    ctx.font = '600 14px system-ui, "Noto Sans CJK SC", sans-serif';
    ctx.fillText(title, 8, 18);
  }
  let x = 8;
  const legendY = title ? 30 : 6;
  ctx.font = '12px system-ui, "Noto Sans CJK SC", sans-serif';
  for (const entry of legend) {
    const swatch = entry.fill === 'none' ? 0 : 21;
    if (swatch) drawSwatch(ctx, x, legendY, entry);
    ctx.fillStyle = '#333333';
    ctx.fillText(entry.label, x + swatch, legendY + 10);
    x += swatch + ctx.measureText(entry.label).width + 16;
  }
  ctx.drawImage(image, 0, header, width, height);
  if (source) {
    ctx.fillStyle = '#595959';
    ctx.font = '11px system-ui, "Noto Sans CJK SC", sans-serif';
    ctx.fillText(source, 8, header + height + 16, width - 16);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  downloadBlob(blob, filename);
}
