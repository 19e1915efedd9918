/**
 * Finds indicator mentions in match text: every catalog alias (longest first, so
 * `规模以上工业增加值` wins over `工业增加值`), plus constructions that name two indicators at once
 * (`城乡居民人均可支配收入` is the urban and the rural income) or that name one across a few words
 * (`服务业…在三次产业中的占比`).
 */
import { INDICATORS } from '@gwr/domain';

export interface IndicatorMention {
  start: number;
  end: number;
  /** One id, or several for a construction naming a pair in order (urban, rural). */
  indicators: string[];
  text: string;
}

interface Pattern {
  re: RegExp;
  indicators: string[];
}

const INCOME = '人均(?:可支配)?收入';
/** Constructions beyond plain aliases; each follows a way reports write, not a particular report. */
const PATTERNS: Pattern[] = [
  // 城乡居民人均可支配收入 / 城镇居民和农村居民人均可支配收入 / 城镇和农村常住居民人均可支配收入:
  // the urban and the rural figure, in that order (分别 pairs them with two values).
  {
    re: new RegExp(`城乡(?:常住)?居民${INCOME}`, 'y'),
    indicators: ['urban_income_per_capita', 'rural_income_per_capita'],
  },
  {
    re: new RegExp(`城镇(?:常住)?(?:居民)?(?:和|与|及|、)农村(?:常住)?居民${INCOME}`, 'y'),
    indicators: ['urban_income_per_capita', 'rural_income_per_capita'],
  },
  // A share of services written around the noun: 服务业增加值占比, 服务业…在三次产业中的占比.
  {
    re: /服务业(?:增加值)?[^。;;,,\d]{0,10}(?:[,,][^。;;,,\d]{0,12})?(?:占比|比重)/y,
    indicators: ['services_share'],
  },
];

interface AliasEntry {
  alias: string;
  id: string;
}

let aliasRe: RegExp | undefined;
let aliasToId: Map<string, string> | undefined;

function aliases(): { re: RegExp; map: Map<string, string> } {
  if (!aliasRe || !aliasToId) {
    const entries: AliasEntry[] = INDICATORS.flatMap((i) => i.aliases.map((alias) => ({ alias, id: i.id })));
    entries.sort((a, b) => b.alias.length - a.alias.length);
    aliasToId = new Map(entries.map((e) => [e.alias, e.id]));
    aliasRe = new RegExp(entries.map((e) => e.alias.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')).join('|'), 'g');
  }
  return { re: aliasRe, map: aliasToId };
}

/** Mentions in `text`, left to right, not overlapping (a longer match wins). */
export function findIndicatorMentions(text: string): IndicatorMention[] {
  const { re, map } = aliases();
  const mentions: IndicatorMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Patterns that start here and reach further take precedence over the plain alias.
    const pattern = matchPatternAt(text, m.index);
    if (pattern && pattern.end > m.index + m[0].length) {
      mentions.push(pattern);
      re.lastIndex = pattern.end;
      continue;
    }
    mentions.push({ start: m.index, end: m.index + m[0].length, indicators: [map.get(m[0])!], text: m[0] });
  }
  // Pattern-only mentions (no alias inside at their start), e.g. 城乡居民人均收入.
  for (let i = text.indexOf('城'); i >= 0; i = text.indexOf('城', i + 1)) addPattern(text, i, mentions);
  for (let i = text.indexOf('服务业'); i >= 0; i = text.indexOf('服务业', i + 1))
    addPattern(text, i, mentions);
  return mentions.sort((a, b) => a.start - b.start);
}

function addPattern(text: string, index: number, mentions: IndicatorMention[]): void {
  const pattern = matchPatternAt(text, index);
  if (!pattern) return;
  // Replace the mentions the pattern covers (服务业增加值 inside 服务业增加值占比).
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.start >= pattern.start && m.end <= pattern.end) mentions.splice(k, 1);
    else if (m.start < pattern.end && m.end > pattern.start) return;
  }
  mentions.push(pattern);
}

function matchPatternAt(text: string, index: number): IndicatorMention | null {
  for (const p of PATTERNS) {
    p.re.lastIndex = index;
    const m = p.re.exec(text);
    if (m) return { start: index, end: index + m[0].length, indicators: p.indicators, text: m[0] };
  }
  return null;
}
