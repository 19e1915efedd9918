import { describe, expect, it } from 'vitest';
import { segmentText } from './segment-text';

// A real clause of the seed corpus, placed at an arbitrary file offset.
const text = '过去一年,全县地区生产总值69.5亿元,增长7.5%;财政总收入10亿元。';
const bodyStart = 1000;
const at = (s: string) => bodyStart + text.indexOf(s);

describe('segmentText', () => {
  it('cuts runs at every fact, spam and section boundary and keeps all the text', () => {
    const clause = '全县地区生产总值69.5亿元,增长7.5%';
    const level = { id: 'level', evidence: { start: at(clause), end: at(clause) + clause.length } };
    const growth = { id: 'growth', evidence: { start: at('增长7.5%'), end: at('增长7.5%') + 6 } };
    const runs = segmentText({
      text,
      bodyStart,
      facts: [level, growth],
      spam: [{ start: at('财政'), end: at('财政') + 2 }],
      sections: [{ ordinal: 1, start: at('过去'), end: bodyStart + text.length }],
    });
    expect(runs.map((r) => r.text).join('')).toBe(text);
    const growthRun = runs.find((r) => r.text === '增长7.5%')!;
    expect(growthRun.facts.map((f) => f.id).sort()).toEqual(['growth', 'level']);
    expect(runs.find((r) => r.text.startsWith('全县'))!.facts.map((f) => f.id)).toEqual(['level']);
    expect(runs.find((r) => r.text === '财政')!.spam).toBe(true);
    expect(runs[0]!.sectionStarts).toEqual([1]);
    expect(runs.filter((r) => r.facts.length === 0 && !r.spam).every((r) => !r.text.includes('7.5'))).toBe(
      true,
    );
  });

  it('clamps offsets outside the body instead of failing', () => {
    const runs = segmentText({
      text,
      bodyStart,
      facts: [{ evidence: { start: 0, end: bodyStart + 3 } }],
      spam: [],
      sections: [],
    });
    expect(runs[0]!.text).toBe(text.slice(0, 3));
    expect(runs[0]!.facts).toHaveLength(1);
  });
});
