import type { Qualifier, SectionKind } from '@gwr/domain';
import { describe, expect, it } from 'vitest';
import { attribute, TimeEvidence } from '../src/attribution.js';

const REPORT_2015 = { reportYear: 2015, reportLike: true };

/** Attributes the figure whose number starts at `figure` in `sentence` (its clause after the last comma). */
function attributeIn(
  sentence: string,
  figure: string,
  options: {
    section?: SectionKind;
    qualifier?: Qualifier;
    heading?: string;
    reportLike?: boolean;
    lateInYear?: boolean;
  } = {},
) {
  const at = sentence.indexOf(figure);
  if (at < 0) throw new Error(`no ${figure} in ${sentence}`);
  return attribute({
    section: options.section ?? 'review',
    sentence: new TimeEvidence(sentence),
    at,
    clauseStart: Math.max(0, sentence.lastIndexOf(',', at) + 1),
    qualifier: options.qualifier ?? 'exact',
    frame: { ...REPORT_2015, reportLike: options.reportLike ?? true, lateInYear: options.lateInYear },
    heading: options.heading === undefined ? undefined : new TimeEvidence(options.heading),
  });
}

describe('attribute: result or target, and its year, weighed from the evidence', () => {
  it('files a review figure as the result of the year before the report, saying why', () => {
    const a = attributeIn('全市地区生产总值增长7.5%', '7.5%');
    expect(a).toMatchObject({ kind: 'actual', year: 2014 });
    expect(a.reason).toContain('review section');
  });

  it('lets a year stated in the clause outweigh the section', () => {
    // A targets statement quoting last year's figure.
    const a = attributeIn('2014年,全省经济增速为4.9%', '4.9%', { section: 'targets' });
    expect(a).toMatchObject({ kind: 'actual', year: 2014 });
    expect(a.reason).toContain('year 2014 stated');
  });

  it('reads 今年 with a goal’s verb inside a review paragraph as this year’s target', () => {
    const a = attributeIn('今年全市生产总值预期增长7%左右', '7%', { qualifier: 'about' });
    expect(a).toMatchObject({ kind: 'target', year: 2015 });
    expect(a.reason).toMatch(/今年|预期/);
  });

  it('reads 年内 (within the year) as the year its passage speaks of, not as this year', () => {
    expect(attributeIn('年内新增城镇就业人员3200人', '3200人')).toMatchObject({ kind: 'actual', year: 2014 });
    expect(attributeIn('年内新增城镇就业3000人以上', '3000人', { section: 'targets' })).toMatchObject({
      kind: 'target',
      year: 2015,
    });
  });

  it('reads 去年 in a targets passage as last year’s result', () => {
    const a = attributeIn('去年全省实现生产总值增长8.1%', '8.1%', { section: 'targets' });
    expect(a).toMatchObject({ kind: 'actual', year: 2014 });
  });

  it('weighs a goal’s qualifier and verb against a body section’s lean to results', () => {
    const a = attributeIn('力争地区生产总值增长8%以上', '8%', { section: 'body', qualifier: 'at_least' });
    expect(a.kind).toBe('target');
  });

  it('frames a figure by the nearer of a stated year and a time word before it', () => {
    const sentence = '生产总值在2013年突破千亿元后,今年力争达到1200亿元';
    expect(attributeIn(sentence, '千亿元')).toMatchObject({ kind: 'actual', year: 2013 });
    expect(attributeIn(sentence, '1200亿元', { section: 'targets' })).toMatchObject({
      kind: 'target',
      year: 2015,
    });
  });

  it('reads an estimate for the year a report plans as a forecast, for a year over as a result', () => {
    const planned = attributeIn('2015年,全省将稳中求进,预计地区生产总值增长6%左右', '6%', {
      section: 'body',
      qualifier: 'about',
    });
    expect(planned).toMatchObject({ kind: 'target', year: 2015 });
    const past = attributeIn('2014年,预计地区生产总值增长6%左右', '6%', {
      section: 'body',
      qualifier: 'about',
    });
    expect(past).toMatchObject({ kind: 'actual', year: 2014 });
    // Spoken in December, the year it names is still the one being reviewed.
    const late = attributeIn('2015年,预计地区生产总值增长6%', '6%', { section: 'body', lateInYear: true });
    expect(late.kind).toBe('actual');
  });

  it('takes the year of the heading a figure stands under when its sentence names none', () => {
    const a = attributeIn('全市地区生产总值增长6%', '6%', { section: 'targets', heading: '2013年工作回顾' });
    expect(a).toMatchObject({ kind: 'actual', year: 2013 });
  });

  it('lets a past time word in the figure’s own clause outweigh the goal words of clauses before', () => {
    const a = attributeIn('力争地区生产总值增长8%,去年增长7.5%', '7.5%', { section: 'targets' });
    expect(a).toMatchObject({ kind: 'actual', year: 2014 });
  });

  it('files news of a project as what happened, in the year it names', () => {
    const a = attributeIn('2016年项目计划总投资50亿元', '50亿元', { section: 'body', reportLike: false });
    expect(a).toMatchObject({ kind: 'actual', year: 2016 });
  });

  it('reads a goal the year’s work was built around as no goal of the figures after it', () => {
    const news = { section: 'body' as const, reportLike: false };
    const review = '2015年,全县聚焦赶超进位目标任务,交出一份成绩单:地区生产总值完成88亿元';
    expect(attributeIn(review, '88亿元', news)).toMatchObject({ kind: 'actual', year: 2015 });
    // The goal named as the figure's own is one.
    const aim = '2015年,全县的目标任务是地区生产总值完成88亿元';
    expect(attributeIn(aim, '88亿元', news)).toMatchObject({ kind: 'target', year: 2015 });
  });
});

describe('TimeEvidence: the time words, years and spans of one sentence', () => {
  it('skips a comparison’s base year and a period’s start', () => {
    const e = new TimeEvidence('比2010年增长一倍,2012年以来累计投资100亿元');
    expect(e.yearBefore()).toBeNull();
    expect(new TimeEvidence('2014年全省生产总值增长8%').yearBefore()).toBe(2014);
    // A period's start named by what happened in the year; not a year listed beside another period.
    expect(new TimeEvidence('2016年换届以来,全区生产总值由100亿元增加到200亿元').yearBefore()).toBeNull();
    expect(new TimeEvidence('回顾2019年和今年以来,全国城镇新增就业1300万人').yearBefore()).toBe(2019);
    // A year singled out (特别是) is named, not a base (是2000年的2.5倍).
    const singled = new TimeEvidence('过去五年,经济实力显著增强。特别是2013年,全区财政总收入完成100亿元');
    expect(singled.yearBefore(singled.text.indexOf('100亿元'))).toBe(2013);
    // A year whose figure another is a multiple of, however the multiple is introduced.
    // A report's name run into the text (a PDF's running header, a heading line) dates nothing.
    expect(
      new TimeEvidence('2023年某市政府工作报告 一、砥砺奋进的一年 全市生产总值增长6%').yearBefore(),
    ).toBeNull();
    expect(new TimeEvidence('2023年全市生产总值增长6%').yearBefore()).toBe(2023);
    const multiple = new TimeEvidence('2011年,生产总值300亿元,为2006年的2.5倍;财政收入15亿元');
    expect(multiple.yearBefore(multiple.text.indexOf('15亿元'))).toBe(2011);
  });

  it('takes the time word nearest before a figure', () => {
    const e = new TimeEvidence('去年增长8%,今年预期增长7%');
    expect(e.timeWordBefore(5)?.word).toBe('去年');
    expect(e.timeWordBefore(e.text.indexOf('7%'))?.word).toBe('今年');
  });

  it('knows a change measured over years from one of the year, within the figure’s clauses', () => {
    const five = new TimeEvidence('五年来,全县经济总量增长1.2倍');
    expect(five.overYears(five.text.indexOf('1.2'))).toBe(true);
    const back = new TimeEvidence('五年来,工业增加值比上年增长9%');
    expect(back.overYears(back.text.indexOf('9%'))).toBe(false);
    // The span speaks of the figure before it; a semicolon ends it.
    const after = new TimeEvidence('外贸增长10%,三年来首次两位数增长;社零总额增长13%');
    expect(after.overYears(after.text.indexOf('13%'))).toBe(false);
  });

  it('reads 今年 and 明年 of a report given in December for the year after by the day of speaking', () => {
    const late = { section: 'body' as const, lateInYear: true };
    expect(attributeIn('报告提出明年的奋斗目标是:地区生产总值增长10%', '10%', late)).toMatchObject({
      kind: 'target',
      year: 2015,
    });
    expect(attributeIn('今年全区生产总值增长12%', '12%', late)).toMatchObject({ kind: 'actual', year: 2014 });
    // Said early in the year, the same words mean a year later.
    expect(attributeIn('今年全区生产总值增长12%', '12%', { section: 'body' })).toMatchObject({
      kind: 'target',
      year: 2015,
    });
  });

  it('dates a figure under a five-year plan’s period by the plan’s last year', () => {
    expect(
      attributeIn('“十三五”期间全市进出口总额要突破100亿美元', '100亿美元', { section: 'body' }),
    ).toMatchObject({ kind: 'target', year: 2020 });
    // In single quotes, as a quotation inside a quotation writes it.
    expect(
      attributeIn('市长说:“‘十三五’期间,全市进出口总额要突破100亿美元', '100亿美元', { section: 'body' }),
    ).toMatchObject({ kind: 'target', year: 2020 });
    expect(attributeIn('“十五”期间,全市生产总值达到300亿元', '300亿元')).toMatchObject({
      kind: 'actual',
      year: 2005,
    });
    expect(attributeIn('“十二五”期末,全市生产总值达到500亿元', '500亿元')).toMatchObject({
      kind: 'actual',
      year: 2015,
    });
    expect(
      attributeIn('财政总收入达到130亿元', '130亿元', {
        section: 'targets',
        heading: '全市“十三五”发展的主要目标是:',
      }),
    ).toMatchObject({ kind: 'target', year: 2020 });
  });
});
