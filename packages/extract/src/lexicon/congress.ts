/**
 * How people's congresses are numbered, for dating a report by its session
 * (`十届全国人大四次会议` is 2006). Terms last five years, one session a year, and since 1993 the
 * national and province-level congresses are elected together; each province numbers its own
 * (Tibet's congress of 2013 was its 10th, Hainan's its 5th). Prefecture and county congresses
 * are elected in other years, so their sessions date nothing here.
 */

import { COUNTING_NUMERAL } from './numerals.js';
import { alternation } from './pattern.js';

const NUMERAL = `${COUNTING_NUMERAL}+`;

/** A people's congress by its term: `第十六届人民代表大会`, `十届全国人大`. */
const CONGRESS_TERM = `(?:第?${NUMERAL}届(?:全国)?人民代表大会|${NUMERAL}届(?:全国)?人大)`;
/** A congress's session by its term and number: `第十六届人民代表大会第四次会议`, `十届人大三次会议`. */
export const SESSION_NAME = `${CONGRESS_TERM}(?:常务委员会)?第?${NUMERAL}次(?:全体)?会议`;
/** Words of a meeting held somewhere (`在拉萨召开的…会议`). */
const VENUE_WORDS = ['召开', '举行', '开幕', '闭幕'];
/**
 * Where a session meets, named before it (`在拉萨召开的西藏自治区第十一届人民代表大会…`): the venue is
 * no part of the congress's name, whose place follows it.
 */
export const VENUE_BEFORE_SESSION = `(?:[^\\s在,。:;!、()]{0,12}?(?:${alternation(VENUE_WORDS)})的)?`;
/**
 * A congress's plenary session convened (`普宁市第十六届人民代表大会第四次会议召开`, `…第三次会议在兰州
 * 开幕`): where the year's work report is heard. (Not its standing committee's meetings.)
 */
export const SESSION_CONVENED = `${CONGRESS_TERM}第?${NUMERAL}次(?:全体)?会议(?:在[^,。;]{1,10}?)?(?:隆重)?(?:召开|开幕|举行)`;
/** The same with the congress named first, as some news writes it (`通辽市人大五届三次会议`). */
export const SESSION_NAME_CONGRESS_FIRST = `(?:人民代表大会|人大)${NUMERAL}届第?${NUMERAL}次(?:全体)?会议`;

/**
 * A term and its session named apart around the verb, as news writes it (`第十三届全国人大今(5)日召开
 * 第四次会议`): the term in group 1, the session in group 2. (Not a standing committee's meeting,
 * `十二届人大常委会第十次会议举行第一次全体会议`.)
 */
export const SESSION_NAME_SPLIT = `(第?${NUMERAL}届(?:全国)?(?:人民代表大会|人大))(?:(?!次会议|常委会|常务委员会)[^。,;]){0,12}?(?:召开|举行)了?(第?${NUMERAL}次会议)`;

/** The National People's Congress elected in 2013 was the 12th. */
export const NATIONAL_TERM_IN_2013 = 12;

/** The term of each province-level congress elected in 2013, by the province's full name. */
export const CONGRESS_TERM_IN_2013: Readonly<Record<string, number>> = {
  北京市: 14,
  天津市: 16,
  上海市: 14,
  重庆市: 4,
  河北省: 12,
  山西省: 12,
  内蒙古自治区: 12,
  辽宁省: 12,
  吉林省: 12,
  黑龙江省: 12,
  江苏省: 12,
  浙江省: 12,
  安徽省: 12,
  福建省: 12,
  江西省: 12,
  山东省: 12,
  河南省: 12,
  湖北省: 12,
  湖南省: 12,
  广东省: 12,
  广西壮族自治区: 12,
  海南省: 5,
  四川省: 12,
  贵州省: 12,
  云南省: 12,
  西藏自治区: 10,
  陕西省: 12,
  甘肃省: 12,
  青海省: 12,
  宁夏回族自治区: 11,
  新疆维吾尔自治区: 12,
};

/**
 * The year each plenary session of the Party's Central Committee met, by the committee's term
 * (`十九届四中全会` met in 2019). A report cites the latest it has seen, so an undated reprint
 * (`20XX年工作回顾`) is dated by it: the report is given in the year after.
 */
export const PLENUM_YEARS: Readonly<Record<number, readonly number[]>> = {
  15: [1997, 1998, 1998, 1999, 2000, 2001, 2002],
  16: [2002, 2003, 2003, 2004, 2005, 2006, 2007],
  17: [2007, 2008, 2008, 2009, 2010, 2011, 2012],
  18: [2012, 2013, 2013, 2014, 2015, 2016, 2017],
  19: [2017, 2018, 2018, 2019, 2020, 2021, 2022],
  20: [2022, 2023, 2024, 2025],
};

/** The Party's congress of 1997 was its 15th; one meets every five years (`党的二十大`, 2022). */
export const PARTY_CONGRESS_IN_1997 = 15;

/**
 * The premiers who have given the State Council's report since 1998: news that has one speak of
 * the report (`李克强说,2014年…主要预期目标是`) relays the national report.
 */
export const PREMIERS = ['朱镕基', '温家宝', '李克强', '李强'];
