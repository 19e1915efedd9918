/**
 * The one formatter: values travel in base units (yuan, persons, percent as written) and become
 * the units people read (亿元, 万元, 万人) only here, at the edge.
 */
import { type Measure, type Qualifier, unitByCode } from '@gwr/domain';
import type { Lang } from '../i18n/dictionary';

export interface Quantity {
  value: number;
  value_max?: number | null;
  unit: string;
  qualifier?: Qualifier | string | null;
  measure?: Measure | string | null;
}

const YI = 1e8;
const WAN = 1e4;

/**
 * Number formats by language, decimals and grouping. Making an Intl.NumberFormat costs far more
 * than using one (a page of figures spent most of its formatting time making them), so each is made once.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Up to `digits` decimals, trailing zeros dropped: 69.50 → "69.5", 7 → "7". */
export function formatNumber(value: number, lang: Lang = 'zh', digits = 2): string {
  const grouping = Math.abs(value) >= 10_000;
  const key = `${lang}|${digits}|${grouping}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      maximumFractionDigits: digits,
      useGrouping: grouping,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

interface Scaled {
  amount: number;
  /** Chinese unit text, written straight after the number (`69.5亿元`). */
  zh: string;
  /** English unit text, after a space (`6.95 bn CNY`). */
  en: string;
  enAmount: number;
}

/** Picks the magnitude a reader expects: 亿 from 1亿, 万 from 1万; bn from 1e9, m from 1e6. */
function scale(value: number, unit: string): Scaled {
  const abs = Math.abs(value);
  // Units are data in @gwr/domain, shared with the extractor that reads them.
  const base = unitByCode(unit);
  if (base?.scaled) {
    const [amount, zh] =
      abs >= YI
        ? [value / YI, `亿${base.zh}`]
        : abs >= WAN
          ? [value / WAN, `万${base.zh}`]
          : [value, base.zh];
    const [enAmount, en] =
      abs >= 1e9
        ? [value / 1e9, `bn ${base.en}`]
        : abs >= 1e6
          ? [value / 1e6, `m ${base.en}`]
          : [value, base.en];
    return { amount, zh, enAmount, en };
  }
  // Read without 万/亿 (distances, concentrations, percents); an unknown unit passes through.
  return { amount: value, zh: base?.zh ?? unit, enAmount: value, en: base?.en ?? unit };
}

/** A bare amount in reading units: `69.5亿元`, `5.36万元`, `1.6万人`, `7.5%`. */
export function formatAmount(value: number, unit: string, lang: Lang = 'zh'): string {
  const s = scale(value, unit);
  if (lang === 'zh') return `${formatNumber(s.amount, lang)}${s.zh}`;
  if (unit === '%') return `${formatNumber(s.enAmount, lang)}%`;
  return `${formatNumber(s.enAmount, lang)} ${s.en}`;
}

/**
 * A stated quantity with its qualifier: `7%左右`, `≤3%`, `≥2.2万人`, `6%-6.5%`; English `about 7%`,
 * `≥ 22,000 people`. Bounds are written as ≤ and ≥ in both languages: a bound comes from many
 * wordings (以内, 以下, 不超过, 控制在, 下降到, 降至; 以上, 超过, 突破, 不低于), and a word of our own
 * choosing (`40以内` for 下降到40) would misquote the report, where the sign only restates it.
 */
export function formatQuantity(q: Quantity, lang: Lang = 'zh'): string {
  if (q.qualifier === 'range' && q.value_max != null) {
    const low = formatAmount(q.value, q.unit, lang);
    const high = formatAmount(q.value_max, q.unit, lang);
    return lang === 'zh' ? `${low}-${high}` : `${low} to ${high}`;
  }
  const base = formatAmount(q.value, q.unit, lang);
  const qualifier = q.qualifier ?? 'exact';
  if (lang === 'zh' && qualifier === 'about') return `${base}左右`;
  const space = lang === 'zh' ? '' : ' ';
  const prefix: Record<string, string> = { about: 'about ', at_least: `≥${space}`, at_most: `≤${space}` };
  return `${prefix[qualifier] ?? ''}${base}`;
}

/** A difference in percentage points (gap, ambition): `+0.5个百分点`, `-1.2 pts`. */
export function formatPoints(delta: number, lang: Lang = 'zh'): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const n = formatNumber(Math.abs(delta), lang);
  return lang === 'zh' ? `${sign}${n}个百分点` : `${sign}${n} pts`;
}

/** A difference in the quantity's own unit (for levels): `+3.2亿元`. */
export function formatDelta(delta: number, unit: string, lang: Lang = 'zh'): string {
  if (unit === '%') return formatPoints(delta, lang);
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${formatAmount(Math.abs(delta), unit, lang)}`;
}

/**
 * One scale for a whole chart axis, chosen from its largest value, so bars of 69.5亿 and 5.8亿
 * share 亿元 and stay comparable.
 */
export function chartScale(values: readonly number[], unit: string, lang: Lang = 'zh') {
  const max = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const s = scale(max, unit);
  const divisor = lang === 'zh' ? (max === 0 ? 1 : max / s.amount) : max === 0 ? 1 : max / s.enAmount;
  return {
    divisor: Number.isFinite(divisor) && divisor > 0 ? divisor : 1,
    label: lang === 'zh' ? s.zh : s.en,
  };
}

/** ISO date → `2018年2月26日` or `26 Feb 2018`. */
export function formatDate(iso: string | null | undefined, lang: Lang = 'zh'): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
