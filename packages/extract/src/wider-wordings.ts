/**
 * A report may name one statistic by a wider one's word as well as by its own (`全部工业增加值15亿元,
 * 增长3.5%;规模以上工业增加值增长7%`). The catalog's statistic is the narrower: the wider wording
 * stands for it only where the report gives no figure of the same year, kind and measure under its
 * own name (the indicator's `wider` aliases).
 */
import { type Fact, indicatorById } from '@gwr/domain';
import type { IndicatorMention } from './indicator-matcher.js';

/** Whether the figure at `at` is named by a wider statistic's word: its indicator's last mention before it. */
export function namedByWiderWord(fact: Fact, mentions: readonly IndicatorMention[], at: number): boolean {
  const wider = fact.indicator ? indicatorById(fact.indicator)?.wider : undefined;
  if (!wider) return false;
  let word: string | undefined;
  for (const m of mentions) {
    if (m.start >= at) break;
    if (m.indicators.includes(fact.indicator!)) word = m.text;
  }
  return word !== undefined && wider.includes(word);
}

/** Drops from `facts` each stand-in whose statistic the document also states under its own name. */
export function dropWiderStandIns(facts: Fact[], standIns: ReadonlySet<Fact>): void {
  if (standIns.size === 0) return;
  const key = (f: Fact) => [f.region_code, f.indicator, f.kind, f.year, f.measure, f.basis].join('|');
  const ownNamed = new Set(facts.filter((f) => !standIns.has(f)).map(key));
  const kept = facts.filter((f) => !(standIns.has(f) && ownNamed.has(key(f))));
  facts.splice(0, facts.length, ...kept);
}
