/**
 * The whole pipeline on a lone plain-text report of another level and year than the seed: a
 * provincial report in the layout of the 2019 Hunan report (heading lines, full-width punctuation,
 * speaker line, 主要预期目标是). Figures are illustrative; what is checked is how they are read.
 */

import { type Fact, regionByCode } from '@gwr/domain';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { toMatchText } from '../src/normalize.js';

const report = `2019年湖南省人民政府工作报告
——2019年1月28日在湖南省第十三届人民代表大会第二次会议上
湖南省省长 许达哲
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、2018年工作回顾
过去一年，全省地区生产总值增长7.8%，达到3.64万亿元；一般公共预算收入2860.8亿元，增长9.4%；城镇、农村居民人均可支配收入分别增长8.1%、8.9%。
二、2019年工作总体要求和主要预期目标
今年全省经济社会发展的主要预期目标是：地区生产总值增长7.5%—8%；居民消费价格涨幅控制在3%左右；城镇新增就业70万人以上，城镇调查失业率5.5%以内；单位地区生产总值能耗下降3%左右。
三、2019年重点工作
（一）推进产业发展。力争新增规模以上工业企业1000家以上。
`;

const brief = (f: {
  indicator: string | null;
  label: string | null;
  kind: string;
  year: number | null;
  measure: string;
  value: number;
  value_max: number | null;
  qualifier: string;
}) => [f.indicator ?? f.label, f.kind, f.year, f.measure, f.value, f.value_max ?? '-', f.qualifier].join(' ');

/** A fact as the pipeline's year and kind checks compare it: what, which kind, which year, how much. */
const yearly = (f: Fact) => `${f.indicator} ${f.kind} ${f.year} ${f.value}`;

describe('a provincial plain-text report', () => {
  const result = extract(report, { sourceFile: 'hunan-2019.txt' });

  it('reads the report as one work report of its province and year', () => {
    expect(result.format).toBe('plain');
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]).toMatchObject({
      kind: 'work_report',
      region: '湖南省',
      region_code: '430000',
      report_year: 2019,
    });
  });

  it('reads results as the previous year and targets as the report year', () => {
    expect(result.facts.map(brief)).toEqual([
      'gdp actual 2018 growth_pct 7.8 - exact',
      'gdp actual 2018 level 3640000000000 - exact',
      'general_budget_revenue actual 2018 level 286080000000 - exact',
      'general_budget_revenue actual 2018 growth_pct 9.4 - exact',
      'urban_income_per_capita actual 2018 growth_pct 8.1 - exact',
      'rural_income_per_capita actual 2018 growth_pct 8.9 - exact',
      'gdp target 2019 growth_pct 7.5 8 range',
      'cpi target 2019 growth_pct 3 - about',
      'new_urban_jobs target 2019 level 700000 - at_least',
      'surveyed_unemployment_rate target 2019 rate_pct 5.5 - at_most',
      'energy_intensity target 2019 growth_pct -3 - about',
      '新增规模以上工业企业 target 2019 level 1000 - at_least',
    ]);
  });

  it('reads the same report written in traditional characters, with offsets into the original', () => {
    const traditional = report
      .replace(/湖南省人民政府工作报告/, '湖南省人民政府工作報告')
      .replace(/地区生产总值/g, '地區生產總值')
      .replace(/一般公共预算收入/g, '一般公共預算收入')
      .replace(/增长/g, '增長')
      .replace(/亿元/g, '億元');
    expect(toMatchText(traditional)).toBe(toMatchText(report));
    const facts = extract(traditional, { sourceFile: 'hunan-2019-traditional.txt' }).facts;
    expect(facts.map(brief)).toEqual(result.facts.map(brief));
    for (const f of facts) expect(traditional.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
    expect(facts[0]!.evidence.text).toBe('全省地區生產總值增長7.8%');
  });
});

describe('a development zone’s own report', () => {
  it('reads the figures the zone states under the word its kind calls itself by (开发区)', () => {
    const report =
      '2020年昆山经济技术开发区工作报告\n一、2019年工作回顾\n开发区实现地区生产总值2300亿元,增长6%。\n';
    const result = extract(report, { sourceFile: 'zone.txt' });
    expect(result.documents[0]!.region).toBe('昆山经济技术开发区');
    expect(result.facts.map((f) => [f.indicator, f.kind, f.year, f.measure, f.value])).toEqual([
      ['gdp', 'actual', 2019, 'level', 230000000000],
      ['gdp', 'actual', 2019, 'growth_pct', 6],
    ]);
  });
});

describe('news headlined with a slogan', () => {
  it('takes no place a slogan likens the county to (“广东香格里拉”) for the place the news is of', () => {
    const page =
      '展望十三五 打造文明平安“广东香格里拉”\n本报讯 前日,连平县“两会”胜利闭幕。大会总结了2015年连平县的工作。\n2015年,连平县迎难而上,全县实现地区生产总值92亿元。\n';
    const result = extract(page, { sourceFile: 'slogan.txt' });
    expect(result.documents[0]!.region).toBe('连平县');
    expect(result.facts.map((f) => [f.region, f.indicator, f.year, f.value])).toEqual([
      ['连平县', 'gdp', 2015, 9200000000],
    ]);
  });
});

describe('a pilot zone (综合实验区)', () => {
  it('reads its own report under the word it calls itself by, and leaves its figures to it in its city’s', () => {
    const own =
      '2020年郑州航空港经济综合实验区工作报告\n一、2019年工作回顾\n实验区完成地区生产总值900亿元,增长7%。\n';
    expect(
      extract(own, { sourceFile: 'zone.txt' }).facts.map((f) => [f.region_code, f.measure, f.value]),
    ).toEqual([
      ['410173', 'level', 90000000000],
      ['410173', 'growth_pct', 7],
    ]);
    const city =
      '2020年郑州市政府工作报告\n一、2019年工作回顾\n全市地区生产总值增长6.5%。航空港实验区完成地区生产总值900亿元。\n';
    expect(
      extract(city, { sourceFile: 'city.txt' }).facts.map((f) => [f.region_code, f.measure, f.value]),
    ).toEqual([['410100', 'growth_pct', 6.5]]);
  });
});

describe('a document that names no region', () => {
  const snippet = '地区生产总值增长7%左右,一般公共预算收入增长6%。';

  it('yields no facts, and a warning that says how many figures were left unread', () => {
    const result = extract(snippet, { sourceFile: 'snippet.txt' });
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]!.region).toBeNull();
    expect(result.facts).toEqual([]);
    expect(result.warnings).toEqual([
      expect.stringMatching(/names no region it is about: 2 figures left unread$/),
    ]);
  });

  it('reads its figures for the region the caller says it is about', () => {
    const region = regionByCode('331126')!;
    const dated = `2019年政府工作报告\n${snippet}`;
    const result = extract(dated, { sourceFile: 'snippet.txt', defaultRegion: region });
    expect(result.warnings).toEqual([]);
    expect(result.facts.map((f) => [f.indicator, f.region_code, f.value])).toEqual([
      ['gdp', '331126', 7],
      ['general_budget_revenue', '331126', 6],
    ]);
  });

  it('leaves out, with a warning, the figures of a document that names no year', () => {
    const region = regionByCode('331126')!;
    const result = extract(snippet, { sourceFile: 'snippet.txt', defaultRegion: region });
    expect(result.documents).toHaveLength(1);
    expect(result.facts).toEqual([]);
    expect(result.warnings).toEqual([
      expect.stringMatching(/names no year it is about: 2 figures left unread$/),
    ]);
  });

  it("keeps the region a document names itself over the caller's default", () => {
    const named = `庆元县人民政府工作报告\n${snippet}`;
    const result = extract(named, { sourceFile: 'named.txt', defaultRegion: regionByCode('110000')! });
    expect(result.documents[0]!.region_code).toBe('331126');
  });
});

describe('a forum reprint of a meeting that set the year’s goals', () => {
  // A forum scatters random letters and symbols through a post to foil copying; a news item heads
  // its goals with a year that drops the 年, and turns to the year past under a one-word heading.
  const post = [
    '本报讯 岁末,庆元县委全会在县城召开,总结去年工作,部署今年目标。县长作报告。* w- A- G8 i7 b4 X8 ~" i',
    '2019预期目标; P1 |( q" ~6 S( i',
    '●力争全县生产总值增长8%以上7 M& T" a+ {* Q3 b( I7',
    '4 o* d, v6 G: p ●城镇居民人均可支配收入增长9%以上',
    '回顾',
    '; X. V, T. D G$ v 报告指出,全县生产总值预计完成95亿元。',
  ].join('\n');

  it('reads through the jammer: the goals are the year’s targets, the review its results', () => {
    const result = extract(post, { sourceFile: 'post.txt' });
    expect(result.documents[0]!.report_year).toBe(2019);
    expect(result.facts.map(brief)).toEqual([
      'gdp target 2019 growth_pct 8 - at_least',
      'urban_income_per_capita target 2019 growth_pct 9 - at_least',
      'gdp actual 2018 level 9500000000 - exact',
    ]);
    for (const f of result.facts) expect(f.evidence.text).not.toMatch(/[A-Za-z]/);
  });
});

describe('news of a session held in December for the year after', () => {
  const news = [
    '县人大会议开幕',
    '2015-12-28 10:20',
    '12月28日,庆元县第八届人民代表大会第五次会议开幕,县长作政府工作报告。',
    '报告指出,2015年,全县生产总值预计完成95亿元,增长7%。',
    '报告提出明年的奋斗目标主要是:地区生产总值增长7.5%;一般公共预算收入增长8%。',
  ].join('\n');

  it('plans the year after: 明年 is the year it sets targets for, and the year it speaks in is reviewed', () => {
    const result = extract(news, { sourceFile: 'news.txt' });
    expect(result.documents[0]!.report_year).toBe(2016);
    expect(result.facts.map(brief)).toEqual([
      'gdp actual 2015 level 9500000000 - exact',
      'gdp actual 2015 growth_pct 7 - exact',
      'gdp target 2016 growth_pct 7.5 - exact',
      'general_budget_revenue target 2016 growth_pct 8 - exact',
    ]);
  });
});

describe('news of a new term’s report: last year’s results, then the term’s goals set out in words first', () => {
  const news = [
    '市人大会议开幕',
    '2月16日,庆元县第九届人民代表大会第一次会议开幕,县长代表县人民政府作政府工作报告。',
    '据介绍,过去五年全县发展成效明显。2016年,全县生产总值达到95亿元、增长8%,继续保持全市前列。',
    '记者从会上了解到,今后五年全县发展的主要目标是:建成生态文明示范县,让城乡面貌更加美丽、人民生活更加幸福。全县生产总值年均增长8%左右,总量突破140亿元,森林覆盖率保持在86%以上。',
    '为实现上述目标,全县将抓好六项重点任务。',
  ].join('\n');

  it('dates the report by the year after the results, and files the goals for the term’s last year', () => {
    const result = extract(news, { sourceFile: 'term.txt' });
    expect(result.documents[0]!.report_year).toBe(2017);
    expect(result.facts.map(brief)).toEqual([
      'gdp actual 2016 level 9500000000 - exact',
      'gdp actual 2016 growth_pct 8 - exact',
      'gdp target 2021 level 14000000000 - at_least',
      'forest_coverage target 2021 rate_pct 86 - at_least',
    ]);
  });
});

describe('news that sets a list of targets out over several paragraphs', () => {
  const news = [
    '记者从省人代会获悉',
    '今天上午,浙江省人民代表大会开幕,省长作政府工作报告,建议2010年全省发展的主要目标是:地区生产总值增长9%左右。',
    '单位生产总值能耗下降3%,全面完成节能减排目标。',
    '城镇居民人均可支配收入增长7%;城镇登记失业率控制在4%以内。',
    '海洋经济成为新的增长点',
    '过去的2009年,全省港口货物吞吐量增长10.9%,地区生产总值增长8.9%。',
  ].join('\n');

  it('reads every paragraph of figures as the year’s targets, until a headline turns to the year past', () => {
    const result = extract(news, { sourceFile: 'list.txt' });
    expect(result.facts.map(brief)).toEqual([
      'gdp target 2010 growth_pct 9 - about',
      'energy_intensity target 2010 growth_pct -3 - exact',
      'urban_income_per_capita target 2010 growth_pct 7 - exact',
      'registered_unemployment_rate target 2010 rate_pct 4 - at_most',
      'gdp actual 2009 growth_pct 8.9 - exact',
    ]);
  });
});

describe('news of a city’s plan whose last paragraph counts goals out with 分别', () => {
  const news = [
    '德州市2014年国民经济和社会发展计划',
    '近日,德州市政府印发2014年国民经济和社会发展计划,对今年主要指标作出安排。',
    '《计划》提出,今年德州市公共财政收入增长12%以上。',
    '在固定资产投资、社会消费品零售总额、进出口方面,分别保持增长18%、12%和10%以上。',
  ].join('\n');

  it('reads every value of the list as a goal, as its last value’s 以上 marks it', () => {
    const result = extract(news, { sourceFile: 'plan.txt' });
    expect(result.facts.map(brief)).toEqual([
      'general_budget_revenue target 2014 growth_pct 12 - at_least',
      'fixed_asset_investment target 2014 growth_pct 18 - exact',
      'retail_sales target 2014 growth_pct 12 - exact',
      'foreign_trade target 2014 growth_pct 10 - at_least',
    ]);
  });
});

describe('news of a report’s goals, each with last year’s figure in brackets', () => {
  const news = [
    '2004年成都城镇居民人均收入将过万元',
    '本报讯 昨日,成都市市长在成都市人代会上作政府工作报告。',
    '报告提出,今年力争实际利用外资7亿美元(去年为5亿美元)。力争实际利用内资200亿元(去年为156.5亿元)。',
  ].join('\n');

  it('reads each aside as last year’s result, and the goals after an aside still as goals', () => {
    const result = extract(news, { sourceFile: 'asides.txt' });
    expect(result.facts.map(brief)).toEqual([
      'actual_fdi target 2004 level 700000000 - exact',
      'actual_fdi actual 2003 level 500000000 - exact',
      'actual_domestic_investment target 2004 level 20000000000 - exact',
      'actual_domestic_investment actual 2003 level 15650000000 - exact',
    ]);
  });
});

describe('news of the State Council’s report that gives the year’s goals in the premier’s words', () => {
  const news = [
    '【本社北京3月5日电】国务院总理今天表示,2025年国内生产总值增长目标是百分之5左右。',
    '他在政府工作报告中还提出,城镇新增就业人数不低于1200万人,城镇登记失业率控制在百分之5.5以内。',
  ].join('\n');

  it('dates the goals by the year the goal is stated for, and reads what the report proposes as goals', () => {
    const result = extract(news, { sourceFile: 'premier.txt' });
    expect(result.documents[0]!.report_year).toBe(2025);
    expect(result.facts.map(brief)).toEqual([
      'gdp target 2025 growth_pct 5 - about',
      'new_urban_jobs target 2025 level 12000000 - at_least',
      'registered_unemployment_rate target 2025 rate_pct 5.5 - at_most',
    ]);
  });
});

describe('news of a city’s report that proposes the year’s goals (建议)', () => {
  it('reads what the mayor proposes as goals of the year the headline names', () => {
    const news = [
      '返回首页',
      '衢州市长:建议2021年全市生产总值增长6%以上',
      '本报讯 1月24日,衢州市人民代表大会会议开幕。市长说,综合各方面因素,建议今年全市生产总值增长6%以上,居民消费价格涨幅2.5%左右。',
    ].join('\n');
    const result = extract(news, { sourceFile: 'mayor.txt' });
    expect(result.documents[0]!.report_year).toBe(2021);
    expect(result.facts.map(yearly)).toEqual(['gdp target 2021 6', 'cpi target 2021 2.5']);
  });
});

describe('news of a county’s year', () => {
  it('does not take what a year’s work was built around (建设目标) in news for a figure’s goal', () => {
    const page =
      'http://m.example.cn/news/2013-02-20/1.html\n' +
      '●全年实现地区生产总值45亿元\n' +
      '2012年,崇义县紧紧围绕“幸福崇义”建设目标,坚持稳中求进,全县发展势头良好,全年实现地区生产总值45亿元。\n' +
      '经济发展稳中有进。全年实现地区生产总值45亿元,完成固定资产投资33亿元。\n';
    const facts = extract(page, { sourceFile: 'news.txt' }).facts.map(
      (f) => `${f.kind} ${f.year} ${f.value}`,
    );
    expect(facts).toEqual(['actual 2012 4500000000', 'actual 2012 4500000000', 'actual 2012 3300000000']);
  });

  /** The facts of a news page whose dateline is its only year. */
  const newsFacts = (lines: string[]) =>
    extract(lines.join('\n'), { sourceFile: 'news.txt' }).facts.map(yearly);

  it('counts 去年 from the day the page was published', () => {
    expect(
      newsFacts([
        '洪泽:稳中有进',
        '2021-03-02 08:15 来源:县融媒体中心',
        '去年,洪泽区地区生产总值完成410亿元,同比增长5%。',
      ]),
    ).toEqual(['gdp actual 2020 41000000000', 'gdp actual 2020 5']);
  });

  it('counts 去年 in undated news from the year whose goals it sets (今年预期)', () => {
    expect(
      newsFacts([
        '株洲市商务工作会议(2019年)',
        '近日,株洲市召开全市商务工作会议。今年预期,外贸进出口总额增长6%。据介绍,去年,株洲实现社会消费品零售总额820亿元,增长9.5%。',
      ]),
    ).toEqual([
      'foreign_trade target 2019 6',
      'retail_sales actual 2018 82000000000',
      'retail_sales actual 2018 9.5',
    ]);
  });

  it('dates the year an article’s lead looks back on (一年来) for figures that name no time', () => {
    expect(
      newsFacts([
        '沁源:经济回升 民生改善',
        '2021-08-12 10:00:00 来源:县融媒体中心',
        '本报讯 一年来,在县委的领导下,沁源县政府带领全县人民攻坚克难,经济稳中向好。',
        '产业转型步伐加快。沁源县地区生产总值完成190亿元,财政总收入突破40亿元。',
        '今年以来,全县规模以上工业增加值增长9%。',
      ]),
    ).toEqual([
      'gdp actual 2020 19000000000',
      'fiscal_total_revenue actual 2020 4000000000',
      'industrial_value_added actual 2021 9',
    ]);
  });

  it('counts no time word from a date the page was posted again years later', () => {
    expect(
      newsFacts(['2021-05-29 来源:城市网', '一、2012年工作回顾', '洪泽区去年完成固定资产投资36亿元。']),
    ).toEqual(['fixed_asset_investment actual 2012 3600000000']);
  });

  it('takes no base a structure moved from (由上年的…调整为) for the time of its figures', () => {
    expect(
      newsFacts([
        '沁源:结构调整见成效',
        '2021-08-12 10:00:00 来源:县融媒体中心',
        '去年全县三次产业结构由上年的8.1:51.2:40.7调整为7.9:50.3:41.8。',
      ]),
    ).toEqual([
      'primary_industry_share actual 2019 8.1',
      'secondary_industry_share actual 2019 51.2',
      'services_share actual 2019 40.7',
      'primary_industry_share actual 2020 7.9',
      'secondary_industry_share actual 2020 50.3',
      'services_share actual 2020 41.8',
    ]);
  });
});

describe('an excerpt of a report: no salutation, a summary of the year, then numbered parts', () => {
  const excerpt = [
    '2013年政府工作报告(节选)',
    '过去一年,是松阳在转型中奋进的一年。全县上下团结一心,修缮文成公主庙,全县完成生产总值80亿元,增长9%。',
    '一、着力扩大有效投资',
    '全年完成工业投资30亿元,增长12%。',
  ].join('\n');

  it('takes the county the summary names in passing for the report’s, and reads the summary as the review', () => {
    const result = extract(excerpt, { sourceFile: 'excerpt.txt' });
    expect(result.documents[0]!.region).toBe('松阳县');
    expect(result.facts.map(brief)).toEqual([
      'gdp actual 2012 level 8000000000 - exact',
      'gdp actual 2012 growth_pct 9 - exact',
      'industrial_investment actual 2012 level 3000000000 - exact',
      'industrial_investment actual 2012 growth_pct 12 - exact',
    ]);
  });
});

describe('news whose headline gives a target before it names the targets', () => {
  it('reads the headline’s figure as this year’s target, across its exclamation mark', () => {
    const page =
      'http://m.example.cn/news/2023-02-10/7.html\n' +
      '生产总值增长6.5%左右!宜春市公布今年主要预期目标\n' +
      '2月10日,宜春市第十届人民代表大会第三次会议开幕,市长代表市政府作政府工作报告。\n' +
      '今年全市发展的主要预期目标是:生产总值增长6.5%左右,固定资产投资增长8%。\n';
    const facts = extract(page, { sourceFile: 'news.txt' }).facts.map(yearly);
    expect(facts).toEqual([
      'gdp target 2023 6.5',
      'gdp target 2023 6.5',
      'fixed_asset_investment target 2023 8',
    ]);
  });
});

describe('news that announces a year’s goals in its headline, reposted a year later', () => {
  it('reads the goals as the headline’s year’s, not the repost’s date nor a plan the year’s sentences relay', () => {
    const page =
      '丽水发布2023经济预期发展目标:生产总值增长约7%\n' +
      '发布时间:2024-09-25 06:30\n' +
      '2月15日,丽水市第十七届人民代表大会第三次会议开幕,市长代表市政府向大会作政府工作报告。\n' +
      '政府工作报告提出,在经济发展目标方面,2023年丽水市生产总值增长7%左右,固定资产投资增长11%以上。\n' +
      '市长表示,2023年丽水深入开展项目推进年活动,集中力量保障重点项目建设。\n';
    const facts = extract(page, { sourceFile: 'news.txt' }).facts.map(yearly);
    expect(facts).toContain('gdp target 2023 7');
    expect(facts).toContain('fixed_asset_investment target 2023 11');
    expect(facts.filter((f) => f.includes('actual'))).toEqual([]);
  });
});

describe('news of a report its head of government delivered (发表工作报告), dated by the session alone', () => {
  it('reads last year’s figures as the year before the session’s', () => {
    const page =
      '某某:浙江去年生产总值增长6%\n' +
      '浙江省第十四届人民代表大会第二次会议早上9时召开,省长某某发表工作报告。某某表示,去年浙江省生产总值增长6%。\n';
    expect(extract(page, { sourceFile: 'news.txt' }).facts.map(yearly)).toEqual(['gdp actual 2023 6']);
  });
});

describe('news that relays a report named by its year alone (某区2025年工作报告显示)', () => {
  it('reads its estimates as the year the report reviews', () => {
    const page =
      '2025-07-01 10:00 阅读12次\n修水县2025年工作报告显示,该县预计实现地区生产总值300亿元、增长6%。\n';
    const result = extract(page, { sourceFile: 'news.txt' });
    expect(result.facts.map(yearly)).toEqual(['gdp actual 2024 30000000000', 'gdp actual 2024 6']);
  });
});

describe('news whose headline names a year’s results and the next year’s goals', () => {
  it('reads the figures below as the year reviewed’s, the goals as the next one’s', () => {
    const page =
      '数读政府工作报告:一图看懂某县2024年“成绩单”与2025年“新目标”\n' +
      '一、2024年·回望\n' +
      '全年实现地区生产总值120.5亿元,增长5.2%。\n';
    const result = extract(page, { sourceFile: 'news.txt', defaultRegion: regionByCode('360424')! });
    expect(result.documents[0]!.report_year).toBe(2025);
    expect(result.facts.map(yearly)).toEqual(['gdp actual 2024 12050000000', 'gdp actual 2024 5.2']);
  });
});

describe('news whose headline draws a year’s blueprint, reposted the next year', () => {
  it('reads the targets below it as the headline’s year’s', () => {
    const page =
      '某省某市描绘2016年发展蓝图\n' +
      '发布时间:2017-03-01\n' +
      '预期目标\n' +
      '地区生产总值增长8%,社会消费品零售总额增长11%。\n';
    const facts = extract(page, { sourceFile: 'news.txt', defaultRegion: regionByCode('350600')! }).facts.map(
      yearly,
    );
    expect(facts).toEqual(['gdp target 2016 8', 'retail_sales target 2016 11']);
  });
});

describe('news dated by a byline of its own, after figures of the year before', () => {
  it('reads the goals its sentence says are this year’s as the year it was published in', () => {
    const page =
      '时间:2014-02-10 来源:某某日报 作者:本报记者\n' +
      '2013年,枣庄市工业增加值同比增长15%。\n' +
      '枣庄市确定了今年工作的主要任务目标:实现地区生产总值增长20%,固定资产投资增长30%。\n';
    const result = extract(page, { sourceFile: 'news.txt' });
    expect(result.documents.map((d) => [d.title, d.published])).toEqual([['', '2014-02-10']]);
    expect(result.facts.map((f) => `${f.indicator} ${f.kind} ${f.year} ${f.value}`)).toEqual([
      'industrial_value_added actual 2013 15',
      'gdp target 2014 20',
      'fixed_asset_investment target 2014 30',
    ]);
  });
});

describe('a statistical bulletin', () => {
  it('reports the year its title names, whatever meeting its text recalls', () => {
    const page =
      '2019年崇义县国民经济和社会发展统计公报\n' +
      '2019年,全县认真落实总书记参加全国“两会”代表团审议时的讲话精神。\n' +
      '初步核算,全年全县地区生产总值148亿元,比上年增长6.7%。\n';
    const facts = extract(page, { sourceFile: 'bulletin.txt' }).facts.map(yearly);
    expect(facts).toEqual(['gdp actual 2019 14800000000', 'gdp actual 2019 6.7']);
  });

  it('reads a result measured against its goal as a result, whatever goal it names', () => {
    const page = '2019年崇义县国民经济和社会发展统计公报\n全年城镇新增就业1.2万人,完成全年目标的110%。\n';
    const facts = extract(page, { sourceFile: 'bulletin.txt' }).facts.map(
      (f) => `${f.indicator} ${f.kind} ${f.year} ${f.measure} ${f.value}`,
    );
    expect(facts).toEqual([
      'new_urban_jobs actual 2019 level 12000',
      'new_urban_jobs actual 2019 attainment_pct 110',
    ]);
  });

  it('that names no year but the date it was issued, reports the year before', () => {
    const page =
      '甘肃省统计局 国家统计局甘肃调查总队\n(2016年2月25日)\n初步核算,全年实现生产总值6790亿元,比上年增长8.1%。\n';
    const facts = extract(page, { sourceFile: 'bulletin.txt' }).facts.map((f) => `${f.indicator} ${f.year}`);
    expect(facts).toEqual(['gdp 2015', 'gdp 2015']);
  });

  it('headed by its issuer and the date it was issued, reports the year its text opens on', () => {
    const page =
      '衢州市统计局\n2019年3月20日\n2018年,全市经济稳中有进。\n初步核算,全年地区生产总值1470亿元,比上年增长7.4%。\n';
    const facts = extract(page, { sourceFile: 'bulletin.txt' }).facts.map(yearly);
    expect(facts).toEqual(['gdp actual 2018 147000000000', 'gdp actual 2018 7.4']);
  });
});

describe('a plan the government issues once its congress adopts it', () => {
  const notice = [
    '衢州市人民政府关于印发衢州市2023年国民经济和社会发展计划的通知',
    '各县(市、区)人民政府,市政府各部门:',
    '现将《衢州市2023年国民经济和社会发展计划》印发给你们,请认真贯彻执行。',
    '一、2022年计划执行情况',
    '全市地区生产总值2000亿元,增长4%。',
    '二、2023年主要预期目标',
    '地区生产总值增长6%左右;财政收入保持上年水平;固定资产投资增长8%左右。',
  ].join('\n');

  it('is read as the report on the plan: the year before’s results and its own year’s targets', () => {
    const result = extract(notice, { sourceFile: 'plan.txt' });
    expect(result.documents[0]).toMatchObject({ kind: 'work_report', region: '衢州市', report_year: 2023 });
    // (`保持上年水平` compares with last year; it frames no figure after it as last year's.)
    expect(result.facts.map(yearly)).toEqual([
      'gdp actual 2022 200000000000',
      'gdp actual 2022 4',
      'gdp target 2023 6',
      'fixed_asset_investment target 2023 8',
    ]);
  });
});

describe('a plan as issued that opens on its general requirements and targets', () => {
  it('reads the targets it states before its first numbered part as the plan year’s', () => {
    const plan = [
      '衢州市人民政府关于下达衢州市2023年国民经济和社会发展计划的通知',
      '衢州市2023年国民经济和社会发展计划',
      '2023年是开局之年。做好今年的经济社会发展工作,要坚持稳中求进。主要预期目标为:地区生产总值增长6.5%左右,一般公共预算收入增长7%左右。',
      '一、坚持项目为王,扩大有效投资',
      '(一)抓好重大项目建设。',
    ].join('\n');
    const facts = extract(plan, { sourceFile: 'plan.txt' }).facts.map(yearly);
    expect(facts).toEqual(['gdp target 2023 6.5', 'general_budget_revenue target 2023 7']);
  });
});

describe('news of a plan as issued', () => {
  it('reads last year’s figures as results and this year’s as the plan’s targets', () => {
    const news = [
      '近日,衢州市政府印发《2014年国民经济和社会发展计划》,对今年经济社会发展主要指标作出安排。',
      '去年,衢州实现生产总值1000亿元、增长9%。',
      '《计划》提出,今年衢州生产总值增长将保持8%的增幅,居民消费价格涨幅控制在3%左右。',
    ].join('\n');
    const facts = extract(news, { sourceFile: 'news.txt' }).facts.map(yearly);
    expect(facts).toEqual([
      'gdp actual 2013 100000000000',
      'gdp actual 2013 9',
      'gdp target 2014 8',
      'cpi target 2014 3',
    ]);
  });
});

describe('a report delayed to mid-year that reviews the year before and this year’s first half', () => {
  it('files the whole year’s figures under the year before, not the half year its heading also names', () => {
    const report = [
      '政府工作报告',
      '2020年7月2日在安康市第五届人民代表大会第六次会议上',
      '各位代表:',
      '现在,我代表市人民政府,向大会报告工作,请予审议。',
      '一、2019年及2020年上半年工作回顾',
      '过去一年,我们砥砺前行,经济平稳发展。全年地区生产总值增长5.1%,社会消费品零售总额增长7.4%。',
    ].join('\n');
    const facts = extract(report, { sourceFile: 'delayed.txt' }).facts.map(yearly);
    expect(facts).toEqual(['gdp actual 2019 5.1', 'retail_sales actual 2019 7.4']);
  });
});

describe('news of a report that reviews a year and this year so far, in one breath', () => {
  it('files the figures under the year it names, not under this year so far', () => {
    const news = [
      '省政府工作报告发布',
      '2020年5月20日上午,某省人民代表大会开幕,省长作政府工作报告。',
      '报告首先对2019年和今年以来的工作作出回顾:',
      '全省地区生产总值增长6.8%,城镇新增就业60万人。',
    ].join('\n');
    const facts = extract(news, { sourceFile: 'news.txt', defaultRegion: regionByCode('410000')! }).facts.map(
      yearly,
    );
    expect(facts).toEqual(['gdp actual 2019 6.8', 'new_urban_jobs actual 2019 600000']);
  });
});

describe('a digest of a report set out under bare years, the first its results, the next its aims', () => {
  it('reads the figures under the later year as its aims, and a bracketed last year as results', () => {
    const digest = [
      '某市政府工作报告(2005年)',
      '本报2005年02月20日讯 市政府昨日向人代会作政府工作报告。2004年:',
      '全市生产总值600亿元,增长12%。',
      '2005年:',
      '城镇登记失业率控制在4.5%以内。力争实际利用外资3亿美元,增长20%(去年实际利用外资2.5亿美元,增长15%)。',
    ].join('\n');
    const facts = extract(digest, {
      sourceFile: 'digest.txt',
      defaultRegion: regionByCode('130100')!,
    }).facts.map(yearly);
    expect(facts).toEqual([
      'gdp actual 2004 60000000000',
      'gdp actual 2004 12',
      'registered_unemployment_rate target 2005 4.5',
      'actual_fdi target 2005 300000000',
      'actual_fdi target 2005 20',
      'actual_fdi actual 2004 250000000',
      'actual_fdi actual 2004 15',
    ]);
  });
});

describe('a page titled by a report’s tasks heading and its year', () => {
  it('reads the figures it opens on as that year’s aims', () => {
    const page = [
      '2024年工作任务:稳中求进 实干争先',
      '今年政府工作的总体要求是:坚持稳中求进工作总基调,全力拼抢、实干争先。',
      '地区生产总值增长6%以上,固定资产投资增长8%。',
    ].join('\n');
    const facts = extract(page, {
      sourceFile: 'tasks.txt',
      defaultRegion: regionByCode('410221')!,
    }).facts.map(yearly);
    expect(facts).toEqual(['gdp target 2024 6', 'fixed_asset_investment target 2024 8']);
  });
});

describe('a county-level city’s report that names its prefecture only to rank itself within it', () => {
  it('files the figures under the city its short form names, not under the prefecture', () => {
    const report = [
      '各位代表:',
      '现在,我代表市人民政府向大会报告工作,请予审议。',
      '一、2023年工作回顾',
      '过去一年,全年实现生产总值520亿元,增长6%。主要经济指标稳居渭南市前列,工业增加值增速居渭南市第一。',
      '韩城在全省县域经济会上作交流发言,韩城被渭南市评为营商环境先进市。',
    ].join('\n');
    const result = extract(report, { sourceFile: 'county-city.txt' });
    expect(result.documents.map((d) => d.region)).toEqual(['韩城市']);
    expect(result.facts.map((f) => `${f.region} ${f.indicator} ${f.kind} ${f.year} ${f.value}`)).toEqual([
      '韩城市 gdp actual 2023 52000000000',
      '韩城市 gdp actual 2023 6',
    ]);
  });
});

describe('news of a city in an autonomous region that ranks itself in 全区', () => {
  it('takes no 全区 it ranks or is measured in for a county’s word for itself, so a stem in a quoted term names no district', () => {
    const page = [
      '【报告摘编】奋进新征程',
      '一、2020年回眸',
      '全年地区生产总值增长3%,固定资产投资增长2%、高于全区1.5个百分点,5G基站数全区第一。',
      '新评“红旗党支部”12个,全市新增就业1万人。',
    ].join('\n');
    const result = extract(page, { sourceFile: 'digest.txt' });
    expect(result.documents.map((d) => d.region)).toEqual([null]);
    expect(result.facts).toEqual([]);
  });
});

describe('a township’s report', () => {
  it('files a town’s figures under no region, though its congress is named with its district', () => {
    const report = [
      '政府工作报告',
      '——2019年1月8日在临安区昌化镇第十七届人民代表大会第三次会议上',
      '各位代表:',
      '现在,我向大会报告工作,请予审议。',
      '一、2018年工作回顾',
      '2018年,全镇实现工业总产值50亿元,粮食产量2万吨。',
    ].join('\n');
    const result = extract(report, { sourceFile: 'town.txt' });
    expect(result.documents.map((d) => d.region)).toEqual([null]);
    expect(result.facts).toEqual([]);
  });

  it('keeps a county’s session news the county’s when a township’s session is named after it', () => {
    const page = [
      '研究站应邀列席县乡人代会',
      '研究站的代表列席了“宁洱哈尼族彝族自治县第十届人民代表大会第三次会议”和“同心镇第八届人民代表大会第三次会议”。',
      '2019年是宁洱县发展较好的一年,全县实现生产总值80亿元,增长9%。',
    ].join('\n');
    const result = extract(page, { sourceFile: 'county.txt' });
    expect(result.documents.map((d) => d.region)).toEqual(['宁洱哈尼族彝族自治县']);
    expect(result.facts.map((f) => `${f.indicator} ${f.year} ${f.value}`)).toEqual([
      'gdp 2019 8000000000',
      'gdp 2019 9',
    ]);
  });
});

describe('a digest of a report whose review lists its figures under a bare heading', () => {
  it('reads figures under 主要指标 alone on its line by their evidence, not as targets', () => {
    const page = [
      '创新璧山因实干而精彩',
      '——2024年璧山区政府工作报告摘登',
      '2023',
      '这一年,我们聚力稳进增效,推动经济回升向好。',
      '主要指标',
      '全年地区生产总值增长6%,高于全市平均水平0.3个百分点',
      '固定资产投资增长9%,高于全市平均水平4个百分点',
    ].join('\n');
    const facts = extract(page, { sourceFile: 'digest.txt' }).facts.map(
      (f) => `${f.region} ${f.indicator} ${f.kind} ${f.year} ${f.value}`,
    );
    expect(facts).toEqual(['璧山区 gdp actual 2023 6', '璧山区 fixed_asset_investment actual 2023 9']);
  });

  it('reads figures under a heading of this year’s 主要指标 as the year’s targets', () => {
    const page = [
      '静安区2025年政府工作报告摘要',
      '做好今年工作,要坚持稳中求进,着力推动高质量发展。',
      '今年经济社会主要指标',
      '地区生产总值同比增长5%左右;区级财政收入同比增长4%以上。',
    ].join('\n');
    const facts = extract(page, { sourceFile: 'digest.txt' }).facts.map(
      (f) => `${f.indicator} ${f.kind} ${f.year} ${f.value} ${f.qualifier}`,
    );
    expect(facts).toEqual(['gdp target 2025 5 about', 'general_budget_revenue target 2025 4 at_least']);
  });

  it('reads the figures after 主要奋斗目标是 as the year’s targets', () => {
    const page = [
      '武山县政府工作报告(2009年)',
      '县委全委会议确定了今年的总体思路。',
      '主要奋斗目标是,地区生产总值达到20亿元,增长12%;全社会固定资产投资达到9亿元。',
    ].join('\n');
    const facts = extract(page, { sourceFile: 'plenary.txt' }).facts.map(
      (f) => `${f.indicator} ${f.kind} ${f.year} ${f.value}`,
    );
    expect(facts).toEqual([
      'gdp target 2009 2000000000',
      'gdp target 2009 12',
      'fixed_asset_investment target 2009 900000000',
    ]);
  });
});

describe('news of what a head of government said at the congress', () => {
  it('relays the report: the figures are of the year before the session', () => {
    const page = [
      '洪泽“十三五”时期地区生产总值年均增长6%',
      '发布时间: 2021-02-05 13:39:27',
      '2021年2月5日,在洪泽区第五届人民代表大会第七次会议上,洪泽区人民政府区长张某指出,全区经济实力大幅提升。',
      '张某称,洪泽全区地区生产总值从300亿元增加到410亿元,年均增长6%。',
    ].join('\n');
    const facts = extract(page, { sourceFile: 'speech-news.txt' }).facts.map(yearly);
    expect(facts).toEqual(['gdp actual 2020 41000000000']);
  });
});

describe('a summary of a report written in Markdown', () => {
  const page = `安吉县2024年政府工作报告摘要
以下为安吉县县长在县第十八届人民代表大会第三次会议上所作政府工作报告的要点:
### 一、2023年工作回顾
- **经济运行**:全县地区生产总值增长6.1%,一般公共预算收入8.2亿元。
### 二、2024年主要预期目标
- **地区生产总值增长**:6%左右
- **固定资产投资增长**:8%以上
`;
  const facts = extract(page, { sourceFile: 'markdown.txt' }).facts;

  it('reads the headings as the report’s parts and the bold labels as the figures’ subjects', () => {
    expect(facts.map(brief)).toEqual([
      'gdp actual 2023 growth_pct 6.1 - exact',
      'general_budget_revenue actual 2023 level 820000000 - exact',
      'gdp target 2024 growth_pct 6 - about',
      'fixed_asset_investment target 2024 growth_pct 8 - at_least',
    ]);
    expect(facts.map((f) => f.section)).toEqual(['review', 'review', 'targets', 'targets']);
    for (const f of facts) expect(page.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });
});

describe('news of a development zone’s work conference', () => {
  const page = `长春高新区召开2019年经济工作会议
本报讯 2月20日,长春高新区召开2019年经济工作会议。
2018年,长春高新区实现地区生产总值900亿元,增长9%。
2019年,高新区经济发展的预期目标是实现营业总收入增长20%,规模以上工业增加值增长10%,固定资产投资增长12%。
`;
  const facts = extract(page, { sourceFile: 'zone-news.txt' }).facts;

  it('reads the zone named by its short name or its word alone as the page’s own place', () => {
    expect(facts.map(brief)).toEqual([
      'gdp actual 2018 level 90000000000 - exact',
      'gdp actual 2018 growth_pct 9 - exact',
      // (A statistic outside the catalog, as a target, keeps the text's words.)
      '高新区经济发展的预期目标是实现营业总收入 target 2019 growth_pct 20 - exact',
      'industrial_value_added target 2019 growth_pct 10 - exact',
      'fixed_asset_investment target 2019 growth_pct 12 - exact',
    ]);
    expect(new Set(facts.map((f) => `${f.region} ${f.region_code}`))).toEqual(
      new Set(['长春高新技术产业开发区 220173']),
    );
  });
});

describe('a zone’s year-end summary of its work and plan for the next year', () => {
  // The review is told in items (一是…), so the plan's heading is the only numbered line.
  const summary = `潍坊高新区2023年工作总结和2024年工作计划
现将今年以来的主要工作和明年的打算汇报如下。
一是经济稳中有进。预计全年完成地区生产总值420亿元,增长6.2%;固定资产投资增长9%。
二、2024年工作计划
地区生产总值增长6.5%左右,固定资产投资增长10%以上。
`;

  it('reads the year summed up as the results’ year and the plan’s year as the targets’', () => {
    const facts = extract(summary, { sourceFile: 'zone-summary.txt' }).facts;
    expect(facts.map(brief)).toEqual([
      'gdp actual 2023 level 42000000000 - exact',
      'gdp actual 2023 growth_pct 6.2 - exact',
      'fixed_asset_investment actual 2023 growth_pct 9 - exact',
      'gdp target 2024 growth_pct 6.5 - about',
      'fixed_asset_investment target 2024 growth_pct 10 - at_least',
    ]);
  });

  it('turns to the plan at its heading whether or not the heading is numbered', () => {
    const unnumbered = summary.replace('二、2024年工作计划', '2024年工作打算');
    const kinds = extract(unnumbered, { sourceFile: 'zone-summary.txt' }).facts.map(
      (f) => `${f.kind} ${f.year}`,
    );
    expect(kinds).toEqual(['actual 2023', 'actual 2023', 'actual 2023', 'target 2024', 'target 2024']);
  });
});

describe('news of a congress that quotes a term’s changes from one level to another', () => {
  const page = `州人代会开幕侧记
1月9日,迪庆州第十三届人民代表大会第一次会议开幕。地区生产总值从2011年的40亿元增加到2016年的90亿元,增长1.3倍,人均生产总值从9000元增加到21000元,增长1.3倍;地方财政一般预算收入从2亿元增加到7亿元,增长2.5倍。
`;

  it('reads the two levels of each change, and none of the growths over the years as a year’s', () => {
    const facts = extract(page, { sourceFile: 'congress-news.txt' }).facts;
    expect(facts.filter((f) => f.measure === 'growth_pct').map(brief)).toEqual([]);
    expect(facts.map((f) => `${f.indicator} ${f.year} ${f.value}`)).toContain(
      'general_budget_revenue 2016 700000000',
    );
  });
});
