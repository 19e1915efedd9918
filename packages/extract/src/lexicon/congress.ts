/**
 * How people's congresses are numbered, for dating a report by its session
 * (`十届全国人大四次会议` is 2006). Terms last five years, one session a year, and since 1993 the
 * national and province-level congresses are elected together; each province numbers its own
 * (Tibet's congress of 2013 was its 10th, Hainan's its 5th). Prefecture and county congresses
 * are elected in other years, so their sessions date nothing here.
 */

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
