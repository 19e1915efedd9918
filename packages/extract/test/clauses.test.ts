import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/clauses.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
const clausesOf = (text: string) =>
  splitSentences(text).map((s) => s.clauses.map((c) => text.slice(c.start, c.end)));

describe('splitSentences', () => {
  it('ends sentences at full stops and paragraph gaps, dropping the marks', () => {
    expect(sentencesOf('全县地区生产总值69.5亿元。财政总收入7.11亿元! (一)优化环境')).toEqual([
      '全县地区生产总值69.5亿元',
      '财政总收入7.11亿元',
      '(一)优化环境',
    ]);
  });

  it('starts a sentence at a numbered item, not inside a decimal number', () => {
    expect(sentencesOf('较好完成。2.民生保障不断加强,增长2.5%。10.庆元大道路段新建加油站1座')).toEqual([
      '较好完成',
      '2.民生保障不断加强,增长2.5%',
      '10.庆元大道路段新建加油站1座',
    ]);
  });

  it('starts a sentence at a subheading (三)', () => {
    expect(sentencesOf('民生福祉不断增进(三)深化改革')).toEqual(['民生福祉不断增进', '(三)深化改革']);
  });

  it('splits clauses at , ; : but not at a thousands separator', () => {
    expect(clausesOf('主要预期目标为:地区生产总值增长7%;新增就业1,200人,增长5%')).toEqual([
      ['主要预期目标为', '地区生产总值增长7%', '新增就业1,200人', '增长5%'],
    ]);
  });

  it('keeps a short note in brackets in its clause, comma and all', () => {
    expect(clausesOf('全年实现地区生产总值(预计,下同)7100亿元,增长6%')).toEqual([
      ['全年实现地区生产总值(预计,下同)7100亿元', '增长6%'],
    ]);
  });

  it('ends a clause at a dash rule inside a sentence, as at a colon', () => {
    expect(clausesOf('去年多项指标跨上新台阶——城乡居民收入4万元,增长6%')).toEqual([
      ['去年多项指标跨上新台阶', '城乡居民收入4万元', '增长6%'],
    ]);
  });

  it('cuts a run of thousands of characters without a full stop into bounded pieces', () => {
    const run = '新增公共停车位2000个,'.repeat(500);
    const pieces = splitSentences(run);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.end - piece.start).toBeLessThanOrEqual(600);
    expect(pieces.flatMap((p) => p.clauses)).toHaveLength(500);
  });
});
