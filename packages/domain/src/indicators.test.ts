import { describe, expect, it } from 'vitest';
import { INDICATORS, indicatorById } from './indicators.js';

describe('the indicator catalog', () => {
  it('names only indicators it holds where one statistic points to another', () => {
    for (const indicator of INDICATORS) {
      for (const other of [indicator.before, indicator.partOf, indicator.shareOfGdp]) {
        if (other !== undefined) expect(indicatorById(other), `${indicator.id} → ${other}`).toBeDefined();
      }
    }
  });

  it('lists the loose and wider names of a statistic among its aliases, loose ones only where an earlier series exists', () => {
    for (const indicator of INDICATORS) {
      for (const name of [...(indicator.loose ?? []), ...(indicator.wider ?? [])])
        expect(indicator.aliases, `${indicator.id}: ${name}`).toContain(name);
      if (indicator.loose) expect(indicator.before, indicator.id).toBeDefined();
    }
  });

  it('gives a series published from some year the series published before it, ending then', () => {
    for (const indicator of INDICATORS.filter((i) => i.before !== undefined)) {
      const from = indicator.years?.from;
      expect(from, indicator.id).toBeDefined();
      const before = indicatorById(indicator.before!)!;
      expect(before.years?.to, before.id).toBeGreaterThanOrEqual(from! - 1);
    }
    expect(INDICATORS.filter((i) => i.before !== undefined).map((i) => i.id)).toContain(
      'rural_income_per_capita',
    );
  });
});
