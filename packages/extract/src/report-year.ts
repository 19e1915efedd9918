/**
 * The year a work report sets its targets for (its results are of the year before). Reports and
 * their reprints say it in many places, none always present: the title (`2018年政府工作报告`), the
 * byline's delivery date, the review's heading (`2017年工作回顾`), the targets statement
 * (`2018年主要预期目标`), a news item's date, the congress session (`十届全国人大四次会议`). Each
 * is a vote with a weight; the year with the most wins.
 */
import { parseChineseNumeral } from './chinese-number.js';
import {
  CONGRESS_TERM_IN_2013,
  NATIONAL_TERM_IN_2013,
  PARTY_CONGRESS_IN_1997,
  PLENUM_YEARS,
} from './lexicon/congress.js';
import { AIMING_AT, ESTIMATES, GOAL_NAMES, KIND_CUES, PASSED_ON, PROPOSING } from './lexicon/cues.js';
import {
  HARD_YEAR,
  HEADLINE_GOAL_WORDS,
  LOOK_AHEAD,
  LOOK_BACK,
  NAMES_A_REPORT,
  PLANS_ASKED,
  SUMMARY_AND_PLAN,
  TARGETS_CUE,
  TARGETS_MET,
  TARGETS_MET_BEFORE,
} from './lexicon/headings.js';
import { PLAN_NAME } from './lexicon/link-words.js';
import { COUNTING_NUMERAL, FIGURE_WITH_UNIT } from './lexicon/numerals.js';
import { alternation } from './lexicon/pattern.js';
import { firstYearOfPlan, isPlausibleYear, YEAR, YEAR_RE, yearValue } from './years.js';

export interface YearSources {
  /** The title, its source tag removed (match text). */
  title: string;
  /** The body (match text). */
  body: string;
  /** ISO date the byline says the report was delivered, if any. */
  reportDate: string | null;
  /** Publication date of the page, if any. */
  published: string | null;
  /** A congress session named in the opening: `十届全国人大四次会议`, `甘肃省第十二届人民代表大会第三次会议`. */
  session: string | null;
  /** Province-level region the document is about, for its congress's numbering. */
  province: string | null;
  /** The newspaper section the page was printed in (match text), which may name the year's sessions (`2022阜阳两会`). */
  section?: string | null;
  national: boolean;
}

const Y = YEAR;

const FULL_DATE = /((?:19|20)\d{2})\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/]\d{1,2}[-/]\d{1,2})/;

/**
 * `2017年工作回顾`, `2020年主要工作回顾`, `2020年和"十三五"工作回顾`, `2012年工作总结`, a news list's
 * `2020年成就:`: the heading of the review of the year before.
 */
const REVIEW_HEADING = new RegExp(
  `${Y}(?:政府|全年)?(?:主要)?(?:工作|经济社会发展|发展)?(?:情况)?(?:和[^。;,]{0,10})?(?:简要)?(?:回顾|总结|(?:成就|成绩)(?=[::]|\\s*\\n))`,
);

/**
 * What a year was, said as one looked back on: hard and gone by, or with 一年来 opening the next
 * sentence (`2023年是…开局之年,是…的一年,也是某市建市40周年。一年来`).
 */
const YEAR_LOOKED_BACK_ON = `是[^。]{0,40}?(?:${alternation(HARD_YEAR)}|(?:之年|一年)[^。]{0,40}。\\s*(?:一年来|这一年))`;

/** What `2012年,是实施“十二五”规划承上启下的重要一年` says after its year, of a year not looked back on. */
const SAID_TO_BE = `,?(?!${YEAR_LOOKED_BACK_ON})是[^。]{0,40}?(?:之年|一年)`;

/**
 * `2012年,是实施“十二五”规划承上启下的重要一年`, opening a sentence: the year a text speaks in (not one
 * looked back on); the year in group 1.
 */
export const YEAR_SPOKEN_IN = `(?:^|[\\n。])\\s*${Y}${SAID_TO_BE}`;
/**
 * The same, or passed on (`报告指出,2021年是实施“十四五”规划的第一年`). News mostly passes on the year
 * looked back on in words of its own (`…指出,2022年是极其不易的一年`), so only a targets statement,
 * whose goals are of a year not gone by, reads a year so said. (The year is matched first and the
 * sentence's start checked behind it: a pattern that opens on who said it tries that at every sentence.)
 */
export const YEAR_SPOKEN_IN_OR_PASSED_ON = `${Y}(?<=(?:^|[\\n。])\\s*(?:${PASSED_ON})?${Y})${SAID_TO_BE}`;

/**
 * A headline that states a year's figure without a word of a goal (`某市2023年地区生产总值增长4.6%`;
 * not `2024年GDP预期增长5%左右`, `…目标`).
 */
const GOAL_WORDS = [...KIND_CUES.filter((c) => c.kind === 'target').flatMap((c) => c.words), '左右'];
const RESULT_HEADLINE = new RegExp(
  `^(?!.*(?:${alternation(GOAL_WORDS)}))[^。]{0,12}?${Y}[^。\\d]{0,16}?(?:增长|增速|达到|达|实现|突破|超过)\\d`,
);

/**
 * A headline that names a year and then its goals (`2024年GDP预期增长5%左右`, `…2023经济预期发展目标`),
 * or proposes them for the year it names (`建议2021年全市生产总值增长6%以上`); not goals met
 * (`2022年目标任务全面完成`).
 */
const GOAL_HEADLINE = new RegExp(
  `((?:19|20)\\d{2})年?(?:(?!${TARGETS_MET_BEFORE})[^\\d。]){0,12}?(?:${alternation(HEADLINE_GOAL_WORDS)})(?![^。]{0,8}?${TARGETS_MET})` +
    `|(?:${alternation(PROPOSING)})((?:19|20)\\d{2})年`,
);
/** As much as a plan's first year says: more than a page's date (2) and its opening's year (1) together. */
const GOAL_HEADLINE_WEIGHT = 4;

/** A year's sessions (两会), the place's name between, 年 or not (`2022南阳两会`). Group 1: the year. */
const SESSIONS_OF_A_YEAR = String.raw`((?:19|20)\d{2})\s*年?[^\s\d,。|]{0,8}?两会`;
/** The same, in a title or a newspaper's section. */
const SESSIONS_NAMED = new RegExp(SESSIONS_OF_A_YEAR);
/** A newspaper section named for the year's sessions says as much as a title that names them. */
const SECTION_WEIGHT = 4;

/** Patterns that name the report's year (offset 0) or the year it reviews (offset 1 to it). */
interface Vote {
  re: RegExp;
  offset: number;
  weight: number;
  where: 'title' | 'body';
}

/** One vote read in the page's title and in the body alike (`titleWeight` where a title says more). */
function inTitleAndBody(re: RegExp, offset: number, weight: number, titleWeight = weight): Vote[] {
  return [
    { re, offset, weight: titleWeight, where: 'title' },
    { re, offset, weight, where: 'body' },
  ];
}

const VOTES: Vote[] = [
  { re: new RegExp(`${Y}[^。;]{0,24}?工作报告`), offset: 0, weight: 4, where: 'title' },
  // How a year's report was carried out (`某区2023年政府工作报告完成情况`, `…重点工作落实情况`) is told
  // when the year is over: it reviews that year, as the next year's report does.
  {
    re: new RegExp(`${Y}[^。;]{0,24}?工作报告[^。;\\d]{0,12}?(?:完成|落实|执行|推进)情况`),
    offset: 1,
    weight: 5,
    where: 'title',
  },
  // …or give the year in brackets after the name (`某区政府工作报告(2012)`, `(2012年)`).
  { re: /工作报告\s*[((]\s*((?:19|20)\d{2})\s*年?\s*[))]/, offset: 0, weight: 4, where: 'title' },
  // A portal's title may drop the 年 (`2010西安,政府,工作报告`), as headlines do.
  { re: /((?:19|20)\d{2})(?![\d年])[^\d。;]{0,24}?工作报告/, offset: 0, weight: 4, where: 'title' },
  // A report's name on a line of its own in the opening (a portal's page puts it under its menus),
  // or a digest's (`——2024年某区政府工作报告摘登`).
  {
    re: new RegExp(
      `(?:^|\\n)[^。;,\\n]{0,16}?${Y}[^。;,\\n]{0,16}?政府工作报告(?:摘登|摘编|摘要|要点)?\\s*(?:\\n|$|各位代表)`,
    ),
    offset: 0,
    weight: 4,
    where: 'body',
  },
  // `2008两会…政府工作报告`, `2022南阳两会`: the year's sessions (两会), as headlines write it
  // without 年, the place's name between.
  { re: SESSIONS_NAMED, offset: 0, weight: 4, where: 'title' },
  // So does a line of its own that names them, as a subtitle does (`——写在2026年某州两会召开之际`).
  {
    re: new RegExp(`(?:^|\\n)[^\\n。]{0,12}?${SESSIONS_OF_A_YEAR}[^\\n。]{0,12}(?:\\n|$)`),
    offset: 0,
    weight: 4,
    where: 'body',
  },
  { re: REVIEW_HEADING, offset: 1, weight: 4, where: 'title' },
  ...inTitleAndBody(new RegExp(SUMMARY_AND_PLAN), 0, 5),
  // The report on the plan: `2021年…计划执行情况与2022年…计划草案` reviews the one year and plans
  // the next; the draft's year is the report's. So the report on the budget (`2015年财政预算执行情况
  // 和2016年财政预算(草案)`).
  { re: new RegExp(`${Y}[^。;\\d]{0,20}?(?:计划|预算)\\(?草案`), offset: 0, weight: 5, where: 'title' },
  // The plan as issued (`印发某市2023年国民经济和社会发展计划的通知`): its year is the report's; so in
  // news of it (`市政府印发《2014年国民经济和社会发展计划》`).
  ...inTitleAndBody(
    new RegExp(`${Y}[^。;\\d]{0,20}?国民经济和社会发展(?:年度)?计划(?!(?:的)?执行)`),
    0,
    3,
    5,
  ),
  // `2020年…计划执行情况`: the report on a plan carried out is given the year after, in the body or
  // as the page's title (a part of the report cut out, `一、2020年国民经济和社会发展计划执行情况`).
  ...inTitleAndBody(new RegExp(`${Y}[^。;\\d]{0,20}?(?:计划|预算)(?:的)?执行情况`), 1, 4),
  // The report's own heading outweighs a portal's title for it (`2017年…工作报告(3)` over `2009年工作回顾`).
  { re: REVIEW_HEADING, offset: 1, weight: 5, where: 'body' },
  // `一、2021年主要工作`, `一、拼搏奋进的2007年`: a report's first part is its review, whatever its
  // heading calls it.
  {
    re: new RegExp(
      `(?:^|\\n)\\s*一、\\s*(?:[^\\n。,;]{0,16}?的)?${Y}(?:的)?(?:主要)?(?:工作(?:情况|和成效|成效)?)?\\s*(?:\\n|$)`,
    ),
    offset: 1,
    weight: 5,
    where: 'body',
  },
  // `回顾了“十二五”时期和2015年经济社会发展`: a plan's review may name its last year beside it; a
  // digest's heading looks back so too (`回顾2017年`, as the page's title or a line of its own).
  ...inTitleAndBody(new RegExp(`${LOOK_BACK}(?:了)?(?:过去的)?(?:${PLAN_NAME}(?:时期|期间)?和)?${Y}`), 1, 3),
  // …and looks ahead to the year the report plans (`展望2018年`).
  ...inTitleAndBody(new RegExp(`(?:^|\\n)\\s*${LOOK_AHEAD}${Y}`), 0, 3),
  // `总结2006年政府工作,安排2007年工作任务`: a year's work summed up is the year reviewed.
  { re: new RegExp(`总结(?:了)?${Y}(?:的)?(?:政府)?工作`), offset: 1, weight: 3, where: 'body' },
  // `预计2007年地区生产总值达到33亿元`: a year's results are estimated as it ends or just after, so
  // the year estimated is the one reviewed.
  {
    re: new RegExp(`预计${Y}[,,]?(?:全年)?[^。;\\d]{0,16}?(?:实现|完成|达到|突破|增长)`),
    offset: 1,
    weight: 5,
    where: 'body',
  },
  // …as it is when the estimate follows the year (`2014年,全市预计实现地区生产总值8000亿元以上`).
  ...inTitleAndBody(
    new RegExp(`${Y}[,,]?(?:全[省市县区州盟旗])?预计(?:全年)?[^。;\\d]{0,16}?(?:实现|完成|达到|突破|增长)`),
    1,
    5,
  ),
  // …and so is one a paragraph opens on before estimating its whole year's figures (`2019年,某市紧抓…
  // 机遇,…。预计全年地区生产总值增长6.1%`).
  {
    re: new RegExp(
      `(?:^|[\\n。])\\s*${Y}[,,][^\\n]{0,300}?预计全年[^。;\\d]{0,16}?(?:实现|完成|达到|突破|增长)`,
    ),
    offset: 1,
    weight: 5,
    where: 'body',
  },
  // `(2021年预计数,下同)`: a note that the figures are a year's estimates names the year reviewed.
  { re: new RegExp(`${Y}(?:全年)?预计数`), offset: 1, weight: 5, where: 'body' },
  // `报告对2019年工作进行了回顾`: the same, the year said first.
  {
    re: new RegExp(`对${Y}(?:的)?(?:政府)?(?:主要)?工作(?:进行|作)(?:了)?(?:全面|简要)?回顾`),
    offset: 1,
    weight: 3,
    where: 'body',
  },
  // `即将过去的2012年`: a report given as the year ends reviews it and plans the next; so does one
  // given as the next begins (`刚刚过去的2020年`).
  { re: new RegExp(`(?:即将|就要|刚刚)(?:过去|结束)的${Y}`), offset: 1, weight: 4, where: 'body' },
  // `极不平凡的2020年`, `最困难的2009年`: a year called hard is one looked back on, as above.
  { re: new RegExp(`(?:${alternation(HARD_YEAR)})的${Y}`), offset: 1, weight: 4, where: 'body' },
  // `向人民代表报告2008年工作`: the report on a year's work is given the year after.
  ...inTitleAndBody(new RegExp(`报告(?:了)?${Y}(?:的)?(?:政府)?工作`), 1, 3, 4),
  {
    // `2021年目标:` heads a list of the year's goals; `2007年国内生产总值增长目标是8%左右` states one,
    // as does `2021年,某市将经济增长目标设为6%以上`.
    // (Not over another figure: `2020年…增长3.7%,2021年…增长目标为7.5%` names the year planned later.)
    // (Not a year's targets met: `2011年甘肃省完成了…确定的主要目标任务`; nor a comparison's base, nor
    // the next line's heading: `人均生产总值比2000年翻一番⏎奋斗目标`.)
    re: new RegExp(
      `(?<![比较])${Y}(?:(?!完成|确定的)[^。;:\\d\\n]){0,30}?(?:主要预期目标|预期目标|主要目标|发展目标|目标(?=[::是为]|(?:设|设定|定|确定)为|\\s*\\n))`,
    ),
    offset: 0,
    weight: 4,
    where: 'body',
  },
  // A news item's heading may drop the 年 (`2013预期目标`), as headlines do.
  {
    re: /(?:^|\n)\s*((?:19|20)\d{2})(?:主要预期目标|预期目标|主要目标|发展目标|目标(?=[::]|\s*\n))/,
    offset: 0,
    weight: 4,
    where: 'body',
  },
  { re: new RegExp(`(?:提出|明确)(?:了)?[,:]?${Y}`), offset: 0, weight: 3, where: 'body' },
  // `2021年,南宁市将全面落实…`: a sentence that opens on a year and says what will be done in it.
  {
    re: new RegExp(`(?:^|[\\n。])\\s*${Y}[,,]?[^。;,、\\d]{0,12}?(?:将|力争)`),
    offset: 0,
    weight: 3,
    where: 'body',
  },
  // Under the heading of the year past (`过去一年⏎2022年是…极为重要的一年`), the year reviewed.
  {
    re: new RegExp(`(?:过去一年|过去的一年|一年来)\\s*\\n\\s*${Y},?是`),
    offset: 1,
    weight: 4,
    where: 'body',
  },
  // A year alone on a line, heading what it achieved (`2023⏎勠力奋进⏎主要目标任务圆满完成`), as a
  // digest of a report sets out the year it reviews.
  {
    re: /(?:^|\n)\s*((?:19|20)\d{2})\s*\n[^。]{0,40}?(?:圆满完成|顺利完成|全面完成|成就|回顾|成绩单|答卷)/,
    offset: 1,
    weight: 3,
    where: 'body',
  },
  // `2009年是极不寻常的一年`, `2008年,是…很不平凡的一年。一年来,…`: a year the report looks back on
  // (a hard year gone by, or 一年来 right after), the one it reviews; so, called gone by
  // (`过去的2019年,是…极不平凡的一年`), as a speaker is quoted too (`某某说,2025年是…极不平凡的一年`).
  {
    re: new RegExp(`(?:^|[\\n。])\\s*(?:${PASSED_ON})?(?:刚刚过去的|过去的)?${Y},?${YEAR_LOOKED_BACK_ON}`),
    offset: 1,
    weight: 4,
    where: 'body',
  },
  // The first words after a report's greeting are its review's (`…请予审议,并请…提出意见。⏎2023年是
  // …开局之年`): the year they open on is the one reviewed, however it is called, whether the report
  // is given as it ends or after.
  {
    re: new RegExp(`(?:请予审议|提出意见)[^\\n。]{0,40}。?\\s*${Y},?是`),
    offset: 1,
    weight: 5,
    where: 'body',
  },
  // `2012年,是实施“十二五”规划承上启下的重要一年`: the year the report speaks in.
  {
    re: new RegExp(YEAR_SPOKEN_IN),
    offset: 0,
    weight: 3,
    where: 'body',
  },
  { re: new RegExp(`(?:做好|对)${Y}(?:的)?(?:政府)?工作`), offset: 0, weight: 3, where: 'body' },
  // A digest's line asking what a year will bring (`2024年有哪些新成就⏎2025年有哪些新举措`): that
  // year is the one planned, though the line's year opens no goal's sentence.
  {
    re: new RegExp(`(?:^|\\n)\\s*${Y}(?:要|将)?(?:有哪些|有什么)?(?:${alternation(PLANS_ASKED)})`),
    offset: 0,
    weight: 3,
    where: 'body',
  },
  // `三是2022年政府工作安排`, `2022年重点工作`: the part that plans a year's work names the report's.
  {
    re: new RegExp(`${Y}(?:的)?(?:政府)?(?:(?:重点|主要)?工作(?:安排|部署)|重点工作)`),
    offset: 0,
    weight: 3,
    where: 'body',
  },
  // (The place may stand between: `2009年,某县经济工作的总体要求是`.)
  {
    re: new RegExp(
      `${Y}[,,]?[^。;,,\\d]{0,8}?(?:政府工作|经济社会发展|经济工作|工作)的?(?:总体要求|总体思路)`,
    ),
    offset: 0,
    weight: 4,
    where: 'body',
  },
];

/**
 * @example reportYearOf({ title: '2009年山西省政府工作报告', body: '…', reportDate: null,
 *   published: null, session: null, province: null, national: false }) // 2009
 */
export function reportYearOf(src: YearSources): number | null {
  const votes = new Map<number, number>();
  const vote = (year: number, weight: number) => {
    if (isPlausibleYear(year)) votes.set(year, (votes.get(year) ?? 0) + weight);
  };
  const head = src.body.slice(0, 4000);
  const title = src.title.trim();
  let titleRead = false;
  // One mention, one vote: a year in the opening that several patterns read (`提出2009年政府工作
  // 总体要求和…预期目标`) counts as the weightiest of them.
  const readInBody = new Map<number, { year: number; weight: number }>();
  for (const v of VOTES) {
    const m = v.re.exec(v.where === 'title' ? src.title : head);
    if (!m) continue;
    // A page that repeats its title in its opening says it once (`某市2011年政府工作报告` over its
    // review's own heading, `一、2011年工作回顾`, would count twice).
    if (v.where === 'body' && title !== '' && m[0].includes(title)) continue;
    const year = yearValue(m[1]!) + v.offset;
    if (v.where === 'title') {
      // (A portal may title a report by the year it reviews: `2007年政府工作报告` over `2007年,全市生产
      // 总值完成467亿元` is the report given in 2008.)
      vote(v.offset === 0 && reportsDone(head, year) ? year + 1 : year, v.weight);
      titleRead = true;
      continue;
    }
    const at = m.index + m[0].indexOf(m[1]!);
    if ((readInBody.get(at)?.weight ?? 0) < v.weight) readInBody.set(at, { year, weight: v.weight });
  }
  for (const { year, weight } of readInBody.values()) vote(year, weight);
  const sessions = src.section ? SESSIONS_NAMED.exec(src.section) : null;
  if (sessions) vote(yearValue(sessions[1]!), SECTION_WEIGHT);
  // `今年是“十五五”开局起步之年`: a plan's first year or its last names the report's.
  const plan = PLAN_YEAR.exec(head);
  if (plan) {
    const first = firstYearOfPlan(`十${plan[1]}`);
    vote(plan[2] === '收官' ? first + 4 : first, 4);
  }
  const aimedStart = PLAN_START_AIMED.exec(head);
  if (aimedStart) vote(firstYearOfPlan(`十${aimedStart[1]}`), 3);
  // `今年是党的二十大召开之年`: the year of a Party congress (one every five years).
  const congressYear = CONGRESS_YEAR.exec(head);
  if (congressYear) vote(yearOfPartyCongress(congressYear[1]!), 4);
  // `一、“十一五”工作回顾`: the review of a plan is given in the year after its last.
  const planReview = PLAN_REVIEW.exec(head);
  if (planReview) vote(firstYearOfPlan(`十${planReview[1]}`) + 5, 4);
  // `审定“十一五”规划`, `连同…第十一个五年规划纲要(草案)…一并审议`: the congress that adopts a
  // plan meets in its first year.
  const adopted = PLAN_ADOPTED.exec(head) ?? PLAN_SUBMITTED.exec(head);
  if (adopted) vote(firstYearOfPlan(`十${adopted[1] ?? adopted[2]}`), 3);
  // A report given from October on sets the next year's targets.
  if (src.reportDate) vote(yearPlannedOn(src.reportDate, 10), 5);
  const sessionYear = src.session ? yearOfSession(src.session, src.province, src.national) : null;
  if (sessionYear !== null) vote(sessionYear, src.national ? 4 : 3);
  // `一年来,我们认真执行市十三届人大二次会议决议`: the year reviewed carried out the last session's
  // resolutions.
  const carriedOut = CARRIED_OUT.exec(head);
  const carriedOutYear = carriedOut ? yearOfSession(carriedOut[1]!, src.province, src.national) : null;
  if (carriedOutYear !== null) vote(carriedOutYear + 1, 3);
  // So does news of one published then: a session that meets in December plans the year after.
  // (Not a text that masks its own years, `20xx年1月24日在…会议上`: its page's date is a copy's.)
  const masked = MASKED_YEAR.test(head);
  if (src.published && !masked) vote(yearPlannedOn(src.published), 2);
  // Any year in the title (`清河区2007年…`) that no pattern above read (one title, one vote: a
  // portal's `2017年…工作报告(摘要)` over a review headed `2017年工作回顾` would count twice),
  // then the latest year the opening reports on.
  // (A headline that gives a year's result, `某市2023年地区生产总值增长4.6%`, names the year reviewed.)
  const titleYear = titleRead ? null : (firstYear(src.title) ?? bareYear(src.title));
  // (A headline that announces a year's goals, `某市发布2023经济预期发展目标`, names the year planned,
  // more surely than a page's date, which a later repost gives; not a horizon, `2035年远景目标`.)
  if (titleYear !== null) {
    // (Of a headline on a year's results and the next one's goals, `一图读懂某县2025年“成绩单”与2026年
    // “新目标”`, the goals' year.)
    const goal = GOAL_HEADLINE.exec(src.title);
    const goalYear = goal ? yearValue(goal[1] ?? goal[2]!) : null;
    const planned = goalYear === titleYear + 1 ? goalYear : titleYear;
    const announcesGoals =
      goal !== null && (src.published === null || planned <= Number(src.published.slice(0, 4)));
    vote(
      announcesGoals ? planned : RESULT_HEADLINE.test(src.title) ? titleYear + 1 : titleYear,
      announcesGoals ? GOAL_HEADLINE_WEIGHT : 1.5,
    );
  }
  // The year named last before the targets statement (`二、奋进的2013年 …(二)主要目标:`).
  // (One mention, one vote: not a year a pattern above has read, `提出2009年政府工作总体要求`.)
  const cue = TARGETS_CUE.exec(head);
  if (cue) {
    const from = Math.max(0, cue.index - 300);
    const planned = lastYear(head.slice(from, cue.index));
    if (planned && !readInBody.has(from + planned.at)) vote(planned.year, 3);
  }
  // The latest year the opening reports on (`2014年,全省实现…`) is the one before the report's.
  const latest = latestReportedYear(head, src.published ? Number(src.published.slice(0, 4)) : null);
  if (latest !== null) vote(latest + 1, 1);
  if (votes.size === 0 && !masked) {
    // Nothing else: a full date on the page (`2025年03月12日`) is when it was published.
    const dated = FULL_DATE.exec(src.body);
    if (dated) vote(yearValue(dated[1]!), 1);
  }
  if (votes.size === 0) {
    // Not even a date (a reprint that masks its years, `20XX年`): a masked year the review calls a
    // plan's first or last year (`20xx年,是全面实施“十二五”规划的第一年`) is the year reviewed;
    // else the report came after the latest meeting of the Party it cites.
    const reviewed = maskedPlanYear(head);
    const cited = latestPartyMeeting(src.body);
    if (reviewed !== null) vote(reviewed + 1, 1);
    else if (cited !== null) vote(cited + 1, 1);
  }
  let best: number | null = null;
  let bestScore = 0;
  for (const [year, score] of votes) {
    if (score > bestScore || (score === bestScore && best !== null && year > best)) {
      best = year;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The year a session held on an ISO date plans: its own, or the next from November on; a report
 * delivered from October on (a new term's, `2011年10月12日在…第十七届人民代表大会第一次会议上`) estimates
 * the year it is given in and plans the next.
 */
function yearPlannedOn(date: string, firstLateMonth = 11): number {
  return Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) >= firstLateMonth ? 1 : 0);
}

/**
 * The last year named in a text that is not a comparison's base (`比2005年`, `2005年的500亿元`),
 * a period's start (`2012年以来`), a horizon (`到2010年`) or the year of the figures its sentence
 * states (`2016年,全市生产总值达到3157.7亿元`: results); `2006年的工作` is the year's own.
 */
function lastYear(text: string): { year: number; at: number } | null {
  let last: { year: number; at: number } | null = null;
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    if (/^(?:以来|的(?!工作|主要|发展|目标|任务)|相比)/.test(after) || STATES_FIGURES.test(after)) continue;
    if (/[到至]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    last = { year: yearValue(m[1]!), at: m.index };
  }
  return last;
}

/**
 * A clause opening on a year that reports its results as done (`2007年,全市生产总值完成467亿元`), with
 * no aim or forecast between (`2007年,全市将完成…`, `计划完成`, `预计完成`): a year over when the text
 * was written.
 */
const RESULTS_DONE = new RegExp(
  `(?:^|[\\n。])\\s*${Y}[,,](?:(?!${alternation([...AIMING_AT, ...GOAL_NAMES, ...ESTIMATES])})[^。;]){0,24}?(?:完成|实现|达到)了?[^。;,]{0,12}?\\d`,
  'g',
);
/** Whether `text` reports the results of `year` as done. */
function reportsDone(text: string, year: number): boolean {
  for (const m of text.matchAll(RESULTS_DONE)) if (yearValue(m[1]!) === year) return true;
  return false;
}

/** A figure with its unit before the sentence ends. */
const STATES_FIGURES = new RegExp(`^[^。!?]*?${FIGURE_WITH_UNIT}`);

/** A headline's year without 年 (`某市发布2023经济预期发展目标`): four digits right before a word. */
const BARE_YEAR = /(?<![\d.])((?:19|20)\d{2})(?=[\u4e00-\u9fa5])(?![万亿千百元个多余])/;

function bareYear(title: string): number | null {
  const m = BARE_YEAR.exec(title);
  return m ? Number(m[1]) : null;
}

function firstYear(text: string): number | null {
  YEAR_RE.lastIndex = 0;
  const m = YEAR_RE.exec(text);
  return m ? yearValue(m[1]!) : null;
}

/**
 * The latest year that opens a clause (`。2014年,全省实现…`, `预计2007年…`), not after the
 * publication: a report's results. (`到2020年`, `2035年远景目标` and dates look elsewhere.)
 */
function latestReportedYear(text: string, published: number | null): number | null {
  let latest: number | null = null;
  REPORTED_YEAR.lastIndex = 0;
  for (let m = REPORTED_YEAR.exec(text); m; m = REPORTED_YEAR.exec(text)) {
    const year = yearValue(m[1]!);
    if (!isPlausibleYear(year) || (published !== null && year > published)) continue;
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

const REPORTED_YEAR = new RegExp(
  // Not a year whose sentence sets a goal (`2019年,全市地区生产总值预期增长7.5%`) or says what a
  // report proposes (`报告提出,在发展目标方面,2023年…`), nor one just begun (`2023年伊始,…`, `2023年初`).
  `(?:^|[\\n。;,:]|预计|初步统计|据统计)\\s*${Y}(?![\\d月以])(?!,?是|的|伊始|初|开年)(?!${NAMES_A_REPORT})(?![^。;\\n]{0,30}?(?:预期增长|力争|目标[是为:]))` +
    `(?<!(?:${alternation(PROPOSING)})[^。;\\n]{0,30}?${Y})`,
  'g',
);

/** A five-year plan from the eleventh on, by its short name (`“十一五”`); its ordinal's units in group 1. */
const NUMBERED_PLAN = '[“"]?十([一二三四五六七八九])五[”"]?';
/**
 * `今年是“十五五”开局起步之年`, `今年是十四五规划收官之年`, `今年作为“十三五”开局之年`, `站在“十四五”开局
 * 之年的新起点上`: the year of a five-year plan. (Not `在“十四五”开局之年` alone: a review says so of
 * the year before the report's.)
 */
const PLAN_YEAR = new RegExp(
  `(?:今年(?:是|作为)|站在)[^。,;]{0,8}?${NUMBERED_PLAN}(?:规划|时期)?的?(开局|收官)`,
);
/**
 * `奋力实现“十五五”良好开局`, `确保“十四五”开好局`: the year's work aims at a plan's good start, so the
 * year is the plan's first; not the work that lays the ground for it the year before
 * (`为“十五五”良好开局打下坚实基础`), nor a review's start made (`实现了“十三五”良好开局`, and a bare
 * `实现…良好开局`, which reviews say of the year before).
 */
const PLAN_START_AIMED = new RegExp(
  `(?<!为[^。,;]{0,4})(?:奋力|努力|确保|力争|争取|全力)(?:实现)?[^。,;了]{0,4}?${NUMBERED_PLAN}(?:规划)?(?:良好|精彩|顺利|高质量)?开(?:好)?局(?![^。;]{0,8}?(?:打下|奠定|做好准备|创造条件|夯实基础))`,
);
/** `今年是党的二十大召开之年`: this year holds a Party congress; its number in group 1. */
const CONGRESS_YEAR = /今年(?:是|将)?[^。,;]{0,6}?(?:党的)?(十[五六七八九]|二十)大(?:胜利)?召开(?:之)?年/;
/** A five-year plan by name: `“十一五”规划`, `第十一个五年规划`; its ordinal's units in group 1 or 2. */
const PLAN = '(?:[“"]?十([一二三四五六七八九])五[”"]?|第十([一二三四五六七八九])个五年)(?:规划|计划)';
/** `“十一五”工作回顾`, `十二五时期发展回顾`: the heading of a plan's review. */
const PLAN_REVIEW = new RegExp(`${NUMBERED_PLAN}(?:时期|期间)?(?:工作|发展)?(?:简要)?回顾`);
/** `审议“十一五”规划纲要`, `审定“十二五”规划`: a session adopting a five-year plan. */
const PLAN_ADOPTED = new RegExp(`(?:审议|审定|审查|批准|通过)[^。,;]{0,6}?${PLAN}`);
/** `第十一个五年规划纲要(草案)…一并审议`: the plan named before the session is asked to adopt it. */
const PLAN_SUBMITTED = new RegExp(`${PLAN}(?:纲要)?[^。]{0,30}?(?:审议|审定|审查)`);

/** A year a reprint masks (`20xx年`, `20XX年`). */
const MASKED_YEAR = /20[xX×]{2}年/;

/** `20xx年,是我区全面实施“十二五”规划的第一年`: a masked year, as a plan's first or last. */
const MASKED_PLAN_YEAR = new RegExp(
  `20[xX×]{2}年,?是[^。]{0,20}?${NUMBERED_PLAN}(?:规划)?(?:的)?(开局之年|第一年|起步之年|收官之年|最后一年)`,
);

/** The year a masked year stands for, where the text calls it a plan's first or last year. */
function maskedPlanYear(text: string): number | null {
  const m = MASKED_PLAN_YEAR.exec(text);
  if (!m) return null;
  const first = firstYearOfPlan(`十${m[1]}`);
  return /收官|最后/.test(m[2]!) ? first + 4 : first;
}

/**
 * `十九届四中全会`, `十九届二中、三中、四中全会` (a term and its plenums: the last is the latest),
 * `党的二十大`, `十九大精神`, `党的十六大、十七大` (a congress, or one listed after another).
 */
const PARTY_MEETING = new RegExp(
  `(十[五六七八九]|二十)届(?:${COUNTING_NUMERAL}中[、和及]?)*(${COUNTING_NUMERAL})中全会|党的(十[五六七八九]|二十)大|(十[五六七八九]|二十)大(?=精神|以来|报告)|(?<=(?:十[五六七八九]|二十)大[、和及])(十[五六七八九]|二十)大`,
  'g',
);

/** The year a Party congress met, by its number (`十九` → 2017): one every five years. */
function yearOfPartyCongress(numeral: string): number {
  return 1997 + (parseChineseNumeral(numeral) - PARTY_CONGRESS_IN_1997) * 5;
}

/** The year of the latest meeting of the Party a text cites, or null. */
function latestPartyMeeting(text: string): number | null {
  let latest: number | null = null;
  PARTY_MEETING.lastIndex = 0;
  for (let m = PARTY_MEETING.exec(text); m; m = PARTY_MEETING.exec(text)) {
    const year = m[1]
      ? PLENUM_YEARS[parseChineseNumeral(m[1])]?.[parseChineseNumeral(m[2]!) - 1]
      : yearOfPartyCongress(m[3] ?? m[4] ?? m[5]!);
    if (year !== undefined && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/** `执行市十三届人大二次会议决议`: the session whose resolutions a year carried out, in group 1. */
const CARRIED_OUT = new RegExp(
  `执行(?:了)?[^。,;]{0,8}?(${COUNTING_NUMERAL}+届[^第次。,;]{0,12}?第?${COUNTING_NUMERAL}+次(?:全体)?会议)(?:的|通过的|各项)?决议`,
);
const SESSION_NUMBERS = new RegExp(`第?(${COUNTING_NUMERAL}+)届[^第次]{0,12}?第?(${COUNTING_NUMERAL}+)次`);

/**
 * The year of a congress session where the numbering is known: the National People's Congress
 * (a term every five years, one session a year), and province-level congresses, whose terms run
 * with it but are numbered each its own way (lexicon/congress.ts).
 */
function yearOfSession(session: string, province: string | null, national: boolean): number | null {
  const m = SESSION_NUMBERS.exec(session);
  if (!m) return null;
  const term = parseChineseNumeral(m[1]!);
  const sitting = parseChineseNumeral(m[2]!);
  if (sitting < 1) return null;
  const termIn2013 = national
    ? NATIONAL_TERM_IN_2013
    : province
      ? CONGRESS_TERM_IN_2013[province]
      : undefined;
  if (termIn2013 === undefined) return null;
  // A term meets once a year for five years; a session numbered past the fifth (a term that held
  // an extra one, `第十三届…第六次会议`) meets in its last.
  return 2013 + (term - termIn2013) * 5 + Math.min(sitting, 5) - 1;
}
