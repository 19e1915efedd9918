/**
 * Reports for the tests that add to a store or a lake, in our own words.
 */
/** A 2019 report of a seed county (庆元县, 浙江): 2018 results in the review, 2019 targets. */
export const REPORT_2019 = [
  '2019年庆元县人民政府工作报告',
  '各位代表:现在,我代表县人民政府向大会报告工作。',
  '一、2018年工作回顾',
  '过去一年,全县地区生产总值增长7.3%,一般公共预算收入增长6.2%,城镇登记失业率2.9%。',
  '二、2019年主要目标',
  '今年的主要预期目标是:地区生产总值增长7%左右,一般公共预算收入增长7%。',
].join('\n');
/** The same report corrected: a later version that supersedes it. */
export const CORRECTED_2019 = REPORT_2019.replace('地区生产总值增长7.3%', '地区生产总值增长6.8%');
