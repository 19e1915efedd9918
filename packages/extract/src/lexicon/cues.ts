/**
 * The words that say whether a figure is a result (what a year achieved) or a target (what a year
 * aims at), and which year it is about. Each cue has a weight: the attribution (attribution.ts)
 * adds them up with the section the figure stands in, as the spam detector adds up its evidence.
 */

import { alternation } from './pattern.js';

export type CueKind = 'actual' | 'target';

export interface Cue {
  words: readonly string[];
  kind: CueKind;
  weight: number;
}

/**
 * Words that raise a goal just set to a higher one (`增长10%,力争11.5%`, `确保8%、争取9%`): the stretch
 * is no second target of the statistic, whose target is the first figure.
 */
export const STRETCH_WORDS = [
  '力争',
  '争取',
  '力求',
  '努力实现',
  '力争达到',
  '力争达',
  '争取达到',
  '力争实现',
  // A threshold to cross beyond the goal (`达到5.68亿元,…力争突破6亿元`).
  '力争突破',
  '争取突破',
];

/**
 * The goals a list of figures is closed as, after 等 (`确定了财政收入增长10%、投资增长20%等目标`,
 * `…等一揽子目标计划`): each item is a goal, as a goal word opening the list would make it.
 */
export const GOALS_CLOSING_A_LIST = ['目标', '预期目标', '目标计划', '预期性指标'];

/** Words that compare with what follows them (`好于预期`, `低于上年实际涨幅`). */
export const COMPARED_WITH = ['好于', '高于', '低于', '快于', '慢于'];

/**
 * Words that measure a result against a goal (`控制在预期4.2%以内`, `低于预期`, `实现预期目标`): a
 * goal word after them is what a result is compared with, no cue that a figure is a goal.
 */
export const MEASURED_AGAINST = ['控制在', ...COMPARED_WITH, '超过', '超出', '实现', '完成', '达到'];
/** What may stand between such a word and the goal (`完成各项目标任务`, `实现年初目标`, `完成全年目标`). */
export const MEASURED_GOAL_SCOPES = ['年初', '各项', '全年', '年度'];
/**
 * Words that open a comparison with a goal named after them (`比预期目标高32.7%`), as against the same
 * character inside a word before a verb (`存贷比保持`).
 */
export const COMPARED_WITH_A_GOAL = ['比', '较'];
/** The names of a goal, such as a comparison is made with (`比预期目标高`). */
export const GOAL_NAMES = ['预期', '目标', '计划'];
/**
 * A plan's two tiers of one goal (`进出口总额:底线目标21亿美元…;奋斗目标23亿美元`): the floor, the
 * stretch.
 */
export const GOAL_TIERS = ['底线目标', '保底目标', '奋斗目标', '冲刺目标'];

/**
 * Words of what a year's work was built around (`聚焦跨越赶超目标任务`, `紧扣全面小康目标`, `围绕上述目标`):
 * the goal they name frames the work, not the figures that follow (`…收获了一份成绩单:地区生产总值完成…`).
 */
export const GOALS_WORKED_TOWARDS = ['围绕', '聚焦', '紧扣', '锚定', '对标', '瞄准'];

/**
 * Words that hold a cue's or a time word's characters without its sense (`主要经济指标` holds 要,
 * `即将` 将, `上年水平` 上年): read as words of their own, they hide the cue inside them.
 */
export const NOT_CUES = [
  '主要',
  '重要',
  '需要',
  '只要',
  '必要',
  '要求',
  '要素',
  '纲要',
  '摘要',
  '要点',
  '将近',
  '模拟',
  // A project's announced size, no goal (`项目计划总投资50亿元`).
  '计划总投资',
  '计划投资',
  // A city with its own line in the state plan (`居计划单列市第2位`), and the plan's office.
  '计划单列',
  '计划生育',
  // What the year's work was built around (`紧紧围绕“幸福某某”建设目标`), no figure's goal.
  '建设目标',
  // A level held (`粮食种植面积稳定在650万亩以上`), not a goal set at it (`定在`).
  '稳定在',
  // A level kept at last year's (`财政收入保持上年水平;…增长9.5%左右`): a comparison, no year's frame.
  '上年水平',
  '上年水准',
  // Goals a past session set, met or measured against (`完成了市人大一次会议确定的目标任务`).
  '会议确定的',
  // Support secured from above (`争取国家扩大内需项目109个`, `争取到上级资金5亿元`): what a review
  // reports was won, not a goal striven for.
  '争取到',
  '争取国家',
  '争取中央',
  '争取上级',
  '争取省',
  '争取资金',
  '争取项目',
  '争取政策',
];

/** A goal named as one (`目标任务是`, `预期增长`). */
export const NAMED_GOALS = [
  '预期目标',
  '主要目标',
  '奋斗目标',
  '目标任务',
  '目标是',
  '目标为',
  '预期性指标',
  '预期增长',
];

/**
 * Words that say what a report proposes (`政府工作报告提出,…`, `建议今年…的主要预期目标是`): its goals
 * follow.
 */
export const PROPOSING = ['提出', '建议'];

/**
 * Words that say what a goal named before them is (`确定了今年的具体目标,即实现产值6亿元、…`): its
 * items follow.
 */
export const NAMELY = ['即', '也就是', '就是'];

/**
 * Words that set a goal at its figure (`GDP增速确定为8%`, `增长目标设定为5%左右`, `目标定在6.5%以上`,
 * `经济增长目标设为6%以上`).
 */
export const GOAL_SETTING = [
  '确定为',
  '设定为',
  '设定在',
  '设为',
  '拟定为',
  '定为',
  '定在',
  // A congress setting the year's figures (`本次会议确定2008年全市实现地区生产总值970亿元`, `会议还确定了`).
  '会议确定',
  '会议还确定',
];

/**
 * An estimate (`预计全年`): a result for a year already over when spoken, but for the year a report
 * plans (`2024年,…预计全省地区生产总值增长5.5%左右`) a forecast, which is a goal.
 */
export const ESTIMATES: readonly string[] = ['预计全年', '预计', '初步预计'];

/**
 * Verbs that pass on what a speaker or a report said (`报告指出,`, `某某在报告中回顾去年工作时指出,`),
 * or what a reporter learned (`据了解,`, `据悉,`), before the words they introduce.
 */
export const SAYING_VERBS: readonly string[] = [
  '指出',
  '指',
  '表示',
  '介绍',
  '提到',
  '强调',
  '说',
  '称',
  '了解',
  '悉',
];

/**
 * Who said it, before what they said (`报告指出,`, `某某在报告中回顾去年工作时指出,`, a news item's
 * whole byline `本报讯 某市长在市十三届人大五次会议上作《政府工作报告》时说,`): a pattern.
 */
export const PASSED_ON = `[^。;!?\\n,]{0,40}(?:${alternation(SAYING_VERBS)})[,:]`;

/** Words before a figure, in its clause or earlier in its sentence. */
export const KIND_CUES: readonly Cue[] = [
  // A goal named as one.
  {
    // (`预期增长5%`, a headline's goal: a growth expected is set, not reported.)
    words: NAMED_GOALS,
    kind: 'target',
    weight: 3,
  },
  {
    words: ['力争', '确保', '争取', '预期', '计划', '拟', '目标', ...GOAL_SETTING],
    kind: 'target',
    weight: 2,
  },
  // What a budget sets for the year (`一般公共预算收入安排5504亿元,比上年增长9.5%`): its goal, though
  // measured against last year as results are.
  { words: ['收入安排', '支出安排', '预算安排'], kind: 'target', weight: 3 },
  // What a report proposes (`他在政府工作报告中还提出,城镇新增就业不低于900万人`).
  { words: PROPOSING, kind: 'target', weight: 2 },
  { words: ['努力', '要', '将', '保持'], kind: 'target', weight: 0.5 },
  // Striving to reach a figure (`努力实现规模以上工业增加值增长9%-9.5%`) aims at it as 力争 does; a
  // review's effort says what it reached (`经过努力,实现了…`, `共同努力实现了…`).
  { words: ['努力实现'], kind: 'target', weight: 2 },
  // Last year's goals met: `完成了县人大确定的目标任务` reports a result.
  {
    words: [
      '确定的目标任务',
      '确定的各项目标任务',
      '确定的主要目标任务',
      '确定的各项任务',
      '确定的主要任务',
      '目标任务的完成',
    ],
    kind: 'actual',
    weight: 2,
  },
  // A year's outcome as measured: comparisons with the year before, statistics, estimates.
  {
    // (`同比` is not one: it names the basis of a change, which goals use as much as results do —
    // `力争…限上社零额同比增长15%以上`.)
    words: ['比上年', '较上年', '比去年', '较去年', '与上年', '比上年同期'],
    kind: 'actual',
    weight: 2,
  },
  {
    words: ['据统计', '初步统计', '初步核算', '初步测算', '据测算', '统计测算', '据介绍', ...ESTIMATES],
    kind: 'actual',
    weight: 2,
  },
  {
    words: [
      '完成了',
      '实现了',
      '努力实现了',
      '达到了',
      '增长了',
      '下降了',
      '提高了',
      '累计完成',
      '全年完成',
      '全年实现',
    ],
    kind: 'actual',
    weight: 1.5,
  },
];

/** Qualifiers typical of a goal (`7%左右`, `3%以内`, `6%-6.5%`): weak evidence on their own. */
export const QUALIFIER_WEIGHT: Readonly<Record<string, number>> = {
  about: 0.5,
  at_least: 0.5,
  at_most: 0.5,
  range: 1,
};

/**
 * Time words, relative to the year a report sets targets for (Y): `今年` is Y, `去年` is Y−1. A
 * time word also leans the kind: this year's figures in a report are goals, last year's results.
 */
export interface TimeWord {
  words: readonly string[];
  offset: number;
  kind: CueKind;
  weight: number;
  /**
   * Counted from the day of speaking, not from the year planned (`今年`, `明年`): a report given in
   * December for the year after means one year earlier by them.
   */
  calendar?: boolean;
  /** A span of years gone by (`五年来`): what it frames may be a sum over them. */
  span?: boolean;
}

export const TIME_WORDS: readonly TimeWord[] = [
  // `今年以来` looks back over the year so far: a result (reports delivered late in the year).
  { words: ['今年以来', '年初以来'], offset: 0, kind: 'actual', weight: 2, calendar: true },
  // A report given early in the year speaks of this year's goals (`今年…增长7%`); a result of
  // this year needs more (`预计`, a late-year report's `今年以来`).
  // (`年内`, within the year, is the year the passage speaks of: the one reviewed in a review.)
  { words: ['今年', '本年度'], offset: 0, kind: 'target', weight: 3, calendar: true },
  { words: ['新的一年'], offset: 0, kind: 'target', weight: 3 },
  { words: ['明年'], offset: 1, kind: 'target', weight: 2, calendar: true },
  // The goals of a congress's five-year term, reached in its last year; what the term brings in,
  // or grows by, is summed over it (`未来五年…城镇新增就业5万人`, `…收入增长60%`).
  { words: ['今后五年', '未来五年'], offset: 4, kind: 'target', weight: 3, span: true },
  // As decisive as a past year stated: a figure of last year in a targets passage is its result.
  { words: ['去年'], offset: -1, kind: 'actual', weight: 4, calendar: true },
  // The end of a span of years gone by (`在过去五年中,…从2016年的2618.9亿元增至3500亿元`): the year
  // reviewed, as decisive.
  {
    words: ['过去五年', '过去的五年', '五年来', '近五年来', '过去三年', '三年来'],
    offset: -1,
    kind: 'actual',
    weight: 4,
    span: true,
  },
  {
    words: ['上年', '上一年', '过去一年', '过去的一年', '刚刚过去的一年', '刚刚过去的', '一年来', '这一年'],
    offset: -1,
    kind: 'actual',
    // As decisive as a past year stated: a figure of last year in a targets passage is its result.
    weight: 4,
  },
];

/**
 * Comparisons with the year before (`比上年`, `比上一年`, `同比`): a change measured over one year, which
 * brings a figure back to its year after a span of years and is no base years back.
 */
export const LAST_YEAR_COMPARISONS = [
  '比上年',
  '比上年同期',
  '较上年',
  '比上一年',
  '较上一年',
  '比去年',
  '较去年',
  '同比',
];

/** The words that close what a figure builds on (`在2012年基础上`, `在…突破1000美元的基础上`), as a pattern. */
export const ON_A_BASE_CLOSE = '的?基础上';

/** Words before a year that make it a comparison's base, not the year of the figure (`比2000年增长`). */
export const BASE_YEAR_BEFORE = [
  '比',
  '较',
  '由',
  '从',
  '与',
  '同',
  '相当于',
  '是',
  // What a comparable basis leaves out (`扣除2018年大项目投资基数较大因素,可比增长11%`).
  '扣除',
  '剔除',
];
/** Words ending in a base's word that single a year out instead (`特别是2013年,…完成100.2亿元`). */
export const YEAR_SINGLED_OUT = ['特别是', '尤其是'];
/** Words after a year that make it a period's start or a base (`2012年以来`, `2005年的28亿元`). */
export const BASE_YEAR_AFTER = ['以来', '相比', '同期', '水平'];
/**
 * A period's start named by what happened in the year (`2012年换届以来`, `2018年下半年以来`), as a
 * pattern; not a year listed with another period (`回顾2019年和今年以来`).
 */
export const SINCE_AN_EVENT = '[^,;。\\d和及与、]{1,6}?以来';
/**
 * A multiple of a year's figure (`为2006年的2.6倍`): the year is the base, however the multiple is
 * introduced.
 */
export const MULTIPLE_OF_A_YEAR = '的[\\d.一二两三四五六七八九十]+倍';

/**
 * Words that name a figure as the goal a past year set (`控制在预期4.2%以内`, `好于下降7%的预期`, `低于预期的8%`,
 * `高于年初人代会12%的目标`): the figure is the target of the year reviewed, beside its result.
 */
export const STATED_TARGET_BEFORE = [
  '预期',
  '预期的',
  '预期目标',
  '目标',
  '计划',
  '调控目标',
  // The goal noted beside the result (`增长5.9%(预期目标为8.5%以上)`).
  '预期目标为',
  '目标为',
  // The goal's amount inside the share of it met (`完成年度目标任务7600亿元的104.7%`).
  '目标任务',
];
export const STATED_TARGET_AFTER = [
  '的预期',
  '的预期目标',
  '的目标',
  '的既定目标',
  '的调控目标',
  '的年度目标',
  '的年度预期目标',
  '的全年目标',
  '的全年预期目标',
  '的计划目标',
  '预期目标',
  '的控制目标',
  // The year's task a higher level set (`超额完成国家下达的110万人年度任务`, `完成省定5万人目标任务`).
  '的年度任务',
  '年度任务',
  '的目标任务',
  '目标任务',
  // The level that set it (`超额完成175亿元市定目标`).
  '市定目标',
  '县定目标',
  '区定目标',
  // The goal named right after its figure and qualifier (`完成区人代会批准增长8%以上目标`), as
  // `的目标` names it.
  '目标',
];

/**
 * Words that aim at a goal (`确保地区生产总值增长8%的目标顺利实现`): a goal said to be met after them is
 * one still to meet.
 */
export const AIMING_AT = ['确保', '力争', '争取', '力求', '努力', '保证', '为实现', '要', '将'];

/**
 * Words of a floor held (`粮食产量104万吨,稳定在100万吨以上`): beside the exact figure, the floor
 * restates it, as a threshold crossed does.
 */
export const FLOOR_HELD = ['稳定在', '保持在', '稳在'];

/**
 * Words of a threshold neared from below: `逼近10万亿元` (at most the figure), `接近3500亿元`,
 * `近30%` (about it).
 */
export const THRESHOLD_NEARED = ['逼近', '接近', '将近', '近'];

/** The marks a threshold crossed is named by, after its figure (`两千亿元和三千亿元两个台阶`). */
export const THRESHOLD_MARKS = ['台阶', '大关', '关口'];

/** Words of a threshold crossed (`突破6000亿元大关`, `首次超过500亿元`): at least the figure. */
export const THRESHOLD_WORDS = [
  '突破',
  '超过',
  '超出',
  '跨越',
  '迈上',
  '跨上',
  '站上',
  '跃上',
  '跨过',
  '越过',
  '迈过',
  '首破',
  // A headline's short form (`固定资产投资破百亿元`).
  '破',
  '超',
  '逾',
];
