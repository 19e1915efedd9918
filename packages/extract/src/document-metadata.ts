/**
 * Document metadata: kind (work report or news), the region the document is about, and for a
 * work report its delivery date, congress session, speaker and the year whose targets it sets.
 * Reads the match text (simplified, half-width), so traditional input needs no rules of its own.
 */
import {
  type DocumentKind,
  isWithin,
  MUNICIPALITIES,
  NATIONAL,
  REGION_LEVELS,
  type Region,
  type RegionLevel,
  regionAncestors,
  regionCandidates,
  resolveRegion,
  shortRegionName,
  unplacedRegion,
} from '@gwr/domain';
import { isBaseYear } from './attribution.js';
import { parseChineseNumeral } from './chinese-number.js';
import {
  PREMIERS,
  SESSION_CONVENED,
  SESSION_NAME,
  SESSION_NAME_SPLIT,
  VENUE_BEFORE_SESSION,
} from './lexicon/congress.js';
import { GOAL_NAMES } from './lexicon/cues.js';
import {
  FOR_A_ZONE_COMMITTEE,
  ON_BEHALF,
  ON_COMMISSION,
  SUMMARY_AND_PLAN,
  TO_THE_CONGRESS,
} from './lexicon/headings.js';
import { COUNTING_NUMERAL, YEAR_DIGITS } from './lexicon/numerals.js';
import { alternation } from './lexicon/pattern.js';
import {
  COUNTRY_SCOPE,
  COUNTRY_STATISTIC,
  DATELINE_OUTLETS,
  LEADERSHIP,
  ORDINARY_WORD_STEMS,
  PART_IN_PLACE_WORDS,
  PEER_COMPARISONS,
  PROVINCE_KIND_WORDS,
  RANKED_WITHIN,
  SCOPE_AS_RANK,
  SLOGAN_AFTER_PLACE,
  SLOGAN_BEFORE_PLACE,
  SOURCE_CREDIT,
  THANKED_FOR_PLACE,
} from './lexicon/places.js';
import { toMatchText } from './normalize.js';
import { matchCount } from './occurrences.js';
import { openQuotationAt } from './quotation.js';
import { findRegionMentions, type RegionMention } from './region-mentions.js';
import { reportYearOf } from './report-year.js';
import { statesTargets } from './sections.js';
import type { RawDocument } from './split-page.js';
import { zoneOfDocument } from './zone-of-document.js';

export interface DocumentMetadata {
  kind: DocumentKind;
  /** The region the document is about (report: the issuing government; news: its subject). */
  region: Region | null;
  /** ISO date the report was delivered (`2018年2月26日在…会议上` → `2018-02-26`). */
  reportDate: string | null;
  /** Work report: the year whose targets it sets; news: the year the body says it is about. */
  reportYear: number | null;
  /** News that relays a work report's figures (`报告指出…`): its results are of the year before too. */
  relaysReport: boolean;
  /** The year the document was published or delivered, when its page or byline says. */
  publishedYear: number | null;
  /**
   * Delivered (or relayed) late in the year before the one it plans (a December session): its
   * `今年` is the year it reviews and its `明年` the year it plans.
   */
  lateInYear: boolean;
  /** `温州市瓯海区第九届人民代表大会第二次会议`. */
  session: string | null;
  speaker: string | null;
  /** `区长`, `县长`, `代市长`, `省长`, `主席`… as written. */
  speakerTitle: string | null;
  /**
   * A township's report (`我代表镇人民政府`): it speaks for a place below every region held, so it
   * has none, whatever the county it names or the portal it is found on.
   */
  township: boolean;
}

/** How far into the body a report's byline (date, session, speaker) may sit. */
const OPENING = 400;
const NUMERAL = `${COUNTING_NUMERAL}+`;

/**
 * What a session is quoted for, after `会议上` (`提出的目标`, `通过的`, `审议`, `确定的`, `批准`,
 * `明确`): an earlier session, not the one a report is delivered at.
 */
const QUOTED_FOR = '[提通审确批明]';
/**
 * 在…第N届人民代表大会第M次会议上 (or 在…N届人大M次会议上): the byline of a report delivered to a
 * people's congress. (Not news of one, where the sentence goes on: `在…会议上作报告`, `在…会议上,
 * 提请会议审议的…`.)
 */
const SESSION = new RegExp(
  `在\\s*${VENUE_BEFORE_SESSION}([^\\s在,。:;!]{0,30}?(?:第${NUMERAL}届(?:全国)?人民代表大会|${NUMERAL}届(?:全国)?人大)(?:常务委员会)?第?${NUMERAL}次(?:全体)?会议)(?!上?(?:[作所的发,]|${QUOTED_FOR}))`,
);
/** A byline opens the body (after a date, dashes or a bracket); news may quote one later. */
const BYLINE_WITHIN = 60;
/**
 * Head-of-government titles, longest first: 区长 for a district, 县长 a county, 市长 a city,
 * 州长 an autonomous prefecture, 盟长 a league, 旗长 a banner, 专员 a prefecture (地区),
 * 省长/主席 a province or autonomous region, 总理 the State Council.
 */
const TITLES = ['区长', '县长', '市长', '省长', '州长', '盟长', '旗长', '主席', '专员', '总理'];
/**
 * After a 主席 title: a session's 主席团 and 主席台 are no 主席, nor are its presiding chairs
 * (`大会执行主席某某主持`, `主席团常务主席`) or the chairs of other bodies (`市政协主席某某`).
 */
const NOT_A_SESSION_CHAIR = '(?<!(?:执行|常务|政协|工会|妇联)主席)(?![团台])';
const SPEAKER = new RegExp(
  `((?:代理|代|副)?(?:${TITLES.join('|')}))${NOT_A_SESSION_CHAIR}\\s*([\\u4e00-\\u9fa5](?:\\s?[\\u4e00-\\u9fa5·•]){1,9}?)\\s*(?=各位代表|代表们|同志们|[,。:;!\\s(]|$)`,
);
/**
 * `我`, or `全` not ending `安全` (`农产品质量安全县创建` is no county speaking of itself): how a text
 * says its own place as a whole (`全市`, `我县`).
 */
const SELF = '(?:我|(?<!安)全)';
/**
 * Not the whole a place serves, ranks or is measured in (`为全省…作出更大贡献`, `居全省第一`,
 * `在全市综合考评中`, `好于全市平均`, `跻身全省八强`).
 */
const NOT_RANKED = '(?<![为在居列占于身])';
/**
 * A city's words for itself (`我市`, `全市`, its party committee `市委` it answers to), and a
 * province's (not the province a city serves or ranks in: `为全省…作出更大贡献`, `居全省第一`).
 */
const CITY_SELF = new RegExp(`${SELF}市|市委`, 'g');
/** A county's words for itself (`全县`, `我旗`); a district's (`全区`) may be an autonomous region's. */
const COUNTY_SELF = new RegExp(`${SELF}[县旗]`, 'g');
const PROVINCE_SELF = new RegExp(`我省|${NOT_RANKED}全省(?!${alternation(SCOPE_AS_RANK)})`, 'g');
/**
 * The opening formula that names the party committee a government works under, its own level's
 * last (`在市委、市政府和区委坚强领导下`): a county's or a district's (an autonomous region's
 * is `自治区党委`).
 */
const LED_BY_COUNTY_COMMITTEE = /在[^。;]{0,12}?[县区旗]委[^。;]{0,10}?领导下/g;
/** A party committee's plenary meeting, after the level or place it is of: `委十二届七次`(全会). */
const PLENUM = `委${NUMERAL}届${NUMERAL}次`;
/**
 * A county's or district's party committee's plenum closing a list of those a text carries out
 * (`省委十一届三次全会、州委九届三次全会和县委十三届三次全会等精神`): the speaker's own committee.
 */
const COUNTY_PLENUM_LAST = new RegExp(`[、和及][县区旗]${PLENUM}(?:全体会议|全会)`);
/** The same formula ending on a city's committee (`在省委、省政府和市委的坚强领导下`): a 市's speech. */
const LED_BY_CITY_COMMITTEE = /在[^。;]{0,12}?市委(?:、?市政府)?的?(?:坚强|正确|有力)?领导下/;

/**
 * The level a text speaks of itself at: `我州`, `全州` are a prefecture's words, `全县`, `我县`,
 * `全旗` a county's, `全省` a province's (`全区`, `全市` could be either of two, and say nothing).
 */
const OWN_LEVEL: [RegExp, RegionLevel[]][] = [
  [new RegExp(`${SELF}州`, 'g'), ['prefecture']],
  [new RegExp(`${SELF}盟`, 'g'), ['prefecture']],
  [COUNTY_SELF, ['county']],
  [LED_BY_COUNTY_COMMITTEE, ['county']],
  [PROVINCE_SELF, ['province']],
];

/**
 * The level the government's own name says when it names no place (`我代表自治区人民政府`,
 * `我代表县人民政府`); 市 may be a prefecture, a county-level city or a municipality.
 */
const GOVERNMENT_LEVELS: Record<string, RegionLevel[]> = {
  省: ['province'],
  自治区: ['province'],
  市: ['prefecture', 'county', 'province'],
  州: ['prefecture'],
  自治州: ['prefecture'],
  盟: ['prefecture'],
  地区行政公署: ['prefecture'],
  行署: ['prefecture'],
  县: ['county'],
  自治县: ['county'],
  区: ['county'],
  旗: ['county'],
};

function ownLevels(text: string): RegionLevel[] | undefined {
  let best: RegionLevel[] | undefined;
  let bestCount = 0;
  for (const [re, levels] of OWN_LEVEL) {
    const count = matchCount(text, re);
    if (count > bestCount) {
      best = levels;
      bestCount = count;
    }
  }
  return best;
}

/** A head of government's title, acting or not (`代省长`); group: the title. */
const HEAD_TITLE = `((?:代理|代)?(?:${TITLES.join('|')}))`;
/** A head of government reporting, in news of a report (`代省长王晓东向大会作政府工作报告`). */
const HEAD_OF_GOVERNMENT = new RegExp(
  `${HEAD_TITLE}${NOT_A_SESSION_CHAIR}[\\u4e00-\\u9fa5·]{2,5}?(?:代表[^,。]{0,12}政府)?(?:向大会)?(?:作|所作|在)` +
    // …or named before the title, at the session (`某某省长在省十一届人大一次会议上代表省政府…`).
    `|(?<=[\\u4e00-\\u9fa5]{2})${HEAD_TITLE}(?<!主席)(?=在[^,。]{0,24}?${SESSION_NAME}上)`,
);
/** The title of the head of government a text says reported, if any. */
function headOfGovernment(text: string): string | null {
  const m = HEAD_OF_GOVERNMENT.exec(text);
  return m ? (m[1] ?? m[2]!) : null;
}

/** Levels a head-of-government title may govern. */
const TITLE_LEVELS: Record<string, RegionLevel[]> = {
  区长: ['county'],
  县长: ['county'],
  旗长: ['county'],
  市长: ['prefecture', 'county', 'province'],
  州长: ['prefecture'],
  盟长: ['prefecture'],
  专员: ['prefecture'],
  省长: ['province'],
  主席: ['province'],
  总理: ['national'],
};

/** The kind of county a head's title says they head (`县长` a 县), if it says one. */
function headedKind(title: string | null): string | undefined {
  return title && TITLE_LEVELS[title]?.join() === 'county' ? title[0] : undefined;
}

/** A head of government's title without its acting or deputy mark (`代市长` is a 市长). */
const bareTitle = (title: string) => title.replace(/^(?:代理?|副)/, '');

const DATE_ARABIC = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const DATE_CHINESE = new RegExp(
  `([${YEAR_DIGITS}]{4})年(${COUNTING_NUMERAL}{1,2})月(${COUNTING_NUMERAL}{1,3})日`,
);
const YEARS = /((?:19|20)\d{2})\s*年/g;
/**
 * A congress session the opening says is meeting (`…第三次会议在兰州开幕`, `在…会议上`): dates a
 * report and names its region. (`完成了十届人大三次会议确定的任务` names last year's session.)
 */
const SESSION_MENTION = new RegExp(
  // …or after the verb: `1月11日,重庆召开第五届人民代表大会第三次会议`; or the session a report
  // is delivered at (`省长2日在省十届人大五次会议作政府工作报告`) or put to (`提交省十届人大三次会议审议的
  // 《政府工作报告》`).
  `${VENUE_BEFORE_SESSION}([^\\s在,。:;!、()]{0,30}?${SESSION_NAME})(?=[^,。;]{0,30}?(?:开幕|召开|举行|闭幕|审议)|上(?!${QUOTED_FOR})|[作做](?:了)?(?:政府)?工作报告)|(?<=召开|举行)(${SESSION_NAME})`,
  'g',
);
/**
 * The speech itself: the salutation and the speaker reporting on behalf of the government, or of a
 * zone's committee.
 */
const DELIVERED = new RegExp(
  `(?:各位代表[::,!]?\\s*|^[^。]{0,30}?)(?:${ON_BEHALF}(?:[^。]{0,20}(?:人民)?政府|国务院)|${ON_COMMISSION})|${TO_THE_CONGRESS}|${FOR_A_ZONE_COMMITTEE}`,
);
/** The close of a byline's session (`在市十六届人大四次会议上`), left before its speaker. */
const BYLINE_CLOSE = /^\s*上/;
/** The government a report speaks for: `我代表瓯海区人民政府`. */
const GOVERNMENT = /我代表([^,。;:]{1,20}?)(?:人民)?政府/;
/** A township's government speaking (`我代表镇人民政府`, `我代表湖镇镇人民政府`, `我代表街道办事处`). */
const TOWNSHIP_SPEAKS = /我代表[^,。;:]{0,10}?(?:[镇乡](?:人民)?政府|街道办事处)/;
/** A congress by its term, after its place's name or the verb that convened it (`召开了第十八届人民代表大会`). */
const CONGRESS_OF_TERM = `(?:召开了?)?第?${NUMERAL}届人民代表大会`;
/**
 * A township's congress or report named (`在沙沟镇第十六届人民代表大会第六次会议上`, `某镇召开了第十八届
 * 人民代表大会`, `某街道办事处2023年政府工作报告`): a report of a place below every region held, or
 * news of one.
 */
const TOWNSHIP_REPORT = new RegExp(
  `[镇乡]${CONGRESS_OF_TERM}|(?:[镇乡](?:人民)?|街道办事处(?:\\d{4}年)?)政府工作报告|街道办事处(?:\\d{4}年)?工作报告`,
);
/** A congress of a county or above by its term (`景东彝族自治县第十五届人民代表大会`). */
const CONGRESS_ABOVE_TOWNSHIP = new RegExp(`[县区市州旗盟省]${CONGRESS_OF_TERM}`);

/**
 * Whether a township's congress or report is the first a text names: news of a county's session
 * may name a township's held beside it (`列席了…县第十五届人民代表大会…和…乡第十届人民代表大会`).
 */
function townshipNamedFirst(text: string): boolean {
  const township = TOWNSHIP_REPORT.exec(text);
  if (!township) return false;
  const above = CONGRESS_ABOVE_TOWNSHIP.exec(text);
  return !above || above.index > township.index;
}

/** Work reports of other bodies delivered to the same congress. */
const OTHER_BODY = /法院|检察院|常务委员会|常委会|政协|党代会|纪委|监委/;

/**
 * News that relays a work report: it names one (a study's `报告显示` does not), or covers the
 * year's sessions (`2022南阳两会`, `第十六届人民代表大会第四次会议召开`) where the report is heard.
 */
const RELAYS_REPORT = new RegExp(
  // (`山东省省长龚正作报告`: the head of a government reporting is its work report; the year's plan
  // (`印发2014年国民经济和社会发展计划`) is relayed as one is.)
  // (`县长张某在工作报告中强调`: a head of government speaking in a report names it too.)
  // (A place's report named by its year alone, `某区2025年工作报告显示`, is its government's, unless
  // another body's: `市中级人民法院2024年工作报告`.)
  `政府工作报告|(?<!(?:${OTHER_BODY.source})[^。]{0,6})(?:19|20)\\d{2}年工作报告|${SESSION_CONVENED}|${SESSION_NAME}上[,,]?[^。]{0,24}?(?:${TITLES.join('|')})|经济工作会议上的讲话|国民经济和社会发展(?:年度)?计划|(?:[作做]|发表)(?:了)?(?:政府)?工作报告|[作做](?:了)?政府报告|向大会(?:作|报告)|两会|(?:${TITLES.join('|')})[\\u4e00-\\u9fa5]{0,4}(?:[作做]了?报告|在(?:政府)?工作报告中)`,
);
/** A statistics bureau's yearly bulletin of results. */
const STATISTICAL_BULLETIN = /统计公报/;
/** A bulletin's issuer heading it where its title is lost (`珠海市统计局⏎国家统计局珠海调查队`). */
const BULLETIN_ISSUER = /^\s*[^。]{0,30}(?:统计局|调查总?队)\s*$/;
/** How far into its text a bulletin states the date it was issued. */
const BULLETIN_DATE_REACH = 200;
/** A full date, as a bulletin is dated when issued. Group 1: the year. */
const FULL_DATE = /((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g;
/** The first full date: when a bulletin was issued. */
const ISSUE_DATE = new RegExp(FULL_DATE.source);
/** The State Council's report: the premier speaks, or the national congress hears it. */
const NATIONAL_REPORT = new RegExp(
  `^\\s*国务院(?:关于|政府工作报告)|国务院总理|${ON_BEHALF}国务院|总理[^。]{0,16}(?:代表国务院|在政府工作报告|作政府工作报告)|(?:^|\\n)(?:${alternation(PREMIERS)})(?:总理)?(?:说|表示|指出|强调)[,,:]|全国人大${NUMERAL}次会议|全国人民代表大会第${NUMERAL}次会议`,
);
/**
 * A date in a page's address, run together (`…/20240121/…`, `…/t20180712_195665.html`,
 * `…/200901/…`) or its year apart (`…/2021/1120/…`).
 */
const ADDRESS_DATE =
  /(?<=[/_t])((?:19|20)\d{2})(0[1-9]|1[0-2])(\d{2})?(?=[/_.])|(?<=\/)((?:19|20)\d{2})\/(0[1-9]|1[0-2])([0-3]\d)(?=\/)/;
/** A page's date in its opening lines (`2021-01-20 12:34:54 来源:…`, `发布时间:2022-07-11`). */
const OPENING_DATE = /((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/;

/**
 * The report on the plan, heard by the same congress (`关于某市2021年国民经济和社会发展计划执行情况与
 * 2022年…计划草案的报告`): it reviews the year and sets the next one's targets, as a work report does;
 * so does the plan the government issues once adopted (`关于印发某市2023年国民经济和社会发展计划的通知`).
 */
const PLAN_REPORT =
  /计划(?:的)?(?:执行情况|草案)[^。]{0,40}的报告\s*$|(?:印发|下达)[^。]{0,30}?国民经济和社会发展(?:年度)?计划》?的通知\s*$/;

const SUMMARY_AND_PLAN_RE = new RegExp(SUMMARY_AND_PLAN);

/** Title words that make a 政府工作报告 title an article about a report, not the report. */
const ABOUT_A_REPORT =
  /解读|热议|学习|图解|读懂|关键词|亮点|看点|聚焦|点赞|速览|要点|摘要|数说|盘点|报道|举要|作(?:了)?(?:政府)?工作报告|报告(?:指出|提出|显示)/;

/**
 * @example
 * const meta = readMetadata(doc, toMatchText(doc.body), toMatchText(doc.title));
 * meta.region?.code // '330304' for 【投资瓯海区】2018年温州市瓯海区政府工作报告
 */
export function readMetadata(doc: RawDocument, bodyMatch: string, titleMatch: string): DocumentMetadata {
  const tag = /^\s*【([^】]{1,20})】/.exec(titleMatch);
  const title = tag ? titleMatch.slice(tag[0].length) : titleMatch;
  // Spam the pipeline masked (U+2060) reads as a space.
  const opening = bodyMatch.slice(0, OPENING).replaceAll('\u2060', ' ');
  // A byline may stand in the title line of a plain file (`——2019年1月12日在…会议上`).
  const inBody = SESSION.exec(opening);
  const inTitle = inBody ? null : SESSION.exec(title);
  const session = inBody && inBody.index <= BYLINE_WITHIN ? inBody : inTitle;
  const bylineInBody = session !== null && session === inBody;
  const otherBody = OTHER_BODY.test(title);
  const isReport =
    (session !== null && !otherBody) ||
    DELIVERED.test(opening) ||
    (/政府工作报告/.test(title) && !ABOUT_A_REPORT.test(title)) ||
    PLAN_REPORT.test(title) ||
    SUMMARY_AND_PLAN_RE.test(title) ||
    (/工作报告/.test(title) && !otherBody && !ABOUT_A_REPORT.test(title));
  const published = doc.published ?? publishedIn(doc.address ?? '', title, opening);
  const publishedYear = published ? Number(published.slice(0, 4)) : null;
  // News that names a report or sets out a year's targets relays one; a statistical bulletin
  // (`2019年某区国民经济和社会发展统计公报`) relays none, whatever meeting it recalls: its figures
  // are the year's it names.
  const bulletin = STATISTICAL_BULLETIN.test(title) || BULLETIN_ISSUER.test(title);
  const relaysReport =
    !isReport &&
    !bulletin &&
    (RELAYS_REPORT.test(`${title}\n${bodyMatch.slice(0, 3000)}`) || statesTargets(bodyMatch));
  if (!isReport && !relaysReport) {
    // The first year the title or else the body names, unless it looks ahead of the publication
    // (`2035年远景目标`).
    // A bulletin's date of issue (`2012年3月19日`) is not the year it reports: that is the year it
    // names, else the year before its issue.
    const opens = bulletin ? bodyMatch.slice(0, 2000).replace(FULL_DATE, '') : bodyMatch.slice(0, 2000);
    const issued = bulletin ? ISSUE_DATE.exec(bodyMatch.slice(0, BULLETIN_DATE_REACH)) : null;
    const year =
      firstYearBy(title, publishedYear) ??
      firstYearBy(opens, publishedYear) ??
      (issued ? Number(issued[1]) - 1 : null);
    const found =
      placeAtOwnLevel(newsRegion(title, tag?.[1] ?? null, bodyMatch), bodyMatch) ??
      ownShortName(bodyMatch, undefined) ??
      ownCityName(bodyMatch, undefined) ??
      ownCountyCityName(bodyMatch, undefined) ??
      ownProvinceName(bodyMatch) ??
      unplacedOwnPlace([title, tag?.[1], ...sessionsNamed(`${title}\n${opening}`)], opening) ??
      countryByItsStatistic(bodyMatch);
    const reportYear = year ?? publishedYear;
    return {
      kind: 'news',
      region: namedAsAbove(found, opening) ? null : (zoneOfDocument(title, found, opening) ?? found),
      reportDate: null,
      reportYear,
      relaysReport: false,
      publishedYear: publishedYear ?? yearOfUndatedNews(bodyMatch, reportYear),
      lateInYear: false,
      session: null,
      speaker: null,
      speakerTitle: null,
      township: false,
    };
  }
  const sessions = sessionsNamed(`${title}\n${opening}`);
  const congress = session?.[1] ?? sessions[0] ?? null;
  // The byline sits before the salutation (各位代表); the speaker follows the session.
  const bylineEnd = bylineInBody ? session.index + session[0].length : 0;
  // The speaker is named before the salutation (各位代表), never in the speech itself.
  const salutation = opening.indexOf('各位代表', bylineEnd);
  const window = opening.slice(bylineEnd, salutation >= 0 ? salutation + 4 : bylineEnd + 80);
  const speaker = isReport ? SPEAKER.exec(window) : null;
  if (speaker && salutation >= 0) {
    // All between the title and the salutation is the name, however it is spaced (`胡 献 如`).
    const named = window.slice(speaker.index + speaker[1]!.length, salutation - bylineEnd).replace(/\s/g, '');
    if (/^[\u4e00-\u9fa5][\u4e00-\u9fa5·•]{1,9}$/.test(named)) speaker[2] = named;
  }
  const speakerAt = speaker ? bylineEnd + speaker.index : -1;
  // A region's head in the byline makes it no State Council report, though the speech recalls
  // the national congress (`参加十三届全国人大二次会议内蒙古代表团审议`). (News is not so read: it
  // names the state's 主席 beside the premier.)
  const national =
    (!speaker || speaker[1]!.endsWith('总理')) &&
    (NATIONAL_REPORT.test(`${title}\n${opening}`) || (congress !== null && /全国/.test(congress)));
  // News of a place's part in the national report is the place's, as its title says.
  const ownPlace = national && relaysReport ? placeOfOwnNews(title, tag?.[1] ?? null, bodyMatch) : null;
  const reportDate = !isReport
    ? null
    : bylineInBody
      ? readDate(opening.slice(0, session.index + session[0].length))
      : session
        ? readDate(title)
        : (readDate(withoutPageStamps(opening.slice(0, 200)).slice(0, 80)) ??
          deliveredOn(bodyMatch.slice(0, 1000)));
  // The government the speech is given for (`我代表常熟市人民政府`, `我代表区人民政府`), and the levels it
  // names when it names only its level.
  const government = GOVERNMENT.exec(opening)?.[1];
  const levelsSpoken = government !== undefined ? levelsNamed(government) : undefined;
  const spokenFor =
    ownPlace ??
    (national
      ? NATIONAL
      : placeAtOwnLevel(
          reportRegion({
            title,
            tag: tag?.[1] ?? null,
            // Every session the opening names: a headline may name the city (`深圳二届人大二次会议开幕`)
            // where the body names the district that met (`坪山区二届人大二次会议开幕`).
            session: session?.[1] ?? (sessions.length > 0 ? sessions.join('\n') : null),
            // Named before the speaker (`瓯海区人民政府区长`), or else where the speech opens
            // (`我代表常熟市人民政府`).
            government:
              (speaker ? opening.slice(bylineEnd, speakerAt).replace(BYLINE_CLOSE, '').trim() : '') ||
              (government ?? ''),
            speakerTitle: speaker?.[1] ?? headOfGovernment(`${title}\n${opening}`),
            opening,
            body: bodyMatch,
          }) ??
            newsRegion(title, tag?.[1] ?? null, bodyMatch) ??
            unplacedOwnPlace([title, tag?.[1], government, ...sessions], opening) ??
            // A government that names only its level (`我代表自治区人民政府`) is a region's, though
            // its report calls the region's output 国内生产总值 (as provinces' did until the 2000s).
            (levelsSpoken ? null : countryByItsStatistic(bodyMatch)),
          bodyMatch,
          // `我代表区人民政府` under a title naming the city (`昆明市2023年政府工作报告`): a district's.
          levelsSpoken?.every((level) => level === 'county') ?? false,
        ));
  // A township's report speaks for a place below every region held: it has none.
  const township = TOWNSHIP_SPEAKS.test(opening) || townshipNamedFirst(`${title}\n${opening}`);
  const region =
    township ||
    forUnknownCounty(government, spokenFor) ||
    onlyWhereTheCityLies(
      spokenFor,
      speaker?.[1] ?? headOfGovernment(`${title}\n${opening}`),
      government,
      opening,
    ) ||
    namedAsAbove(spokenFor, opening)
      ? null
      : (zoneOfDocument(title, spokenFor, opening) ?? spokenFor);
  // Only a province-level congress is numbered with the national one (lexicon/congress.ts).
  const province = region?.level === 'province' ? region.name : null;
  const reportYear = reportYearOf({
    title,
    body: bodyMatch,
    reportDate,
    published,
    session: congress ?? CREDITED_SESSION.exec(bodyMatch.slice(-CREDIT_REACH))?.[1] ?? null,
    province,
    national,
    section: tag || !doc.sourceTag ? null : toMatchText(doc.sourceTag),
  });
  const spokenIn = reportDate ?? published;
  const spokenYear =
    spokenIn !== null
      ? Number(spokenIn.slice(0, 4))
      : isReport
        ? null
        : yearOfUndatedNews(bodyMatch, reportYear);
  return {
    kind: isReport ? 'work_report' : 'news',
    region,
    reportDate,
    reportYear,
    relaysReport,
    publishedYear: spokenYear,
    lateInYear: reportYear !== null && spokenYear === reportYear - 1,
    session: session?.[1] ?? null,
    speaker: speaker?.[2] ?? null,
    speakerTitle: speaker?.[1] ?? null,
    township,
  };
}

/**
 * A page's credit, at its end, to the report its figures come from (`数据来自重庆市第六届人民代表大会
 * 第二次会议《重庆市人民政府工作报告》`): the session it names, with its place, dates the report where the
 * opening names none.
 */
const CREDITED_SESSION = new RegExp(
  `来[自源][::]?([^\\s。;,()()]{0,12}?${SESSION_NAME})[^。\\n]{0,4}《[^》]{0,30}工作报告》`,
);
/** How far from a page's end its credit is looked for. */
const CREDIT_REACH = 160;

/** The sessions a text says are meeting, in order. */
function sessionsNamed(text: string): string[] {
  return [
    ...[...text.matchAll(SESSION_MENTION)].map((m) => m[1] ?? m[2]!),
    ...[...text.matchAll(SPLIT_SESSION)].map((m) => m[1]! + m[2]!),
  ];
}
const SPLIT_SESSION = new RegExp(SESSION_NAME_SPLIT, 'g');

/** The first year a text names that is not after `published`. */
function firstYearBy(text: string, published: number | null): number | null {
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(text); m; m = YEARS.exec(text)) {
    const year = Number(m[1]);
    // (A year inside a quoted slogan, `聚焦“2029年前后…突破1000亿元”的目标`, is a goal's, not the
    // text's; nor is a change's start, `从1978年的1.13亿元起步`. A quoted statement, a lead that quotes
    // whole sentences, `“2014年,预计全年生产总值135.9亿元。”`, speaks of its year.)
    if (inQuotedSlogan(text, m.index) || isBaseYear(text, m.index, m.index + m[0].length)) continue;
    // (Nor is a person's date, `市长:某某 1947年6月生,…1968年参加工作`, a yearbook's or a profile's.)
    if (PERSONAL_DATE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    if (published === null || year <= published) return year;
  }
  return null;
}

/** What follows a year in a person's record: born, started work, joined the Party, graduated. */
const PERSONAL_DATE = /^(?:\d{1,2}\s*月)?(?:出生|生[,,)\s]|参加工作|入党|毕业)/;

/** Whether `at` stands in a quotation that is a phrase (a slogan, a name), not quoted sentences. */
function inQuotedSlogan(text: string, at: number): boolean {
  if (openQuotationAt(text, at) < 0) return false;
  const close = text.indexOf('”', at);
  const stop = text.indexOf('。', at);
  return stop < 0 || (close >= 0 && close < stop);
}

/** A byline further down a page (`…2016年2月17日在西安市雁塔区第十六届人民代表大会第六次会议上`). */
const DELIVERY = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在[^。]{0,40}?会议上/;

function deliveredOn(text: string): string | null {
  const m = DELIVERY.exec(text);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** This year's goals named (`今年预期,`, `今年的目标是`, `今年力争`). */
const GOALS_OF_THIS_YEAR = new RegExp(
  `今年[^。;!?\\n\\d]{0,12}?(?:${alternation([...GOAL_NAMES, '确保', '力争', '争取'])})`,
);

/**
 * When news with no date was written: where it sets this year's goals (`今年预期,…`), the year they
 * are of, `year` (the year it is found to be about), which its `去年` counts from; else unknown.
 */
function yearOfUndatedNews(body: string, year: number | null): number | null {
  return GOALS_OF_THIS_YEAR.test(body) ? year : null;
}

/** A date stamped with the clock (`2012年03月27日 13:30`): when a page was posted, not a speech given. */
const PAGE_STAMP = /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}:\d{2}/g;

function withoutPageStamps(text: string): string {
  return text.replace(PAGE_STAMP, '');
}

/**
 * The first date in the title or the opening's first lines: when the page was published. (A
 * page's `更新时间` is when a portal last touched it, often years after the report.)
 */
function publishedIn(address: string, title: string, opening: string): string | null {
  const openingLines = opening.slice(0, 120).replace(NO_DATE, '');
  const m =
    OPENING_DATE.exec(address) ??
    ADDRESS_DATE.exec(address) ??
    OPENING_DATE.exec(title) ??
    OPENING_DATE.exec(openingLines);
  const dayFirst = m ? null : DAY_FIRST_DATE.exec(openingLines);
  const found = m ?? dayFirst;
  if (
    !found ||
    /(?:更新|修改|浏览|点击)(?:时间|日期)?[::]?\s*$/.test(
      found.input.slice(Math.max(0, found.index - 8), found.index),
    )
  )
    return null;
  // (An address may give the month alone: its first day stands for it; or the year apart from
  // the month and day: `/2021/1120/`.)
  const [year, month, day] = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : found[4]
      ? [found[4], found[5], found[6]]
      : [found[1], found[2], found[3]];
  return iso(Number(year), Number(month), Number(day ?? 1));
}

/**
 * A page's date written day first, as some sites print it under the headline (`20.07.2015 19:10`;
 * the reading view has closed the gap before the time).
 */
const DAY_FIRST_DATE = /(?<![\d.])([0-3]?\d)\.([01]?\d)\.((?:19|20)\d{2})(?=\d{1,2}:\d{2}|[^\d.]|$)/;

/** The first day of 1970, which a page's software prints where it has no date (its clock's zero). */
const NO_DATE = /1970-0?1-0?1/g;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function readDate(text: string): string | null {
  const arabic = DATE_ARABIC.exec(text);
  if (arabic) return iso(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
  const chinese = DATE_CHINESE.exec(text);
  if (chinese)
    return iso(
      parseChineseNumeral(chinese[1]!),
      parseChineseNumeral(chinese[2]!),
      parseChineseNumeral(chinese[3]!),
    );
  return null;
}

interface Vote {
  region: Region;
  weight: number;
}

/** Resolves every mention with the other names as context (homonyms: 朝阳区 of 北京 or 长春). */
/**
 * @param around names the text gives elsewhere, to tell homonyms apart (`深圳新闻网` beside
 *   `龙华区第一届人民代表大会` is Shenzhen's 龙华区, not Haikou's)
 */
function resolveMentions(
  mentions: { name: string; weight: number }[],
  around: readonly string[] = [],
): Vote[] {
  const context = [...new Set([...mentions.map((m) => m.name), ...around])];
  const resolved = new Map(context.map((name) => [name, resolveRegion(name, context)]));
  const votes: Vote[] = [];
  for (const m of mentions) {
    const region = resolved.get(m.name);
    if (region) votes.push({ region, weight: m.weight });
  }
  return votes;
}

function tally(votes: Vote[]): { region: Region; score: number }[] {
  const byKey = new Map<string, { region: Region; score: number }>();
  for (const v of votes) {
    const key = v.region.code ?? v.region.name;
    const entry = byKey.get(key) ?? { region: v.region, score: 0 };
    entry.score += v.weight;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.score - a.score);
}

function votesAtLevel(ranked: { region: Region; score: number }[], levels: RegionLevel[]): Vote[] {
  const votes: Vote[] = [];
  for (const { region, score } of ranked) {
    const holder = regionAncestors(region).find((a) => levels.includes(a.level));
    if (holder) votes.push({ region: holder, weight: score });
  }
  return votes;
}

interface ReportSources {
  /** The body's opening: its region names count only when nothing else names one. */
  opening: string;
  /** The whole body: its names count when neither the opening nor anything else names one. */
  body: string;
  title: string;
  tag: string | null;
  session: string | null;
  government: string;
  speakerTitle: string | null;
}

/**
 * The government that delivers a report: named before the speaker (`瓯海区人民政府区长`), in
 * the session (`温州市瓯海区第九届…`), the title and the source tag. The most specific region
 * wins (`温州市瓯海区` is 瓯海区), among the levels the speaker's title can govern.
 */
function reportRegion(src: ReportSources): Region | null {
  const bare = src.speakerTitle ? bareTitle(src.speakerTitle) : null;
  if (bare === '总理') return NATIONAL;
  const mentions: { name: string; weight: number }[] = [];
  // (A government's name is in Chinese characters: `江南app体育官网下载代县长` is spam before a title.)
  if (!SPAM_IN_NAME.test(src.government)) addMentions(mentions, src.government, 5);
  addMentions(mentions, src.session, 4);
  addMentions(mentions, src.title, 3);
  // The government a title names its report by (`(北京市)北京市顺义区人民政府工作报告`): the chain's
  // last place is the report's own, however often a portal names the city above it.
  const titled = TITLED_GOVERNMENT.exec(src.title)?.[1];
  const own = titled ? findRegionMentions(titled).at(-1) : undefined;
  if (own) mentions.push({ name: own.name, weight: own.full ? 2 : 1.6 });
  addMentions(mentions, src.tag, 2);
  // The speaker's title or the government's own word (`自治区人民政府`) says the level for sure;
  // `全省`, `我县` in the speech only lean (a county is `全省首个`).
  const statedLevels = bare
    ? TITLE_LEVELS[bare]
    : (GOVERNMENT_LEVELS[src.government.trim()] ?? governmentOfTitle(src.title));
  const levels = statedLevels ?? ownLevels(src.opening);
  const speech = speechMentions(src.opening, src.opening.search(DELIVERED));
  if (mentions.length === 0) mentions.push(...speech);
  const around = speech.map((m) => m.name);
  const ranked = atLevels(tally(resolveMentions(mentions, around)), levels, statedLevels);
  const found =
    ranked.length > 0
      ? mostSpecific(ranked).region
      : (homonymByItsCity(mentions, src.body) ??
        homonymByProvinceKind(mentions, src.body) ??
        namedMost(src.body, levels, statedLevels) ??
        ownShortName(src.body, statedLevels, headedKind(bare)) ??
        ownCityName(src.body, statedLevels) ??
        ownCountyCityName(src.body, statedLevels) ??
        belowWhereItRanks(src.body, statedLevels));
  // A level the speaker states is sure; otherwise a province may be only where the city lies, and
  // a district one the city's text speaks of.
  if (!found || statedLevels) return found;
  return (
    cityOfProvince(found, src) ??
    prefectureNamedOften(found, src.body) ??
    cityOverItsDistrict(found, src.body) ??
    found
  );
}

/**
 * A district named in full in a text that speaks as its city (`全市`, `市人大代表`; never `全区`,
 * `我区`) and names the city, however briefly (`固原踏上了新征程`): one of the city's districts it
 * speaks of (`把原州区西蓝花打造成…`), the text the city's.
 */
function cityOverItsDistrict(region: Region, body: string): Region | null {
  if (region.level !== 'county' || !region.name.endsWith('区')) return null;
  const asCity = matchCount(body, CITY_AS_WHOLE);
  if (asCity < 2 || matchCount(body, COUNTY_OR_DISTRICT_SELF) > 0) return null;
  const city = regionAncestors(region)[0];
  return city && body.includes(shortRegionName(city.name)) ? city : null;
}

/**
 * The levels a report's title says its government is of (`2023年行署工作报告`: a prefecture's
 * administrative office), where the speech names none.
 */
function governmentOfTitle(title: string): RegionLevel[] | undefined {
  const office = OFFICE_REPORT.exec(title);
  return office ? GOVERNMENT_LEVELS[office[1]!] : undefined;
}
const OFFICE_REPORT = /(地区行政公署|行署)工作报告/;

/**
 * A place named in full by a name several places share (`中共通州区委`), where the government's name
 * or the text names it: the one of them whose city the text also names, however briefly
 * (`南通家纺城`), if only one's is.
 */
function homonymByItsCity(mentions: { name: string }[], body: string): Region | null {
  const named = findRegionMentions(withoutCredits(body)).filter((m) => m.full);
  return theOneHomonym([...mentions, ...named], (region) =>
    region.parent_name ? body.includes(shortRegionName(region.parent_name)) : false,
  );
}

/**
 * A government that names itself by a name several places share (`新城区人民政府`) and nothing
 * else tells apart: the one of them in the kind of province its speech speaks of (`自治区` or
 * `省委`), if the speech speaks of one kind only.
 */
function homonymByProvinceKind(mentions: { name: string }[], body: string): Region | null {
  const kinds = PROVINCE_KIND_WORDS.filter((k) => matchCount(body, k.words) > 0);
  if (kinds.length !== 1) return null;
  const autonomous = kinds[0]!.autonomous;
  return theOneHomonym(
    mentions,
    (region) => (region.province_name?.endsWith('自治区') ?? false) === autonomous,
  );
}

/** Of the places several named ones share a name with, the one that `fits`, if exactly one does. */
function theOneHomonym(named: { name: string }[], fits: (region: Region) => boolean): Region | null {
  const fitting = new Map<string, Region>();
  for (const { name } of named) {
    const candidates = regionCandidates(name);
    if (candidates.length < 2) continue;
    for (const region of candidates) if (fits(region)) fitting.set(region.code ?? region.name, region);
  }
  const [only, other] = fitting.values();
  return only && !other ? only : null;
}

/**
 * The winner, or a descendant named nearly as often (`share` of its score): `温州市瓯海区` names the
 * district. (A city named once where the province's congress meets, `在武汉召开`, does not.)
 */
function mostSpecific(ranked: Ranked[], share = 0.6): Ranked {
  const top = ranked[0]!;
  let best = top;
  for (const r of ranked)
    if (r !== best && isWithin(r.region, best.region) && r.score >= top.score * share) best = r;
  return best;
}

/**
 * For an excerpt that opens on no name: the place its speech names most, if one dominates (named
 * twice or more, half again as often as the next).
 */
function namedMost(
  body: string,
  levels: RegionLevel[] | undefined,
  statedLevels: RegionLevel[] | undefined,
): Region | null {
  const named = speechMentions(body).map((m) => ({ name: m.name, weight: 1 }));
  const [first, second] = atLevels(tally(resolveMentions(named)), levels, statedLevels);
  return first && first.score >= 2 && (!second || first.score >= 1.5 * second.score) ? first.region : null;
}

/** A Chinese character: beside one, a short form may be part of a longer word. */
const HAN = /[\u4e00-\u9fa5]/;
/** Latin letters run straight into Chinese (`江南app体育官网下载`; a gloss stands in brackets). */
const SPAM_IN_NAME = /[\u4e00-\u9fa5][A-Za-z]{2,}|[A-Za-z]{2,}[\u4e00-\u9fa5]/;
/** Words of one character a short form may stand between at a phrase's edge (`是鄞州在`, `刷新了张湾形象`). */
const FUNCTION_CHARS = '是在为对把让向与和及的使将了';
const atPhraseEdge = (c: string | undefined) => !HAN.test(c ?? '') || FUNCTION_CHARS.includes(c!);
/** Whether one of `words` stands right before the mention, or right after it. */
const wordBefore = (text: string, m: RegionMention, words: readonly string[]) =>
  words.some((w) => text.endsWith(w, m.start));
const wordAfter = (text: string, m: RegionMention, words: readonly string[]) =>
  words.some((w) => text.startsWith(w, m.end));
/** A stem set in the slogan a speech ends on (`谱写中国式现代化磴口新篇章`). */
const inClosingSlogan = (text: string, m: RegionMention) =>
  wordBefore(text, m, SLOGAN_BEFORE_PLACE) || wordAfter(text, m, SLOGAN_AFTER_PLACE);
/** A stem in the thanks a speech gives its place's backers (`关心、支持绩溪发展的各界友人`). */
const inThanks = (text: string, m: RegionMention) =>
  wordBefore(text, m, THANKED_FOR_PLACE.before) && wordAfter(text, m, THANKED_FOR_PLACE.after);
/**
 * A county's, district's or banner's word for itself; the group is the suffix of its name. (Not
 * the whole it ranks or is measured in: `高于全区3.1个百分点`, `全区第一` in a city of an autonomous
 * region.)
 */
const COUNTY_KIND_SELF = new RegExp(
  `(?:我|${NOT_RANKED}(?<!安)全(?=[县区旗](?!${alternation(SCOPE_AS_RANK)})))([县区旗])`,
  'g',
);

/**
 * The kind of county a speech speaks as (`全县`, `我区`), if it does more than it speaks as a city.
 * (`我区` is the speaker's own place; `全区` may be another's, a city's meeting held `在我区`,
 * `全市秋冬种现场会`: the first counts twice.)
 */
function kindSpokenAs(body: string): string | null {
  const kinds = new Map<string, number>();
  for (const m of body.matchAll(COUNTY_KIND_SELF))
    kinds.set(m[1]!, (kinds.get(m[1]!) ?? 0) + (m[0].startsWith('我') ? 2 : 1));
  const [kind, count] = [...kinds].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return count > matchCount(body, CITY_AS_WHOLE) ? kind : null;
}

/**
 * For a speech that speaks as a county (`全县`, not `全市`; or whose head's title, `县长`, says the
 * kind as `titledKind`) but names its place too seldom to be counted: the one county of that kind
 * (a 县 for `全县`) it names, in full once (only in a policy's
 * title: `《洞头区五大产业扶持政策》`) or by its short form, however it stands (`落户宜丰`, `新桦川”`),
 * standing at a phrase's edge at least once; not a stem that is an ordinary word (`共同富裕` holds
 * 富裕县's). Where it names two, it names none.
 */
function ownShortName(
  body: string,
  statedLevels: RegionLevel[] | undefined,
  titledKind?: string,
): Region | null {
  if (statedLevels && !statedLevels.includes('county')) return null;
  const kind = titledKind ?? kindSpokenAs(body);
  if (kind === null) return null;
  const counties = new Map<string, { region: Region; atEdge: boolean }>();
  const mentions = findRegionMentions(body, 0, body.length, { tails: true });
  // A two-character name inside a phrase (`作为藤县经济发展的…`) counts where the speech names the
  // prefecture the county lies in (`在梧州市委…领导下`).
  const namedInFull = new Set(
    mentions.filter((m) => m.full && !m.tail).flatMap((m) => regionCandidates(m.name).map((r) => r.code)),
  );
  for (const m of mentions) {
    if (isOrdinaryStem(m)) continue;
    const atEdge =
      m.full ||
      atPhraseEdge(body[m.start - 1]) ||
      atPhraseEdge(body[m.end]) ||
      inClosingSlogan(body, m) ||
      inThanks(body, m);
    for (const region of regionCandidates(m.name)) {
      const named = m.full ? region.name === m.name : shortRegionName(region.name) === m.name;
      if (region.level !== 'county' || !region.name.endsWith(kind) || !named) continue;
      if (m.tail && !namedInFull.has(region.parent_code ?? null)) continue;
      const key = region.code ?? region.name;
      counties.set(key, { region, atEdge: atEdge || (counties.get(key)?.atEdge ?? false) });
    }
  }
  // A stem only ever inside a longer word (`潮白河工业区`, `五龙潭至…公路`) is that word's, not a place.
  const [only, other] = [...counties.values()].filter((c) => c.atEdge);
  return only && !other ? only.region : null;
}

/**
 * For a speech that names no place to speak for but the one it ranks within or is judged by
 * (`居延安市第二`, `被延安市评为`): the one place below that one whose short form it uses at a
 * phrase's edge (`子长在全省…交流发言`).
 */
function belowWhereItRanks(body: string, statedLevels: RegionLevel[] | undefined): Region | null {
  const text = withoutCredits(body);
  const mentions = findRegionMentions(text);
  const above = new Set(
    mentions.filter((m) => m.full && isRankedWithin(text, m)).map((m) => resolveRegion(m.name)?.code),
  );
  if (above.size === 0) return null;
  const below = new Map<string, Region>();
  for (const m of mentions) {
    if (m.full || !(atPhraseEdge(text[m.start - 1]) || atPhraseEdge(text[m.end]))) continue;
    for (const region of regionCandidates(m.name))
      if (
        above.has(region.parent_code ?? undefined) &&
        shortRegionName(region.name) === m.name &&
        (!statedLevels || statedLevels.includes(region.level))
      )
        below.set(region.code ?? region.name, region);
  }
  const [only, other] = below.values();
  return only && !other ? only : null;
}

/**
 * For a speech that names no place in full to speak for but speaks as a city (`全市`, `我市`, more
 * than as a county or district): the one city it names, however briefly (`“平安沈阳”建设`,
 * `钟祥市进入表彰之列`), or names twice as much as any other (`对浙江、对宁波工作的…指示` beside a
 * port's `宁波舟山港`). Where it names two cities alike (a county-level city and the city above
 * it), it names none.
 */
function ownCityName(body: string, statedLevels: RegionLevel[] | undefined): Region | null {
  if (statedLevels && !statedLevels.some((l) => l === 'prefecture' || l === 'county')) return null;
  if (!speaksAsCity(body)) return null;
  const cities = tally(resolveMentions(speechMentions(body))).filter(
    ({ region }) => region.level !== 'province' && region.level !== 'national' && region.name.endsWith('市'),
  );
  // (Not a city whose decisions the text carries out: it speaks for a place below it.)
  const city = dominant(cities, 2);
  return city && !governedBy(city, body) ? city : null;
}

/**
 * For a text that speaks as a city (`我市`, more than as a county or district) but names no city
 * ownCityName can count: the one county-level city it names by its stem, however it stands
 * (`立足慈溪本地实际`, `发展慈溪经济`), as ownShortName reads a county's.
 */
function ownCountyCityName(body: string, statedLevels: RegionLevel[] | undefined): Region | null {
  return speaksAsCity(body) ? ownShortName(body, statedLevels, '市') : null;
}

/** Whether a text speaks as a city (`全市`, `我市`) at all, and more than as a county or district. */
function speaksAsCity(body: string): boolean {
  return matchCount(body, CITY_AS_WHOLE) > matchCount(body, COUNTY_OR_DISTRICT_SELF);
}

/**
 * For a text that speaks as a province (`全省`, `我省`, more than as a city or a county) and names
 * one province, however briefly (`是浙江发展史上极不平凡的五年`): that province. Its short form is
 * no ordinary word, as a county's may be.
 */
function ownProvinceName(body: string): Region | null {
  const asProvince = matchCount(body, PROVINCE_SELF);
  if (asProvince < 2 || asProvince <= matchCount(body, CITY_SELF) + matchCount(body, COUNTY_OR_DISTRICT_SELF))
    return null;
  // (A county's short form is too often a word to count against it: `富民`, `平和`.)
  const mentions = findRegionMentions(withoutCredits(body))
    .filter((m) => m.full || regionCandidates(m.name).some((r) => r.level !== 'county'))
    .map((m) => ({ name: m.name, weight: 1 }));
  const named = resolveMentions(mentions)
    .map((v) => v.region)
    .filter((r) => r.level !== 'national');
  const province = named.find((r) => r.level === 'province');
  return province && named.every((r) => r.code === province.code || isWithin(r, province)) ? province : null;
}

/**
 * The city a text that calls itself `我市` names within the province it names: a city's report
 * names its province for the policies it follows (`关于河南工作的重要论述`) and itself perhaps once
 * (`作出平顶山更大贡献`). A municipality (重庆市) is a province that is a city; it stays.
 */
function cityOfProvince(region: Region, src: ReportSources): Region | null {
  if (!isProvinceOfCities(region)) return null;
  const asCity = matchCount(src.opening, CITY_SELF);
  if (asCity === 0 || asCity <= matchCount(src.opening, PROVINCE_SELF)) return null;
  const { places } = namedWithin(region, src.body);
  return dominant(places.filter((r) => r.region.level !== 'province' && r.region.name.endsWith('市')));
}

/**
 * The prefecture a text names again and again within the province it was taken for (a province
 * named by the page's title or tag: `聚焦云南州市两会` over a report that names 大理 eight times),
 * if it names the province and speaks as it (`全省`, `我省`; a prefecture's report says `与全国全省
 * 同步` in passing) at most half as often.
 */
function prefectureNamedOften(region: Region, body: string): Region | null {
  if (!isProvinceOfCities(region)) return null;
  const { places, own } = namedWithin(region, body);
  const asProvince = matchCount(body, PROVINCE_SELF);
  const prefectures = places.filter((r) => r.region.level === 'prefecture');
  const first = prefectures[0];
  return first && first.score >= 2 && first.score >= 2 * (own + asProvince) ? dominant(prefectures) : null;
}

/** A province, not a municipality (重庆市 is a province that is a city). */
const isProvinceOfCities = (region: Region) => region.level === 'province' && !region.name.endsWith('市');

/** The places inside `province` that `body` names, ranked by how often, and the province's own score. */
function namedWithin(province: Region, body: string): { places: Ranked[]; own: number } {
  const ranked = tally(resolveMentions(speechMentions(body), [province.name]));
  return {
    places: ranked.filter((r) => isWithin(r.region, province)),
    own: ranked.find((r) => r.region.code === province.code)?.score ?? 0,
  };
}

type Ranked = { region: Region; score: number };

/** The first of ranked places, if it is named `factor` times as often as the next (half again by default). */
function dominant(ranked: readonly Ranked[], factor = 1.5): Region | null {
  const [first, second] = ranked;
  return first && (!second || first.score >= factor * second.score) ? first.region : null;
}

/**
 * A county's or district's words for itself; a prefecture city's are `全市`, `我市`. In an
 * autonomous region `全区` is the region (`领跑全区`), so there only a county's words count.
 */
const COUNTY_OR_DISTRICT_SELF = new RegExp(`${SELF}[县区旗]`, 'g');
const CITY_AS_WHOLE = new RegExp(`${NOT_RANKED}${SELF}市(?!${alternation(SCOPE_AS_RANK)})`, 'g');

/**
 * A page that a city's portal frames (`石家庄频道`) but whose text speaks as a county or district
 * (`全区上下`, `我区`, never `全市`; or a speech for `区人民政府`) is that county's: the one place of
 * the city it names, however briefly (`魅力藁城`). A page naming several of the city's places stays
 * the city's. A county's text that names its province in passing (`贯彻山西省党代会精神`, under
 * `在县委的坚强领导下`) is likewise the one county of the province it names, or of no place a figure
 * can be filed under.
 */
function placeAtOwnLevel(region: Region | null, body: string, speaksAsCounty = false): Region | null {
  if (region?.level === 'province' && !MUNICIPALITIES.has(region.name))
    return ownLevels(body)?.includes('county') ? theCountyNamed(region, body) : region;
  // An autonomous prefecture, a league or a 地区 whose county's committee closes the plenums a text
  // carries out (`州委九届三次全会和县委十三届三次全会等精神`): the one county of it the text names.
  if (region?.level === 'prefecture' && !region.name.endsWith('市'))
    return speaksAsCounty || COUNTY_PLENUM_LAST.test(body) ? theCountyNamed(region, body) : region;
  if (!region?.name.endsWith('市') || (region.level !== 'prefecture' && !MUNICIPALITIES.has(region.name)))
    return region;
  const inAutonomousRegion = regionAncestors(region).some((a) => a.name.endsWith('自治区'));
  const asCounty = matchCount(body, inAutonomousRegion ? COUNTY_SELF : COUNTY_OR_DISTRICT_SELF);
  // (`在市委、市政府和区委坚强领导下` says it outright: a district's or county's committee leads; so
  // does a list of plenums carried out that a county's closes.)
  const answersToIt =
    governedBy(region, body) ||
    matchCount(body, LED_BY_COUNTY_COMMITTEE) > 0 ||
    COUNTY_PLENUM_LAST.test(body);
  if (!speaksAsCounty && !answersToIt && asCounty <= matchCount(body, CITY_AS_WHOLE)) return region;
  // A municipality never speaks as a district (its own report says 全市), and a text that answers
  // to the city's decisions is not the city's: a county of it the text does not name is none a
  // figure can be filed under.
  return theCountyNamed(region, body) ?? (MUNICIPALITIES.has(region.name) || answersToIt ? null : region);
}

/** The one county (or district) within `region` that a text names, if it names exactly one. */
function theCountyNamed(region: Region, body: string): Region | null {
  const named: { name: string; weight: number }[] = [];
  addMentions(named, body, 1);
  const places = tally(resolveMentions(named, [region.name])).filter(
    (r) => r.region.level === 'county' && isWithin(r.region, region),
  );
  return places.length === 1 ? places[0]!.region : null;
}

/**
 * Whether a text names the city's party committee and government as those it answers to
 * (`落实成都市委市政府决策部署`, `在成都市委、市政府的坚强领导下`): it speaks for a place below the
 * city. (A city's own report says `在市委的坚强领导下`, naming no place.)
 */
function governedBy(city: Region, body: string): boolean {
  const names = alternation([city.name.slice(0, -1), shortRegionName(city.name)]);
  return (
    new RegExp(`(?:${names})市委、?市政府的?(?:${alternation(LEADERSHIP)})`).test(body) ||
    // The city in the list of the levels above whose decisions it carries out
    // (`认真贯彻落实中央、省和贵阳市系列决策部署`).
    new RegExp(`省(?:委|政府)?[、和及](?:${names})市[^,。;]{0,8}?(?:决策部署|工作部署|部署要求)`).test(body)
  );
}

/** A county's short form that is an ordinary word (ORDINARY_WORD_STEMS): it names no place. */
const isOrdinaryStem = (m: RegionMention) => !m.full && ORDINARY_WORD_STEMS.includes(m.name);

/**
 * A place right after a province it does not lie in, the two quoted as one name (`打造“广东香格里拉”`):
 * a likeness the province is given, not the place. (Not a pair of places: `上海台州周`.)
 */
function likened(text: string, before: RegionMention | undefined, m: RegionMention): boolean {
  if (
    before?.end !== m.start ||
    !QUOTE_OPEN.test(text[before.start - 1] ?? '') ||
    !QUOTE_CLOSE.test(text[m.end] ?? '')
  )
    return false;
  const province = resolveRegion(before.name);
  const place = resolveRegion(m.name);
  return province?.level === 'province' && place !== undefined && !isWithin(place, province);
}

/** The region names in `text`, each weighing `weight` (a short form four fifths of it). */
function addMentions(
  mentions: { name: string; weight: number }[],
  text: string | null,
  weight: number,
): void {
  if (!text) return;
  const found = findRegionMentions(text);
  for (const [k, m] of found.entries()) {
    // (`打造文明富裕平安的某县`: a stem that is an ordinary word names no place, in a title either.)
    if (isOrdinaryStem(m)) continue;
    if (likened(text, found[k - 1], m)) continue;
    mentions.push({ name: m.name, weight: m.full ? weight : weight * 0.8 });
  }
}

/**
 * Places a government's speech names: not the country (`全国先进`, `中国式现代化`), and a
 * county's short form only standing alone (`解放思想` is no 解放区) or where the speech names the
 * county in full too (`是德令哈经济社会发展…的一年` beside `德令哈市`).
 */
function speechMentions(text: string, speechStart = 0): { name: string; weight: number }[] {
  const found = findRegionMentions(withoutCredits(text));
  const context = found.filter((m) => m.full).map((m) => m.name);
  const namedInFull = new Set(context);
  const listEnds = endsOfDescent(text, found, (name) => resolveRegion(name, context));
  const parts = partsInPlace(text, found, context);
  const mentions: { name: string; weight: number }[] = [];
  for (const [i, m] of found.entries()) {
    const region = resolveRegion(m.name, context);
    if (!region || region.level === 'national' || namedBesideOrAbove(text, m)) continue;
    if (parts.above.has(i)) continue;
    if (
      m.full ||
      region.level !== 'county' ||
      namedInFull.has(region.name) ||
      parts.below.has(i) ||
      placeLike(text, m, region)
    )
      mentions.push({
        name: m.name,
        weight:
          ((m.full ? 1 : 0.8) +
            (listEnds.has(i) ? LIST_END_WEIGHT : 0) +
            (m.full && headsItsLine(text, m) ? HEADING_NAME_WEIGHT : 0)) *
          (m.start < speechStart ? BEFORE_SPEECH_WEIGHT : 1),
      });
  }
  return mentions;
}

/**
 * The mentions that name a larger thing of a place and, in the same phrase, its part lying in a
 * place below (`温州绕城高速公路西南线瑞安段`, `温州职业技术学院瑞安学院`): the upper place's is the
 * thing's name, the lower place's says where the text's work is.
 */
function partsInPlace(
  text: string,
  found: readonly RegionMention[],
  context: string[],
): { above: Set<number>; below: Set<number> } {
  const above = new Set<number>();
  const below = new Set<number>();
  for (let i = 0; i + 1 < found.length; i++) {
    const upper = found[i]!;
    const lower = found[i + 1]!;
    if (lower.start - upper.end > PART_IN_PLACE_REACH || /[,。;、:]/.test(text.slice(upper.end, lower.start)))
      continue;
    if (!PART_IN_PLACE_AFTER.test(text.slice(lower.end, lower.end + 2))) continue;
    const up = resolveRegion(upper.name, context);
    const low = resolveRegion(lower.name, context);
    if (!up || !low || !isWithin(low, up)) continue;
    above.add(i);
    below.add(i + 1);
  }
  return { above, below };
}
/** How far the part's place may stand after the thing's (`温州绕城高速公路西南线瑞安段`). */
const PART_IN_PLACE_REACH = 12;
const PART_IN_PLACE_AFTER = new RegExp(`^(?:${alternation(PART_IN_PLACE_WORDS)})`);

/**
 * Whether a place's full name stands alone on its line (`【延庆区】`, `延庆区`): a heading over what
 * follows, as a round-up of several places sets out each one's part.
 */
function headsItsLine(text: string, m: RegionMention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lineEnd = text.indexOf('\n', m.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return HEADING_BRACKETS.test(line.replace(m.name, ''));
}
const HEADING_BRACKETS = /^\s*[【[((]?\s*[】\]))]?\s*$/;
/** What a place's name heading its own line weighs beyond a mention: a title's. */
const HEADING_NAME_WEIGHT = 2;

/**
 * What a name before the speech opens (`我代表市人民政府`) weighs against one in it: a page's menus
 * and banners (`某地小鱼网`) name places too; the speaker names their own.
 */
const BEFORE_SPEECH_WEIGHT = 0.5;

/** What the end of a list down the levels weighs beyond a mention. */
const LIST_END_WEIGHT = 2;

/**
 * The mentions (by index) that end a list going down the levels, each named right after the
 * region that holds it (`按照省、赣州市、瑞金市党代会部署`): a government lists the levels above it
 * down to its own.
 */
function endsOfDescent(
  text: string,
  mentions: RegionMention[],
  regionOf: (name: string) => Region | undefined,
): Set<number> {
  const ends = new Set<number>();
  for (let i = 1; i < mentions.length; i++) {
    const [parent, child, next] = [mentions[i - 1]!, mentions[i]!, mentions[i + 1]];
    if (text.slice(parent.end, child.start) !== '、') continue;
    if (next && text.slice(child.end, next.start) === '、') continue;
    const [outer, inner] = [regionOf(parent.name), regionOf(child.name)];
    if (outer && inner && inner.parent_name === outer.name) ends.add(i);
  }
  return ends;
}

/**
 * Ranked regions at the levels a report speaks at, if any are. Below a level the speaker states,
 * a place stands for the region that holds it: an autonomous region's report that names only its
 * capital is the region's.
 */
function atLevels(
  ranked: { region: Region; score: number }[],
  levels: RegionLevel[] | undefined,
  statedLevels: RegionLevel[] | undefined,
): { region: Region; score: number }[] {
  if (!levels) return ranked;
  const fitting = ranked.filter((r) => levels.includes(r.region.level));
  if (fitting.length > 0) return fitting;
  if (statedLevels) return tally(votesAtLevel(ranked, statedLevels));
  // A speech that speaks as a county names the province or city above it in passing (`落实总书记对
  // 重庆提出的…要求`): a place above every level it leans to is not its own.
  return ranked.filter((r) => levels.some((l) => !isAbove(r.region.level, l)));
}

/** Whether level `a` is above `b` (REGION_LEVELS lists them from the country down). */
const isAbove = (a: RegionLevel, b: RegionLevel) => REGION_LEVELS.indexOf(a) < REGION_LEVELS.indexOf(b);

/**
 * Whether the place found is one whose party committee's plenum the speech carries out beside its
 * own committee's, which it leaves unnamed (`落实郑州市委十二届七次全会、市委六届八次全会精神`): the
 * speaker's place lies under it and is not it.
 */
function namedAsAbove(found: Region | null, opening: string): boolean {
  if (!found) return false;
  for (const m of findRegionMentions(opening)) {
    const plenum = NAMED_PLENUM.exec(opening.slice(m.end, m.end + 12));
    if (!plenum || resolveRegion(m.name, [found.name])?.code !== found.code) continue;
    const stop = opening.indexOf('。', m.end);
    const rest = opening.slice(m.end + plenum[0].length, stop < 0 ? undefined : stop);
    if (OWN_PLENUM.test(rest)) return true;
  }
  return false;
}
/** A committee's plenum after its place's name (`市委十二届七次全会`, `委六届八次全会`). */
const NAMED_PLENUM = new RegExp(`^[省市州]?${PLENUM}`);
/** The speaker's own committee's plenum, named by its level alone (`、市委六届八次全会`). */
const OWN_PLENUM = new RegExp(`(?:[,;、]|和|及|按照)[市县区旗]${PLENUM}`);

/** The government a title names its report by: `北京市顺义区人民政府工作报告`. */
const TITLED_GOVERNMENT = /([\u4e00-\u9fa5]{2,20}?)(?:人民)?政府工作报告/;

/**
 * Whether a 市's speech (its mayor's, `我代表市人民政府`, `在市委的坚强领导下`) was found to be a
 * province's that is no municipality (上海市 is one): the province named most (`打造安徽的“杭嘉湖”`)
 * is only where the city lies, which the text leaves unnamed.
 */
function onlyWhereTheCityLies(
  found: Region | null,
  speakerTitle: string | null,
  government: string | undefined,
  opening: string,
): boolean {
  if (found?.level !== 'province' || found.name.endsWith('市')) return false;
  return (
    (speakerTitle ? bareTitle(speakerTitle) : null) === '市长' ||
    government?.trim() === '市' ||
    LED_BY_CITY_COMMITTEE.test(opening)
  );
}

/**
 * Whether a speech's government names a county or district that is not the place found
 * (`我代表下城区人民政府`, a district since merged away, under `杭州市…`): the figures are that
 * county's, none of its city's.
 */
function forUnknownCounty(government: string | undefined, found: Region | null): boolean {
  return (
    found !== null &&
    found.level !== 'county' &&
    government !== undefined &&
    levelsNamed(government) === undefined &&
    /[\u4e00-\u9fa5](?<!自治)[区县旗]$/.test(government) &&
    resolveRegion(government, [found.name]) === undefined
  );
}

/** The levels a government named by its level alone is of (`区` for `我代表区人民政府`). */
function levelsNamed(government: string): RegionLevel[] | undefined {
  return Object.hasOwn(GOVERNMENT_LEVELS, government) ? GOVERNMENT_LEVELS[government] : undefined;
}

/**
 * The place a text names itself by (its government `我代表鼓楼区人民政府`, its session, its title)
 * when that name is one several places share and nothing in the text tells them apart: that
 * place, unplaced (no code; the parents its namesakes share), rather than no place for its figures.
 */
function unplacedOwnPlace(
  selfNaming: readonly (string | null | undefined)[],
  opening: string,
): Region | null {
  const names = new Set(
    selfNaming
      .flatMap((text) => (text ? findRegionMentions(text) : []))
      .flatMap((m) => (m.full ? [m.name] : [])),
  );
  const around = [...names, ...speechMentions(opening).map((m) => m.name)];
  const unplaced = [...names].flatMap((name) => unplacedRegion(name, around) ?? []);
  return unplaced.length === 1 ? unplaced[0]! : null;
}

/**
 * News that names no place but the country's statistic (`国内生产总值`, a province's is 地区生产总值)
 * beside the country's words for itself (`全国`, `我国`), or beside no smaller place's, is about the
 * country.
 */
function countryByItsStatistic(body: string): Region | null {
  if (!body.includes(COUNTRY_STATISTIC)) return null;
  // (Or by no words of a smaller place's own: `数说政府工作报告…国内生产总值增长5.5%左右`.)
  return COUNTRY_SCOPE.some((w) => body.includes(w)) || !LOCAL_SCOPE.test(body) ? NATIONAL : null;
}

/**
 * News of a place's part in the national report (`解锁政府工作报告里的辽宁亮点`) whose figures are
 * the place's own (`全省接待游客…`, `地区生产总值`): the place its title names, speaking of itself at
 * its level.
 */
function placeOfOwnNews(title: string, tag: string | null, body: string): Region | null {
  // (A delegation's news that quotes the country's own statistic, 国内生产总值, relays its figures.)
  if (body.includes(COUNTRY_STATISTIC)) return null;
  const place = newsRegion(title, tag, '');
  if (!place || place.level === 'national') return null;
  const level = place.name.at(-1)!;
  return ['全', '我', '本'].some((own) => body.includes(own + level)) ? place : null;
}

/** A smaller place speaking of itself (`全省`, `我市`, `本县`, `该区`). */
const LOCAL_SCOPE = /[全我本该][省市县区州盟旗]/;

/** Source tags that name a place the portal invests in (`投资衢州`), not a channel (`台州招商`). */
const PLACE_TAG = /^投资/;

/**
 * What may follow a province's or prefecture's short name for it to read as a place and not
 * the start of another word (`阿里` in 阿里巴巴): punctuation or the end, or a word that goes
 * with places (`台州:`, `宁波保税区`, `助力阿克苏发展`, `赴台州考察`, `对新疆工作的重要讲话`,
 * `中国式现代化新疆实践`).
 */
const PLACE_NEXT =
  /^(?:$|[^\u4e00-\u9fa5]|工作|实践|保税|开发|高新|新区|园区|港|经济|发展|招商|投资|人民|全市|全区|全县|全省|日报|新闻|籍|境内|地区|本地|当地|企业|项目|市场|举行|召开|开工|签约|发布|启动|考察|调研|举办|开展|签署)/;
const COUNTY_ALONE = /^(?:[:·•\s]|$)/;
/** A place's own outlet's dateline right after its name (`福鼎新闻网讯`). */
const OWN_OUTLET_DATELINE = new RegExp(`(?:${alternation(DATELINE_OUTLETS)})[^\\s,。讯]{0,4}讯`, 'y');
function outletDatelineAt(text: string, at: number): boolean {
  OWN_OUTLET_DATELINE.lastIndex = at;
  return OWN_OUTLET_DATELINE.test(text);
}
/** A year right before a place's stem (`2017年延吉`, `2017年度延吉`, `2020年,乐清全年实现…`). */
const A_YEAR_BEFORE = /(?:19|20)\d{2}年度?[,,]?$/;
/** The open and the close of a quoted name or slogan (`“更好的奎文”`). */
const QUOTE_OPEN = /[“"「]/;
const QUOTE_CLOSE = /^[”"」]/;
/**
 * A short slogan in quotes, up to its close (`“三个`, `“绿色`), or the last of several in one pair
 * of quotes, opened by a verb of building (`“…建设现代化中等城市、打造幸福`).
 */
const SLOGAN_OPEN = /(?:[“"「、]|打造|建设|建成)[\u4e00-\u9fa5]{1,4}$/;

/**
 * A stem that closes a short slogan (`“三个大冶”`, `“平安某县”`): the place the slogan is for; not an
 * ordinary word that is also a county's stem (`“东北振兴”`).
 */
function closesSlogan(text: string, m: RegionMention): boolean {
  return (
    QUOTE_CLOSE.test(text.slice(m.end, m.end + 1)) &&
    SLOGAN_OPEN.test(text.slice(Math.max(0, m.start - 6), m.start)) &&
    !isOrdinaryStem(m)
  );
}
/**
 * A short form reads as a place, not a word: what a year is told of, at any level; a province's or
 * prefecture's before a place-like neighbour; a county's (stems such as 合作, 资源, 振兴 are ordinary
 * words) only standing alone.
 */
function placeLike(text: string, m: RegionMention, region: Region | undefined): boolean {
  if (!region || region.level === 'national') return false;
  // `2017年度延吉发展记忆`, `2010年,大兴安岭认真贯彻…`.
  if (A_YEAR_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) return true;
  if (region.level === 'county') {
    // A county's stem reads as a place only standing alone (`庆元:香菇产业…`, `·庆元`), or as what a
    // slogan's 的 makes better (`“更好的奎文”`; `东北振兴”` is no place).
    const before = text[m.start - 1] ?? '';
    const after = text.slice(m.end, m.end + 1);
    return (
      (COUNTY_ALONE.test(after) && !HAN.test(before)) ||
      outletDatelineAt(text, m.end) ||
      (before === '的' && QUOTE_CLOSE.test(after)) ||
      closesSlogan(text, m)
    );
  }
  return PLACE_NEXT.test(text.slice(m.end, m.end + 2));
}

/** The text with its source credits (`来源:江苏广电总台`) blanked, one space a character. */
function withoutCredits(text: string): string {
  return text.includes('源') || text.includes('出处')
    ? text.replace(SOURCE_CREDIT, (credit) => ' '.repeat(credit.length))
    : text;
}

/** A place the text sets its own beside (`与保山市并列`, `与某市相比`): a peer, not the text's place. */
function isPeer(text: string, m: RegionMention): boolean {
  return '与同和'.includes(text[m.start - 1] ?? '') && PEER_AFTER.test(text.slice(m.end, m.end + 8));
}
const PEER_AFTER = new RegExp(`^[^,。;]{0,4}?(?:${alternation(PEER_COMPARISONS)})`);

/** Whether a place is named as the one the text's place ranks within or is judged by (RANKED_WITHIN). */
function isRankedWithin(text: string, m: RegionMention): boolean {
  return (
    RANKED_WITHIN_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)) &&
    RANKED_WITHIN_AFTER.test(text.slice(m.end, m.end + 3))
  );
}
const RANKED_WITHIN_BEFORE = new RegExp(`(?:${alternation(RANKED_WITHIN.before)})$`);
const RANKED_WITHIN_AFTER = new RegExp(`^(?:${alternation(RANKED_WITHIN.after)})`);

/** A place named beside the text's own (a peer) or above it (where it ranks): not the text's place. */
const namedBesideOrAbove = (text: string, m: RegionMention) => isPeer(text, m) || isRankedWithin(text, m);

/**
 * The region a news article is about: mentions in the title count most, then the body; a
 * channel tag (`【浙江招商】`) only breaks near-ties. Short forms are often parts of ordinary
 * words (`合作`, `资源`, `振兴` are also counties), so a short form counts only for a region the
 * article names in full or in its tag, or where it reads as a place (`台州:…`).
 * No region when none dominates (an article on 长三角 naming 上海、江苏、浙江、安徽 once each).
 */
function newsRegion(title: string, tag: string | null, body: string): Region | null {
  const titleMentions = findRegionMentions(title);
  const tagMentions = tag ? findRegionMentions(tag) : [];
  const bodyMentions = findRegionMentions(withoutCredits(body));
  const places = new ArticlePlaces([
    ...new Set([...titleMentions, ...tagMentions, ...bodyMentions].filter((m) => m.full).map((m) => m.name)),
    ...new Set(tagMentions.map((m) => m.name)),
  ]);
  // Short forms that read as places name the article's places too (`上海·台州周`).
  places.namePlaces(title, titleMentions);
  places.namePlaces(body, bodyMentions);
  const votes: Vote[] = [];
  places.vote(title, titleMentions, 3, 3, votes);
  places.vote(body, bodyMentions, 1, 0.6, votes, LEAD_REACH);
  // A news lead names what the article is about, in full or by a short form that reads as a place
  // (`2018年,泰兴市经济社会事业取得新的成绩`, `2010年,大兴安岭认真贯彻…`).
  for (const m of bodyMentions) {
    if (m.end > LEAD_REACH) continue;
    const region = places.regionOf(m.name);
    if (region && region.level !== 'national' && (m.full || placeLike(body, m, region)))
      votes.push({ region, weight: 1 });
  }
  for (const i of endsOfDescent(body, bodyMentions, (name) => places.regionOf(name))) {
    const region = places.regionOf(bodyMentions[i]!.name);
    if (region) votes.push({ region, weight: LIST_END_WEIGHT });
  }
  const tagWeight = tag && PLACE_TAG.test(tag) ? 2 : 0.5;
  for (const m of tagMentions) {
    const region = places.regionOf(m.name);
    if (region && region.level !== 'national') votes.push({ region, weight: tagWeight });
  }
  const ranked = tally(votes);
  // The country counts only where the title names it alone (`中华人民共和国…统计公报`): the
  // body of any article says `全国`, `中国` in passing.
  if (ranked.length === 0)
    return titleMentions.some((m) => places.regionOf(m.name)?.level === 'national') ? NATIONAL : null;
  // Of a place and the region it lies in, named as often (`(安徽省)某州市…`), the place.
  const best = mostSpecific(ranked, 1);
  // The province or city a place lies in does not contest it: news of a county names its
  // province in passing (`获评广西…示范县`).
  const second = ranked.find((r) => r !== best && !isWithin(best.region, r.region));
  const dominant = !second || best.score >= 1.5 * second.score;
  if (!dominant || best.score < 2) return null;
  return best.region;
}

/** How far into a news body its lead runs. */
const LEAD_REACH = 120;

const keyOf = (r: Region | undefined) => r?.code ?? r?.name ?? '';

/**
 * The places of one news article: each name resolved once against the names the article gives in
 * full or in its tag, and the regions it is taken to name. (A class rather than closures made on
 * each call: the engine optimises its methods once, where it compiled each call's closures anew.)
 */
class ArticlePlaces {
  private readonly resolved = new Map<string, Region | undefined>();
  /** Keys of the regions the article names: in full, in its tag, or by a short form read as a place. */
  private readonly named: Set<string>;

  constructor(private readonly context: string[]) {
    this.named = new Set(context.map((name) => keyOf(this.regionOf(name))));
  }

  regionOf(name: string): Region | undefined {
    if (!this.resolved.has(name)) this.resolved.set(name, resolveRegion(name, this.context));
    return this.resolved.get(name);
  }

  /** Short forms in `text` that read as places name their regions too. */
  namePlaces(text: string, mentions: RegionMention[]): void {
    for (const m of mentions)
      if (!m.full && placeLike(text, m, this.regionOf(m.name))) this.named.add(keyOf(this.regionOf(m.name)));
  }

  /**
   * A vote for the region of each trusted mention: a full name, a named region's, or a place-like
   * short form; a short form within `leadReach` of the start weighs as a full name.
   */
  vote(
    text: string,
    mentions: RegionMention[],
    full: number,
    short: number,
    votes: Vote[],
    leadReach = 0,
  ): void {
    for (const [k, m] of mentions.entries()) {
      const region = this.regionOf(m.name);
      if (
        !region ||
        region.level === 'national' ||
        likened(text, mentions[k - 1], m) ||
        !this.trusted(text, m, region) ||
        namedBesideOrAbove(text, m)
      )
        continue;
      votes.push({ region, weight: m.full || m.end <= leadReach ? full : short });
    }
  }

  private trusted(text: string, m: RegionMention, region: Region): boolean {
    return m.full || this.named.has(keyOf(region)) || placeLike(text, m, region);
  }
}
