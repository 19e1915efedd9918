import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../src/document-metadata.js';
import { extract } from '../src/extract.js';
import { toMatchText } from '../src/normalize.js';
import { type RawDocument, splitPage } from '../src/split-page.js';

const SEED = new URL('../../../seeds/000_7a8c45a8c6b1753b.txt', import.meta.url);
const seed = splitPage(readFileSync(SEED, 'utf8')).documents;

function read(doc: RawDocument) {
  return readMetadata(doc, toMatchText(doc.body), toMatchText(doc.title));
}

function seedDoc(titlePart: string) {
  const doc = seed.find((d) => d.title.includes(titlePart));
  if (!doc) throw new Error(`no seed document titled …${titlePart}…`);
  return doc;
}

/** A document made of a title and the opening of a body, as a plain-text report would give. */
function opening(title: string, body: string): RawDocument {
  return {
    title,
    titleSpan: { start: 0, end: title.length },
    sourceTag: null,
    body,
    bodySpan: { start: title.length + 1, end: title.length + 1 + body.length },
    published: null,
    dateSpan: null,
    address: null,
  };
}

describe('readMetadata on the seed work reports', () => {
  it('reads a district report: region with its city, date, session, speaker', () => {
    const meta = read(seedDoc('瓯海区政府工作报告'));
    expect(meta).toMatchObject({
      kind: 'work_report',
      reportDate: '2018-02-26',
      reportYear: 2018,
      session: '温州市瓯海区第九届人民代表大会第二次会议',
      speaker: '王振勇',
      speakerTitle: '区长',
    });
    expect(meta.region).toMatchObject({
      code: '330304',
      name: '瓯海区',
      level: 'county',
      parent_name: '温州市',
    });
  });

  it('reads a county report', () => {
    const meta = read(seedDoc('庆元县政府工作报告'));
    expect(meta).toMatchObject({
      kind: 'work_report',
      reportDate: '2018-03-07',
      reportYear: 2018,
      session: '庆元县第十六届人民代表大会第二次会议',
      speaker: '胡献如',
      speakerTitle: '县长',
    });
    expect(meta.region).toMatchObject({ code: '331126', level: 'county', parent_name: '丽水市' });
  });

  it('reads a city report delivered by an acting mayor', () => {
    const meta = read(seedDoc('衢州市政府工作报告'));
    expect(meta).toMatchObject({
      kind: 'work_report',
      reportDate: '2018-03-27',
      reportYear: 2018,
      session: '衢州市第七届人民代表大会第三次会议',
      speaker: '汤飞帆',
      speakerTitle: '代市长',
    });
    expect(meta.region).toMatchObject({ code: '330800', level: 'prefecture', parent_name: '浙江省' });
  });
});

describe('readMetadata on the seed news', () => {
  const cases: [string, string | null, number][] = [
    // The donor province is named too, but the article is about where the projects are.
    ['助力阿克苏发展', '652900', 2018],
    // 苏州工业园区 has its own GB/T 2260 code.
    ['苏州工业园区投资合作局', '320576', 2020],
    // 上海、江苏、浙江、安徽 once each: no single region; the 【浙江招商】 channel does not decide.
    ['长三角协同创新', null, 2020],
    // No region in the title; 萧山区 dominates the body (杭州 and 浙江 are mentioned less).
    ['智慧交通博览会', '330109', 2018],
    ['上海台州周', '331000', 2018],
    ['台州:数字化改革', '331000', 2023],
    // 保税区 is no division of its own: the city it lies in.
    ['宁波保税区', '330200', 2019],
  ];
  it.each(cases)('%s → %s, about %i', (title, code, year) => {
    const meta = read(seedDoc(title));
    expect(meta.kind).toBe('news');
    expect(meta.region?.code ?? null).toBe(code);
    expect(meta.reportYear).toBe(year);
    expect(meta.speaker).toBeNull();
    expect(meta.session).toBeNull();
  });
});

describe('readMetadata follows the language, not the seed', () => {
  it('reads the State Council report as national, delivered by the premier', () => {
    const meta = read(
      opening(
        '政府工作报告',
        '——2018年3月5日在第十三届全国人民代表大会第一次会议上 国务院总理 李克强 各位代表:现在,我代表国务院,向大会报告政府工作,请予审议。',
      ),
    );
    expect(meta).toMatchObject({
      kind: 'work_report',
      reportDate: '2018-03-05',
      speaker: '李克强',
      speakerTitle: '总理',
    });
    expect(meta.region?.level).toBe('national');
  });

  it('reads a reprint that opens on the speech itself, with no salutation, as the State Council’s report', () => {
    const meta = read(
      opening('', '2007年政府工作报告现在,我代表国务院,向大会作政府工作报告,请予审议。一、2006年工作回顾'),
    );
    expect(meta.kind).toBe('work_report');
    expect(meta.region?.level).toBe('national');
    expect(meta.reportYear).toBe(2007);
  });

  it('reads provinces, autonomous regions and municipalities', () => {
    const xinjiang = read(
      opening(
        '政府工作报告',
        '2018年1月22日在新疆维吾尔自治区第十三届人民代表大会第一次会议上 自治区主席 雪克来提·扎克尔 各位代表:',
      ),
    );
    expect(xinjiang).toMatchObject({ speaker: '雪克来提·扎克尔', speakerTitle: '主席' });
    expect(xinjiang.region).toMatchObject({ code: '650000', level: 'province' });
    const beijing = read(
      opening(
        '北京市政府工作报告',
        '——2018年1月24日在北京市第十五届人民代表大会第一次会议上 北京市市长 陈吉宁 各位代表:',
      ),
    );
    expect(beijing.region).toMatchObject({ code: '110000', level: 'province' });
    expect(beijing.speakerTitle).toBe('市长');
  });

  it('reads autonomous prefectures, leagues and banners with their heads’ titles', () => {
    const enshi = read(
      opening(
        '政府工作报告',
        '2019年1月15日在恩施土家族苗族自治州第八届人民代表大会第四次会议上 州长 刘芳震 各位代表:',
      ),
    );
    expect(enshi).toMatchObject({ speakerTitle: '州长', reportYear: 2019 });
    expect(enshi.region).toMatchObject({ code: '422800', level: 'prefecture' });
    const league = read(
      opening(
        '2018年锡林郭勒盟政府工作报告',
        '在锡林郭勒盟第四届人民代表大会第二次会议上 锡林郭勒盟盟长 霍照良 各位代表:',
      ),
    );
    expect(league).toMatchObject({ speakerTitle: '盟长', reportYear: 2018, reportDate: null });
    expect(league.region).toMatchObject({ code: '152500', level: 'prefecture' });
    // A date in Chinese numerals, as official documents print it.
    const banner = read(
      opening(
        '政府工作报告',
        '二〇一八年一月二十五日在阿鲁科尔沁旗第十七届人民代表大会第三次会议上 旗长 张三 各位代表:',
      ),
    );
    expect(banner).toMatchObject({ speakerTitle: '旗长', reportDate: '2018-01-25', reportYear: 2018 });
    expect(banner.region).toMatchObject({ code: '150421', level: 'county' });
  });

  it('files a report under the government its title names, however often a portal names the city above', () => {
    const meta = read(
      opening(
        '(天津市)天津市武清区人民政府工作报告(2021年)',
        '过去一年,我们深入落实天津城市总体规划,统筹推进各项工作,天津发展大局中贡献更多力量。',
      ),
    );
    expect(meta.region?.name).toBe('武清区');
  });

  it('tells homonymous districts apart by the city named with them', () => {
    const nanjing = read(
      opening(
        '政府工作报告',
        '2018年1月10日在南京市鼓楼区第十七届人民代表大会第三次会议上 鼓楼区人民政府区长 陈勇 各位代表:',
      ),
    );
    expect(nanjing.region?.code).toBe('320106');
    const fuzhou = read(
      opening(
        '政府工作报告',
        '2018年1月10日在福州市鼓楼区第十七届人民代表大会第三次会议上鼓楼区人民政府代区长王强各位代表:',
      ),
    );
    expect(fuzhou.region?.code).toBe('350102');
    expect(fuzhou).toMatchObject({ speaker: '王强', speakerTitle: '代区长' });
  });

  it('reads a county-level city governed by a 市长 at county level', () => {
    const meta = read(
      opening(
        '2018年江山市政府工作报告',
        '在江山市第十六届人民代表大会第二次会议上 江山市人民政府市长 王立 各位代表:',
      ),
    );
    expect(meta.region).toMatchObject({ code: '330881', level: 'county', parent_name: '衢州市' });
  });

  it('reads a report in traditional characters through the match text', () => {
    const doc = opening(
      '【投資甌海區】2018年溫州市甌海區政府工作報告',
      '2018年2月26日在溫州市甌海區第九屆人民代表大會第二次會議上甌海區人民政府區長王振勇各位代表:現在,我代表區人民政府向大會作政府工作報告,請予審議。',
    );
    const meta = read(doc);
    expect(meta).toMatchObject({
      kind: 'work_report',
      reportDate: '2018-02-26',
      session: '温州市瓯海区第九届人民代表大会第二次会议',
      speaker: '王振勇',
      speakerTitle: '区长',
    });
    expect(meta.region?.code).toBe('330304');
  });

  it('reads the abbreviated session and a vice head standing in', () => {
    const meta = read(
      opening(
        '政府工作报告',
        '2018年1月8日在庆元县十六届人大二次会议上 庆元县人民政府副县长 胡献如 各位代表:',
      ),
    );
    expect(meta).toMatchObject({
      kind: 'work_report',
      session: '庆元县十六届人大二次会议',
      speaker: '胡献如',
      speakerTitle: '副县长',
    });
    expect(meta.region?.code).toBe('331126');
  });

  it('reads a name printed with a space between its characters', () => {
    const meta = read(
      opening('政府工作报告', '在庆元县第十六届人民代表大会第二次会议上 县长 胡 献 如 各位代表:'),
    );
    expect(meta).toMatchObject({ speaker: '胡献如', speakerTitle: '县长' });
  });

  it('does not take another body’s report to the same congress for the government’s', () => {
    const meta = read(
      opening(
        '2018年温州市中级人民法院工作报告',
        '2018年2月8日在温州市第十三届人民代表大会第二次会议上 温州市中级人民法院院长 张三 各位代表:',
      ),
    );
    expect(meta.kind).toBe('news');
  });

  it('reads news that opens at the session, not the byline of the report', () => {
    const meta = read(
      opening(
        '某市今年这样干',
        '1月9日,在某市九届人大三次会议上,提请会议审议的政府工作报告提出:地区生产总值增长8%左右。',
      ),
    );
    expect(meta.kind).toBe('news');
    expect(meta.relaysReport).toBe(true);
  });

  it('files a session under the congress it names, not the city it meets in', () => {
    const meta = read(
      opening(
        '7',
        '记者从日前在银川召开的宁夏回族自治区第十三届人民代表大会第二次会议上了解到:去年全区农村居民人均可支配收入增长9%。',
      ),
    );
    expect(meta.region?.name).toBe('宁夏回族自治区');
  });

  it('reads a speech a portal’s menus and banner stand before as the speaker’s own place’s report', () => {
    const doc = {
      ...opening(
        '资讯中心',
        '当前位置:首页 > 资讯中心\n\n漳州便民网转载政府工作报告\n\n发布时间:2024-01-22\n\n' +
          '  现在,我代表市人民政府,向大会报告工作,请予审议。\n\n' +
          '  2023年是各项事业恢复发展的关键之年,是攻坚克难的一年,也是龙岩撤地设市26周年。一年来,我们埋头苦干。',
      ),
      published: '2024-01-22',
    };
    expect(read(doc)).toMatchObject({ kind: 'work_report', reportYear: 2024 });
    expect(read(doc).region?.name).toBe('龙岩市');
  });

  it('files a city’s report that names only its province under no place, not the province', () => {
    const meta = read(
      opening(
        '政府工作报告',
        '各位代表:\n\n现在,我代表市人民政府向大会报告工作。过去一年,在省委、省政府坚强领导下,我们着力打造江西的“后花园”,' +
          '全省发展大局中贡献更多力量。',
      ),
    );
    expect(meta.kind).toBe('work_report');
    expect(meta.region).toBeNull();
  });

  it('files a digest under no place when it speaks as a city under the party’s city committee and names only its province', () => {
    const meta = read(
      opening(
        '今年工作安排',
        '今年我们要认真落实湖南省委、省政府决策部署,在市委的坚强领导下,奋力建设现代化新兴城市。\n主要预期目标\n地区生产总值增长6%',
      ),
    );
    expect(meta.region).toBeNull();
  });

  it('dates a digest headed by the year it looks back on (回顾2017年) to the year after, as its look ahead says', () => {
    const doc = opening(
      '回顾2017年',
      '地区生产总值增长9%,规模以上工业增加值增长12%。\n展望2018年\n地区生产总值增长8%左右。',
    );
    expect(read(doc).reportYear).toBe(2018);
    // The look ahead alone names the year planned.
    expect(read(opening('某市两会特刊', '展望2018年\n地区生产总值增长8%左右。')).reportYear).toBe(2018);
  });

  it('dates undated news of a session to the year after the one whose whole-year figures it estimates', () => {
    const doc = opening(
      '某市两会闭幕',
      '1月16日,某市人大会议胜利闭幕。\n2019年,某市抢抓机遇,全面建设创业之城。预计全年地区生产总值增长6.1%,固定资产投资增长13%。\n' +
        '今年全市经济社会发展的主要预期目标是:地区生产总值增长5.5%,固定资产投资增长10%。',
    );
    expect(read(doc).reportYear).toBe(2020);
  });

  it('reads news that sets a growth target in so many words as relaying a report', () => {
    const doc = opening(
      '某市一季度经济运行会议',
      '近日,全市经济运行会议召开。2020年,全市生产总值达到300亿元,增长6%。今年全市经济预期增长目标为8%以上。',
    );
    expect(read(doc)).toMatchObject({ kind: 'news', relaysReport: true, reportYear: 2021 });
  });

  it('reads a year just begun (2021年伊始) as no year the news reports on', () => {
    const doc = opening(
      '一座城的底气',
      '1月8日,某市人大会议上,政府工作报告提出地区生产总值增长8%左右。\n' +
        '2020年,全市地区生产总值达到600亿元。\n2021年伊始,全市再次按下发展快进键。',
    );
    expect(read(doc).reportYear).toBe(2021);
  });

  it('reads news of a congress session convened as relaying its report, dated by the goal it sets', () => {
    const doc = opening(
      '三个关键词读懂一座城',
      '日前,某市第十五届人民代表大会第三次会议召开,2021年,某市将经济增长目标设为6%以上。\n' +
        '过去一年,全市实现地区生产总值500亿元。',
    );
    expect(read(doc)).toMatchObject({ kind: 'news', relaysReport: true, reportYear: 2021 });
  });

  it('reads news that speaks as a province and names one province only by its short form as that province’s', () => {
    const meta = read(
      opening(
        '',
        '省长在报告中指出,过去五年是江西发展史上极不平凡的五年。全省人民奋力拼搏,平和稳定的局面持续巩固。' +
          '2010年全省实现生产总值9000亿元,全省财政总收入突破1000亿元。',
      ),
    );
    expect(meta.kind).toBe('news');
    expect(meta.region?.name).toBe('江西省');
  });

  it('files a text under the county whose committee’s plenum closes the list it carries out, not its prefecture', () => {
    const body =
      '今年政府工作的总体要求是:认真落实省委十一届三次全会、州委九届三次全会和县委十三届三次全会等精神,' +
      '主动融入大理城市群,服务大理发展大局,为全面建设现代化作出宾川贡献。主要预期目标是:地区生产总值增长7%左右。';
    expect(read(opening('', body)).region?.name).toBe('宾川县');
  });

  it('files a round-up’s part under the place its heading line names, over the city named around it', () => {
    const body =
      '上海频道\n上海十六区今年将干这些事\n上海各区日前召开两会。\n【闵行区】\n' +
      '闵行今年经济社会发展主要预期目标是:地区生产总值增长6%,服务上海发展大局,对接上海科创中心建设。';
    expect(read(opening('人民网', body)).region?.name).toBe('闵行区');
  });

  it('files nothing under a municipality whose district’s report names the municipality alone', () => {
    const meta = read(
      opening(
        '| 2026年政府工作报告 |',
        '2025年工作回顾\n张某在政府工作报告中说,2025年是全力打好收官攻坚战的重要一年。一年来,我们认真落实考察上海' +
          '重要讲话精神和对上海工作一系列重要指示要求,在市委、市政府和区委坚强领导下,深入落实全市“十项行动”,' +
          '经济社会发展稳中有进。预计全区地区生产总值增长5%左右,占全市比重进一步提升。\n' +
          '服务上海发展大局,助力上海建设国际消费中心城市。',
      ),
    );
    expect(meta.region).toBeNull();
  });

  it('files nothing under a city whose committee’s plenum a speech carries out beside its own’s', () => {
    const meta = read(
      opening(
        '二、今年工作的总体要求和主要目标',
        '认真落实省委十一届八次全会、开封市委十二届七次全会、市委六届八次全会部署要求,奋力推进高质量发展。' +
          '主要预期目标是:地区生产总值增长6%左右。',
      ),
    );
    expect(meta.region).toBeNull();
    // A city carrying out its own committee's plenum after its province's is the city's own.
    const own = read(
      opening(
        '二、今年工作的总体要求和主要目标',
        '认真落实省委十一届八次全会、开封市委十二届七次全会精神。开封市',
      ),
    );
    expect(own.region?.name).toBe('开封市');
  });

  it('dates news by the first year it names, not one ahead of its publication', () => {
    const doc = {
      ...opening(
        '台州:数字化改革赋能文旅产业',
        '锚定2035年远景目标,2023年台州市召开全市数字化改革工作推进会。',
      ),
      published: '2025-07-16',
    };
    expect(read(doc).reportYear).toBe(2023);
  });

  it('dates a report on a year’s work, and a news list of a year’s results and goals, a year on', () => {
    const relay = opening(
      '某市人民政府向人民代表报告2016年工作侧记',
      '会议听取了市长所作的《政府工作报告》。',
    );
    expect(read(relay).reportYear).toBe(2017);
    const lists = opening(
      '省人代会开幕',
      '省长作政府工作报告。\n2019年成就:\n生产总值增长6%\n城镇新增就业40万人\n2020年目标:\n生产总值增长6%左右\n',
    );
    expect(read(lists).reportYear).toBe(2020);
    // A portal's title may name the year a report reviews, whose results the report gives as done;
    // one that names the year ahead stays (its results are the year before's).
    const review = '各位代表:\n一、过去五年工作回顾\n2012年,全市生产总值完成300亿元,年均增长12%。';
    for (const title of ['2012年政府工作报告', '2013年政府工作报告'])
      expect(read(opening(title, review)).reportYear).toBe(2013);
  });

  it('dates a report delivered in October, as a new term’s often is, by the year it plans', () => {
    const term = opening(
      '',
      '——2016年10月18日在某某区第十八届人民代表大会第一次会议上\n区长 某 某\n各位代表:\n过去五年政府工作\n五年来,预计地区生产总值增加到200亿元。\n',
    );
    expect(read(term)).toMatchObject({ reportDate: '2016-10-18', reportYear: 2017 });
  });

  it('dates news by the year a quoted lead of whole sentences names, not a slogan’s', () => {
    const lead = opening(
      '某区:经济社会发展亮点纷呈',
      '“2014年,预计全年生产总值100亿元,同比增长9%。”刚刚过去的一年,某区精彩不断。',
    );
    expect(read(lead).reportYear).toBe(2014);
    const slogan = opening(
      '某市项目建设提速',
      '全市聚焦“2029年前后产值突破1000亿元”的目标,2024年完成投资50亿元。',
    );
    expect(read(slogan).reportYear).toBe(2024);
  });

  it('reads a head of government’s speech at the economic work conference as relaying a report', () => {
    const speech = read(
      opening(
        '在县委经济工作会议上的讲话',
        '同志们:\n刚才,书记的讲话客观总结了2019年经济工作的成绩,明确了2020年经济工作的总要求。\n一年来,全县地区生产总值增长8%。\n',
      ),
    );
    expect(speech).toMatchObject({ kind: 'news', relaysReport: true, reportYear: 2020 });
  });

  /** Pages dated by one clue each: what the clue is, the page's title and body, the report's year. */
  const datedBy: [string, string, string, number][] = [
    // A digest's page files the review of 2017 under `2017年…政府工作报告`: the title is one vote,
    // not two (its pattern and its year again), and the report's heading outweighs it.
    [
      'a report by its own review heading over a portal title that names the year reviewed',
      '2017年某某市人民政府工作报告(摘要)',
      '一、2017年工作回顾\n预计全年实现地区生产总值300亿元,增长7%。\n',
      2018,
    ],
    [
      'a report by its review headed as a summing-up (2012年工作总结), over the year it opens on',
      '政府工作报告',
      '各位代表:\n我代表市人民政府向大会作政府工作报告。\n2012年工作总结\n2012年,是外部环境复杂多变的一年,全市经济平稳增长。\n',
      2013,
    ],
    [
      'news of a session by the year it calls an uncommon one (2021年是不平凡的一年), a year on',
      '“两会”谱写新篇章',
      '1月20日,某区“两会”如期而至。主席作政府工作报告时表示,地区生产总值首次突破2万亿元。2021年是不平凡的一年,是砥砺前行的一年。\n',
      2022,
    ],
    [
      'news of the national congress that names its term and session apart around the verb',
      '',
      '第十二届全国人大今(5)日召开第三次会议,国务院总理在工作报告中指出,今年发展主要预期目标是国内生产总值增长7%左右。\n',
      2015,
    ],
    [
      'news of a standing committee’s meeting, whose 第一次全体会议 dates no congress session',
      '某省经济运行企稳',
      '2014年9月23日,某省十二届人大常委会第十次会议举行第一次全体会议。今年上半年,生产总值增长6%。\n',
      2014,
    ],
    [
      'a report by its review’s heading, over a portal’s title the page repeats in its opening',
      '某某市2011年政府工作报告',
      '某某市2011年政府工作报告\n各位代表:\n一、2011年工作回顾\n过去一年,全市生产总值增长12%。\n',
      2012,
    ],
    [
      'news of a session by the year it calls gone by (过去的2019年,是…极不平凡的一年), a year on',
      '市人大会议开幕侧记',
      '市长作《政府工作报告》。\n过去的2019年,是全市发展历程中极不平凡的一年。\n生产总值增长6%。\n',
      2020,
    ],
    [
      'a report on the budget by its draft’s year (2016年财政预算(草案)), not the year carried out',
      '关于某某县2015年财政预算执行情况和2016年财政预算(草案)的报告',
      '各位代表:\n受县人民政府委托,现将2015年全县财政预算执行情况和2016年财政预算(草案)提请审议。\n一、2015年财政预算执行情况\n全县财政总收入12.7亿元。\n',
      2016,
    ],
    [
      'an account of how a year’s report was carried out (2023年政府工作报告完成情况) a year on',
      '某某区人民政府2023年政府工作报告完成情况',
      '2023年,全区实现地区生产总值1200亿元,增长6%。\n',
      2024,
    ],
    [
      'a part of a plan report cut out under its own heading (2020年…计划执行情况) a year on',
      '一、2020年国民经济和社会发展计划执行情况',
      '全年实现地区生产总值5500亿元,增长3.5%。\n',
      2021,
    ],
    [
      'a report by the year its portal title gives in brackets after the name (工作报告(2012))',
      '某区政府工作报告(2012)',
      '一、过去五年的工作回顾\n五年累计完成固定资产投资848亿元。2011年将实现经济总量突破2000亿元。\n',
      2012,
    ],
    [
      'a report by the year its first words after the greeting call an opening one (2023年是…开局之年), a year on',
      '某市人民政府信息公开',
      '现在,我代表市人民政府,向大会报告工作,请予审议,并请各位政协委员提出意见。\n2023年是新规划实施的开局之年,是经济恢复发展的一年。全市全面实现“三个千亿”发展目标,地区生产总值1200亿元。\n',
      2024,
    ],
    [
      'a digest of a report by the year alone on a line that heads what it achieved, a year on',
      '政府工作报告解读',
      '过去一年,全市上下攻坚克难,高质量发展迈出新步伐。\n2021\n砥砺前行\n年度目标任务圆满完成\n地区生产总值完成1500亿元,增长6%。\n',
      2022,
    ],
    [
      'a report whose figures a note calls a year’s estimates (2021年预计数) a year on',
      '某某区人民政府工作报告',
      '五年来,全区经济实力不断跃升。地区生产总值达800亿元(2020年预计数,下同),主导产业产值突破千亿元。\n',
      2021,
    ],
    [
      'news of a session by the year whose work the report plans (2022年政府工作安排)',
      '',
      '12月20日上午,某市第八届人民代表大会第一次会议开幕。市长代表市人民政府向大会作工作报告。报告共分为三个部分:一是政府工作回顾;二是2022年政府工作安排;三是加强政府自身建设。\n',
      2022,
    ],
    [
      'news by its first year that is no base, a line break between the base word and the year',
      '本届政府工作回顾',
      '全县生产总值、财政收入分别是\n2007\n年的2.2倍、3.9倍。三次产业比例调整为\n2011\n年的18.5:47.4:34.1。',
      2011,
    ],
    [
      'news by the sessions a line of its own names, over the year the text looks back on',
      '某报 出版',
      '奋进写答卷\n——写在2026年某州两会召开之际\n某州人大会议开幕,州长作政府工作报告。\n2025年是“十四五”规划收官之年。全州预计全年地区生产总值增长5%左右。',
      2026,
    ],
    [
      'relayed news by the year whose general requirements it gives, the place between',
      '',
      '县长李小明在工作报告中指出:面对2015年的困难,全县迎难而上。\n2016年,某县经济工作的总体要求是:稳中求进。',
      2016,
    ],
  ];

  it.each(datedBy)('dates %s', (_clue, title, body, year) => {
    expect(read(opening(title, body)).reportYear).toBe(year);
  });

  it('dates a yearbook’s entry by the first year it names that is no person’s date (1947年6月生)', () => {
    const doc = opening(
      '',
      '市长:某某 1947年6月生,研究生学历,1968年参加工作。\n2002年,全市地区生产总值完成1200亿元,增长12%。',
    );
    expect(read(doc).reportYear).toBe(2002);
  });

  it('dates news without a publication date by the year in its title', () => {
    const doc = opening('衢州市举行2021年重大项目集中签约活动', '4月8日,衢州市举行重大项目集中签约活动。');
    expect(read(doc).reportYear).toBe(2021);
  });

  it('does not read county names that are ordinary words as places', () => {
    // 合作 (合作市), 资源 (资源县) and 振兴 (振兴区) are counties as well as words.
    const meta = read(
      opening(
        '深化开放合作 共谋发展新篇',
        '2019年,各地召开招商推介会,推动资源共享、合作共赢,全面振兴实体经济,示范县建设加快推进。',
      ),
    );
    expect(meta.kind).toBe('news');
    expect(meta.region).toBeNull();
  });

  it('does not take an ordinary word in the title of news relaying a report for its place', () => {
    // 富裕 (富裕县) in 共同富裕: the county the news names in its lead is the place.
    const meta = read(
      opening(
        '奋力推进共同富裕 书写发展新篇章',
        '本报讯 前日,连平县“两会”胜利闭幕。大会审议通过了政府工作报告。2015年,连平县实现地区生产总值92亿元。',
      ),
    );
    expect(meta.region?.name).toBe('连平县');
  });

  it('reads a county-level city that speaks as 我市 and names itself only by its stem', () => {
    const body =
      '2009年,面对困难,我市立足余姚本地实际,把稳定工业作为首要任务。全市上下共同努力,余姚经济企稳回升。\n' +
      '政府工作报告显示,2009年全年实现生产总值500亿元,增长8%。';
    expect(read(opening('从保增长到抓转型', body)).region?.name).toBe('余姚市');
    // Naming two such cities alike, it names none of them.
    const two = `${body}慈溪经济同样回升。`;
    expect(read(opening('从保增长到抓转型', two)).region).toBeNull();
  });

  it('does not read 阿里巴巴 as 阿里地区', () => {
    const meta = read(
      opening(
        '衢州引进阿里巴巴大数据项目',
        '2018年,衢州市与阿里巴巴签约,阿里巴巴大数据项目落户衢州,衢州将加快数字经济发展。',
      ),
    );
    expect(meta.region?.code).toBe('330800');
    const alone = read(
      opening('数字经济新引擎', '2018年,各地与阿里巴巴签约,阿里巴巴大数据、阿里云项目纷纷落地。'),
    );
    expect(alone.region).toBeNull();
  });

  it('reads a county named by its stem alone at the head of a title', () => {
    const meta = read(
      opening('庆元:香菇产业链提质增效', '2019年,当地推进食用菌全产业链转型升级,庆元香菇品牌持续打响。'),
    );
    expect(meta.region).toMatchObject({ code: '331126', level: 'county' });
  });

  it('reads a county named by its stem right after the year a title tells of', () => {
    const meta = read(opening('2019年度庆元发展回眸', '这一年,全县上下砥砺奋进,生产总值增长7%。'));
    expect(meta.region).toMatchObject({ code: '331126', level: 'county' });
  });

  it('reads a county named by its stem as the subject of a year’s figures (2020年,庆元全年…) as the news’s place', () => {
    const meta = read(
      opening(
        '庆元位列全省投资环境榜第三',
        '榜单近日发布,庆元比去年上升两位。2020年,庆元全年实现地区生产总值90亿元、增长4%。',
      ),
    );
    expect(meta.region).toMatchObject({ code: '331126', level: 'county' });
  });

  it('reads a prefecture named by its short form as the subject of a news lead’s year (2010年,某地…) as the news’s place', () => {
    const lead = '记者 某某报道 2015年,衢州着力稳增长,全年完成地区生产总值1150亿元,增长7.8%。';
    expect(read(opening('', lead)).region).toMatchObject({ code: '330800', level: 'prefecture' });
    // Named that way only deep in the story, the short form is a passing mention, not the story's place.
    const passing = `${'当地扩大开放,引进一批企业,建设一批项目。'.repeat(8)}2015年,衢州也有同样的做法。`;
    expect(read(opening('', passing)).region).toBeNull();
  });

  it('dates a page by the session its closing credit names, where its opening names none', () => {
    // An infographic under its first heading's year, its goals under a bare year further down.
    const body =
      '全省生产总值突破8万亿元\n城镇新增就业110万人\n2024 新浙江 开新局\n生产总值预期目标增长5.5%左右\n' +
      '(数据来源:浙江省第十四届人民代表大会第二次会议《浙江省人民政府工作报告》)';
    expect(read(opening('2023年', body)).reportYear).toBe(2024);
    // Without the credit the page is dated by the year its title names.
    expect(read(opening('2023年', body.slice(0, body.indexOf('(')))).reportYear).toBe(2023);
  });

  it('places news under a one-character-stem county that follows its province’s short form (山东费县)', () => {
    const meta = read(opening('山东费县:重点项目集中开工', '本次开工项目12个,总投资达80亿元。'));
    expect(meta.region?.name).toBe('费县');
  });

  it('does not take a copied page’s date for the year of a report that masks its years', () => {
    const meta = read(
      opening(
        '政府工作报告',
        '时间:2024.5.14\n20xx年1月24日在某县第十四届人民代表大会第二次会议上\n各位代表:\n20xx年政府工作回顾\n全县生产总值增长12%。',
      ),
    );
    expect(meta.reportYear).toBeNull();
  });

  it('does not take news quoting a congress for a report', () => {
    const meta = read(
      opening(
        '聚焦政府工作报告:数字经济成为新引擎',
        '3月5日上午,国务院总理李克强在第十三届全国人民代表大会第一次会议上作政府工作报告,报告提出2018年发展主要预期目标。',
      ),
    );
    expect(meta.kind).toBe('news');
    expect(meta.speaker).toBeNull();
  });
});

describe('readMetadata dates news by the year it estimates', () => {
  it('reads the year an estimate follows (2014年,全市预计实现…) as the year reviewed, in news relaying a report', () => {
    const meta = read(
      opening(
        '2014年,新区预计实现地区生产总值约占全市两成',
        '记者拿到市《政府工作报告》后,将全市主要经济指标与新区的作了对比。2014年,全市预计实现地区生产总值5000亿元,增长6%左右。',
      ),
    );
    expect(meta.reportYear).toBe(2015);
  });
});

describe('readMetadata counts each year a text names once', () => {
  it('reads the year a headline announces goals for over one mention of another that several cues read', () => {
    // The lead names 2009 once, where a report proposes (提出), a year's requirements and its
    // targets are all read: one vote, which the headline's goals outweigh.
    const meta = read(
      opening(
        '政府工作报告提出:2010年龙岩经济社会发展预期目标',
        '本网讯 代市长昨日在政府工作报告中提出2009年政府工作总体要求和经济社会发展的预期目标。' +
          '今年经济社会发展的主要预期目标是:地区生产总值增长13%,财政总收入增长13%。',
      ),
    );
    expect(meta.reportYear).toBe(2010);
  });
});

describe('readMetadata on the layouts of real reports', () => {
  it('reads the whole country in 中华人民共和国 and 国务院, not 共和县 inside the word', () => {
    const gazette = read(
      opening('中华人民共和国2019年国民经济和社会发展统计公报', '初步核算,全年国内生产总值增长6.1%。'),
    );
    expect(gazette.region?.level).toBe('national');
    const council = read(
      opening(
        '国务院关于2020年国民经济和社会发展计划执行情况的报告',
        '各位代表:现在,我代表国务院向大会报告工作。',
      ),
    );
    expect(council.region?.level).toBe('national');
    // A region's head delivers a report that recalls the national congress in its review.
    const region = read(
      opening(
        '政府工作报告',
        '——2020年1月12日在内蒙古自治区第十三届人民代表大会第三次会议上\n自治区主席 某某某\n各位代表:\n' +
          '现在,我代表自治区人民政府向大会报告工作。总书记参加十三届全国人大二次会议内蒙古代表团审议。',
      ),
    );
    expect(region.region?.name).toBe('内蒙古自治区');
  });

  it('dates a report by a year its portal title gives without 年, over the day the page went up', () => {
    const doc = {
      ...opening(
        '2012某市,政府,工作报告',
        '各位代表:\n现在,我代表市人民政府向大会作工作报告。\n一、过去一年工作回顾',
      ),
      published: '2020-06-01',
    };
    expect(read(doc).reportYear).toBe(2012);
  });

  it('reads the city a report names again and again within the province its page names', () => {
    // The province is named where the page opens; the city only further on.
    const page = (self: string) =>
      read(
        opening(
          '某某作政府工作报告(摘要)',
          `2020-11-30 江苏新闻网\n${self}地区生产总值增长6%。\n${'项目建设扎实推进。'.repeat(50)}\n刷新了“扬州速度”。扬州港吞吐量达3亿吨,扬州新区加快建设。`,
        ),
      );
    expect(page('').region?.name).toBe('扬州市');
    // A text that speaks as the province stays the province's.
    expect(page('全省').region?.name).toBe('江苏省');
    // …unless it names the city far more often than it speaks as the province (`与全国全省同步`).
    const often = read(
      opening(
        '某某作政府工作报告(摘要)',
        `2020-11-30 江苏新闻网\n确保与全国全省同步全面建成小康社会。\n${'项目建设扎实推进。'.repeat(50)}\n扬州两会召开。扬州提出,扬州新区加快建设,扬州港吞吐量达3亿吨,刷新了“扬州速度”。`,
      ),
    );
    expect(often.region?.name).toBe('扬州市');
  });

  it('reads a text that answers to a named city’s committee as the county of that city it names', () => {
    const excerpt = (answersTo: string) =>
      read(
        opening(
          '',
          `各位代表:\n过去一年,我们全面落实省委省政府和${answersTo}决策部署,我市在成都平原经济区建设中争先进位。\n全市地区生产总值增长6%。\n确保新征程彭州现代化建设开好局。`,
        ),
      ).region?.name;
    expect(excerpt('成都市委市政府')).toBe('彭州市');
    // Its own committee, unnamed, leaves the city the city.
    expect(excerpt('市委')).toBe('成都市');
    // The city among the levels above whose decisions it carries out (`中央、省和成都市系列决策部署`).
    expect(excerpt('中央、省和成都市系列')).toBe('彭州市');
    const unnamed = read(
      opening('', '各位代表:\n我们认真贯彻落实中央、省和成都市系列决策部署。\n全市地区生产总值增长6%。'),
    );
    expect(unnamed.region).toBeNull();
  });

  it('dates news of the report a session is to review (提交省十届人大三次会议审议的《政府工作报告》) by that session', () => {
    const news = read(
      opening(
        '吉林省政府全体会议上的讲话',
        '这次全体会议,主要是讨论提交省十届人大三次会议审议的《政府工作报告》。\n一、去年全省经济平稳增长\n2004年是振兴老工业基地的开局之年。预计全省地区生产总值增长12%以上。',
      ),
    );
    expect(news.region?.name).toBe('吉林省');
    expect(news.reportYear).toBe(2005);
  });

  it('dates news by the first year it names outside a quoted slogan (“2030年前后…突破500亿元”)', () => {
    const news = read(
      opening(
        '',
        '聚焦“2030年前后全县生产总值突破500亿元”的目标,推动高质量发展。\n2023年,全县地区生产总值增长6%。',
      ),
    );
    expect(news.reportYear).toBe(2023);
    // Nor by the year a change starts from.
    const since = read(opening('', '全县生产总值从1985年的0.9亿元起步,2023年达到120亿元,增长6%。'));
    expect(since.reportYear).toBe(2023);
  });

  it('reads the level of a head of government named before the title, at the session', () => {
    // The only place the text names is the province's capital; the governor reports.
    const news = read(
      opening(
        '',
        '本报讯 李某某省长在省十二届人大三次会议上代表省政府作政府工作报告。报告提出,要以太原为中心建设城市群,我省生产总值增长7%左右。',
      ),
    );
    expect(news.region?.name).toBe('山西省');
  });

  it('reads news of a head of government reporting (省长某某作报告) as relaying the work report', () => {
    const news = read(
      opening(
        '',
        '2月14日,某省十三届人大二次会议开幕,省长王某作报告。报告提出,一年来全年实现生产总值3.2万亿元。',
      ),
    );
    expect(news.relaysReport).toBe(true);
    // A report of another kind is not the government's.
    expect(read(opening('', '市长王某作动员讲话,全年实现生产总值3200亿元。')).relaysReport).toBe(false);
    // Nor is it only news of one delivering it: the head speaking in the report names it too.
    const quoted = read(opening('', '县长李小明在工作报告中指出:面对2015年的困难,全县迎难而上。'));
    expect(quoted.relaysReport).toBe(true);
  });

  it('dates a report by the year it calls just past, or whose main work it reviews', () => {
    const past = read(opening('', '市长作工作报告。他说,刚刚过去的2018年,我们攻坚克难,地区生产总值增长6%。'));
    expect(past.reportYear).toBe(2019);
    const outline = read(opening('', '市长作工作报告。报告共分三部分:一、2018年主要工作回顾;二、今后工作。'));
    expect(outline.reportYear).toBe(2019);
  });

  it('dates a report by the year it looks back on as past, whatever year its page gives it', () => {
    // A page that files the report under the year it reviews, which the report calls hard and gone by.
    const hard = read(
      opening(
        '某区2009年政府工作报告',
        '某区2009年政府工作报告\n各位代表:\n我代表区人民政府,向大会作工作报告。\n2009年工作简要回顾\n2009年是极不寻常的一年,全区上下克服困难,地区生产总值增长12%。',
      ),
    );
    expect(hard.reportYear).toBe(2010);
    const lookedBack = read(
      opening(
        '',
        '各位代表:\n现在,我代表县人民政府向大会报告工作。\n2021年是本届政府的开局之年。一年来,我们奋力拼搏。',
      ),
    );
    expect(lookedBack.reportYear).toBe(2022);
    // Said of the year it speaks in, a year is the report's own.
    const ahead = read(
      opening('', '各位代表:\n2012年,是实施“十二五”规划承上启下的重要一年。做好今年工作,意义重大。'),
    );
    expect(ahead.reportYear).toBe(2012);
  });

  it('reads a county’s report printed as news as the county’s, not the province it names in passing', () => {
    const county = opening(
      '两会特刊',
      '2024年政府工作报告(摘要)\n做好今年工作,要全面贯彻山西省党代会精神,在市委和县委的坚强领导下,加快建设“文化名城、美丽平遥”。今年主要预期指标是:地区生产总值增长6%。',
    );
    expect(read(county).region?.name).toBe('平遥县');
    // Naming none of the province's counties, it is of no place a figure can be filed under.
    const unnamed = opening('两会特刊', county.body.replace('“文化名城、美丽平遥”', '文化强县'));
    expect(read(unnamed).region).toBeNull();
    // The province's own text says 全省 and answers to no county committee.
    const province = opening(
      '两会特刊',
      '2024年政府工作报告(摘要)\n做好今年工作,要全面贯彻山西省党代会精神,全省上下加快建设“文化名城、美丽平遥”。今年全省地区生产总值增长5%。',
    );
    expect(read(province).region?.name).toBe('山西省');
  });

  it('dates news by the year it says a place will work in, over the year a figure is of', () => {
    const news = read(
      opening(
        '',
        '4月10日,某市人代会开幕,代市长作政府工作报告。2021年,该市将全面落实强市战略。预期今年全市地区生产总值增长7%以上。',
      ),
    );
    expect(news.reportYear).toBe(2021);
    // A year's hardships (`预期转弱`) say nothing of what will be done in it.
    const hard = read(
      opening(
        '',
        '1月7日,某市人代会开幕,市长作政府工作报告。2021年,全市地区生产总值增长8%。2022年,受需求收缩、预期转弱等影响,经济承压。',
      ),
    );
    expect(hard.reportYear).toBe(2023);
    // The year's general lines of work (总体思路, as 总体要求) name the year planned.
    const outline = read(
      opening(
        '',
        '1月17日,某市人代会开幕,市长作政府工作报告。2023年,某市地区生产总值增长7%。2024年政府工作总体思路为:稳中求进。',
      ),
    );
    expect(outline.reportYear).toBe(2024);
  });

  it('reads the one city a speech as a city names, however briefly, and none of two', () => {
    // Past the opening, where a name counts for little.
    const speech = (line: string) =>
      read(
        opening(
          '政府工作报告',
          `各位代表:\n现在,我代表市人民政府向大会报告工作。\n${'全市经济运行总体平稳。'.repeat(40)}\n${line}`,
        ),
      );
    expect(speech('全市上下推进“美丽绍兴”建设。').region?.name).toBe('绍兴市');
    expect(speech('全市上下学习苏州、无锡的经验。').region).toBeNull();
  });

  it('tells a homonymous district apart by the kind of province its speech speaks of', () => {
    // 新城区 is a district of 呼和浩特 (内蒙古自治区) and of 西安 (陕西省).
    const speech = (line: string) =>
      read(opening('政府工作报告', `各位代表:\n现在,我代表新城区人民政府向大会作工作报告。\n${line}`));
    expect(speech('全区上下努力建成自治区一流强区。').region?.code).toBe('150102');
    expect(speech('在省委、市委的领导下,全区稳步发展。').region?.code).toBe('610102');
    // Speaking of neither kind, it stays undecided: the district as it names itself, with no code.
    expect(speech('全区稳步发展。').region).toMatchObject({ name: '新城区', code: null, level: 'county' });
  });

  it('keeps the name a government gives itself where several places share it and nothing tells them apart', () => {
    // 鼓楼区 is a district of 南京 and 徐州 (江苏), of 福州 and of 开封; the speech names only 江苏.
    const meta = read(
      opening(
        '政府工作报告',
        '区人民政府区长 某某\n各位代表:\n现在,我代表鼓楼区人民政府向大会作工作报告。\n全区认真贯彻视察江苏重要讲话精神,稳步发展。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '鼓楼区', code: null, province_name: '江苏省' });
    // A news item on a session of a district whose name two cities' districts share.
    const news = read(opening('各区动态', '2月27日,南山区八届人大三次会议开幕,区长作政府工作报告。'));
    expect(news.region).toMatchObject({ name: '南山区', code: null });
  });

  it('tells apart a homonymous district a speech names only in its body by the city it names elsewhere', () => {
    // 通州区 is a district of 北京 and of 南通; the speech names its government by its level alone,
    // and a firm bears another district's short name (江海, a district of 江门).
    const speech = (line: string) =>
      read(
        opening(
          '',
          `各位代表:\n现在,我代表区人民政府向大会作工作报告。\n过去一年,在中共通州区委的领导下,全区稳步发展。江海机电公司成功上市。${line}`,
        ),
      );
    expect(speech('南通纺织城扩建完成。').region?.code).toBe('320612');
    expect(speech('北京城市副中心建设加快。').region?.code).toBe('110112');
    // Naming both cities, or neither, it tells none apart.
    expect(speech('南通纺织城在北京开设展厅。').region?.code).not.toBe('320612');
    expect(speech('').region?.code).not.toBe('320612');
  });

  it('reads an autonomous region from its own name for the government and the capital it names', () => {
    const meta = read(
      opening(
        '',
        '各位代表:\n现在,我代表自治区人民政府,向大会报告工作。\n2008年工作回顾\n面对拉萨“3·14”事件和雪灾,我们迎难而上。',
      ),
    );
    expect(meta.region?.name).toBe('西藏自治区');
    expect(meta.reportYear).toBe(2009);
  });

  it('does not read a county in an ordinary word of the speech, and takes the city the speech names', () => {
    const body =
      '各位代表:\n现在,我代表市人民政府向大会报告工作。\n过去一年,全市上下解放思想,交出了优异成绩单。' +
      '邯郸制造加快升级,邯郸品牌走向全国,大名、临漳两县农业丰收。';
    const meta = read(opening('', body));
    expect(meta.region?.name).toBe('邯郸市');
  });

  it('reads a prefecture’s administrative office report (行署工作报告) as the prefecture’s, not its region’s', () => {
    const body =
      '一、2022年工作回顾\n在地委的坚强领导下,我们深入贯彻视察新疆重要讲话精神,全年完成地区生产总值800亿元。\n(一)新疆阿勒泰口岸建设加快推进。\n';
    expect(read(opening('2023年行署工作报告', body)).region?.name).toBe('阿勒泰地区');
  });

  it('does not take a place the text sets its own beside (与丽江市并列) for its own', () => {
    const body =
      '州政府工作报告指出,把省委对大理提出的要求落到实处。2017年,全州地区生产总值增长9%,增速与丽江市并列全省第三。';
    expect(read(opening('', body)).region?.name).toBe('大理白族自治州');
  });

  it('does not take the publisher a page credits (来源:某省广电总台) for the place its text is about', () => {
    const body =
      '2025年03月07日 来源:浙江广电集团\n政府工作报告晒出过去一年成绩单。过去一年,国内生产总值达到130万亿元,增长5%。';
    expect(read(opening('晒晒成绩单', body)).region?.name).toBe('全国');
    // A government's own credit names its place.
    const portal = '来源:庆元县人民政府\n一年来,全县上下团结奋进,全县生产总值增长8%。';
    expect(read(opening('政府工作报告', portal)).region?.name).toBe('庆元县');
  });

  it('leaves the region open when the speech names no place often enough', () => {
    const body =
      '各位代表:\n现在,我代表县人民政府向大会作报告。\n一年来,全县上下解放思想,地区生产总值增长8%。';
    expect(read(opening('2009年政府工作报告', body)).region).toBeNull();
  });

  it('takes the one county of its kind whose short form a county’s speech uses, when nothing names it in full', () => {
    const speech = (words: string) =>
      `各位代表:\n现在,我代表县人民政府向大会作报告。\n一年来,全县上下团结奋进,${words}全县生产总值增长8%。`;
    expect(read(opening('2009年政府工作报告', speech('一批大项目落户崇义。'))).region?.name).toBe('崇义县');
    // A stem only ever inside a longer word is that word's (`潮白河` holds 白河县's stem).
    expect(read(opening('2009年政府工作报告', speech('潮白河湿地公园开园。'))).region).toBeNull();
    // Two counties' stems name neither.
    expect(read(opening('2009年政府工作报告', speech('项目落户崇义,客商来自修水。'))).region).toBeNull();
    // A district's stem does not name a county's speech (全县 is no 区).
    expect(read(opening('2009年政府工作报告', speech('项目落户柯桥。'))).region).toBeNull();
    // A stem that is an ordinary word (`共同富裕` holds 富裕县's) is no second county.
    expect(read(opening('2009年政府工作报告', speech('项目落户崇义,共同富裕加快推进。'))).region?.name).toBe(
      '崇义县',
    );
    // Nor is an idiom's (`安居乐业` holds 乐业县's and 安居区's): a speech that names no other has none.
    expect(read(opening('2009年政府工作报告', speech('社会和谐稳定,人民安居乐业。'))).region).toBeNull();
    // Nor a slogan's (`除险固安` holds 固安县's).
    expect(
      read(opening('2009年政府工作报告', speech('突出除险固安、惠民强企,项目落户崇义。'))).region?.name,
    ).toBe('崇义县');
    // A full name said once, in a policy's title only, is that county's (a 区 for `全区`).
    const plan = (words: string) =>
      '2015年是规划的收官之年。全区经济平稳发展。全年实现地区生产总值60亿元,同比增长8%,增速居全市第二;' +
      '一般公共预算收入5亿元。能耗完成市下达任务。区人大会议确定的其他主要指标均得到较好的执行。' +
      `(一)三次产业协同发展。出台了${words},为我区产业发展保驾护航。`;
    const title = '2015年计划执行情况与2016年计划';
    expect(read(opening(title, plan('《洞头区产业扶持政策》'))).region?.name).toBe('洞头区');
    // A page of a report that reads as news (its second page: no salutation, no session) too.
    const page =
      '二、今年的目标任务\n全县生产总值增长7%,一般公共预算收入增长6%。在全县上下努力下,崇义的发展更快。';
    expect(read(opening('', page)).region?.name).toBe('崇义县');
  });

  it('takes a plan’s report given on the government’s commission for a report to the congress', () => {
    const body =
      '各位代表:\n受市人民政府委托,向大会报告本市2019年国民经济和社会发展计划执行情况与2020年计划草案,请予审议。\n' +
      '一、2019年国民经济和社会发展计划执行情况\n全市地区生产总值增长6.5%。';
    expect(read(opening('关于丽水市2019年计划执行情况与2020年计划草案的报告', body)).kind).toBe(
      'work_report',
    );
  });

  it('does not read a session’s 主席团 as a regional chairman', () => {
    const meta = read(
      opening(
        '',
        '1月5日上午,土默特左旗第十八届人民代表大会第三次会议开幕。大会主席团成员在主席台就坐。' +
          '大会听取了旗长代表旗人民政府所作的政府工作报告,报告提出2024年主要预期目标。',
      ),
    );
    expect(meta.region?.name).toBe('土默特左旗');
  });

  it('reads a short form of an autonomous prefecture with its level word', () => {
    const meta = read(
      opening(
        '果洛州2016年政府工作报告',
        '各位代表:现在,我代表州人民政府向大会报告工作。全州生产总值增长8%。',
      ),
    );
    expect(meta.region?.name).toBe('果洛藏族自治州');
  });

  it('dates a report delivered late in the year by the year it plans', () => {
    const meta = read(
      opening(
        '',
        '——2019年12月28日在某县第十八届人民代表大会第四次会议上\n各位代表:\n现在,我代表县人民政府向大会报告工作。',
      ),
    );
    expect(meta.reportDate).toBe('2019-12-28');
    expect(meta.reportYear).toBe(2020);
  });

  it('takes news that sets out a year’s targets for a relay of the report', () => {
    const meta = read(
      opening(
        '我省今年经济发展目标出炉',
        '记者从省两会获悉,2021年全省主要预期目标是:地区生产总值增长7%左右,一般公共预算收入增长5%。',
      ),
    );
    expect(meta.relaysReport).toBe(true);
    expect(meta.reportYear).toBe(2021);
  });

  it('does not take a session’s presiding chair (执行主席) for an autonomous region’s head of government', () => {
    const meta = read(
      opening(
        '',
        '2月2日,梧州市第十五届人民代表大会第六次会议开幕。大会执行主席某某某在主席台前排就座。市长某某代表市人民政府向大会作政府工作报告。2023年,在自治区党委、政府的领导下,全市地区生产总值增长4.8%。',
      ),
    );
    expect(meta.region?.name).toBe('梧州市');
  });

  it('does not read a county in an ordinary word of a report (增进了友谊, 民族复兴, 社会安定)', () => {
    const meta = read(
      opening(
        '我县赴沪开展招商活动',
        '为深化我县与长三角的经贸合作,县里组团赴沪,宣传衡东、推介衡东,与有意投资衡东的企业座谈。活动拓宽了视野、增进了友谊,为民族复兴、社会安定凝聚了力量。',
      ),
    );
    expect(meta.region?.name).toBe('衡东县');
  });

  it('does not take the presiding chair named after the session for the speaker of a district’s report', () => {
    const meta = read(
      opening(
        '某某区2020年政府工作报告',
        '本报讯 1月9日,某市江城区第三届人民代表大会第五次会议在区会堂开幕。大会由主席团常务主席、执行主席王某某主持,代区长李某作政府工作报告。2019年,全区地区生产总值增长7.1%。',
      ),
    );
    expect(meta.region?.name).toBe('江城区');
    expect(meta.speakerTitle).not.toBe('主席');
  });

  it('takes news of the year’s sessions (两会) for a relay of the report, its results of the year before', () => {
    const meta = read(
      opening('2023某市两会 | 成绩单', '数说2022\n◎全市生产总值增长6%,增速全省第三;\n◎税收收入增长4%。'),
    );
    expect(meta.relaysReport).toBe(true);
    expect(meta.reportYear).toBe(2023);
  });

  it('takes the year a digest’s line asks the measures of for the year planned', () => {
    const body =
      '某市市长作政府工作报告\n2025年有哪些新成就\n2026年有哪些新举措\n一起来看极简版\n全市生产总值增长5%,税收收入增长4%。';
    expect(read(opening('3月2日上午', body)).reportYear).toBe(2026);
    expect(read(opening('3月2日上午', body.replace('有哪些新举措', '怎么干'))).reportYear).toBe(2026);
  });

  it('dates news of a session by the province’s numbering when the session follows 召开', () => {
    const meta = read(
      opening(
        '',
        '1月12日,重庆召开第五届人民代表大会第三次会议,市长作政府工作报告。会议提到,去年全市经济运行总体平稳。',
      ),
    );
    expect(meta.region?.name).toBe('重庆市');
    expect(meta.reportYear).toBe(2020);
  });

  it('dates a relayed report by the five-year plan its year opens or closes', () => {
    const first = read(
      opening('', '市长在报告中说,今年是“十五五”开局起步之年。主要预期目标是:地区生产总值增长5%。'),
    );
    expect(first.reportYear).toBe(2026);
    const last = read(
      opening('', '省长在政府工作报告中说,今年是“十三五”规划收官之年。全省生产总值增长6%左右。'),
    );
    expect(last.reportYear).toBe(2020);
    const opens = read(opening('', '该市政府工作报告显示,今年作为“十三五”开局之年,地区生产总值增长8%。'));
    expect(opens.reportYear).toBe(2016);
  });

  it('keeps a zone its title opens on as the place, below the region it is named after', () => {
    const zone = read(
      opening('长春高新区召开年度工作会议', '记者从会上获悉,去年高新区地区生产总值实现900亿元,同比增长15%。'),
    );
    // (GB/T 2260 lists it, in full: 长春高新技术产业开发区.)
    expect(zone.region).toEqual({
      code: '220173',
      name: '长春高新技术产业开发区',
      level: 'county',
      parent_code: '220100',
      parent_name: '长春市',
      province_name: '吉林省',
    });
    // A region that is itself a new area is no zone of its own.
    const district = read(
      opening('滨海新区2012年政府工作报告', '各位代表:现在,我代表区人民政府向大会报告工作。'),
    );
    expect(district.region?.code).toBe('120116');
    // Nor is a zone named further into a region's own title.
    const city = read(opening('长春市召开会议部署高新区建设', '去年全市地区生产总值增长6%。'));
    expect(city.region?.name).toBe('长春市');
    // A project a zone hosts is investment news of the city's, not the zone's year reviewed.
    const project = read(opening('宁波保税区一智能制造项目开工', '项目总投资3000万美元,将于明年投产。'));
    expect(project.region?.name).toBe('宁波市');
  });

  it('keeps a zone whose committees lead the whole zone where its text opens (…党工委、管委会团结带领全区…)', () => {
    const zone = read(
      opening(
        '',
        '2020年以来,在市委、市政府的坚强领导下,德阳高新区党工委、管委会团结带领全区干部群众,奋力拼搏。预计2020年,规模以上工业总产值完成120亿元,同比增长15%。',
      ),
    );
    expect(zone.region).toMatchObject({ code: null, name: '德阳高新技术产业开发区', parent_name: '德阳市' });
    // The city's own committees leading its people make no zone.
    const city = read(opening('', '2020年,德阳市委团结带领全市干部群众,预计规模以上工业总产值增长8%。'));
    expect(city.region?.name).toBe('德阳市');
  });

  it('keeps a new area its own report names with a name of its own after its place’s', () => {
    const area = read(
      opening('浙江省温州北湾新区政府工作报告', '各位代表:一年来,全区地区生产总值达到500亿元,增长9%。'),
    );
    expect(area.region).toMatchObject({ code: null, name: '温州北湾新区', parent_name: '温州市' });
    // Only in its own report: a meeting the city holds about one is the city's.
    const meeting = read(opening('温州市召开北湾新区工作会议', '去年全市地区生产总值增长6%。'));
    expect(meeting.region?.name).toBe('温州市');
  });

  it('keeps a zone that sums up its year or shows its results, by the name it has of its own after its place’s', () => {
    // The Torch Programme's zones keep its name, in full as GB/T 2260 gives the ones it lists.
    const torch = read(
      opening('珠海火炬开发区召开2023年工作总结暨2024年工作部署大会', '2023年,全区地区生产总值增长6%。'),
    );
    expect(torch.region).toMatchObject({
      code: null,
      name: '珠海火炬高技术产业开发区',
      parent_name: '珠海市',
    });
    const results = read(opening('设区五周年 德州高新区晒出亮丽成绩单', '2022年,高新区实现生产总值60亿元。'));
    expect(results.region).toMatchObject({
      code: null,
      name: '德州高新技术产业开发区',
      parent_name: '德州市',
    });
    // A headline that opens on a zone and states a figure gives the zone's own; so does a meeting
    // called 工作会.
    const headline = read(
      opening('德阳高新区2019年地区生产总值增长9% 投资增长12%', '记者从德阳高新区获悉。'),
    );
    expect(headline.region).toMatchObject({
      code: null,
      name: '德阳高新技术产业开发区',
      parent_name: '德阳市',
    });
    const short = read(opening('', '30日,德阳高新区召开2020年工作会,发布2019年经济年报。'));
    expect(short.region).toMatchObject({ code: null, name: '德阳高新技术产业开发区' });
    // A text that opens, after its year, on a zone named in full (a yearbook's entry) is the zone's.
    const entry = read(
      opening('概 况', '2015年,德阳高新技术产业开发区坚持创新驱动,全年实现地区生产总值40亿元,同比增长9%。'),
    );
    expect(entry.region).toMatchObject({ code: null, name: '德阳高新技术产业开发区', parent_name: '德阳市' });
    // (A meeting named before the hall it met in.)
    const venue = read(
      opening('', '3月2日,宜宾高新区2021年工作会议在会展中心召开。2020年,全区生产总值增长5%。'),
    );
    expect(venue.region).toMatchObject({ code: null, name: '宜宾高新技术产业开发区', parent_name: '宜宾市' });
    // A zone GB/T 2260 lists with its province's name before is that region.
    const listed = read(opening('衡水高新区召开2021年工作会议', '2020年,全区生产总值增长5%。'));
    expect(listed.region).toMatchObject({ code: '131171', name: '河北衡水高新技术产业开发区' });
  });

  it('reads a zone governed as one with a district, named right after it, as the district', () => {
    const merged = read(
      opening('杭州高新区(滨江)召开2019年工作会议', '杭州高新区(滨江区)2018年实现地区生产总值1300亿元。'),
    );
    expect(merged.region).toMatchObject({ code: '330108', name: '滨江区' });
    // (A district of another city after the zone's name is not it.)
    const other = read(opening('杭州高新区召开2019年工作会议', '杭州高新区(鼓楼区)代表团参加了会议。'));
    expect(other.region).toMatchObject({ code: null, name: '杭州高新技术产业开发区' });
  });

  it('reads a zone committee head’s report to its conference as the zone’s own report', () => {
    const report = read(
      opening(
        '简体',
        '2019年经济工作报告\n各位企业家,同志们:\n现在,我代表株洲高新区管委会,作经济工作报告。\n一、2018年工作回顾\n全区地区生产总值增长8%。',
      ),
    );
    expect(report.kind).toBe('work_report');
    expect(report.region).toMatchObject({
      code: null,
      name: '株洲高新技术产业开发区',
      parent_name: '株洲市',
    });
  });

  it('keeps a zone that holds its own meeting where a news item opens as the place', () => {
    const zone = read(
      opening(
        '本报长春15日电',
        '15日,长春高新区召开年度工作会议,总结去年工作。去年地区生产总值实现900亿元。',
      ),
    );
    expect(zone.region).toMatchObject({
      code: '220173',
      name: '长春高新技术产业开发区',
      parent_code: '220100',
    });
    // A city's meeting held in the zone is the city's.
    const city = read(
      opening('本报长春15日电', '15日,长春市在长春高新区召开全市经济工作会议。去年全市地区生产总值增长6%。'),
    );
    expect(city.region?.name).toBe('长春市');
  });

  it('keeps a zone by its leading body’s meeting, a meeting heard of, or a place only its name gives', () => {
    // The leading body's year-end meeting, and a zone kept by its full form whichever the text gives.
    const council = read(
      opening(
        '',
        '昨天,某某网讯,常州经济技术开发区党工委召开党工委(扩大)会议。会上,去年地区生产总值增长6%。',
      ),
    );
    expect(council.region).toMatchObject({ code: null, name: '常州经济技术开发区', parent_name: '常州市' });
    // A meeting where the news was heard.
    const heard = read(
      opening('', '1月29日,记者在长春高新区2018年重点工作落实推进会上获悉,去年高新区地区生产总值增长8%。'),
    );
    expect(heard.region).toMatchObject({
      code: '220173',
      name: '长春高新技术产业开发区',
      parent_name: '长春市',
    });
    // A zone whose place the text names nowhere else.
    const alone = read(
      opening('', '2月15日,辽源经济开发区召开年度工作总结大会。一年来,开发区地区生产总值完成110亿元。'),
    );
    expect(alone.region).toMatchObject({ code: null, name: '辽源经济开发区', parent_name: '辽源市' });
    // A briefing on how the zone stands, where it sets the year's goals.
    const briefing = read(
      opening('', '昨天,大连经济技术开发区召开今年首个区情通报会。今年,开发区预期地区生产总值增长15%。'),
    );
    expect(briefing.region).toMatchObject({ name: '大连经济技术开发区', parent_name: '大连市' });
    // The year's best honoured at the meeting that reviews its work.
    const honours = read(
      opening('', '2月20日,吉首经济开发区2011年经济工作暨表彰大会召开。去年开发区完成工业产值5亿元。'),
    );
    expect(honours.region).toMatchObject({ name: '吉首经济开发区', parent_name: '吉首市' });
    // A meeting said to open, of a zone named after the city around the district the page is of.
    const district = read(
      opening(
        '',
        '1月26日,常州经开区2018年度工作会议召开。武进区委副书记出席。全年完成地区生产总值808亿元。',
      ),
    );
    expect(district.region).toMatchObject({ code: null, name: '常州经济技术开发区', parent_name: '常州市' });
  });

  it('dates a relayed report by the plan whose good start its year aims at, not one it lays ground for', () => {
    const aimed = read(
      opening(
        '',
        '审议的政府工作报告提出,今年要稳中求进,努力实现“十五五”良好开局。主要预期目标是:地区生产总值增长5%左右。',
      ),
    );
    expect(aimed.reportYear).toBe(2026);
    const standing = read(
      opening(
        '',
        '区长作政府工作报告。站在“十四五”开局之年的新起点上,主要预期目标是:地区生产总值增长7%以上。',
      ),
    );
    expect(standing.reportYear).toBe(2021);
    // Published in January: that alone dates it, and the ground laid for the next plan must not outvote it.
    const groundLaid = read({
      ...opening('', '市长说,今年要全面完成规划目标任务,为实现“十五五”良好开局打下坚实基础。'),
      published: '2025-01-15',
    });
    expect(groundLaid.reportYear).toBe(2025);
    const startMade = read({
      ...opening('', '市长说,过去的一年,我们实现了“十四五”良好开局。全市地区生产总值增长8%。'),
      published: '2022-01-15',
    });
    expect(startMade.reportYear).toBe(2022);
  });

  it('tells a homonymous district apart by the city the page names elsewhere', () => {
    const meta = read(
      opening(
        '区人代会开幕',
        '龙华区第一届人民代表大会第二次会议开幕。\n深圳新闻网讯 区长作政府工作报告。去年全区生产总值增长8%。',
      ),
    );
    expect(meta.region?.code).toBe('440309');
  });

  it('dates relayed targets by the year named before them, not a horizon the news names earlier', () => {
    const meta = read(
      opening(
        '2010年全市人均生产总值将达1万美元',
        '市长作政府工作报告。到2010年,全市人均生产总值预计达到1万美元。\n关于2006年的工作,市长提出了今年经济社会发展主要预期目标:地区生产总值增长12%。',
      ),
    );
    expect(meta.reportYear).toBe(2006);
  });

  it('takes news of a head who 做政府报告 at a session for a relayed report of the session’s year', () => {
    const meta = read(
      opening(
        '',
        '本报上海一月二十八日电 在今日开幕的上海市十二届人大五次会议上,市长在做政府报告时表示,今年上海经济社会发展的主要指标安排是生产总值增长百分之九以上。',
      ),
    );
    expect(meta.region?.name).toBe('上海市');
    expect(meta.reportYear).toBe(2007);
  });

  it('takes the district whose session the body names over the city a headline names', () => {
    const meta = read(
      opening(
        '深圳二届人大二次会议开幕',
        '4月21日,坪山区二届人大二次会议开幕。区政府工作报告回顾了2021年工作。报告指出,全年地区生产总值增长11.7%。',
      ),
    );
    expect(meta.region?.code).toBe('440310');
  });

  it('dates a relayed report by the plan its session adopts, or the year it looks back on', () => {
    const adopting = read(
      opening('绘就新蓝图', '市四届人大七次会议今日开幕,代表们将审定“十一五”规划。市长作《政府工作报告》。'),
    );
    expect(adopting.reportYear).toBe(2006);
    const looking = read(
      opening('', '市长代表市人民政府向大会作《政府工作报告》。\n回首2024年\n是承压前行的一年'),
    );
    expect(looking.reportYear).toBe(2025);
  });

  it('dates a session numbered past the fifth in its term’s last year', () => {
    const news = read(
      opening('', '22日上午,福建省第十三届人民代表大会第六次会议在福州开幕。省长作政府工作报告。'),
    );
    expect(news.reportYear).toBe(2022);
  });

  it('dates news by the province’s session a report is delivered at', () => {
    const news = read(
      opening(
        '',
        '广东省省长2日在省十届人大五次会议作政府工作报告时提到,广东去年生产总值比上年增长百分之十四。',
      ),
    );
    expect(news.region?.name).toBe('广东省');
    expect(news.reportYear).toBe(2007);
  });

  it('dates a reprint that masks its years by the latest meeting of the Party it cites', () => {
    const masked = (cited: string) =>
      read(
        opening(
          '',
          `各位代表:现在,我代表县人民政府向大会报告工作。\n20XX年工作回顾\n20XX年,全县认真贯彻${cited}精神,地区生产总值增长6%。`,
        ),
      ).reportYear;
    expect(masked('党的十九大和十九届二中、三中、四中全会')).toBe(2020);
    expect(masked('党的二十大')).toBe(2023);
    expect(masked('十八届三中全会')).toBe(2014);
    // The last of congresses listed one after another (`党的十六大、十七大和市委…全会`).
    expect(masked('党的十六大、十七大和市委三届三次全会')).toBe(2008);
    expect(masked('上级会议')).toBeNull();
  });

  it('takes a county-level city’s page of its report for the city’s, though it names the city above it more', () => {
    // The city above names a road or a college whose part lies in the county-level city, or the
    // scope of a first: neither is the place the report is about.
    const page = opening(
      '政府工作报告',
      '(上接第1版)\n(三)项目建设提速。完成固定资产投资300亿元,增长15%。嘉兴绕城高速公路西线海宁段全线施工,' +
        '新增省重点项目7个,居嘉兴首位;发行嘉兴首支政府专项债;建成嘉兴职业技术学院海宁学院,全市经济稳步发展。',
    );
    expect(read(page).region?.name).toBe('海宁市');
    // Nor is the city it ranks among the counties of (`列某市各县(市、区)第一`).
    const ranked = opening(
      '',
      '各位代表:现在,我代表市人民政府报告工作。过去一年,全市实现地区生产总值418亿元,列嘉兴各县(市、区)第一;规上工业增加值增长9%,列嘉兴各县(市、区)第一。',
    );
    expect(read(ranked).region).toBeNull();
  });

  it('dates a report by its first part’s heading, a year gone by however it is praised (一、极不平凡的2020年)', () => {
    const report = opening(
      '',
      '各位代表:现在,我代表市人民政府向大会报告工作。\n一、极不平凡的2020年\n过去的一年,全市生产总值增长3%。',
    );
    expect(read(report).reportYear).toBe(2021);
  });

  it('dates a page by the Party congress its year holds (今年是党的二十大召开之年), not the one after it', () => {
    const meta = read(
      opening(
        '',
        '今年是党的二十大召开之年\n今年政府工作的总体要求是:全面贯彻党的十九大精神。主要预期目标:地区生产总值增长8%以上。',
      ),
    );
    expect(meta.reportYear).toBe(2022);
  });

  it('dates a report by its name run into the salutation, or by the plan it submits for adoption', () => {
    const named = read(opening('', '某市2006年政府工作报告各位代表:现在,我代表市人民政府,向大会报告工作。'));
    expect(named.reportYear).toBe(2006);
    const submitted = read(
      opening('', '各位代表:现在,我代表市人民政府,向大会报告工作,请连同第十二个五年规划纲要(草案)一并审议。'),
    );
    expect(submitted.reportYear).toBe(2011);
  });

  it('dates a review of a five-year plan in the year after the plan, whatever the page says of its date', () => {
    const doc = opening(
      '某县政府工作报告',
      '发布时间:2011-12-15\n各位代表:\n现在,我代表县人民政府作报告。\n一、“十一五”工作回顾\n五年来,全县生产总值增加到100亿元。',
    );
    expect(read(doc).reportYear).toBe(2011);
  });

  it('dates a report by the year’s sessions its title names (2008两会), over a reprint’s date', () => {
    const doc = opening(
      '2008两会某自治区政府工作报告',
      '时间:2022-03-12 09:21:00\n各位代表:\n现在,我代表自治区人民政府向大会报告工作。',
    );
    expect(read(doc).reportYear).toBe(2008);
  });

  it('dates a template that masks its years by the plan year it names the year reviewed', () => {
    const doc = opening(
      '20xx年政府工作报告',
      '各位代表:\n我代表区人民政府向大会报告工作。\n一、20xx年政府工作回顾\n20xx年,是我区全面实施“十三五”规划的第一年。全区生产总值增长7%。',
    );
    expect(read(doc).reportYear).toBe(2017);
  });

  it('dates a page by its address’s year and month-and-day folders (/2021/1120/): a November session plans the next year', () => {
    const [doc] = splitPage(
      'http://news.example.cn/news/2021/1120/93715.html\n11月20日,某区第六届人民代表大会第一次会议上,代区长作《政府工作报告》。报告指出,具体到明年,实现地区生产总值增长13%以上。\n',
    ).documents;
    expect(read(doc!).reportYear).toBe(2022);
  });

  it('dates news of a session by the year the report is said to review (对2019年工作进行了回顾)', () => {
    const doc = opening(
      '市七届人大四次会议隆重开幕',
      '1月6日上午,市第七届人民代表大会第四次会议开幕。市长代表市人民政府作《政府工作报告》,报告对2019年工作进行了回顾。过去一年,全市地区生产总值增长7.8%。',
    );
    expect(read(doc).reportYear).toBe(2020);
  });

  it('dates news by the results it relays, not by the year a goal is set for or a goal met', () => {
    const relayed = read(
      opening(
        '',
        '昨日,市人民代表大会开幕,市长作政府工作报告。报告指出,2018年全市实现地区生产总值3000亿元。\n2019年,全市地区生产总值预期增长7.5%。',
      ),
    );
    expect(relayed.reportYear).toBe(2019);
    const met = read(
      opening(
        '',
        '1月9日,省长在省十一届人大五次会议上作《政府工作报告》。《报告》表明,2011年全省完成了上次会议确定的主要目标任务。',
      ),
    );
    expect(met.reportYear).toBe(2012);
    // Nor by a comparison's base year over the next line's heading (`比2000年翻一番⏎奋斗目标`).
    const based = read(
      opening(
        '[某市两会]政府工作报告摘要',
        '2006年03月08日10:35 某某网\n\n“十一五”目标:人均生产总值比2000年翻一番\n\n奋斗目标\n\n以建设现代化港口城市为总目标,加快发展。去年全市生产总值增长11.3%。',
      ),
    );
    expect(based.reportYear).toBe(2006);
  });

  it('dates a relayed report by the year it says it speaks in, not by that year opening a clause', () => {
    const meta = read(
      opening(
        '',
        '2月3日,市人大会议开幕,市长作政府工作报告。\n2016年,是实施规划承上启下的关键一年。报告总结了过去一年的成绩。',
      ),
    );
    expect(meta.reportYear).toBe(2016);
  });

  it('places county news by the county it names, though it names the province around it in passing', () => {
    const meta = read(
      opening(
        '',
        '2023年,三江侗族自治县坚持生态立县,奋力拼经济。预计2023年,全县地区生产总值完成45亿元,增长6%。' +
          '2023年,三江获评全国示范县,县委获评广西“真抓实干”先进集体;乙村获评广西休闲农业示范点,' +
          '丙乡获评广西生态文化旅游示范乡,3个村获评广西生态文化旅游示范村。三江经济稳中加固,三江人民安居乐业。',
      ),
    );
    expect(meta.region?.name).toBe('三江侗族自治县');
  });

  it('dates a report given as the year ends by the year it says is about to pass', () => {
    const meta = read(
      opening(
        '政府工作报告',
        '各位代表:现在,我代表区人民政府向大会报告工作。\n一、主要工作回顾\n即将过去的2018年,是全区发展极不平凡的一年。',
      ),
    );
    expect(meta.reportYear).toBe(2019);
  });

  it('dates a report by the year whose results it estimates, over a page title that files it under that year', () => {
    const meta = read(
      opening(
        '某区2010年政府工作报告',
        '各位代表:现在,我代表区人民政府向大会报告工作。\n五年来,全区经济持续增长。' +
          '预计2010年地区生产总值达到50亿元,比2005年翻了一番。',
      ),
    );
    expect(meta.reportYear).toBe(2011);
    // A plan for part of a year is no estimate of its results.
    const plan = read(
      opening(
        '某区2010年政府工作报告',
        '各位代表:现在,我代表区人民政府向大会报告工作。\n新厂预计2010年上半年建成投产。',
      ),
    );
    expect(plan.reportYear).toBe(2010);
  });

  it('places a text that calls itself 我市 in the city it names once, not the province it names for its policies', () => {
    const body =
      '本次会议确定了我市今年的主要目标。报告指出,要深入落实省委关于湖北工作的部署,全市上下' +
      '要奋力谱写湖北发展新篇章,为全省大局贡献襄阳力量。\n主要预期目标是:地区生产总值增长6%左右。';
    expect(read(opening('我市今年主要目标确定', body)).region?.name).toBe('襄阳市');
    // A city that answers to its 市委 and serves the province (`为全省…作出贡献`), naming itself
    // only in a quoted brand.
    const serving =
      '今年的总体思路是:认真落实总书记考察安徽重要讲话精神,紧紧围绕省委、省政府及市委部署,' +
      '打响“芜湖品牌”,为全省发展作出更大贡献。\n主要预期目标是:地区生产总值增长6%以上。';
    expect(read(opening('二、今年重点工作', serving)).region?.name).toBe('芜湖市');
    // A district's stem that a slogan's 的 makes better (`“更好的奎文”`).
    const slogan =
      '区政府工作的总体要求是:推动经济持续向好,奋力开创“更好的奎文”建设新局面。' +
      '\n主要预期目标是:地区生产总值增长6%左右。';
    expect(read(opening('二、今年工作安排', slogan)).region?.name).toBe('奎文区');
    // A province that speaks of itself as 全省 stays the province, and a municipality stays itself.
    const province =
      '全省上下要落实湖北省委部署,我省要为全国大局贡献襄阳等地力量,全省地区生产总值增长6%左右。';
    expect(read(opening('湖北省今年主要目标确定', province)).region?.name).toBe('湖北省');
  });

  it('places a page a city’s channel frames in the district its text speaks as (全区, 我区)', () => {
    const body =
      '当前位置:某某网 >> 保定频道 >> 专题\n保定市新闻网欢迎您 保定市\n过去一年,在市委和区委的领导下,' +
      '我们以建设“生态强区、美丽满城”为目标,全区上下团结奋进,我区地区生产总值增长6.5%。';
    expect(read(opening('', body)).region?.name).toBe('满城区');
    // In an autonomous region 全区 is the region: a city's text that leads 全区 stays the city's.
    const autonomous =
      '赤峰频道\n过去一年,赤峰工业投资增长30%,领跑全区;全区排名第二,红山区项目开工。' +
      '赤峰市地区生产总值增长5%。';
    expect(read(opening('', autonomous)).region?.name).toBe('赤峰市');
    // A district's text that names two of the city's places names no one of them.
    const two =
      '保定市新闻网 保定市\n过去一年,全区上下奋进,我区与清苑、满城两地合作,保定市地区生产总值增长6%。';
    expect(read(opening('', two)).region?.name).toBe('保定市');
  });

  it('takes news where the premier speaks of the year’s goals for the national report, whatever places it names later', () => {
    const body =
      '温家宝说,2010年经济社会发展的主要预期目标是:国内生产总值增长8%左右,城镇新增就业900万人以上。\n' +
      '温家宝还谈到了不久前发生在青海玉树的地震灾害,要求做好恢复重建。';
    const meta = read(opening('', body));
    expect(meta.region?.name).toBe('全国');
    expect(meta.reportYear).toBe(2010);
  });

  it('takes news of a province’s part in the national report, its figures the province’s own, for the province', () => {
    const body =
      '3月5日,十四届全国人大四次会议开幕,国务院总理在政府工作报告中多处提到甘肃。\n' +
      '全省城镇新增就业40万人,城镇和农村居民人均可支配收入分别增长5%、6%。';
    const meta = read(opening('政府工作报告里的甘肃“看点”', body));
    expect(meta.region?.name).toBe('甘肃省');
    // Without words of the province's own, the premier's figures are the country's.
    const relayed = read(opening('政府工作报告里的甘肃“看点”', body.replace('全省', '')));
    expect(relayed.region?.name).toBe('全国');
    // Nor a delegation's news that quotes the country's own statistic.
    const delegation = read(
      opening('甘肃:代表团热议发展新机遇', `${body}\n报告提出,国内生产总值增长5%左右。`),
    );
    expect(delegation.region?.name).toBe('全国');
  });

  it('takes the government the speech names (我代表常熟市人民政府) when the byline names none', () => {
    const body =
      '——2025年1月7日在市十六届人大四次会议上\n代市长 某 某\n各位代表:\n现在,我代表昆山市人民政府,向大会报告工作。\n' +
      '过去一年,增速高于苏州平均,总量居苏州各县市前列,苏州考核优秀。地区生产总值增长6%左右。';
    expect(read(opening('政 府 工 作 报 告', body)).region?.name).toBe('昆山市');
  });

  it('does not take the chair of the CPPCC on the rostrum for an autonomous region’s 主席', () => {
    const body =
      '1月16日,图们市第十九届人民代表大会第五次会议开幕。市委书记某某,市政协主席范某某在主席台就座。' +
      '市长某某代表市人民政府作政府工作报告。报告指出,全市地区生产总值同比增长7%。';
    expect(read(opening('', body)).region?.name).toBe('图们市');
  });

  it('counts a county’s short form where the speech names the county in full too', () => {
    const body =
      '——2021年3月20日在市九届人大五次会议上\n市长 某某\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n' +
      '过去一年,是格尔木经济社会发展很不寻常的一年,在省委省政府、州委州政府和市委的领导下,' +
      // The full name comes only after the opening the speaker's region is looked for in.
      '我们坚持稳中求进,统筹发展和安全,各项工作取得新的进展。'.repeat(15) +
      '主要指标增速位居全州前列。对照海西州部署,格尔木市实现地区生产总值增长6%。';
    expect(read(opening('政府工作报告', body)).region?.name).toBe('格尔木市');
  });

  it('takes the end of a list going down the levels (省、吉安市、井冈山市) for the writer’s own region', () => {
    const body =
      '今年政府工作的总体要求是:深入落实总书记视察江西和吉安重要讲话精神,按照省、吉安市、井冈山市党代会' +
      '部署要求,稳中求进。\n主要预期目标是:\n地区生产总值增长8%以上,固定资产投资增长10%以上。';
    expect(read(opening('', body)).region?.name).toBe('井冈山市');
  });

  it('does not hear a county speaking of itself in 安全县 (a safe county), beside a city’s 全市', () => {
    const doc = opening(
      '',
      '2015年,全市经济运行稳中有进。预计生产总值增长9%。一批知名企业纷纷落户襄阳,食品安全城市和农产品质量安全县创建经验在全省推广。',
    );
    expect(read(doc).region?.name).toBe('襄阳市');
  });

  it('takes the district a speech names once, in passing, over a firm’s name and the city it ranks in', () => {
    const doc = opening(
      '',
      '2020年,是收官之年。我区连年在全市综合考评中名列前茅,刷新了茅箭形象。全力支持服务东风板块发展,东风发动机项目投产。2020年经济社会发展的主要预期目标:地区生产总值增长7%以上。',
    );
    expect(read(doc).region?.name).toBe('茅箭区');
  });

  it('takes the place a news lead names in full, once, for the article’s', () => {
    const doc = opening(
      '',
      '(记者 某某)2018年,靖江市经济社会发展取得新成绩,综合实力再上台阶。全年地区生产总值增长7%,一般公共预算收入增长10%。',
    );
    expect(read(doc).region?.name).toBe('靖江市');
  });

  it('does not take the municipality a district’s speech answers to for the district', () => {
    const doc = opening(
      '一图读懂政府工作报告',
      '2018年,在市委、市政府和区委坚强领导下,我们认真落实中央对北京提出的要求。全区地区生产总值增长6%。',
    );
    expect(read(doc).region).toBeNull();
  });

  it('takes a site’s menu line for page furniture, not for a title naming the place', () => {
    const [doc] = splitPage(
      '首页 平湖资讯 平湖教育 嘉兴资讯 平湖房产\n\n2021年嘉兴市政府工作报告\n\n各位代表:\n2020年,全市地区生产总值增长3.5%。\n',
    ).documents;
    expect(doc?.title).toBe('2021年嘉兴市政府工作报告');
    expect(read(doc!).region?.name).toBe('嘉兴市');
  });

  it('takes a disclosure page’s record between separators (发文机关:) for furniture, not for a document', () => {
    const docs = splitPage(
      '2006年某市政府工作报告\n- 索 引 号:0001/2006-001 分 类:\n-\n发文机关:\n市政府办公室 发文日期:2006-04-25\n2006年4月12日在佛山市第十三届人民代表大会第三次会议上\n各位代表:\n2005年,全市生产总值2182亿元,比上年增长19.3%。\n',
    ).documents;
    const report = docs.find((d) => d.body.includes('2182亿元'));
    expect(report?.title).not.toContain('发文');
    expect(read(report!).kind).toBe('work_report');
    expect(read(report!).reportYear).toBe(2006);
  });

  it('keeps a newspaper page’s section (第06版:2022某市两会) as its channel, which dates the page', () => {
    const [page] = splitPage(
      '第06版:2022宿州两会\n《政府工作报告》解读\n今年经济社会发展的主要预期目标是:生产总值增长8%,固定资产投资增长10%。\n',
    ).documents;
    expect(page?.title).toBe('《政府工作报告》解读');
    expect(page?.sourceTag).toBe('2022宿州两会');
    expect(read(page!).reportYear).toBe(2022);
  });

  it('takes a row of short names (a local portal’s menu, a paper’s mastheads) for page furniture', () => {
    const [portal] = splitPage(
      '今日甲市 今日乙区 今日丙区 今日丁县 今日长安 今日周至\n政府工作报告解读 去年宝鸡经济总量2000亿元\n报告提出,今年全市地区生产总值增长7%左右。\n',
    ).documents;
    expect(portal?.title).toBe('政府工作报告解读 去年宝鸡经济总量2000亿元');
    expect(read(portal!).region?.name).toBe('宝鸡市');
    const [paper] = splitPage(
      '《某日报》 《某日报藏文版》 《某商报》 《某法制报》 《某晚报》\n2023年01月11日\n山南市力争今年地区生产总值增长8%左右\n日前,记者从山南市人代会上了解到,该市力争今年经济增长8%左右。\n',
    ).documents;
    expect(paper?.title).toBe('山南市力争今年地区生产总值增长8%左右');
    expect(read(paper!).region?.name).toBe('山南市');
  });

  it('takes a public account’s call to follow it for furniture, and reads the report on the plan as a report of the year it plans', () => {
    const [doc] = splitPage(
      '点击上方"蓝字"\n关注我们吧!\n关于某市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n一、2021年国民经济和社会发展计划执行情况\n地区生产总值增长3.7%。\n',
    ).documents;
    expect(doc?.title).toBe(
      '关于某市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告',
    );
    const meta = read(doc!);
    expect(meta.kind).toBe('work_report');
    expect(meta.reportYear).toBe(2022);
  });

  it('takes a line of Latin letters alone (a site’s menu word) for furniture, not for the title', () => {
    const [doc] = splitPage(
      'Workflow\n2025年某省政府工作报告(全文)\n研究院·2025-02-07 08:05\n报告的核心观点 2024年工作回顾 - 全省地区生产总值增长5.7%;常住人口城镇化率突破60%\n',
    ).documents;
    expect(doc?.title).toBe('2025年某省政府工作报告(全文)');
    expect(read(doc!).kind).toBe('work_report');
  });

  it('reads the year a quoted speaker looks back on (某某说,2025年是…极不平凡的一年) as the year reviewed', () => {
    const doc = opening(
      '县十八届人大六次会议开幕',
      '2月27日上午,某县第十八届人民代表大会第六次会议隆重开幕。县长代表县人民政府向大会报告工作。县长说,2025年是“十四五”规划的收官之年,是极不寻常、极不平凡的一年。全县地区生产总值增长4.8%。',
    );
    expect(read(doc).reportYear).toBe(2026);
  });

  it('reads a year called the hardest one gone by, told after a long byline (某某在…会议上作《政府工作报告》时说), as the year reviewed', () => {
    const doc = opening(
      '2015年的主要工作',
      '本报讯 某市市长在市十四届人大三次会议上作《政府工作报告》时说,2015年是本世纪以来全市经济发展最困难、经受考验最严峻的一年。经过全市上下共同努力,全年实现地区生产总值880亿元,增长6.1%。',
    );
    expect(read(doc).reportYear).toBe(2016);
  });

  it('files news under the place whose own outlet’s dateline opens it (某某新闻网讯)', () => {
    // (The city it lies in is named past the opening, in the speech.)
    const doc = opening(
      '',
      '石狮新闻网讯(记者 某某)1月5日上午,市第十七届人民代表大会第四次会议隆重开幕。' +
        '大会应到代表200名,实到代表190名,符合法定人数。'.repeat(12) +
        '市长说,一年来,全市主动融入泉州市发展大局,预计全市生产总值增长6%。',
    );
    expect(read(doc).region?.name).toBe('石狮市');
  });

  it('takes the county a 县长 speaks for from its short name, where the byline’s name is garbled and the speech never says 全县', () => {
    const doc = opening(
      '2021年1月21日在德??h',
      '第十八届人民代表大会第五次会议上\n县长 某某\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n一、2020年工作回顾\n预计地区生产总值增长3.5%左右,建设“双优”德清,推进“四个重大”。',
    );
    expect(read(doc).region?.name).toBe('德清县');
  });

  it('files news titled by a city after its province in brackets ((某省)某市…) under the city', () => {
    const doc = opening(
      '(河南省)许昌市2021年全市经济运行情况',
      '2021年,全市上下认真贯彻落实省委、省政府各项决策部署,经济持续恢复。全年全市生产总值3650亿元,同比增长6.5%。',
    );
    expect(read(doc).region?.name).toBe('许昌市');
  });

  it('dates a reprinted report by its byline, not by the page’s clock-stamped date above it', () => {
    const meta = read(
      opening(
        '资料:某省2004年政府工作报告',
        '\n2013年05月20日 09:45   来源:某网站\n\n  (点击查看更多地方政府工作报告)\n\n  (2004年1月15日 某某某)\n\n  各位代表:\n  现在,我代表省人民政府向大会报告工作。\n  过去五年工作回顾\n  初步统计,2003年全省生产总值5300亿元,比上年增长11.2%。',
      ),
    );
    expect([meta.reportDate, meta.reportYear]).toEqual(['2004-01-15', 2004]);
  });

  it('reads a year called hard before its name (极不平凡的2021年) as the year reviewed', () => {
    const doc = opening(
      '《政府工作报告》解读之三:2021年我们难忘的这些事',
      '县长在《政府工作报告》中回顾了过去一年。这些成绩,凝聚了极不平凡的2021年全县干部群众的汗水。这一年,全县地区生产总值增长7%。',
    );
    expect(read(doc).reportYear).toBe(2022);
  });

  it('reads a headline that gives a year’s result as news of the next year’s report', () => {
    const doc = opening(
      '丙市2023年地区生产总值增长4.6%,全年新签约招商项目1200个',
      '1月30日上午,丙市第十五届人民代表大会第五次会议开幕,市长在会上作政府工作报告。报告指出,2023年,丙市全市地区生产总值增长4.6%,一般公共预算收入增长6.8%。',
    );
    expect(read(doc).reportYear).toBe(2024);
    // A headline of a goal names the year planned.
    const goal = opening(
      '丙市2024年地区生产总值预期增长5%左右',
      '1月30日上午,丙市第十五届人民代表大会第五次会议开幕,市长在会上作政府工作报告。报告提出,今年全市地区生产总值增长5%左右。',
    );
    expect(read(goal).reportYear).toBe(2024);
    // So does one that proposes the year's goals, over the year a session's number would give.
    const proposed = opening(
      '丙市市长:建议2021年全市生产总值增长6%以上',
      '1月24日,丙市第十五届人民代表大会第五次会议开幕。市长说,建议今年全市经济社会发展的主要预期目标是:全市生产总值增长6%以上。',
    );
    expect(read(proposed).reportYear).toBe(2021);
  });

  it('takes a county’s one stem for its place when it measures itself against the city (好于全市平均)', () => {
    const doc = opening(
      '县长作《政府工作报告》',
      '2014年,是我县克难奋进的一年。我们紧紧围绕建设“生态”宁海,主动作为,多数经济指标增幅好于全市平均。地区生产总值增长6%。',
    );
    expect(read(doc).region?.name).toBe('宁海县');
  });

  it('reads a county-level city named only in its slogans (“三个某地”)', () => {
    const doc = opening(
      '',
      '各位代表:\n现在,我代表市人民政府向大会报告工作。\n今年以来,我们紧紧依靠和团结全市人民,围绕建设“绿色百强”和“三个大冶”,务实重行。预计全年,全市完成地区生产总值570亿元。',
    );
    expect(read(doc).region?.name).toBe('大冶市');
    // Or as the last of several goals in one pair of quotes, opened by a verb of building.
    const goals = opening(
      '',
      '2011年是新规划的开局之年。一年来,我市紧紧围绕“进入百强县前列、建设现代化中等城市、打造幸福大冶”三大目标,圆满完成了各项任务。预计2011年,全市地区生产总值实现410亿元。',
    );
    expect(read(goals).region?.name).toBe('大冶市');
  });

  it('takes a county of two characters named inside a phrase, under the prefecture the speech names', () => {
    const body =
      '2019年,我县在梧州市委、市政府的正确领导下,全县实现地区生产总值80亿元,增长8%。' +
      '我们把发展工业作为藤县经济发展的头等大事来抓。';
    expect(read(opening('', body)).region?.name).toBe('藤县');
    // Without the prefecture, such a name may be a word's tail (`示范县`): no county is taken.
    expect(read(opening('', body.replace('梧州市委、市政府', '上级党委'))).region).toBeNull();
  });

  it('does not take Heilongjiang’s name for itself (“六个龙江”) for the county 龙江县', () => {
    const doc = opening(
      '2023年经济社会发展主要任务',
      '2023年是开局之年,做好今年工作意义重大。政府工作要坚持稳中求进,积极对接“六个龙江”建设,' +
        '坚持以人民为中心的发展思想,统筹发展和安全,着力推动高质量发展,着力扩大内需,着力优化营商环境,' +
        '着力保障和改善民生,保持经济持续健康发展和社会大局稳定。实现上述目标,我们要充分发挥道里区在扩大内需中的作用。' +
        '全区地区生产总值增长6%左右。',
    );
    expect(read(doc).region?.name).toBe('道里区');
  });

  it('reads news of a county-level city since made a district under the name it had, ranked among its province’s strongest', () => {
    const doc = opening(
      '',
      '吴江市2010年政府工作报告,一年来,我们在应对挑战中增强了实力。2009年,全市完成地区生产总值900亿元,跻身全省八强。江苏海工项目落户。',
    );
    expect(read(doc).region).toMatchObject({ name: '吴江市', code: '320509' });
  });

  it('reads news of a city’s session that names one of its districts in full as the city’s (全市…把原州区…)', () => {
    const news = (extra: string) =>
      opening(
        '',
        `新春伊始,固原迈出新的步伐。市五届人大五次会议胜利闭幕,全市代表建言献策。\n“今年主要预期目标是:地区生产总值增长5.6%。”\n代表们说,要把原州区马铃薯打造成全市的品牌。${extra}`,
      );
    expect(read(news('')).region?.name).toBe('固原市');
    // A text that speaks as the district too stays the district's.
    expect(read(news('全区上下干劲十足。')).region?.name).toBe('原州区');
  });

  it('counts a district’s 我区 over the city’s meeting held in it (全市…现场会在我区召开)', () => {
    const doc = opening(
      '',
      '2022年是君山极不平凡的一年。全市秋冬种现场会首次在我区召开;博览会上,君山单独设展。地区生产总值增长4%。',
    );
    expect(read(doc).region?.name).toBe('君山区');
  });

  it('reads no government from spam run into the speaker’s title (江南app…代县长)', () => {
    const doc = opening(
      '2021年政府工作报告',
      '—— 2021年2月2日在封丘县第十四届人民代表大会第六次会议上\n江南app体育官网下载代县长 王某某\n各位代表:\n现在,我代表县人民政府,向大会报告工作。全县地区生产总值完成250亿元。',
    );
    expect(read(doc).region?.name).toBe('封丘县');
  });

  it('takes the city a speech names twice as often as any other (对浙江、对宁波 beside 宁波舟山港)', () => {
    const doc = opening(
      '一、2019年工作回顾',
      '市政府认真贯彻总书记对浙江、对宁波工作的重要指示精神。宁波舟山港完成货物吞吐量11亿吨。全市实现地区生产总值11985亿元,增长6.8%。',
    );
    expect(read(doc).region?.name).toBe('宁波市');
  });

  it('reads the county a speech’s closing slogan names (谱写中国式现代化某地新篇章)', () => {
    const doc = opening(
      '二、2025年主要工作',
      '做好今年政府工作意义重大。奋力谱写中国式现代化磴口新篇章。\n全县经济社会发展的主要预期目标是:地区生产总值增长6%左右。',
    );
    expect(read(doc).region?.name).toBe('磴口县');
  });

  it('reads the county a speech thanks the backers of (向关心、支持某地发展的各界友人)', () => {
    const speech = (thanks: string) =>
      read(
        opening(
          '政府工作报告',
          `各位代表!过去一年,我县取得了新成绩。在此,我代表县人民政府,向驻地部队官兵,向所有${thanks}的各界友人致以敬意!全县地区生产总值增长6%。`,
        ),
      ).region?.name;
    expect(speech('关心、支持绩溪发展')).toBe('绩溪县');
    // The stem inside other words says nothing.
    expect(speech('关心绩溪特产')).toBeUndefined();
  });

  it('takes a navigation label (导航菜单) for furniture, so the report’s own title names the district', () => {
    const [doc] = splitPage(
      '导航菜单\n\n(江苏省)苏州市吴中区人民政府工作报告(2025年1月6日)\n\n2025年主要目标和任务\n根据区委部署,今年主要预期目标是:地区生产总值增长5%以上。\n',
    ).documents;
    expect(doc?.title).toBe('(江苏省)苏州市吴中区人民政府工作报告(2025年1月6日)');
    expect(read(doc!).region?.name).toBe('吴中区');
  });

  it('takes a bare link back to the home page (返回首页, 返回首頁) for furniture, so the headline is the title', () => {
    const [doc] = splitPage(
      '返回首页\n\n丙市:今年全市生产总值增长5%左右\n本报讯 丙市市长作政府工作报告。\n',
    ).documents;
    expect(doc?.title).toBe('丙市:今年全市生产总值增长5%左右');
    const [traditional] = splitPage(
      '返回首頁\n\n丙市:今年全市生產總值增長5%左右\n本報訊 丙市市長作政府工作報告。\n',
      true,
    ).documents;
    expect(traditional?.title).toBe('丙市:今年全市生產總值增長5%左右');
  });

  it('takes a text-size button (改变文字大小) for furniture, so the headline is the title', () => {
    const [doc] = splitPage(
      '改变文字大小:[  ] [打印] | [关闭]\n\n丁市两会开幕\n本报讯 丁市市长作政府工作报告。\n',
    ).documents;
    expect(doc?.title).toBe('丁市两会开幕');
  });

  it('takes the report’s table of contents opening a page for furniture, and the line after it for the title', () => {
    const [doc] = splitPage(
      '一、2022年工作回顾\n(一)坚持稳中求进\n二、2023年重点工作\n衢州市2023年政府工作报告\n各位代表:\n一、2022年工作回顾\n全市地区生产总值增长5%。\n',
    ).documents;
    expect(doc?.title).toBe('衢州市2023年政府工作报告');
    // Part headings the text does not repeat are the text, not its contents.
    const [plain] = splitPage('一、发展成效\n(一)经济稳中向好\n全市地区生产总值增长5%。\n').documents;
    expect(plain?.body.startsWith('(一)')).toBe(true);
  });

  it('takes what stands above a report’s own title and byline further down a page for furniture (a forum post’s header)', () => {
    const page =
      '设为首页\n查看: 2046|回复: 0\n[河北] 2023年某市政府工作报告\n签到天数: 512 天\n版主\n积分\n发表于 2023-3-2 10:12:41\n' +
      '2023年邢台市政府工作报告\n---2023年1月12日在邢台市第十六届人民代表大会第三次会议上\n邢台市人民政府市长 某某\n' +
      '一、回顾2022年工作\n全市生产总值完成2500亿元,增长4%。\n二、2023年工作安排\n主要预期目标是:全市生产总值增长6%左右。\n';
    const [doc] = splitPage(page).documents;
    expect(doc?.title).toBe('2023年邢台市政府工作报告');
    const meta = read(doc!);
    expect(meta).toMatchObject({ kind: 'work_report', reportYear: 2023, reportDate: '2023-01-12' });
    // A title line with no byline under it is no report's start.
    const [news] = splitPage('要闻\n市长作政府工作报告\n全市生产总值完成2500亿元。\n').documents;
    expect(news?.title).toBe('要闻');
  });

  it('reads when a page was published from its furniture’s byline, in traditional characters too', () => {
    const [doc] = splitPage(
      '陸豐新聞網 發布時間:2022-06-21 字號:[大] [中] [小]\n市“兩會”閉幕\n過去一年,全市生產總值增長8%。\n',
      true,
    ).documents;
    expect(doc?.published).toBe('2022-06-21');
  });

  it('keeps news of a report above its title and byline as part of the page (its targets are read)', () => {
    const page =
      '2月10日,2024年邢台市政府工作报告全文发布。\n' +
      '报告提出,2024年主要预期目标是:全市生产总值增长6%左右,固定资产投资增长8%。\n' +
      '2024年邢台市政府工作报告\n---2024年1月12日在邢台市第十六届人民代表大会第四次会议上\n' +
      '一、2023年工作回顾\n全市生产总值完成2600亿元,增长5%。\n';
    const [doc] = splitPage(page).documents;
    expect(doc?.body.startsWith('2月10日')).toBe(true);
    const facts = extract(page, { sourceFile: 'news-and-report.txt' }).facts.map(
      (f) => `${f.indicator} ${f.kind} ${f.year} ${f.value}`,
    );
    expect(facts).toEqual([
      'gdp target 2024 6',
      'fixed_asset_investment target 2024 8',
      'gdp actual 2023 260000000000',
      'gdp actual 2023 5',
    ]);
  });

  it('reads a speech for 区人民政府 under a title naming its city as the district’s, and none of a municipality’s unnamed', () => {
    const district = opening(
      '昆明市2023年政府工作报告',
      '各位代表:\n我代表区人民政府,向大会报告工作。\n一、2022年工作回顾\n以“五华在争先”活动为主线,地区生产总值增长5%。\n',
    );
    expect(read(district).region?.name).toBe('五华区');
    const unnamed = opening(
      '——2024年1月9日在区第十八届人民代表大会第五次会议上',
      '各位代表:\n受区政府委托,现将我区2023年计划执行情况报告如下。全区上下深入贯彻总书记对天津工作的要求。\n',
    );
    expect(read(unnamed).region).toBeNull();
  });

  it('takes a disclosure page’s document record for furniture, in traditional characters too', () => {
    const [doc] = splitPage(
      '索引号 11330000/2020-01 文号 某政发〔2020〕9号\n发布机构 市政府 公开方式 主动公开\n附件\n衢州市2020年政府工作报告\n各位代表:\n',
    ).documents;
    expect(doc?.title).toBe('衢州市2020年政府工作报告');
    const [traditional] = splitPage(
      '當前位置:首頁\n衢州市2020年政府工作報告\n各位代表:\n現在,我代表市人民政府報告工作。\n',
      true,
    ).documents;
    expect(traditional?.title).toBe('衢州市2020年政府工作報告');
  });

  it('reads the speech of a district since abolished as the district’s, under the code it had, not its city’s', () => {
    const merged = opening(
      '2010年杭州市下城区政府工作报告',
      '各位代表:\n现在,我代表杭州市下城区人民政府向大会报告工作。\n一、2009年工作回顾\n全区地区生产总值增长10%。\n',
    );
    expect(read(merged).region).toMatchObject({ name: '下城区', code: '330103', parent_name: '杭州市' });
    // A government named by a region's own name is that region's.
    const tibet = opening(
      '2019年西藏自治区政府工作报告',
      '各位代表:\n现在,我代表西藏自治区人民政府向大会报告工作。\n',
    );
    expect(read(tibet).region?.name).toBe('西藏自治区');
  });

  it('takes a site’s buttons, greeting and channel names for furniture', () => {
    const [doc] = splitPage(
      '今天是:2024年05月17日 星期五     欢迎光临某某区门户网站\n设为主页 加入收藏\n搜索\n统计公报\n某某区2022年国民经济和社会发展统计公报\n2022年,全区经济稳中有进。\n',
    ).documents;
    expect(doc?.title).toBe('某某区2022年国民经济和社会发展统计公报');
  });

  it('takes a line of a layout table’s bars alone for furniture, not for the title', () => {
    const [doc] = splitPage('|\n某市近期发展目标:建成区域商贸中心\n|\n全市生产总值增长10%。\n').documents;
    expect(doc?.title).toBe('某市近期发展目标:建成区域商贸中心');
  });

  it('takes a menu line that opens on 首页 and a channel’s 专题 for furniture, not for the title', () => {
    const [doc] = splitPage(
      '首页 详情\n两会专题\n某省政府工作报告十大看点\n全省地区生产总值增长5%。\n',
    ).documents;
    expect(doc?.title).toBe('某省政府工作报告十大看点');
  });

  it('takes a breadcrumb of one step (所在位置: 首页 > 文件公告) for furniture', () => {
    const [doc] = splitPage(
      '所在位置: 首页 > 文件公告\n衢州市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n各位代表:\n',
    ).documents;
    expect(doc?.title).toBe('衢州市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告');
  });

  it('takes the last step of a breadcrumb alone on its line (> 城市) for furniture', () => {
    const [doc] = splitPage(
      '> 城市\n\n某市某区荣获年度考核奖\n\n2023年,全区地区生产总值400亿元。\n',
    ).documents;
    expect(doc?.title).toBe('某市某区荣获年度考核奖');
  });

  it('takes what a saving tool left of the page’s markup (某某广播电视台">) for furniture', () => {
    const [doc] = splitPage(
      '某省广播电视台">\n专访县委书记某某:某县今年经济增长8%\n记者:今年有何打算?\n',
    ).documents;
    expect(doc?.title).toBe('专访县委书记某某:某县今年经济增长8%');
  });

  it('takes a row of short links between bars for furniture, not for the page’s title', () => {
    const [doc] = splitPage(
      '返回本网首页 | 版面导航 | 标题导航\n多省区发布2019年经济运行成绩单\n1月22日,多个省区发布去年经济数据。\n',
    ).documents;
    expect(doc?.title).toBe('多省区发布2019年经济运行成绩单');
  });

  it('reads a province named only by its short form before the work it is given (对新疆工作…, 新疆实践)', () => {
    const doc = opening(
      '2024年工作回顾',
      '过去一年,我们深入贯彻总书记关于新疆工作的重要讲话,把新疆工作放在全局中谋划,推动中国式现代化新疆实践迈出坚实步伐,新疆工作取得新成效。全疆粮食产量2300万吨。',
    );
    expect(read(doc).region?.name).toBe('新疆维吾尔自治区');
  });

  it('dates a meeting that sums up a year’s work (总结2006年政府工作) by the year it plans, and a review headed 主要工作和成效 by the year after it', () => {
    const meeting = opening(
      '市政府召开全体成员(扩大)会议',
      '昨日,市政府召开全体成员(扩大)会议,总结2006年政府工作,安排2007年工作任务。常务副市长作《政府工作报告》起草说明。全年实现地区生产总值1150亿元,比上年增长16.5%。',
    );
    expect(read(meeting).reportYear).toBe(2007);
    const digest = opening(
      '政府工作报告(摘要)',
      '一、2016年主要工作和成效\n2016年是开局之年。预计全年生产总值4.6万亿元、增长7.5%左右。\n',
    );
    expect(read(digest).reportYear).toBe(2017);
  });

  it('reads news that names no place but the country’s statistic (国内生产总值, 全国) as the country’s, and the year past under its heading', () => {
    const doc = opening(
      '解读政府工作报告·过去一年和五年工作回顾',
      '过去一年\n2022年是极为重要的一年。全国各族人民迎难而上,全年国内生产总值增长3%,城镇新增就业1206万人。\n',
    );
    const meta = read(doc);
    expect(meta.region?.name).toBe('全国');
    expect(meta.reportYear).toBe(2023);
    // A province's news quoting no statistic of the country stays unplaced.
    expect(read(opening('解读政府工作报告', '过去一年,全省地区生产总值增长5%。')).region).toBeNull();
    // The country's statistic beside no smaller place's words is the country's too.
    const digest = opening(
      '数说政府工作报告丨今年主要预期目标公布',
      '今年发展主要预期目标是:\n国内生产总值增长5%左右;\n',
    );
    expect(read(digest).region?.name).toBe('全国');
    const province = opening('解读政府工作报告', '全省国内生产总值增长9%。');
    expect(read(province).region).toBeNull();
  });

  it('reads no country in a speech for a government named by its level alone, though it says 国内生产总值', () => {
    // A province of the early 2000s called its own output 国内生产总值; 我代表自治区人民政府 names
    // no place, so the report is a region's the page never names.
    const speech = opening(
      '(2004年1月8日)',
      '各位代表:\n现在,我代表自治区人民政府作工作报告。\n2003年工作的回顾\n全区经济增速居全国前列,国内生产总值达到900亿元。\n',
    );
    expect(read(speech).region).toBeNull();
  });

  it('takes a byline of when the page was updated and by whom for page furniture, not for a title naming the place', () => {
    const [doc] = splitPage(
      '更新时间:2019-05-02 10:30作者:平湖老师\n各位代表:\n现在,我代表省人民政府向大会作工作报告。\n过去的一年,我们落实中央对某某的指示,湖南经济稳中有进。长沙、株洲、湘潭三市协同发展。\n',
    ).documents;
    expect(doc?.title).toBe('');
    expect(read(doc!).region?.name).toBe('湖南省');
  });

  it('dates a page by a date printed day first under its headline (20.07.2015 19:10)', () => {
    const news = opening(
      '某县举行成立30周年大会',
      '\n20.07.2015  19:10\n\n昨天,某县举行大会。今年,全县生产总值有望达到62亿元。',
    );
    expect(read(news)).toMatchObject({ publishedYear: 2015, reportYear: 2015 });
  });

  it('takes the first day of 1970 a page prints where it has no date for no date', () => {
    const news = opening(
      '某市五年后GDP突破千亿',
      '1970-01-01 |\n本报讯 今日,某某市十三届人大一次会议开幕,市长作政府工作报告。2020年,全市地区生产总值增长6%。',
    );
    expect(read(news).reportYear).not.toBe(1970);
    expect(read(news).publishedYear).toBeNull();
  });

  it('takes a saved page’s opening address for furniture, not its title, and dates the page by it', () => {
    const page =
      'http://news.example.cn/local/2021-01/12/c_100.htm\n' +
      '某某县第十届人民代表大会第五次会议召开。新华网发(张三 摄)\n' +
      '1月12日,某某县第十届人民代表大会第五次会议开幕。2021年,全县将努力实现地区生产总值增长8%左右。\n';
    const [doc] = splitPage(page).documents;
    expect(doc?.address).toBe('http://news.example.cn/local/2021-01/12/c_100.htm');
    expect(doc?.title).toBe('');
    expect(read(doc!).reportYear).toBe(2021);
    // A date run together in the address (`/20240121/`, `t20180712_…`) dates the page too.
    const compact = splitPage(
      'http://news.example.cn/20240121/abc/c.html\n2023年\n全市地区生产总值增长6%\n2024年预期目标\n地区生产总值预期目标增长5.5%左右\n',
    ).documents[0]!;
    expect(compact.address).toBe('http://news.example.cn/20240121/abc/c.html');
    expect(read(compact).reportYear).toBe(2024);
    // Or its month alone (`/201901/`), over a later stamp a page's reposting left in its opening.
    const monthly = splitPage(
      'http://docs.example.cn/article/201901/77.html\n政府工作报告\n时间:2023-05-06 10:00:00\n各位代表:现在,我代表省人民政府向大会报告工作。\n',
    ).documents[0]!;
    expect(read(monthly).reportYear).toBe(2019);
    // A county of two characters named right after a year (`2024年夏县政府工作报告`).
    expect(
      read(opening('2024年夏县政府工作报告', '各位代表:现在,我代表县人民政府向大会报告工作。')).region?.name,
    ).toBe('夏县');
    const titled = splitPage(
      'https://example.com/a/1.html\n(某省)2020年某某县政府工作报告(全文)\n各位代表:…\n',
    );
    expect(titled.documents[0]?.title).toBe('(某省)2020年某某县政府工作报告(全文)');
  });

  it('dates a report by the plan and year its review names together, or the session whose resolutions it carried out', () => {
    const digest =
      '1月20日,自治区两会召开。自治区主席代表自治区政府作政府工作报告,回顾了“十三五”时期和2020年' +
      '经济社会发展。地区生产总值由1.2万亿元增加到2020年的1.7万亿元。';
    expect(read(opening('', digest)).reportYear).toBe(2021);
    const masked =
      '各位代表:现在,我代表市人民政府向大会报告工作。一、过去一年工作回顾。XX年是很不平凡的一年。' +
      '一年来,我们认真执行市十四届人大三次会议决议。全市地区生产总值增长6%。';
    // A report's first part is its review, whatever its heading calls it (`一、2021年主要工作`).
    const firstPart =
      '各位代表:\n现在,我代表市政府向大会报告工作。\n一、2023年主要工作\n2023年是很不平凡的一年。' +
      '预计实现地区生产总值2100亿元、增长6%左右。';
    expect(read(opening('', firstPart)).reportYear).toBe(2024);
    const meta = read(opening('北京市政府工作报告', masked));
    expect(meta.region?.name).toBe('北京市');
    expect(meta.reportYear).toBe(2016);
  });

  it('takes a session quoted for the goal it set for an earlier one, not for the session that meets', () => {
    const meta = read(
      opening(
        '',
        '云南省2018年地区生产总值增长8.9%,超过2018年年初在云南省第十三届人民代表大会第一次会议上提出的8.5%的目标。' +
          '省长在会议上作政府工作报告。2019年,全省经济社会发展的主要预期目标建议为:地区生产总值增长8.5%左右。' +
          '云南省第十三届人民代表大会第二次会议今天在昆明召开。',
      ),
    );
    expect(meta.kind).toBe('news');
    expect(meta.reportYear).toBe(2019);
  });
});
