/**
 * The words of a report's structure: what its parts' headings say (工作回顾, 主要预期目标, 重点
 * 工作…), the cue that opens the targets statement and the turn that closes it, and the heading
 * of the task list. The rules that read them are in sections.ts.
 */
import { GOAL_SETTING, GOALS_WORKED_TOWARDS } from './cues.js';
import { alternation } from './pattern.js';
import { ZONE_COMMITTEES } from './places.js';

/**
 * Phrases a top-level heading ends with, longest first. Headings run straight into their text
 * (`一、2017年工作回顾一年来,…`), so the title is cut where the first such phrase (and any
 * `和`/`与`-joined continuation) ends.
 */
export const HEADING_WORDS = [
  '总体要求和目标任务',
  '总体要求和主要目标',
  '总体要求和主要任务',
  '总体要求和重点工作',
  '目标任务和工作重点',
  '重点工作任务',
  '主要工作任务',
  '主要预期目标',
  '政府自身建设',
  '自身改革和建设',
  '工作总体要求',
  '总体要求',
  '总体思路',
  '政策取向',
  '目标任务',
  '主要目标',
  '预期目标',
  '奋斗目标',
  '发展目标',
  '重点工作',
  '工作重点',
  '工作任务',
  '主要任务',
  '重点任务',
  '工作安排',
  '工作打算',
  '工作思路',
  '工作计划',
  '工作部署',
  '各项工作',
  '工作的建议',
  '工作建议',
  '主要工作',
  '工作回顾',
  '回顾',
  '自身建设',
  '满意政府',
  '服务型政府',
];
/**
 * Words of a part's heading that say its kind, tried closing, how a plan or the year's tasks went
 * (`“十一五”规划执行情况和政府主要工作` reviews, whatever else it names), targets, tasks, review.
 */
/** How targets went, after the word 目标 (`提前一年实现`, `任务全面完成`). */
export const TARGETS_MET = '(?:任务)?(?:提前|超额|全面|胜利|圆满|顺利|基本)?(?:一年)?(?:实现|完成)';
/** How targets went, before the words naming them (`提前两年完成“十一五”目标`). */
export const TARGETS_MET_BEFORE = '(?:实现|完成|达到)';
/**
 * What a year is called when looked back on as hard and gone by (`2009年是…极不寻常的一年`,
 * `…最困难、考验最严峻的一年`): said of a year reviewed, not of one ahead (which is `关键`, `复杂`).
 */
export const HARD_YEAR = [
  '不寻常',
  '不平凡',
  '非同寻常',
  '最困难',
  '最为困难',
  '最严峻',
  '最为严峻',
  '极不容易',
  '极其不易',
  '极为艰难',
];

/** Words of a headline that announces goals (`某市2024年GDP预期增长5%左右`, `…发展目标`). */
export const HEADLINE_GOAL_WORDS = ['预期', '目标', '力争', '确保', '争取', '左右', '蓝图'];
/** What a digest's line asks of the year it plans (`2025年有哪些新举措`, `2025年怎么干`). */
export const PLANS_ASKED = ['新举措', '新打算', '新部署', '怎么干', '干什么', '做什么'];
export const OUTCOME_TITLE = new RegExp(
  // `“十五”计划主要预期目标提前实现`: targets met are a review (an aim says 确保/力争 first).
  // (`一年来的主要工作情况如下:` tells how the work went, whatever work it names.)
  // (`2016年主要工作和成效` tells what the work achieved: a review; `取得新成效` is an aim.)
  // (`各项工作开局良好,为实现“十五”计划奠定坚实基础` tells how the plan's first year went; `确保
  // “十五”开局良好` aims at it.)
  `执行情况|完成情况|实施情况|落实情况|(?:工作|发展|总体|运行)情况|工作总结|工作和成效|工作成效|主要成效|^(?!.*(?:确保|力争|努力|争取)).*目标${TARGETS_MET}` +
    `|(?<!(?:确保|力争|努力|争取)[^,。]{0,10})开局良好`,
);
/** A look back at a year gone by, before the year it names (`回顾2023`, `回首2023年`). */
export const LOOK_BACK = '(?:回顾|回首|回眸)';
/** A look ahead to the year planned, before it (`展望2024`). */
export const LOOK_AHEAD = '展望';
/** A news summary's look back or ahead, before the year it names (`回顾2023`, `展望2024`). */
export const YEAR_LOOK = `(?:${LOOK_BACK}|${LOOK_AHEAD})`;
export const REVIEW_TITLE = /回顾|过去|一年来|[两三四五]年来|成绩|成就|的五年/;
/** Verbs a task's title opens on, naming the work to do (`推动经济持续健康发展`, `着力提升…`). */
const TASK_VERBS = [
  '推动',
  '推进',
  '促进',
  '加快',
  '坚持',
  '着力',
  '全力',
  '大力',
  '聚焦',
  '强化',
  '深化',
  '加强',
  '确保',
  '实施',
  '打造',
  '建设',
  '提升',
  '提高',
  '狠抓',
  '突出',
  '抓好',
  '做好',
  '围绕',
  '扎实',
  '切实',
  '积极',
  '努力',
  '奋力',
  '坚定',
  '持续',
  '全面',
  '统筹',
  '优化',
  '保障',
  '增进',
  '筑牢',
  '守牢',
  '构建',
  '培育',
  '激发',
  '落实',
  '巩固',
  '拓展',
  '扩大',
  '推行',
  '实现',
  '不断',
  '进一步',
];
/** How a change went, said before it (`稳步提升`, `显著改善`). */
const DEGREE_ADVERBS = [
  '稳步',
  '显著',
  '明显',
  '逐步',
  '不断',
  '持续',
  '大幅',
  '快速',
  '日益',
  '日趋',
  '进一步',
  '全面',
  '较快',
  '平稳',
];
/** The changes a review's item titles end on. */
const CHANGES = [
  '提升',
  '提高',
  '改善',
  '完善',
  '增强',
  '优化',
  '扩大',
  '壮大',
  '推进',
  '发展',
  '加强',
  '加快',
  '健全',
  '好转',
  '增长',
  '深化',
  '巩固',
  '见效',
  '上升',
  '下降',
  '降低',
];
/**
 * A title that says how something went, its subject first and the change last
 * (`城市功能逐步完善`, `基础设施显著改善`): an item of a review. A task's title opens on the work
 * to do (TASK_VERBS), so one that does is not this.
 */
export const CHANGE_ACHIEVED_TITLE = new RegExp(
  `^(?!${alternation(TASK_VERBS)})[\\u4e00-\\u9fff“”]{2,12}(?:${alternation(DEGREE_ADVERBS)})(?:${alternation(CHANGES)})\\s*$`,
);
/** `2018年主要预期目标`, and in a news summary of a report, the year ahead: `展望2018年`. */
export const TARGETS_TITLE = new RegExp(`总体要求|目标|总体思路|指导思想|${LOOK_AHEAD}`);
/**
 * A page's title that is nothing but the heading of a targets statement (`2019年预期目标`, `主要预期
 * 目标`): a page cut from a report, or an infographic's panel, whose body is the statement.
 */
export const TARGETS_HEADING_ALONE =
  /^\s*(?:(?:19|20)\d{2}年度?)?(?:全[省市县区州盟旗])?(?:经济社会发展)?的?(?:主要)?(?:预期)?(?:目标|指标)(?:任务)?\s*[::]?\s*$/;
/**
 * A page's title that is a report's tasks heading with its year (`2025年工作任务:勇创佳绩攀新高`): a
 * part cut from the report, whose figures are that year's aims. (Fewer words than TASKS_TITLE: with
 * its year, `2021年主要工作` heads a review.)
 */
export const TASKS_HEADING_TITLE =
  /^\s*(?:19|20)\d{2}年度?(?:政府)?(?:工作任务|重点工作|工作安排|主要任务|重点任务|工作重点)(?:[::\s]|$)/;
/** A year's plan of work, as a heading names it (`2023年工作打算`, `…和2023年工作计划`). */
export const WORK_PLAN = '工作(?:安排|打算|思路|计划)';
/**
 * A year summed up and the next one's plan, as a body that reports to those above it titles its
 * report (`2022年工作总结和2023年工作计划`, `…发展总体情况和2023年工作打算汇报`): the plan's year,
 * group 1, is the report's.
 */
export const SUMMARY_AND_PLAN = String.raw`(?:情况|总结|回顾)(?:和|与|及)((?:19|20)\d{2})年度?${WORK_PLAN}`;
export const TASKS_TITLE = new RegExp(
  `重点工作|工作重点|工作任务|主要任务|重点任务|${WORK_PLAN}|工作部署|主要工作|各项工作|工作的建议|工作建议`,
);
export const CLOSING_TITLE = /自身建设|自身改革|政府建设|作风建设|满意政府|服务型政府/;

/**
 * What after a year makes it a report's name (`2023年某市政府工作报告`, a PDF's running header), up to
 * the word 工作报告: the year names the report, not the time of what the text says near it.
 */
export const NAMES_A_REPORT = '[^。,;\\n]{0,16}?工作报告';

/**
 * `主要指标` alone on a heading line: a digest lists last year's figures under it as well (`主要指标
 * ⏎全年地区生产总值增长6.5%,…`), so it is no targets statement unless the line says the year is
 * this one or the next (`今年经济社会主要指标`).
 */
const BARE_INDICATORS_HEADING = String.raw`(?<!(?:今年|明年)[^。,;\n]{0,8})主要指标(?:\s*\n| )`;

/**
 * The sentence that states the year's main targets: `主要预期目标为:`, `主要目标是:`,
 * `2023年主要预期目标——`, `划定发展预期目标,`, `主要奋斗目标是,`, or the words alone on a heading
 * line (in a heading's brackets too, and as proposed: `【主要预期目标建议】`), with figures soon after
 * (digits, or a percent written out: `百分之九以上`), in its own sentence or the next one of the
 * paragraph when the first sets out aims in words (`主要目标是:…更加幸福。全市生产总值…`) (a bare
 * `完成预期目标` in running text is not it). Targets a congress set before
 * (`对照…会议确定的经济社会发展主要目标,…`) are a review's yardstick, unless they are this year's;
 * so are targets met (`全面实现“四个千亿”发展目标,地区生产总值…`, `完成了…目标`) and goals the year's
 * work was built around (`围绕某某“两个定位”发展目标,推动…`).
 */
export const TARGETS_CUE = new RegExp(
  `(?!${BARE_INDICATORS_HEADING})` +
    String.raw`(?:主要预期目标|主要预期指标|预期目标|主要目标|重点目标|发展目标|主要奋斗目标|主要指标|预期性指标|指标(?:体系)?安排|(?:(?:19|20)\d{2}年|今年)的?目标|${LOOK_AHEAD}(?:19|20)\d{2}年?(?=\s*\n))(?<!(?:确定|下达|设定|提出)的(?:(?!今年|明年|(?:19|20)\d{2}年)[^。,;]){0,20}标)(?<!(?:(?:提前|超额|全面|胜利|圆满|顺利)(?:实现|完成)|(?:实现|完成|达到)了)[^。,;]{0,12}标)` +
    `(?<!(?:${alternation(GOALS_WORKED_TOWARDS)})[^。,;]{0,20}标)` +
    String.raw`(?:建议)?[】〗]?(?:(?:是|为|确定为|建议为|安排为|安排是|拟定为|如下)[::,]?|[::,]|——|\s*\n| )(?=[^。]{0,60}(?:\d|百分之)|[^。\n]{0,200}。\s*[^。\n]{0,60}(?:\d|百分之))`,
);
/**
 * A growth target set in so many words (`今年我市经济预期增长目标为14%以上`): news that says so relays a
 * report's targets, though no targets statement opens there (in a report it is said in passing too:
 * `增长目标为6%,实际增长7%`).
 */
export const GROWTH_TARGET_SET = new RegExp(
  `增长目标(?:是|为|${alternation(GOAL_SETTING)})[^。]{0,10}?(?:\\d|百分之)`,
);
/**
 * A quotation of figures named as targets by the words right after its close
 * (`“GDP增长5.5%左右,…”2025年某市的主要预期目标已确定`, `紧扣“2029年生产总值突破500亿元”的发展目标`,
 * past other quoted names, `…”的“双千亿”主要支撑目标`) or right before its opening (`明确目标,再出发!
 * “生产总值增长6%,…”`); not targets met (`…”的预期目标全面完成`).
 */
export const QUOTED_TARGETS_AFTER = new RegExp(`^”(?:[^。;“]|“[^。”]{1,12}”){0,20}?目标(?!${TARGETS_MET})`);
/**
 * The words after a list of figures cut short by an ellipsis that name it as the year's targets
 * (`生产总值增长10%,…,CPI控制在4%左右……代省长所作的政府工作报告中,2012年的一系列经济社会发展目标`).
 */
export const LISTED_TARGETS_AFTER = new RegExp(
  `^(?:……|…)[^。]{0,40}?(?:主要预期目标|预期目标|主要目标|奋斗目标|发展目标)(?!${TARGETS_MET})`,
);
export const QUOTED_TARGETS_BEFORE = /(?:主要预期目标|预期目标|主要目标|奋斗目标|明确目标)[^。“”]{0,8}$/;
/**
 * A headline that announces a year's targets (`主要预期目标 大湾区九市今年这样干`); not one on
 * targets met (`…完成预期目标`).
 */
export const TARGETS_HEADLINE = new RegExp(`(?:主要预期目标|主要目标|预期目标)(?!${TARGETS_MET})`);
/** Sentences that close the targets statement and turn to how they will be reached. */
export const TARGETS_END =
  /实现上述目标|完成上述目标|为实现上述目标|实现这些目标|做好今年政府工作|做好今年工作|做好(?:19|20)\d{2}年(?:政府)?工作|重点抓好|重点做好|着力抓好|重点抓|围绕上述目标/;
/** The verbs a report announces the year's tasks with (`重点抓好以下工作`). */
const TASKS_VERBS = '(?:重点抓好|重点做好|着力抓好|突出抓好|重点推进|全力抓好)';
/** The words that announce the year's tasks (`重点抓好9方面工作:`), opening a passage. */
export const TASKS_ANNOUNCED = new RegExp(`^\\s*${TASKS_VERBS}[^。!::]{0,30}?[::]`);
/** The start of the numbered task list inside a general-requirements section. */
export const TASKS_START = new RegExp(
  `(?:(?:19|20)\\d{2}年|今年)?(?:要|将)?${TASKS_VERBS}[^。!]{0,30}?[::]\\s*(?=\\(一\\))`,
);

/**
 * The words that open the speech itself: the speaker reports on the government's behalf
 * (`现在,我代表市人民政府`, `现在,我代表国务院`, `我代表区人民政府`), after the salutation (`各位代表:`).
 */
export const ON_BEHALF = '(?:现在,?\\s*)?我代表';
/**
 * The speech's first sentence whole (`现在,我代表市人民政府,向大会报告工作`): only the speaker says it,
 * so it opens a speech wherever a page's chrome has put it.
 */
export const TO_THE_CONGRESS = `${ON_BEHALF}[^。]{0,20}?(?:人民)?政府[,,\\s]*向大会(?:报告|作)`;
/**
 * A zone's leading body reporting (`现在,我代表某高新区管委会,作经济工作报告`): the zone's own report
 * of its year, given to its work conference rather than to a congress.
 */
export const FOR_A_ZONE_COMMITTEE = `${ON_BEHALF}[^。]{0,20}?(?:${alternation(ZONE_COMMITTEES)})[,,\\s]*(?:向大会)?作[^。]{0,8}?报告`;
/**
 * A report given on the government's commission (`受市人民政府委托,向大会报告…计划执行情况`): a
 * plan's report to the same congress, which reviews the year and sets the next one's targets too.
 */
export const ON_COMMISSION = '受[^。]{0,20}?(?:人民)?政府(?:的)?委托';
