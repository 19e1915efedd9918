import { describe, expect, it } from 'vitest';
import {
  ABOUT_TOLERANCE,
  evaluateAttainment,
  evaluateShare,
  evaluateTarget,
  type Figure,
  targetAmbition,
  targetBound,
} from './attainment.js';

const f = (
  value: number,
  qualifier: Figure['qualifier'] = 'exact',
  value_max: number | null = null,
): Figure => ({
  value,
  value_max,
  qualifier,
  unit: '%',
});

describe('evaluateTarget — direction higher (GDP growth)', () => {
  it('an exact target is a floor: 7.5 meets 增长7%, 6.8 misses it', () => {
    expect(evaluateTarget(f(7), f(7.5), 'higher')).toEqual({ status: 'met', gap: 0.5 });
    expect(evaluateTarget(f(7), f(7), 'higher')).toEqual({ status: 'met', gap: 0 });
    expect(evaluateTarget(f(7), f(6.8), 'higher')).toEqual({ status: 'missed', gap: -0.2 });
  });

  it('左右 accepts a result within the tolerance below, not beyond it', () => {
    expect(ABOUT_TOLERANCE).toBeGreaterThan(0);
    expect(evaluateTarget(f(7, 'about'), f(6.9), 'higher').status).toBe('within_tolerance');
    expect(evaluateTarget(f(7, 'about'), f(6.7), 'higher').status).toBe('within_tolerance');
    expect(evaluateTarget(f(7, 'about'), f(6.5), 'higher')).toEqual({ status: 'missed', gap: -0.5 });
    expect(evaluateTarget(f(7, 'about'), f(9), 'higher').status).toBe('met');
  });

  it('a range is met from its lower end up, also above its upper end', () => {
    const range = f(6, 'range', 6.5);
    expect(evaluateTarget(range, f(6.2), 'higher')).toEqual({ status: 'met', gap: 0.2 });
    expect(evaluateTarget(range, f(7), 'higher').status).toBe('met');
    expect(evaluateTarget(range, f(5.9), 'higher')).toEqual({ status: 'missed', gap: -0.1 });
  });

  it('以上 is a floor and 以内 a cap whatever the direction', () => {
    expect(evaluateTarget(f(10, 'at_least'), f(9.9), 'higher').status).toBe('missed');
    expect(evaluateTarget(f(10, 'at_least'), f(10), 'higher').status).toBe('met');
    expect(evaluateTarget(f(3, 'at_most'), f(3.2), 'higher').status).toBe('missed');
  });

  it('a result stated as 超过 that falls short of the floor is unknown, not missed', () => {
    const target: Figure = { value: 52e9, qualifier: 'exact', unit: 'CNY' };
    const result: Figure = { value: 50e9, qualifier: 'at_least', unit: 'CNY' };
    expect(evaluateTarget(target, result, 'higher')).toEqual({ status: 'unknown', gap: -2e9 });
    expect(evaluateTarget({ ...target, value: 48e9 }, result, 'higher').status).toBe('met');
  });
});

describe('evaluateTarget — direction lower (unemployment, PM2.5) and ceiling (CPI)', () => {
  it('an unemployment target is a cap: 4.3%左右 is met by 3.9 and by 4.4, missed by 4.6', () => {
    expect(evaluateTarget(f(4.3, 'about'), f(3.9), 'lower')).toEqual({ status: 'met', gap: -0.4 });
    expect(evaluateTarget(f(4.3, 'about'), f(4.4), 'lower').status).toBe('within_tolerance');
    expect(evaluateTarget(f(4.3, 'about'), f(4.6), 'lower').status).toBe('missed');
  });

  it('a CPI ceiling is met by anything up to the cap, missed above it', () => {
    expect(evaluateTarget(f(3, 'about'), f(1.6), 'ceiling')).toEqual({ status: 'met', gap: -1.4 });
    expect(evaluateTarget(f(3, 'exact'), f(3.4), 'ceiling')).toEqual({ status: 'missed', gap: 0.4 });
    expect(evaluateTarget(f(2, 'range', 3), f(2.8), 'ceiling').status).toBe('met');
    expect(evaluateTarget(f(2, 'range', 3), f(3.1), 'ceiling').status).toBe('missed');
  });

  it('下降3%以上 (−3, at_least) needs a fall of 3 or more', () => {
    expect(targetBound(f(-3, 'at_least'), 'lower')).toEqual({ kind: 'cap', bound: -3, slack: 0 });
    expect(evaluateTarget(f(-3, 'at_least'), f(-3.5), 'lower').status).toBe('met');
    expect(evaluateTarget(f(-3, 'at_least'), f(-2.1), 'lower').status).toBe('missed');
  });

  it('a PM2.5 level target in µg/m³', () => {
    const target: Figure = { value: 35, qualifier: 'at_most', unit: 'ug/m3' };
    expect(evaluateTarget(target, { value: 31, qualifier: 'exact', unit: 'ug/m3' }, 'lower').status).toBe(
      'met',
    );
    expect(evaluateTarget(target, { value: 38, qualifier: 'exact', unit: 'ug/m3' }, 'lower').status).toBe(
      'missed',
    );
  });
});

describe('missing sides and incomparable units', () => {
  it('awaiting_result without a result, no_target without a target', () => {
    expect(evaluateTarget(f(7), null, 'higher')).toEqual({ status: 'awaiting_result', gap: null });
    expect(evaluateTarget(null, f(7.5), 'higher')).toEqual({ status: 'no_target', gap: null });
    expect(evaluateTarget(null, null, 'higher').status).toBe('unknown');
  });

  it('units that differ are unknown', () => {
    const target: Figure = { value: 1e9, qualifier: 'exact', unit: 'CNY' };
    expect(evaluateTarget(target, { value: 1e9, qualifier: 'exact', unit: 'USD' }, 'higher').status).toBe(
      'unknown',
    );
  });
});

describe('attainment shares (完成年度任务的201.6%)', () => {
  it('100% or more is met, less is missed', () => {
    expect(evaluateShare(f(201.6))).toEqual({ status: 'met', gap: 101.6 });
    expect(evaluateShare(f(100))).toEqual({ status: 'met', gap: 0 });
    expect(evaluateShare(f(87.5))).toEqual({ status: 'missed', gap: -12.5 });
    expect(evaluateAttainment('attainment_pct', null, f(133), 'higher').status).toBe('met');
    expect(evaluateAttainment('growth_pct', f(7), f(7.5), 'higher').status).toBe('met');
  });
});

describe('targetAmbition', () => {
  it('compares the target for Y with the result for Y−1, in the direction that is good', () => {
    expect(targetAmbition(f(7), f(7.5), 'higher')).toEqual({ delta: -0.5, verdict: 'lowered' });
    expect(targetAmbition(f(8.5, 'about'), f(8), 'higher')).toEqual({ delta: 0.5, verdict: 'raised' });
    expect(targetAmbition(f(7), f(7), 'higher')).toEqual({ delta: 0, verdict: 'held' });
    expect(targetAmbition(f(4, 'at_most'), f(4.3), 'lower')).toEqual({ delta: -0.3, verdict: 'raised' });
    expect(targetAmbition(f(3, 'about'), f(1.8), 'ceiling')).toEqual({ delta: 1.2, verdict: 'lowered' });
    expect(targetAmbition(f(7), null, 'higher')).toEqual({ delta: null, verdict: 'unknown' });
  });
});
