import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { toMatchText } from '../src/normalize.js';
import { findSpam } from '../src/spam.js';
import { splitPage } from '../src/split-page.js';

const SEED = new URL('../../../seeds/000_7a8c45a8c6b1753b.txt', import.meta.url);
const seed = splitPage(readFileSync(SEED, 'utf8')).documents;

/** Mainland simplified → Taiwan traditional, character for character (phrase changes undone). */
function toTraditional(text: string): string {
  const convert = Converter({ from: 'cn', to: 'tw' }) as (t: string) => string;
  const whole = convert(text);
  return whole.length === text.length
    ? whole
    : [...text].map((c) => (convert(c).length === 1 ? convert(c) : c)).join('');
}

function spamIn(body: string) {
  const text = toMatchText(body);
  return findSpam(text).map((s) => ({ ...s, text: body.slice(s.start, s.end) }));
}

describe('findSpam on the seed', () => {
  it('finds the four novel titles the portal dropped into the three reports, and nothing else', () => {
    const found = seed.flatMap((doc) =>
      spamIn(doc.body).map((s) => ({
        title: doc.title,
        text: s.text,
        context: doc.body.slice(s.start - 6, s.end + 6),
      })),
    );
    expect(found).toEqual([
      {
        title: '【投资瓯海区】2018年温州市瓯海区政府工作报告',
        text: '二号首长',
        context: '革省级先进。二号首长2.创新创业',
      },
      {
        title: '【投资瓯海区】2018年温州市瓯海区政府工作报告',
        text: '二号首长',
        context: '供资金支持。二号首长3.全面提速',
      },
      {
        title: '【投资庆元县】2018年庆元县政府工作报告',
        text: '侯卫东官场笔记',
        context: '体造血能力。侯卫东官场笔记着力优化美丽',
      },
      {
        title: '【投资衢州】2018年衢州市政府工作报告',
        text: '侯卫东官场笔记',
        context: '大事故发生。侯卫东官场笔记 (八)持续',
      },
    ]);
  });

  it('says why', () => {
    const [first] = spamIn(seed.find((d) => d.title.includes('庆元县'))!.body);
    expect(first!.reason).toMatch(/novel title glued to the start of a sentence/);
  });
});

/** Real sentences of the seed, each with the place a fragment goes marked by `|`. */
const SENTENCES = [
  // between one list item's end and the next item's number
  '瓯海的新型城市化驶入快速道。|3.基础设施加快完善。',
  // glued to the start of a sentence
  '阿里巴巴创新中心顺利开业。|建成众创社区1个、众创空间20家,入驻创客团队470个。',
  // after an enumeration comma, before the verb
  '财政总收入59.2亿元、|增长8.3%,一般公共预算收入33.6亿元、增长8.1%',
  // between subject and verb
  '全年地区生产总值|首次超过500亿元,站稳了全省中上游水平',
  // after a semicolon
  '站稳了全省中上游水平;|财政总收入59.2亿元、增长8.3%',
  // after a number and its unit
  '实际利用外资3538万美元|,进入全市第一方阵。',
];
/** Web-fiction titles of several genres (none of them the seed's). */
const TITLES = [
  '重生之官路商途',
  '医道官途',
  '绝世兵王',
  '总裁的契约娇妻',
  '神医毒妃',
  '最强弃少',
  '我的美女总裁老婆',
  '校花的贴身高手',
  '凡人修仙传',
  '斗破苍穹',
  '宦海沉浮',
  '位面之纨绔生涯',
  '逆天邪神',
];

describe('findSpam on fragments inserted into real sentences', () => {
  const ouhai = seed.find((d) => d.title.includes('瓯海区'))!.body;
  const cases = TITLES.flatMap((title) => SENTENCES.map((sentence) => [title, sentence] as const));
  it.each(cases)('%s in %s', (title, sentence) => {
    const [before, after] = sentence.split('|') as [string, string];
    const at = ouhai.indexOf(before + after);
    expect(at).toBeGreaterThanOrEqual(0);
    // The fragment goes into the whole report, so the document's own vocabulary is there to compare.
    const insertAt = at + before.length;
    const body = ouhai.slice(0, insertAt) + title + ouhai.slice(insertAt);
    const hits = spamIn(body).filter((s) => s.end > insertAt && s.start < insertAt + title.length);
    expect(hits.map((s) => s.text)).toEqual([title]);
  });

  it('finds a chapter heading with its title', () => {
    const at = ouhai.indexOf('一般公共预算收入33.6亿元、') + '一般公共预算收入33.6亿元、'.length;
    const body = `${ouhai.slice(0, at)}第128章 重生${ouhai.slice(at)}`;
    expect(spamIn(body).filter((s) => s.start >= at - 20 && s.start < at + 20)).toMatchObject([
      { start: at, text: '第128章 重生' },
    ]);
  });

  it('finds titles in a report written in traditional characters, through the match text', () => {
    const simplified = seed.find((d) => d.title.includes('庆元县'))!.body;
    const traditional = toTraditional(simplified);
    expect(traditional.length).toBe(simplified.length);
    expect(traditional).toContain('侯衛東官場筆記著力優化美麗環境');
    expect(spamIn(traditional).map((s) => s.text)).toEqual(['侯衛東官場筆記']);
  });
});

describe('findSpam leaves government prose alone', () => {
  it('finds nothing in any sentence of the seed read on its own, or three at a time, but the titles', () => {
    // Short texts are the hard case: every word is rare in them.
    let chunks = 0;
    const found: string[] = [];
    for (const doc of seed) {
      const sentences = toMatchText(doc.body).split(/(?<=[。!?])/);
      sentences.forEach((sentence, i) => {
        for (const chunk of [sentence, sentences.slice(i, i + 3).join('')]) {
          chunks++;
          for (const s of findSpam(chunk)) found.push(chunk.slice(s.start, s.end));
        }
      });
    }
    expect(chunks).toBeGreaterThan(2000);
    expect(new Set(found)).toEqual(new Set(['二号首长', '侯卫东官场笔记']));
  });

  it('passes over words fiction shares with reports', () => {
    const prose = [
      '都市农业加力推进,浙南花城等5个龙头项目开工建设。',
      '启动泽雅西部生态休闲产业带建设,着力打造都市近郊休闲区。',
      '衢州将加快融入杭州都市圈、创新生态圈。',
      '认真做好学习笔记,推动学习贯彻往深里走。',
      '2018年十件大事1.推进衢宁铁路庆元段建设。2.加快重大水利基础设施建设。',
      '其中2.5万人实现就业。3.新增城镇就业1万人以上。',
      '认真贯彻《中华人民共和国土地管理法》第五章的规定。',
      '土耳其安卡集团总裁出席开工仪式,为企业提供贴身服务。',
      '大力发展中医道地药材种植,通过BOSS直聘发布岗位。',
    ];
    for (const text of prose) expect(findSpam(text), text).toEqual([]);
  });
});
