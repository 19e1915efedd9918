import { readFileSync } from 'node:fs';
import type { DocumentKind, SectionKind } from '@gwr/domain';
import { describe, expect, it } from 'vitest';
import { toMatchText } from '../src/normalize.js';
import { findSections, type SectionSpan } from '../src/sections.js';
import { splitPage } from '../src/split-page.js';

const SEED = new URL('../../../seeds/000_7a8c45a8c6b1753b.txt', import.meta.url);
const GOLD = new URL('./fixtures/gold/seed-kpis.jsonl', import.meta.url);
const seed = splitPage(readFileSync(SEED, 'utf8')).documents;

function report(titlePart: string) {
  const doc = seed.find((d) => d.title.includes(titlePart))!;
  const text = toMatchText(doc.body);
  return { text, sections: findSections(text, 'work_report') };
}

const ouhai = report('瓯海区政府工作报告');
const qingyuan = report('庆元县政府工作报告');
const quzhou = report('衢州市政府工作报告');
const reports = { 瓯海区: ouhai, 庆元县: qingyuan, 衢州市: quzhou };

function sectionAt(r: { text: string; sections: SectionSpan[] }, phrase: string): SectionSpan {
  const at = r.text.indexOf(phrase);
  expect(at, phrase).toBeGreaterThanOrEqual(0);
  return r.sections.find((s) => s.start <= at && at < s.end)!;
}

describe('findSections on the seed reports', () => {
  it.each(Object.entries(reports))('%s: sections cover the body in order, without gaps', (_, r) => {
    expect(r.sections[0]!.start).toBe(0);
    expect(r.sections.at(-1)!.end).toBe(r.text.length);
    r.sections.forEach((s, i) => {
      expect(s.end).toBeGreaterThan(s.start);
      if (i > 0) expect(s.start).toBe(r.sections[i - 1]!.end);
    });
  });

  it('cuts run-in headings where the heading phrase ends', () => {
    const titles = (r: { sections: SectionSpan[] }) => r.sections.map((s) => s.title);
    expect(titles(ouhai)).toEqual(
      expect.arrayContaining([
        '一、2017年工作回顾',
        '二、2018年工作总体要求',
        '三、2018年重点工作任务',
        '四、深化政府自身改革和建设',
      ]),
    );
    expect(titles(qingyuan)).toEqual(
      expect.arrayContaining([
        '一、2017年工作回顾',
        '二、2018年政府工作的总体要求和目标任务',
        '三、全面加强政府自身建设',
      ]),
    );
    expect(titles(quzhou)).toEqual(
      expect.arrayContaining(['一、2017年工作回顾', '二、总体要求', '三、2018年重点工作']),
    );
  });

  it('reads the parts of a district report', () => {
    expect(ouhai.sections.map((s) => s.kind)).toEqual([
      'preamble',
      'review',
      'targets',
      'tasks',
      'closing',
      'appendix',
      'closing',
    ]);
    expect(sectionAt(ouhai, '各位代表:现在,我代表区人民政府').kind).toBe('preamble');
    expect(sectionAt(ouhai, '财政总收入59.2亿元、增长8.3%').kind).toBe('review');
    // (一)…(六) inside the review are subheadings, not parts.
    expect(sectionAt(ouhai, '(六)坚持以人民为中心').kind).toBe('review');
    expect(sectionAt(ouhai, '城镇登记失业率控制在3%以内').kind).toBe('targets');
    expect(sectionAt(ouhai, '新增城镇就业1万人以上').kind).toBe('tasks');
  });

  it('takes a 民生实事 list announced inside the speech as a list, ending where it is summed up', () => {
    const list = sectionAt(ouhai, '新增公共停车位2000个');
    expect(list).toMatchObject({ kind: 'appendix', title: '民生实事' });
    expect(ouhai.text.slice(list.start, list.start + 14)).toBe('拟办的民生实事建议如下:1.');
    expect(sectionAt(ouhai, '以上事项,提请本次大会表决').kind).toBe('closing');
    expect(sectionAt(ouhai, '而努力奋斗!').kind).toBe('closing');
  });

  it('splits a general-requirements part into its targets and the task list announced in it', () => {
    expect(sectionAt(qingyuan, '主要预期目标为:地区生产总值增长7%').kind).toBe('targets');
    expect(sectionAt(qingyuan, '实现上述目标,要切实把握好以下五方面').kind).toBe('targets');
    const tasks = sectionAt(qingyuan, '(一)聚焦绿色发展');
    expect(tasks).toMatchObject({ kind: 'tasks', title: '2018年重点抓好“六个聚焦”' });
    expect(sectionAt(qingyuan, '城镇登记失业率控制在3.5%以内').kind).toBe('tasks');
    // The same words as the appendix headings, in running text, stay in the tasks.
    expect(sectionAt(qingyuan, '办好年度十件大事、十件民生实事、十件关键小事').kind).toBe('tasks');
  });

  it('titles each appendix list after the speech with its heading', () => {
    const appendix = qingyuan.sections.filter((s) => s.kind === 'appendix');
    expect(appendix.map((s) => s.title)).toEqual(['十件大事', '民生实事', '关键小事', '名词解释']);
    expect(qingyuan.text.slice(appendix[0]!.start, appendix[0]!.start + 9)).toBe('2018年十件大事');
    expect(qingyuan.text.slice(appendix[1]!.start, appendix[1]!.start + 16)).toBe('2018年民生实事(12选10)');
    expect(sectionAt(qingyuan, '而努力奋斗!2018年十件大事').kind).toBe('closing');
    expect(sectionAt(qingyuan, '增设城区停车位300个').title).toBe('关键小事');
    expect(appendix.at(-1)!.end).toBe(qingyuan.text.length);
  });

  it('carves the targets statement out of a tasks part, and the closing address after the last task', () => {
    const targets = sectionAt(quzhou, '城镇调查失业率控制在5%以内');
    expect(targets.kind).toBe('targets');
    expect(quzhou.text.slice(targets.start, targets.end)).toMatch(
      /^新一年,我市经济社会发展的主要预期目标为:.*节能减排降碳完成省定目标任务。$/,
    );
    expect(sectionAt(quzhou, '2018年,是我市全面建设大花园的第一年').kind).toBe('tasks');
    expect(sectionAt(quzhou, '重点抓好十项工作').kind).toBe('tasks');
    expect(sectionAt(quzhou, '网络零售额增长40%以上').kind).toBe('tasks');
    expect(sectionAt(quzhou, '各位代表!新时代充满希望')).toMatchObject({ kind: 'closing', title: '结束语' });
    expect(sectionAt(quzhou, '各位代表:现在,我代表衢州市人民政府')).toMatchObject({
      kind: 'preamble',
      title: '开篇',
    });
    expect(sectionAt(quzhou, '(十)努力建设人民满意的现代新型政府').kind).toBe('tasks');
  });

  it('puts every hand-labelled result in the review and every target in the targets or tasks', () => {
    const gold = readFileSync(GOLD, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { region: string; kind: string; cue: string });
    const expected: Record<string, SectionKind[]> = { actual: ['review'], target: ['targets', 'tasks'] };
    let checked = 0;
    for (const fact of gold) {
      const r = reports[fact.region as keyof typeof reports];
      if (!r) continue;
      expect(expected[fact.kind], fact.cue).toContain(sectionAt(r, fact.cue).kind);
      checked++;
    }
    expect(checked).toBeGreaterThan(60);
  });
});

describe('findSections beyond the seed', () => {
  it('gives news one body, whatever numbered parts it has', () => {
    const news = seed.find((d) => d.title.includes('阿克苏'))!;
    const text = toMatchText(news.body);
    expect(text).toContain('一、聚焦产业就业');
    expect(findSections(text, 'news')).toEqual([{ kind: 'body', title: '正文', start: 0, end: text.length }]);
  });

  it('reads a page titled by a targets heading alone (2019年预期目标) as opening on the statement', () => {
    const body = '地区生产总值增长7%左右\n一般公共预算收入增长5%\n加快产业升级\n新建项目100个。';
    expect(findSections(body, 'news', false, '2019年预期目标')).toEqual([
      { kind: 'targets', title: '2019年预期目标', start: 0, end: body.length },
    ]);
    // A headline that speaks of targets among other words is no heading of the page's body.
    expect(findSections(body, 'news', false, '某市聚焦2019年预期目标抓落实')[0]?.kind).toBe('body');
  });

  it('reads headings in traditional characters and full-width punctuation through the match text', () => {
    const body =
      '各位代表：現在，我代表縣人民政府向大會作政府工作報告。 一、2017年工作回顧一年來，全縣地區生產總值69.5億元。 二、2018年工作總體要求和主要目標2018年全縣經濟社會發展的主要預期目標為：地區生產總值增長7%。 三、全面加強政府自身建設各位代表，而努力奮鬥！';
    const sections = findSections(toMatchText(body), 'work_report');
    expect(sections.map((s) => [s.kind, s.title])).toEqual([
      ['preamble', '开篇'],
      ['review', '一、2017年工作回顾'],
      ['targets', '二、2018年工作总体要求和主要目标'],
      ['closing', '三、全面加强政府自身建设'],
    ]);
  });

  it('does not close a speech where a salutation turns to a past term’s figures', () => {
    const body =
      '各位代表:现在,我代表市人民政府向大会报告工作。\n一、去年及“十三五”工作回顾\n2020年,全市地区生产总值增长3.3%。\n各位代表!“十三五”期间,全市地区生产总值达到2276.95亿元,财政总收入达到228.22亿元,城乡居民人均可支配收入达到36209元和14189元。\n各位代表,让我们团结奋斗!';
    const sections = findSections(toMatchText(body), 'work_report');
    expect(sections.map((x) => x.kind)).toEqual(['preamble', 'review', 'closing']);
    expect(body.slice(sections[2]!.start)).toBe('各位代表,让我们团结奋斗!');
  });

  it('finds the same parts when headings follow the full stop with no space', () => {
    const packed = quzhou.text.replace(/。 +(?=[一二三四五六七八九十]、)/g, '。');
    const kinds = (t: string) => findSections(t, 'work_report').map((x) => [x.kind, x.title]);
    expect(packed.length).toBeLessThan(quzhou.text.length);
    expect(kinds(packed)).toEqual(kinds(quzhou.text));
  });

  it('reads past spam the pipeline masked, even right before a heading', () => {
    const masked = (text: string, from: number, to: number) =>
      text.slice(0, from) + '\u2060'.repeat(to - from) + text.slice(to);
    const at = quzhou.text.indexOf(' 三、2018年重点工作');
    const withSpam = `${quzhou.text.slice(0, at)}侯卫东官场笔记${quzhou.text.slice(at + 1)}`;
    const spamEnd = at + '侯卫东官场笔记'.length;
    const kinds = (t: string) => findSections(t, 'work_report').map((x) => [x.kind, x.title]);
    expect(kinds(masked(withSpam, at, spamEnd))).toEqual(kinds(quzhou.text));
  });

  it('reads heading lines of a plain-text report, in full-width punctuation', () => {
    const body = [
      '各位代表：',
      '现在，我代表省人民政府，向大会报告工作，请予审议。',
      '一、2018年工作回顾',
      '过去一年，全省地区生产总值增长7.8%。',
      '二、2019年工作总体要求和主要预期目标',
      '今年全省经济社会发展的主要预期目标是：地区生产总值增长7.5%—8%。',
      '三、奋力开创新时代发展新局面',
      '（一）推进产业发展。力争新增规模以上工业企业1000家以上。',
    ].join('\n');
    expect(findSections(toMatchText(body), 'work_report').map((x) => [x.kind, x.title])).toEqual([
      ['preamble', '开篇'],
      ['review', '一、2018年工作回顾'],
      ['targets', '二、2019年工作总体要求和主要预期目标'],
      ['tasks', '三、奋力开创新时代发展新局面'],
    ]);
  });

  it('reads a text that opens on a year’s tasks heading line (2025年工作任务:…) as that part, with no review', () => {
    const body = [
      '2025年工作任务:攻坚克难谋新篇',
      '今年政府工作的总体要求是:坚持稳中求进,奋力推进高质量发展。',
      '全县生产总值增长6%以上,固定资产投资增长8%。',
    ].join('\n');
    expect(findSections(body, 'work_report').map((x) => [x.kind, x.title])).toEqual([
      ['tasks', '2025年工作任务:攻坚克难谋新篇'],
    ]);
  });

  it('opens no targets statement on a goal the year’s work was built around (围绕…发展目标,…)', () => {
    const body = [
      '各位代表:',
      '现在,我代表市人民政府向大会报告工作。',
      '2022年工作回顾',
      '2022年,是某市发展进程中极不寻常的一年。市政府围绕某某“两个定位”发展目标,推动经济社会平稳健康发展。全市完成地区生产总值480亿元,增长2.5%。',
    ].join('\n');
    expect(findSections(body, 'work_report').map((x) => [x.kind, x.title])).toEqual([
      ['preamble', '开篇'],
      ['review', '工作回顾'],
    ]);
  });

  it('opens the review right after a salutation that goes straight on to the year past', () => {
    const excerpt = [
      '各位代表:',
      '过去一年,全区生产总值完成310亿元,增长6.8%。',
      '今年经济社会发展的主要预期目标是:全区生产总值增长6%左右。',
    ].join('\n');
    expect(kindAt(excerpt)('全区生产总值完成310亿元')).toBe('review');
    // The speaker's opening sentence is still the preamble's.
    const report = ['各位代表:', '现在,我代表区人民政府向大会报告工作。', excerpt.slice(6)].join('\n');
    expect(kindAt(report)('我代表区人民政府')).toBe('preamble');
    expect(kindAt(report)('全区生产总值完成310亿元')).toBe('review');
  });

  it('gives the numbered parts under an unnumbered heading line its kind', () => {
    const body = [
      '各位代表:',
      '现在,我代表市人民政府向大会报告工作。',
      '2020年政府工作回顾',
      '这一年极不平凡。',
      '一、统筹发展和安全,经济稳中有进',
      '全市地区生产总值完成300亿元,增长4%。',
      '2021年工作安排',
      '一、推动产业升级',
      '力争新增规上企业50家。',
    ].join('\n');
    expect(findSections(body, 'work_report').map((x) => [x.kind, x.title])).toEqual([
      ['preamble', '开篇'],
      ['review', '2020年政府工作回顾'],
      ['review', '一、统筹发展和安全'],
      ['tasks', '一、推动产业升级'],
    ]);
  });

  it('carves a relayed targets statement out of news, a list under its heading included', () => {
    const news = [
      '市长在会上作政府工作报告。报告回顾了去年的工作,全市生产总值增长6%。',
      '报告提出,今年全市经济社会发展的主要预期目标是:',
      '地区生产总值增长6.5%左右;',
      '固定资产投资增长8%;',
      '城镇登记失业率控制在4%以内。',
      '报告还对今年的工作作了全面部署,要求各级各部门狠抓落实,确保各项目标任务圆满完成。',
    ].join('\n');
    const sections = findSections(news, 'news');
    expect(sections.map((x) => x.kind)).toEqual(['body', 'targets', 'body']);
    const targets = sections[1]!;
    expect(news.slice(targets.start, targets.end)).toContain('城镇登记失业率控制在4%以内。');
    expect(news.slice(targets.start, targets.end)).not.toContain('生产总值增长6%');
  });

  it('runs a relayed targets statement on through the sentences of its paragraph that list more targets', () => {
    const news = [
      '省长作政府工作报告。今年全省的主要预期目标:生产总值增长8%,完成重建任务的七成。财政收入增长9%;城镇登记失业率控制在4%以内。去年全省生产总值增长7%。',
      '报告部署了今年的重点工作。',
    ].join('\n');
    const [, statement] = findSections(news, 'news', true);
    expect(news.slice(statement!.start, statement!.end)).toBe(
      '今年全省的主要预期目标:生产总值增长8%,完成重建任务的七成。财政收入增长9%;城镇登记失业率控制在4%以内。',
    );
  });

  it('heads a relayed digest’s items with a year alone on its line', () => {
    const news = [
      '报告里的本省亮点',
      '',
      '2025年',
      '',
      '城镇新增就业40万人',
      '',
      '2026年',
      '',
      '地区生产总值增长5%左右',
    ].join('\n');
    expect(findSections(news, 'news', true).map((x) => [x.kind, x.title])).toEqual([
      ['body', '正文'],
      ['body', '2025年'],
      ['body', '2026年'],
    ]);
  });

  it('reads the tasks a relayed targets statement announces after it as tasks, not as the body', () => {
    const news = [
      '今年全省的主要预期目标是:生产总值增长6%左右,城镇新增就业30万人。重点抓好8方面工作:',
      '一是推进产业升级,规上工业增加值增长7%。',
    ].join('\n');
    expect(findSections(news, 'news', true).map((x) => [x.kind, x.title])).toEqual([
      ['targets', expect.any(String)],
      ['tasks', '重点抓好8方面工作'],
    ]);
  });

  it('ends a relayed targets statement before a paragraph on a year written in numerals', () => {
    const news = [
      '市长作政府工作报告。报告建议今年的主要预期目标为:全市生产总值增长百分之五左右。',
      '',
      '市长指出,二○二五年全市生产总值达人民币一点二兆元,年增百分之五点一。财政收入增长百分之二。',
    ].join('\n');
    const statement = findSections(news, 'news', true).find((s) => s.kind === 'targets');
    expect(news.slice(statement!.start, statement!.end)).toBe(
      '报告建议今年的主要预期目标为:全市生产总值增长百分之五左右。',
    );
  });

  it('reads 主要预期指标是: as the start of a targets statement, as 主要预期目标是:', () => {
    const news = '报告提出了今年的总体要求。主要预期指标是:地区生产总值增长5%左右,城镇新增就业5万人。';
    const statement = findSections(news, 'news').find((x) => x.kind === 'targets');
    expect(statement && news.slice(statement.start, statement.end)).toBe(
      '主要预期指标是:地区生产总值增长5%左右,城镇新增就业5万人。',
    );
  });

  it('reads a targets heading set in brackets, or proposed (【主要预期目标建议】), as opening the statement', () => {
    const page = [
      '某州2017年政府工作报告',
      '大会期间,代表们审议了政府工作报告。',
      '【今年主要预期目标建议】',
      '全州生产总值增长8%,地方一般公共预算收入增长4%,城镇登记失业率控制在4%以内。',
      '【重点工作】',
      '围绕旅游和农业,推动产业升级。',
    ].join('\n');
    const targets = findSections(page, 'work_report').find((x) => x.kind === 'targets')!;
    expect(page.slice(targets.start, targets.end)).toContain('全州生产总值增长8%');
    expect(page.slice(targets.start, targets.end)).toContain('控制在4%以内。');
  });

  it('takes the paragraph under a bare targets heading, and short aims without figures in a list', () => {
    const news = [
      '县长作政府工作报告。',
      '主要目标',
      '生产总值增长9%左右,固定资产投资增长15%左右,财政收入增长10%左右。',
      '回眸展望',
    ].join('\n');
    const targets = findSections(news, 'news', true).find((x) => x.kind === 'targets')!;
    expect(news.slice(targets.start, targets.end)).toContain('财政收入增长10%左右。');
    const relay =
      '省长作政府工作报告。今年主要预期目标是:生产总值增长7%。进出口保持稳定。城乡居民收入分别增长7%和8%。\n报告还部署了工作。';
    const statement = findSections(relay, 'news', true).find((x) => x.kind === 'targets')!;
    expect(relay.slice(statement.start, statement.end)).toContain('城乡居民收入分别增长7%和8%。');
  });

  it('divides news summing up a report under the report’s own headings', () => {
    const news = [
      '省长在省人代会上作政府工作报告,要点如下:',
      '一、2024年工作回顾',
      '全省生产总值增长5.6%;',
      '二、2025年主要目标任务',
      '全省生产总值增长5%以上;',
      '三、2025年重点工作',
      '扩大有效投资;',
      '展望2026年',
      '粮食产量稳定在400亿斤以上。',
    ].join('\n');
    const sections = findSections(news, 'news', true);
    expect(sections.map((x) => [x.kind, x.title])).toEqual([
      ['body', '正文'],
      ['review', '一、2024年工作回顾'],
      ['targets', '二、2025年主要目标任务'],
      ['tasks', '三、2025年重点工作'],
      ['targets', '展望2026年'],
    ]);
    // News that relays no report is not divided by a report's headings; only a look ahead at a
    // year with figures under it (`展望2026年`) opens a targets statement, as in any text.
    expect(findSections(news, 'news').map((x) => x.kind)).toEqual(['body', 'targets']);
    expect(findSections(news.slice(0, news.indexOf('展望')), 'news').map((x) => x.kind)).toEqual(['body']);
    const lines = ['市长代表市政府作政府工作报告', '各项工作取得新成绩的一年', '地区生产总值增长7%'].join(
      '\n',
    );
    expect(findSections(lines, 'news', true).map((x) => x.kind)).toEqual(['body']);
  });

  it('reads news whose outline of the report comes before a look back at a bare year', () => {
    // The outline's lines head nothing; `回顾2024` (no 年) heads the review, `展望2025` the targets.
    const news = [
      '省长在省人代会上作政府工作报告。报告分为两部分',
      '一、2024年工作回顾',
      '二、2025年目标任务',
      '回顾2024',
      '全省生产总值增长5.2%,出口增长8%。',
      '展望2025',
      '全省生产总值增长5%左右。',
    ].join('\n');
    const sections = findSections(news, 'news', true);
    const kindAt = (words: string) => {
      const at = news.indexOf(words);
      return sections.find((x) => x.start <= at && at < x.end)!.kind;
    };
    expect(kindAt('全省生产总值增长5.2%')).toBe('review');
    expect(kindAt('全省生产总值增长5%左右')).toBe('targets');
  });

  it('heads a news summary’s figures with a line that opens on the year they are of', () => {
    const news = [
      '市长作政府工作报告(摘要)',
      '2020-11-30 新闻网',
      '2019年经济发展稳中有进',
      '预计实现地区生产总值800亿元,增长6%。',
    ].join('\n');
    const sections = findSections(news, 'news', true);
    const at = news.indexOf('预计实现');
    expect(sections.find((x) => x.start <= at && at < x.end)!.title).toBe('2019年经济发展稳中有进');
    // A date on its own line heads nothing.
    const dated = ['市长作政府工作报告(摘要)', '2020年11月30日', '预计实现地区生产总值800亿元。'].join('\n');
    expect(findSections(dated, 'news', true).map((x) => x.title)).toEqual(['正文']);
  });

  it('reads the parts under a line telling how the year’s work went as the review', () => {
    const body = [
      '各位代表:现在,我代表区人民政府向大会报告工作。',
      '2018年工作回顾',
      '2018年是不平凡的一年。一年来的主要工作情况如下:',
      '一年来的主要工作情况如下:',
      '一、强化发展,经济质效并进',
      '全年完成服务业增加值100亿元,增长8%。',
    ].join('\n');
    const sections = findSections(body, 'work_report');
    const at = body.indexOf('全年完成服务业');
    expect(sections.find((x) => x.start <= at && at < x.end)!.kind).toBe('review');
  });

  it('does not take a digest printed above the speech, which opens again in full, for its parts', () => {
    const body = [
      '政府工作报告各位代表:现在,我代表市人民政府向大会报告工作。一、过去一年工作回顾全市生产总值增长9%。',
      '某市政府工作报告',
      '各位代表:',
      '现在,我代表市人民政府向大会报告工作,请予审议。',
      '一、过去一年工作回顾',
      '全市生产总值增长9%。',
      '二、今年工作安排',
      '今年的主要预期目标是:生产总值增长8%。',
    ].join('\n');
    const sections = findSections(body, 'work_report');
    const review = sections.find((x) => x.title === '一、过去一年工作回顾')!;
    expect(body.slice(review.start, review.start + 10)).toBe('一、过去一年工作回顾');
    expect(review.start).toBeGreaterThan(body.indexOf('某市政府工作报告'));
  });

  it('does not take an outline a page announces (报告分为三部分:) for the report’s parts', () => {
    const body = [
      '会上,市长代表市政府向大会作政府工作报告。报告分为三部分:',
      '一、2019年工作回顾;',
      '二、做好2020年工作;',
      '三、以人民满意为目标,建设人民满意政府。',
      '报告指出,2019年全市地区生产总值增长7.5%,一般公共预算总收入增长1.2%。',
    ].join('\n');
    const sections = findSections(body, 'work_report');
    const at = sections.find(
      (x) => x.start <= body.indexOf('地区生产总值') && body.indexOf('地区生产总值') < x.end,
    )!;
    expect(at.kind).toBe('review');
  });

  it('does not take an outline announced inline on a one-paragraph page (报告分三部分:) for its parts', () => {
    const body =
      '市长代表市政府向大会作政府工作报告。报告分三部分:一、2025年工作回顾;二、“十五五”时期目标;三、2026年主要工作。 ' +
      '2025年工作回顾 2025年,全市地区生产总值同比增长6%。';
    const sections = findSections(body, 'work_report');
    const at = sections.find(
      (x) => x.start <= body.indexOf('地区生产总值') && body.indexOf('地区生产总值') < x.end,
    )!;
    expect(at.kind).toBe('review');
  });

  it('does not take an outline printed above the speech for its parts', () => {
    const body = [
      '提纲:',
      '一、2025年工作回顾',
      '二、2026年工作安排',
      '各位代表:',
      '现在,我代表市人民政府,向大会报告政府工作,请予审议。',
      '一、2025年工作回顾',
      '全市生产总值增长5%。',
      '二、2026年工作安排',
      '今年全市经济社会发展的主要预期目标是:地区生产总值增长5.5%左右。',
    ].join('\n');
    const sections = findSections(body, 'work_report');
    const at = (phrase: string) =>
      sections.find((x) => x.start <= body.indexOf(phrase) && body.indexOf(phrase) < x.end)!;
    expect(at('全市生产总值增长5%').kind).toBe('review');
    expect(at('地区生产总值增长5.5%').kind).toBe('targets');
    expect(at('提纲').kind).toBe('preamble');
  });

  it('reads targets listed line by line under a bare heading line, up to the next paragraph', () => {
    const body = [
      '各位代表:现在,我代表县人民政府向大会报告工作。',
      '一、2023年工作回顾',
      '全县生产总值增长5%。',
      '二、2024年工作安排',
      '主要预期目标',
      '地区生产总值增长6%左右',
      '一般公共预算收入增长5%',
      '围绕上述目标,我们将重点抓好以下工作,全力以赴推动县域经济实现质的有效提升和量的合理增长。',
    ].join('\n');
    const sections = findSections(body, 'work_report');
    const targets = sections.find((x) => x.kind === 'targets')!;
    expect(body.slice(targets.start, targets.end).trim()).toBe(
      '主要预期目标\n地区生产总值增长6%左右\n一般公共预算收入增长5%',
    );
  });

  it('reads numbered paragraphs of goals after a statement’s lead as one list', () => {
    const news = [
      '记者从省人代会获悉,全省“十三五”发展的主要目标是:',
      '1.经济增长。生产总值年均增长7%左右,到2020年总量突破4万亿元,财政总收入达到5000亿元,社会消费品零售总额达到2万亿元,进出口总额超过500亿美元,城镇登记失业率控制在4.5%以内。',
      '2.经济结构。城镇化率达到60%左右,服务业增加值比重提高到50%,研发经费投入强度达到2.5%,高新技术产业增加值占比不断提高,新兴产业成为支柱。',
      '会议还听取了其他报告,代表们认真审议,一致认为报告实事求是、目标明确、措施有力。',
    ].join('\n');
    const targets = findSections(news, 'news', true).find((x) => x.kind === 'targets')!;
    const list = news.slice(targets.start, targets.end);
    expect(list).toContain('研发经费投入强度达到2.5%');
    expect(list).not.toContain('会议还听取');
  });

  it('reads a heading of the year before as the review, whatever its words', () => {
    const body =
      '各位代表:现在,我代表区人民政府作报告。 一、2017年主要工作全区地区生产总值增长8%。 二、2018年工作安排今年主要预期目标是:地区生产总值增长7.5%。(一)推进改革。';
    expect(findSections(body, 'work_report').map((x) => [x.kind, body.slice(x.start, x.start + 4)])).toEqual([
      ['preamble', '各位代表'],
      ['review', '一、20'],
      ['tasks', '二、20'],
      ['targets', '今年主要'],
      ['tasks', '(一)推'],
    ]);
  });

  it('keeps the year’s parts forward-looking when a later heading names a later year', () => {
    const body =
      '各位代表:现在,我代表区人民政府作报告。 一、2017年工作回顾全区地区生产总值增长8%。 二、2018年工作总体要求主要预期目标是:地区生产总值增长7.5%。 三、2018年重点工作(一)推进改革。 四、为实现2020年目标而奋斗各位代表,让我们而努力奋斗!';
    const kinds = findSections(body, 'work_report').map((x) => x.kind);
    expect(kinds.slice(0, 4)).toEqual(['preamble', 'review', 'targets', 'tasks']);
    expect(kinds.filter((k) => k === 'review')).toHaveLength(1);
  });

  it('reads the parts of the State Council report by their headings', () => {
    const body =
      '各位代表:现在,我代表国务院,向大会报告政府工作,请予审议。 一、过去五年工作回顾过去五年,国内生产总值年均增长7.1%。 二、2018年经济社会发展总体要求和政策取向今年发展的主要预期目标是:国内生产总值增长6.5%左右;城镇调查失业率5.5%以内。 三、对2018年政府工作的建议(一)深度推进供给侧结构性改革。各位代表!让我们为决胜全面建成小康社会而努力奋斗!';
    expect(findSections(body, 'work_report').map((x) => [x.kind, x.title])).toEqual([
      ['preamble', '开篇'],
      ['review', '一、过去五年工作回顾'],
      ['targets', '二、2018年经济社会发展总体要求和政策取向'],
      ['tasks', '三、对2018年政府工作的建议'],
      ['closing', '结束语'],
    ]);
  });

  it('reads a first part whose title names no kind as the review a report opens with', () => {
    const body =
      '各位代表:现在,我代表县人民政府向大会报告工作。 一、爬坡过坎,2018年交出满意答卷 全年实现地区生产总值120亿元,增长8%。 二、乘势而上,奋力开创新局面 今年发展的主要预期目标是:地区生产总值增长8%左右。';
    expect(
      findSections(body, 'work_report')
        .map((x) => x.kind)
        .slice(0, 3),
    ).toEqual(['preamble', 'review', 'tasks']);
  });

  it('reads later parts whose titles say how something went as the review’s items, not tasks', () => {
    const body =
      '一、经济总量稳步提升\n全区生产总值达到150亿元。\n二、城乡面貌逐步完善\n城镇化率预计达到50%。\n三、推动产业持续壮大\n全区建设项目30个。';
    expect(findSections(body, 'work_report').map((x) => x.kind)).toEqual(['review', 'review', 'tasks']);
  });

  it('reads what a speech says between its salutation and its first part as the review', () => {
    const body =
      '各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n2018年是不平凡的一年。预计到年末,全县地区生产总值完成96亿元,同比增长6%。\n一、稳增长促发展\n全年新建项目40个。';
    expect(
      findSections(body, 'work_report')
        .map((x) => x.kind)
        .slice(0, 3),
    ).toEqual(['preamble', 'review', 'review']);
  });

  it('reads a heading ending in 回顾 as the review, whatever work it names', () => {
    const body =
      '各位代表:现在,我代表县人民政府向大会报告工作。 一、2023年主要工作回顾 全县生产总值增长6%。 二、2024年工作安排 今年发展的主要预期目标是:全县生产总值增长6%左右。';
    expect(
      findSections(body, 'work_report')
        .map((x) => x.kind)
        .slice(0, 2),
    ).toEqual(['preamble', 'review']);
  });

  it('reads a run-in heading saying the targets were met as a review', () => {
    const body =
      '各位代表:现在,我代表市人民政府向大会报告工作。一、“十一五”计划主要预期目标提前一年实现,全市站上新起点过去五年,全市生产总值年均增长12%。二、2011年的主要目标和任务 今年发展的主要预期目标是:全市生产总值增长10%左右。';
    const sections = findSections(body, 'work_report');
    expect(sections.map((x) => x.kind).slice(0, 2)).toEqual(['preamble', 'review']);
    expect(sections[1]!.title).toContain('提前一年实现');
  });

  it('reads a heading on how a plan went as a review, whatever work it also names', () => {
    const body =
      '各位代表:现在,我代表市人民政府向大会报告工作。 一、“十三五”规划执行情况和政府主要工作 五年来,全市生产总值由280亿元增加到410亿元。 二、“十四五”时期的主要目标和2021年工作 今年发展的主要预期目标是:全市生产总值增长7%左右。';
    expect(
      findSections(body, 'work_report')
        .map((x) => x.kind)
        .slice(0, 2),
    ).toEqual(['preamble', 'review']);
  });

  it('titles a heading without a known phrase where its sentence plainly starts', () => {
    const body =
      '各位代表:现在,我代表市人民政府向大会报告工作。 一、过去五年工作回顾五年来,全市地区生产总值年均增长7.8%。 二、扎实做好2018年各项工作2018年是贯彻党的十九大精神的开局之年。主要预期目标是:地区生产总值增长7%左右。重点做好以下工作: (一)推进改革。 三、建设人民满意的服务型政府各位代表,让我们而努力奋斗!';
    const sections = findSections(body, 'work_report');
    expect(sections.map((x) => [x.kind, x.title])).toEqual([
      ['preamble', '开篇'],
      ['review', '一、过去五年工作回顾'],
      ['tasks', '二、扎实做好2018年各项工作'],
      ['targets', '主要预期目标'],
      ['tasks', '二、扎实做好2018年各项工作'],
      ['closing', '三、建设人民满意的服务型政府'],
    ]);
  });

  it('takes a list numbered 一、 after the speech as an appendix, but not inside it', () => {
    const body =
      '各位代表:现在,我代表县人民政府作报告。 一、2017年工作回顾全县地区生产总值增长7%。 二、2018年重点工作重点办好十件民生实事: (一)新建学校3所。 (二)新增床位200张。各位代表,让我们而努力奋斗!附件:2018年县政府十件民生实事一、新建公办幼儿园5所。二、新增城镇就业3000人。';
    const sections = findSections(body, 'work_report');
    const at = (phrase: string) =>
      sections.find((x) => x.start <= body.indexOf(phrase) && body.indexOf(phrase) < x.end)!;
    expect(at('新建学校3所').kind).toBe('tasks');
    expect(at('新建公办幼儿园5所')).toMatchObject({ kind: 'appendix', title: '民生实事' });
    expect(at('新增城镇就业3000人').kind).toBe('appendix');
    expect(body.slice(at('新增城镇就业3000人').start).startsWith('附件:2018年')).toBe(true);
  });

  it('falls back to the targets statement when a report has no numbered parts', () => {
    const body =
      '各位代表:现在,我代表市人民政府作工作报告。过去一年,全市地区生产总值增长7.3%。今年全市经济社会发展的主要预期目标是:地区生产总值增长7%左右;一般公共预算收入增长7%。实现上述目标,要做好以下工作。(一)推进改革。新增城镇就业2万人。各位代表!让我们而努力奋斗!';
    const at = kindAt(body);
    expect(at('我代表市人民政府')).toBe('preamble');
    expect(at('地区生产总值增长7.3%')).toBe('review');
    expect(at('一般公共预算收入增长7%')).toBe('targets');
    expect(at('新增城镇就业2万人')).toBe('tasks');
    expect(at('让我们而努力奋斗')).toBe('closing');
  });

  it('reads the targets a congress set before as the review’s yardstick, not this year’s statement', () => {
    const news =
      '报告指出,对照市人大六次会议确定的经济社会发展主要目标,地区生产总值增速低于计划目标,其余指标超额完成。地区生产总值7000亿元,增长3.7%。报告提出,今年的主要预期目标是:地区生产总值增长6%左右。';
    const sections = findSections(news, 'news', true);
    const at = (phrase: string) =>
      sections.find((s) => s.start <= news.indexOf(phrase) && news.indexOf(phrase) < s.end)!.kind;
    expect(at('地区生产总值7000亿元')).toBe('body');
    expect(at('地区生产总值增长6%左右')).toBe('targets');
    // So are targets met (全面实现…发展目标, 完成了…目标), their figures the results.
    const met =
      '一年来,全市全面实现“四个千亿”发展目标,地区生产总值4000亿元,完成了年初确定的目标,工业投资超千亿元。';
    expect(findSections(met, 'news', true).map((s) => s.kind)).toEqual(['body']);
  });

  it('does not end the speech at a congress’s guiding words quoted before the report’s figures (…而奋斗。)', () => {
    const body =
      '大会的指导思想是:高举旗帜,为全面建成小康社会而奋斗。\n市长在政府工作报告中说,过去一年,全市生产总值增长12%,' +
      '规模以上工业增加值增长13%,一般公共预算收入增长15%,社会消费品零售总额增长14%,城镇新增就业60万人。\n';
    expect(findSections(body, 'work_report').map((s) => s.kind)).not.toContain('closing');
    // A speech's own call closes it.
    const speech = `${body}各位代表!让我们为建设美好家园而努力奋斗!\n`;
    expect(findSections(speech, 'work_report').at(-1)?.kind).toBe('closing');
  });

  it('turns to the year ahead at a digest’s heading line after its review’s (2021重点回顾…2022主要任务)', () => {
    const body =
      '市长作政府工作报告。\n2021重点回顾\n生产总值增长7%\n一般公共预算收入增长5%\n2022主要任务\n生产总值增长6%左右\n一般公共预算收入增长5%\n';
    const at = kindAt(body);
    expect(at('生产总值增长7%')).toBe('review');
    expect(at('生产总值增长6%左右')).toBe('tasks');
    // A heading naming the year reviewed again looks back (`2021年主要工作`).
    const back = body.replace('2022主要任务', '2021年主要工作');
    expect(findSections(back, 'work_report').map((s) => s.kind)).not.toContain('tasks');
    // News relaying the report is divided at the same headings; a table's row that opens on a
    // bare year and states its figure (`2022目标增长6%左右`) heads nothing.
    const inNews = kindAt(body, 'news', true);
    expect(inNews('生产总值增长7%')).toBe('review');
    expect(inNews('生产总值增长6%左右')).toBe('tasks');
    const rows =
      '市长作政府工作报告。\n生产总值\n2021成绩增长7%\n2022目标增长6%左右\n一般公共预算收入增长5%\n';
    expect(findSections(rows, 'news', true).map((s) => s.kind)).toEqual(['body']);
  });

  it('starts over at the review heading of the full text after a digest’s targets', () => {
    const body =
      '去年主要目标圆满完成\n地区生产总值400亿元,增长6%。\n今年经济社会发展预期目标\n地区生产总值增长7.5%;固定资产投资增长13%。\n2014年工作回顾\n2014年,我们克难奋进。预计实现地区生产总值400亿元,增长6%。\n';
    const sections = findSections(body, 'work_report');
    const at = (phrase: string) =>
      sections.find((s) => s.start <= body.lastIndexOf(phrase) && body.lastIndexOf(phrase) < s.end)!;
    expect(at('固定资产投资增长13%').kind).toBe('targets');
    expect(at('预计实现地区生产总值400亿元')).toMatchObject({ kind: 'review', title: '2014年工作回顾' });
  });

  it('reads a plan report’s 指标安排 as its targets statement', () => {
    const body =
      '报告说,2020年全市经济平稳,地区生产总值增长3%。报告提出了2021年全市发展指标体系安排,具体为:地区生产总值增长6%左右;一般公共预算收入增长5%。\n';
    const at = kindAt(body);
    expect(at('地区生产总值增长3%')).toBe('review');
    expect(at('一般公共预算收入增长5%')).toBe('targets');
  });

  it('opens a targets statement whose first sentence sets aims in words and whose figures follow on the next line', () => {
    const body =
      '2023年,全区经济社会发展主要预期目标是:坚持稳中求进,努力争取最好的结果。\n力争固定资产投资增长16%以上,财政总收入达到20亿元。\n';
    expect(kindAt(body)('财政总收入达到20亿元')).toBe('targets');
  });

  it('starts a review at a bare 回顾 line right after a digest’s targets list', () => {
    const body =
      '某市召开全会。\n2013预期目标\n●地区生产总值增长12%以上\n●财政总收入增长15%以上\n回顾\n报告指出,预计全市地区生产总值完成200亿元。\n';
    const at = kindAt(body);
    expect(at('财政总收入增长15%以上')).toBe('targets');
    expect(at('预计全市地区生产总值完成200亿元')).toBe('review');
  });

  it('reads a page’s look ahead at a year on a line of its own (展望2018年) as the targets list under it', () => {
    const body =
      '回顾2017年\n生产总值增长8.5%\n财政收入增长9%\n展望2018年\n生产总值增长8%左右\n财政收入增长7%左右\n某报讯 某市人代会今日开幕。\n';
    const at = kindAt(body);
    expect(at('生产总值增长8.5%')).toBe('review');
    expect(at('生产总值增长8%左右')).toBe('targets');
    expect(at('财政收入增长7%左右')).toBe('targets');
  });

  it('reads the headline target a page’s lead states before the report as targets, the rest of the lead not', () => {
    const body = [
      '某市人大会议今日开幕。市长作政府工作报告称,2021年全市地区生产总值增长的预期目标为7%左右,欢迎阅读。',
      '——2021年1月6日在某市第十届人民代表大会第五次会议上',
      '各位代表:',
      '一、2020年工作回顾',
      '全市地区生产总值增长3%。',
      '二、2021年工作安排',
    ].join('\n');
    const at = kindAt(body);
    expect(at('2021年全市地区生产总值增长的预期目标')).toBe('targets');
    expect(at('某市人大会议今日开幕')).toBe('preamble');
    expect(at('全市地区生产总值增长3%')).toBe('review');
  });

  it('reads a heading on what the year’s work achieved (主要工作和成效) as a review, an aim’s 新成效 as a task', () => {
    const body =
      '各位代表:\n一、2016年主要工作和成效\n预计全年生产总值4.6万亿元、增长7.5%左右。\n二、推动乡村振兴取得新成效\n新建高标准农田10万亩。\n';
    const at = kindAt(body);
    expect(at('预计全年生产总值')).toBe('review');
    expect(at('新建高标准农田')).toBe('tasks');
  });

  it('reads a heading on how a plan’s first year began (各项工作开局良好) as a review, one aiming at it as a task', () => {
    const body =
      '各位代表:\n一、全市上下同心协力,各项工作开局良好,为完成“十五”计划打下基础\n全市生产总值300亿元,比上年增长10%。\n二、确保各项工作开局良好,全力抓好今年重点工作\n新建标准厂房20万平方米。\n';
    const at = kindAt(body);
    expect(at('全市生产总值300亿元')).toBe('review');
    expect(at('新建标准厂房')).toBe('tasks');
  });

  it('does not close a page at the salutation that opens the full speech after its digest', () => {
    const body =
      '某区政府工作报告各位代表:我代表区人民政府作报告。过去一年经济平稳…本文是网友整理的报告全文。\n\n各位代表:\n我代表区人民政府,向大会作工作报告。\n过去一年,全区地区生产总值120亿元,增长8%。各位代表!让我们携手奋斗!';
    const at = kindAt(body);
    expect(at('地区生产总值120亿元')).toBe('review');
    expect(at('让我们携手奋斗')).toBe('closing');
  });
});

/** The kind of the section each phrase of a body (a report's, or news relaying one) stands in. */
function kindAt(
  body: string,
  kind: DocumentKind = 'work_report',
  relaysReport = false,
): (phrase: string) => SectionKind {
  const sections = findSections(body, kind, relaysReport);
  return (phrase) =>
    sections.find((s) => s.start <= body.indexOf(phrase) && body.indexOf(phrase) < s.end)!.kind;
}
