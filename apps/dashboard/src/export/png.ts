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

export async function exportSvgAsPng(svg: SVGSVGElement, filename: string, title?: string): Promise<void> {
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
  const header = title ? 28 : 0;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil((height + header) * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas unavailable');
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height + header);
  if (title) {
    ctx.fillStyle = '#1a1a1a';
    ctx.font = '600 14px system-ui, "Noto Sans CJK SC", sans-serif';
    ctx.fillText(title, 8, 18);
  }
  ctx.drawImage(image, 0, header, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  downloadBlob(blob, filename);
}
