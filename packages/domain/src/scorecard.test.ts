import { describe, expect, it } from 'vitest';
import { type ScorecardFact, scorecardRows } from './scorecard.js';

const fact = (over: Partial<ScorecardFact> & Pick<ScorecardFact, 'fact_id' | 'kind' | 'year' | 'value'>) =>
  ({
    region: '某县',
    region_code: '000001',
    indicator: 'gdp',
    measure: 'growth_pct',
    unit: '%',
    qualifier: 'exact',
    value_max: null,
    label: null,
    ...over,
  }) as ScorecardFact;

describe('scorecardRows', () => {
  it('pairs the target of a year with the result of the same year, whichever document each came from', () => {
    const rows = scorecardRows([
      fact({ fact_id: 'r17', kind: 'actual', year: 2017, value: 7.5 }),
      fact({ fact_id: 't18', kind: 'target', year: 2018, value: 6.5, qualifier: 'about' }),
      fact({ fact_id: 'r18', kind: 'actual', year: 2018, value: 6.6 }),
      fact({ fact_id: 't19', kind: 'target', year: 2019, value: 6, qualifier: 'range', value_max: 6.5 }),
    ]);
    const byYear = new Map(rows.map((r) => [r.year, r]));
    expect(byYear.get(2017)).toMatchObject({
      status: 'no_target',
      result_fact_id: 'r17',
      target_fact_id: null,
    });
    expect(byYear.get(2018)).toMatchObject({
      status: 'met',
      gap: 0.1,
      result_fact_id: 'r18',
      target_fact_id: 't18',
      previous_result_fact_id: 'r17',
      ambition_verdict: 'lowered',
      ambition_delta: -1,
    });
    expect(byYear.get(2019)).toMatchObject({
      status: 'awaiting_result',
      previous_result_fact_id: 'r18',
      ambition_verdict: 'lowered',
    });
  });

  it('keeps regions, indicators and measures apart', () => {
    const rows = scorecardRows([
      fact({ fact_id: 'a', kind: 'target', year: 2018, value: 7 }),
      fact({ fact_id: 'b', kind: 'actual', year: 2018, value: 6, region: '另一县', region_code: '000002' }),
      fact({ fact_id: 'c', kind: 'actual', year: 2018, value: 6, measure: 'level', unit: 'CNY' }),
    ]);
    expect(rows.map((r) => r.status).sort()).toEqual(['awaiting_result', 'no_target', 'no_target']);
  });

  it('a 左右 target missed by less than its tolerance is within tolerance; a share of tasks is its own row', () => {
    const rows = scorecardRows([
      fact({ fact_id: 't', kind: 'target', year: 2018, value: 3, qualifier: 'about' }),
      fact({ fact_id: 'r', kind: 'actual', year: 2018, value: 2.9 }),
      fact({
        fact_id: 's',
        kind: 'actual',
        year: 2018,
        value: 96,
        indicator: null,
        measure: 'attainment_pct',
        label: '主要目标任务',
      }),
    ]);
    expect(rows.find((r) => r.indicator === 'gdp')).toMatchObject({ status: 'within_tolerance', gap: -0.1 });
    expect(rows.find((r) => r.indicator === null)).toMatchObject({
      status: 'missed',
      gap: -4,
      label: '主要目标任务',
    });
  });
});
