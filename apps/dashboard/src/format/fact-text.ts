/** One-line descriptions of a fact, for tooltips, chart alternatives and the evidence panel. */
import type { Lang, MessageKey } from '../i18n/dictionary';
import { formatQuantity, type Quantity } from './format';

interface Describable extends Quantity {
  indicator?: string | null;
  indicator_zh?: string | null;
  indicator_en?: string | null;
  label?: string | null;
  kind: string;
  year: number | null;
  measure: string;
  region?: string | null;
}

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function indicatorName(
  f: Pick<Describable, 'indicator' | 'indicator_zh' | 'indicator_en' | 'label'>,
  lang: Lang,
) {
  const name = lang === 'zh' ? f.indicator_zh : f.indicator_en;
  return name ?? f.label ?? f.indicator ?? '—';
}

/** `庆元县 · 地区生产总值 增长率 · 2017年结果 · 7.5%` */
export function describeFact(f: Describable, lang: Lang, t: T): string {
  const parts = [
    f.region ?? null,
    `${indicatorName(f, lang)} ${t(`fact.measure.${f.measure}` as MessageKey)}`,
    f.year != null
      ? t(f.kind === 'target' ? 'overview.target' : 'overview.result', { y: f.year })
      : t(`fact.kind.${f.kind}` as MessageKey),
    formatQuantity(f, lang),
  ];
  return parts.filter(Boolean).join(' · ');
}
