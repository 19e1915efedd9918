/**
 * Scores extracted facts against the hand-labelled set, as issue 3 defines it: recall is the
 * share of gold facts found with their value; precision is, among extracted facts that share a
 * gold fact's region, indicator, kind, year and measure, the share carrying a gold value.
 */
import type { Fact } from '@gwr/domain';

export interface GoldFact {
  region: string;
  indicator: string;
  kind: string;
  year: number;
  measure: string;
  value: number;
  value_max: number | null;
  qualifier: string;
  cue: string;
}

export interface Score {
  recall: number;
  precision: number;
  qualifierAccuracy: number;
  missed: GoldFact[];
  wrong: Fact[];
  wrongQualifier: { gold: GoldFact; fact: Fact }[];
}

const key = (f: {
  region: string | null;
  indicator: string | null;
  kind: string;
  year: number | null;
  measure: string;
}) => [f.region, f.indicator, f.kind, f.year, f.measure].join('|');

/** Values equal up to floating-point noise (the gold holds 3288000000.0000005 for 32.88亿). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function score(facts: Fact[], gold: GoldFact[]): Score {
  const missed: GoldFact[] = [];
  const wrongQualifier: Score['wrongQualifier'] = [];
  let found = 0;
  let qualifierRight = 0;
  for (const g of gold) {
    const fact = facts.find(
      (f) => key(f) === key(g) && same(f.value, g.value) && (f.value_max ?? null) === (g.value_max ?? null),
    );
    if (!fact) {
      missed.push(g);
      continue;
    }
    found++;
    if (fact.qualifier === g.qualifier) qualifierRight++;
    else wrongQualifier.push({ gold: g, fact });
  }
  const goldByKey = new Map<string, GoldFact[]>();
  for (const g of gold) goldByKey.set(key(g), [...(goldByKey.get(key(g)) ?? []), g]);
  const sharing = facts.filter((f) => goldByKey.has(key(f)));
  const wrong = sharing.filter((f) => !goldByKey.get(key(f))!.some((g) => same(f.value, g.value)));
  return {
    recall: found / gold.length,
    precision: sharing.length === 0 ? 0 : (sharing.length - wrong.length) / sharing.length,
    qualifierAccuracy: found === 0 ? 0 : qualifierRight / found,
    missed,
    wrong,
    wrongQualifier,
  };
}
