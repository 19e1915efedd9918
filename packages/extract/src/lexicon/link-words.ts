/**
 * The small words around a figure, as data: joiners of a list, link words between a subject and
 * its number (达到, 为, 控制在), framing before a subject (确保, 全年, 全县), the verbs of a change
 * (增长, 下降), and the words a label is trimmed of. The rules that read them are in wording.ts.
 */

import { SECTOR_RESULT_VERB, SHARE_OF_GDP_WORDS } from './constructions.js';
import { FLOOR_HELD, GOAL_SETTING, GOAL_TIERS, THRESHOLD_MARKS, THRESHOLD_WORDS } from './cues.js';
import { COUNTING_NUMERAL, YEAR_DIGITS } from './numerals.js';
import { alternation } from './pattern.js';
import { CURRENCY_NAMES } from './units.js';

/** Conjunctions that join the items of a list (`城镇居民和农村居民`, `5%、8%`). */
export const LIST_JOINERS = ['以及', '和', '及', '与', '、'];
/** The joiners as a regex alternation, longest first. */
export const LIST_JOINER_PATTERN = alternation(LIST_JOINERS);
/** A joiner anywhere in a text: where a list splits into its items. */
export const LIST_JOINER = new RegExp(LIST_JOINER_PATTERN);
/** Exactly one joiner and nothing else (`和`, `、`): between two items of a list (`400亿元、500亿元`). */
export const ONE_JOINER = new RegExp(`^(?:${LIST_JOINER_PATTERN})$`);

/**
 * `各`, each: after a run 分别 counted out, a run it opens, past a joiner, goes on with the same
 * subjects (`分别达到53026元和22435元、各增长6.5%和9.5%`).
 */
export const EACH_GOES_ON = new RegExp(`^(?:${LIST_JOINER_PATTERN}|,)?各`);

/** Quotation marks (a traditional reprint's corner ones too) and the spam mask: neutral both before and after an indicator. */
const NEUTRAL = ['“', '”', '"', '「', '」', '『', '』', '—', '\u2060'];

/** A year as framing (`2018年`, `2018年度`, `2018年全年`, `二00六年`). */
export const YEAR_FRAME = String.raw`(?:(?:20|19)\d{2}|[〇零一二][${YEAR_DIGITS}0]{3})年(?:度|底|末|全年)?`;

/**
 * A five-year plan by its short name: `“十二五”`, `十三五`, the tenth `“十五”`, the ninth `“九五”`; not
 * an ordinal (`十五届人大`, `十五大`) nor the end of a longer numeral (`二十五`, `一九九五年`).
 */
export const PLAN_NAME =
  '(?<![一二三四五六七八九十])[“"‘]?(?:十[一二三四五六七八九]?|九)五[”"’]?(?![届次大])';
/**
 * A five-year plan's end or its period: a base (`由“十五”末的12.8亿元`, `十二五期末`), the frame
 * of a goal (`“十二五”期间重庆进出口总额要突破…`); a figure under one is of the plan's last year.
 */
export const PLAN_PERIOD = `${PLAN_NAME}(?:规划|计划)?(?:时期末|期末|末期|末|期间|时期)`;

const JOINERS = [...LIST_JOINERS.filter((w) => w.length === 1), ...NEUTRAL];

/** Words allowed between an indicator and its number (`地区生产总值首次超过500亿元`). */
export const LINK_WORDS = [
  // Real growth (after prices) is how income growth is stated: `实际增长7.5%`.
  '实际',
  '每人',
  '完成额',
  '按可比价格计算',
  '按可比价计算',
  // (`按可比价增长3.5%`.)
  '按可比价格',
  '按可比价',
  // At constant prices, as real growth is stated (`按不变价计算增长4%`).
  '按不变价格计算',
  '按不变价计算',
  '按可比口径',
  '可比口径',
  // (`按可比口径计算增长16%`, as 按可比价计算.)
  '按可比口径计算',
  '按同口径计算',
  // The count a figure keeps to before a statistical revision (`地区生产总值按原统计口径预计完成140亿元`).
  '按原统计口径',
  '按原口径',
  '可比价',
  '可比',
  '比上年同期',
  '较上年同期',
  '比去年同期',
  '上年同期',
  '名义',
  '现价',
  // The published basis beside a comparable one (`自然增长2%`, `自然增幅2%`, `自然口径同比增长26.2%`).
  '自然',
  '自然口径',
  ...CURRENCY_NAMES,
  // `2026年全市GDP则预期增长5%左右`: then.
  '则',
  '同口径',
  // `同比口径增长3.6%`: a like-for-like comparison, as 同口径.
  '同比口径',
  // Whose count a figure follows (`实际使用外资商务部口径预计完成580万美元`, `验资口径`).
  '商务部口径',
  '外汇局口径',
  '验资口径',
  '比上年',
  '较上年',
  '比去年',
  '较去年',
  // Against last year's final accounts (`比上年决算数增长22.9%`), as budget revenue is compared.
  '比上年决算数',
  '比上年决算',
  // `预计比上一年增长6%左右`.
  '比上一年',
  '较上一年',
  '同比',
  // `年增百分之五点四`, `按年增长6.8%`: year on year, as Hong Kong and Taiwan papers write it; so
  // the year's growth after its level (`2007年达到9145亿元,年增长14.4%`).
  '年增',
  '年增长',
  '按年',
  // `比增13%`, `比降6.5%`: short forms of 比上年增长 and 比上年下降 some provinces write.
  '比增',
  '比降',
  '全年',
  // The year a figure is of, said between its subject and the figure (`年均增长14%,去年达到18278亿元`).
  '去年',
  '今年',
  '当年',
  '年内',
  '累计',
  '首次',
  // A figure revised by a census (`2023年地区生产总值修订为1943.3亿元`, after the economic census).
  '修订为',
  '修订后为',
  // A threshold crossed again (`再次突破100亿元`), after so many years (`时隔8年再次突破`).
  '再次',
  '再度',
  // At one stroke (`一举突破10亿元大关`).
  '一举',
  // The figure a place stands with among its peers (`分别以3.1万元、1.5万元位居全省第三和第五`).
  '以',
  // A fall turned to growth (`规模以上工业增加值年内实现由负转正、增长2.2%`).
  '由负转正',
  '扭负为正',
  '转负为正',
  // Beyond what was set (`超额完成175亿元市定目标`).
  '超额',
  // First among its peers (`地区生产总值在全市率先突破2000亿元`).
  '率先',
  ...['全国', '全省', '全市', '全区', '全州'].map((scope) => `在${scope}率先`),
  // `连续跨越60亿、70亿两个关口`, `先后跨越2500亿元、3000亿元台阶`: one threshold after another.
  '连续',
  '先后',
  '相继',
  '历史性',
  '历史性地',
  // A record (`历史首次突破10亿元大关`, `历史上首次`).
  '历史',
  '历史上',
  '分别',
  '均',
  // `分别达到10558元、6238元,同步增长9%`: both, in step.
  '同步',
  // `增幅首次双双达到11%以上`: both alike.
  '双双',
  '再',
  // `一般公共预算收入也将力争增长4%左右`: also.
  '也',
  // `城镇登记失业率始终控制在1%以内`: throughout the year.
  '始终',
  // `仍实现了增长6%`: still, in spite of a hard year.
  '仍然',
  '仍',
  '依然',
  '预计',
  // A figure reported up to the statistics office, not yet final (`分别上报完成47975元`).
  '上报',
  // An estimate's source (`初步预计全年增长6.3%`, `初步核算,增长7%`).
  '初步预计',
  '初步统计',
  '初步核算',
  '初步测算',
  '预期',
  '力争',
  '确保',
  '争取',
  '努力',
  // What a year's plan sets (`城镇居民人均可支配收入计划达到10374元`), and a goal being set
  // (`GDP增速确定为8%`, `生产总值增长目标设定为5%左右`, `增速目标定在6.5%以上`).
  '计划',
  ...GOAL_SETTING,
  // A goal named between the change and its figure (`国内生产总值增长目标是8%左右`).
  '目标',
  ...GOAL_TIERS,
  // Auxiliaries of a goal or an outlook (`进出口总额要突破1000亿美元`, `生产总值将达到`, `有望超过`).
  '要',
  '将',
  '有望',
  '可望',
  // …said with certainty (`GDP一定会超过1000亿元`, `必将突破`).
  '一定会',
  '一定能',
  '必将',
  '将会',
  // What an estimate says can be reached (`规模以上工业总产值可达到3.8亿元`).
  '可',
  '继续',
  '保持在',
  '保持',
  '实现',
  '完成',
  // What a budget sets aside (`一般公共预算支出安排7785.85亿元`).
  '安排',
  '达到',
  '高达',
  // A rate averaged over the year's months (`城镇调查失业率平均值为4.6%`).
  '平均值',
  // `增速仅为6.1%`: only so much.
  '仅为',
  '仅',
  '只有',
  '达',
  '为',
  '是',
  '在',
  '年均增长',
  '由',
  '从',
  '增长到',
  '增加到',
  '发展到',
  '扩大到',
  '跃升',
  '攀升',
  // How a change went, between its subject and its verb (`进出口逆势增长8.8%`, `稳步增长`).
  '逆势',
  '逆市',
  '稳步',
  '快速',
  '较快',
  '大幅',
  '持续',
  '平稳',
  '增长',
  '增加',
  // An increase by an amount (`达到417亿元,净增110.8亿元,同比增长9.4%`, a revenue's `增收6.42亿元`):
  // the subject goes on.
  '净增',
  '净增加',
  '增收',
  '增速',
  '增幅',
  // The rate of growth named as a noun (`经济增长率7%左右`, `生产总值增长速度为8%`).
  '增长率',
  '增长速度',
  '增',
  '提高到',
  '提高',
  // A share reshaped to its new size (`三产业占地区生产总值的比重调整为0.4%、29.7%、69.9%`).
  '调整为',
  '调整到',
  '提升到',
  '提升',
  '上升到',
  '上升',
  // Risen to, in short (`增长5.2%,升至约4.4万亿元`).
  '升至',
  '升到',
  '上涨',
  '涨幅',
  // Taiwan's and Hong Kong's word for it (`消費者物價指數升幅2%左右`).
  '升幅',
  // `居民消费价格上涨幅度不超过3%`: the rise's size, after a name that ends on its verb.
  '幅度',
  '降幅',
  '下降到',
  '下降',
  // A fall said as growth below zero (`负增长1.9%`).
  '负增长',
  '降低到',
  '降低',
  '降至',
  '降到',
  '减少',
  '回落',
  // Where a fall (or a rise) narrowed to: its noun says which (`出口降幅收窄到4.7%` is a fall of 4.7%).
  '收窄到',
  '收窄至',
  '控制在',
  '控制到',
  '稳定在',
  '超过',
  '突破',
  '首破',
  '跨越',
  '迈上',
  '跨上',
  '站上',
  '跃上',
  // The mark a threshold crossed is named by (`突破百亿元大关`, `迈上千亿台阶`).
  '大关',
  '台阶',
  '关口',
  '超',
  '不低于',
  '不少于',
  '不超过',
  '不高于',
  '低于',
  '高于',
  '接近',
  '逼近',
  // Towards a goal (`经济总量向7万亿元冲刺`, `向千亿元迈进`).
  '向',
  '近',
  '约',
  '逾',
  '以上',
  '左右',
  '总额',
  '总量',
  '规模',
  '平均',
  '年均',
  '的',
  '了',
  '到',
  '至',
  ',',
  ...JOINERS,
];

/**
 * The words that open a statement of targets, as framing before its first indicator
 * (`今年上海经济社会发展的主要指标安排是生产总值增长百分之九以上`, `主要预期目标为`, a digest's
 * `2023年主要预期目标——地区生产总值增长6.5%左右`, news's `顺德政府工作的主要目标是…`,
 * `主要预期目标包括地区生产总值…`, `社会发展主要目标定为GDP增长8.5%左右`, the premier's `今年发展主要预期目标
 * 及重点工作建议是国内生产总值增长5%左右`).
 */
export const TARGETS_INTRO_FRAME =
  '(?:经济社会发展|经济和社会发展|社会发展|发展|政府工作)?的?(?:主要预期目标|主要预期指标|预期目标|主要目标|主要指标|目标)(?:(?:[及和][^,。;:是为]{0,8}?)?(?:安排|建议|拟定))?(?:是|为|确定为|定为|包括|——|:)';

/**
 * The meeting that sets a region's goals, named before them (`市委经济工作会议还确定了…`,
 * `县委全会提出…`): the goals are the region's.
 */
export const GOAL_SETTING_MEETING = '[^,;。:、\\d]{0,12}?(?:会议|全会)';

/**
 * The places a round-up counts before the statistic it lists for each (`31省份2021年GDP增长目标为:
 * 湖北(10%以上)、…`), as a pattern.
 */
export const PLACES_COUNTED = '(?:\\d{1,2}|多|各|部分)个?(?:省份|省区市|省市区|省区|省市|城市|地市|市州)';

/**
 * The field of the economy a review turns to before the verb that reports its figure
 * (`国内贸易实现社会消费品零售总额15.6亿元`, `服务业完成社会消费品零售总额98.6亿元`): a topic, not the
 * subject, which the catalog's name after the verb says.
 */
export const FIELD_BEFORE_ITS_VERB = `(?:国内贸易|国内商贸|商贸流通|商贸|内贸|消费市场|市场消费|服务业|第三产业|对外贸易|外贸|招商引资)${SECTOR_RESULT_VERB}`;

/**
 * What a figure's subject rests on, said before it (`以“五大五小”产业为支撑的服务业增加值占地区生产总值超94%`):
 * a modifier of the region's own statistic, as a pattern.
 */
export const RESTS_ON = '以[^,;。]{1,12}?为(?:支撑|引领|主导|核心|龙头|主体)的';

/**
 * A district's or a county's government's own level of a statistic (`区本级财政总收入`, `县本级`), as
 * against the whole place's.
 */
export const OWN_LEVEL_WORDS = ['区本级', '区级', '县本级', '旗本级'];

/**
 * A verdict on how a field went, the close of a run-in heading (`工业经济稳中有进`, `服务业加快发展`):
 * where a page lost the break after one, the subject of the figure that follows starts after it
 * (`工业经济稳中有进规上工业总产值1818亿元`).
 */
export const VERDICTS = [
  '稳中有进',
  '稳中向好',
  // (`经济运行总体平稳国内生产总值达到…`.)
  '总体平稳',
  '稳中有升',
  '稳中提质',
  '稳步增长',
  '稳步提升',
  '平稳增长',
  '持续增长',
  '快速增长',
  '较快增长',
  '持续向好',
  '持续提升',
  '显著提升',
  '明显提升',
  '大幅提升',
  '加快发展',
  '稳步发展',
  '提质增效',
  '量质齐升',
];

/** Words allowed before an indicator that still make it the region's own figure (`全县地区生产总值`). */
export const FRAME_WORDS = [
  // Statistical scopes of a province's or city's own figure.
  '地级以上城市',
  '地级及以上城市',
  '设区市',
  '区属',
  '县属',
  '市属',
  '州属',
  '盟属',
  '旗属',
  // A revenue stated like-for-like only (`同口径一般公共预算收入250.4亿元`): its one figure. (Not
  // `全口径`: every level's share of a revenue is the total's, an alias of it, and
  // `全口径一般预算收入` is no local budget revenue.)
  '同口径',
  '全社会',
  // `财政一般公共预算收入`: the fiscal scope of a revenue named by the budget.
  '财政',
  // A basis note before its subject (`按可比口径实际利用外商直接投资101亿美元`, `按验资口径实际利用外资…`:
  // the capital paid in as verified).
  '按可比口径',
  '按验资口径',
  '按商务部口径',
  '按可比价格计算',
  '按可比价计算',
  '按不变价格计算',
  '按不变价计算',
  // The whole territory a figure counts, beside an economic zone's (`全域口径地区生产总值增长8%`).
  '全域口径',
  // The local share of a revenue (`地方级税收收入`). (Not `市本级`: the city government's own level,
  // without its counties, is not the city's figure.)
  '地方级',
  // A district's or a county's own level (`完成区本级一般公共预算收入6.13亿元`, `完成县本级固定资产投资
  // 94.9亿元`): its streets and towns keep no treasury of their own, so the government's level is the
  // place's figure (facts.ts: unless the text has just given the whole place's).
  ...OWN_LEVEL_WORDS,
  // The region's own, as 地区生产总值 says it (`地区外贸进出口总额达到33.7亿美元`), and the local
  // level's (`完成地方固定资产投资42.3亿元`).
  '地区',
  '地方',
  '全年',
  // `全年共实现地区生产总值362.7亿元`, `累计完成固定资产投资42.3亿元`: in all (a sum over the years a
  // passage reviews is told apart by the fact rules: facts.ts, CUMULATIVE).
  '共',
  '全年累计',
  '累计',
  // A figure the text singles out (`值得关注的是固定资产投资完成475.2亿元`).
  '值得关注的是',
  '值得一提的是',
  '尤其是',
  '特别是',
  '全县',
  '全市',
  '全区',
  '全省',
  '全州',
  '全盟',
  '全旗',
  // A prefecture that is a 地区 (`阿克苏地区`) says 全地区.
  '全地区',
  '全镇',
  '全乡',
  '全国',
  // The country by its name (`二〇〇七年中国国内生产总值增长目标是百分之八左右`).
  '中国',
  '全域',
  '我县',
  '我市',
  '我区',
  '我省',
  '我州',
  '我国',
  '本县',
  '本市',
  '本区',
  '市区',
  // Within the place's bounds (`完成县内固定资产投资40亿元`, `市内生产总值`, `境内税收`, `辖区税收收入`).
  '辖区',
  // The territory's own, as a district counts it (`全区属地生产总值完成53.5亿元`).
  '属地',
  '县内',
  '市内',
  '旗内',
  '境内',
  '县域',
  '市域',
  '今年',
  '去年',
  '当年',
  // When a goal was set (`年初确定的财政收入6亿元的目标圆满完成`).
  '年初',
  // The year a report reviews (`过去的一年实现地区生产总值415亿元`).
  '过去的一年',
  '过去一年',
  '一年来',
  '年内',
  '年末',
  '年底',
  '全年度',
  '预计',
  // What an estimate says can be done (`预计(下同)可实现地区生产总值近1600亿元`).
  '可',
  // An estimate's source (`初步核算全省生产总值…`).
  '初步预计',
  '初步统计',
  '初步核算',
  '初步测算',
  // Per resident (`常住人均生产总值为98094元`, `常住人口人均地区生产总值`, `按常住人口计算人均…`).
  '按常住人口计算',
  '按户籍人口计算',
  '常住人口',
  '常住',
  // The government speaking (`我们完成一般公共预算收入160.5亿元`), or named as the one acting
  // (`市政府将城镇调查失业率控制在5%以内`, `北京市人民政府将…`).
  '我们',
  '人民政府',
  '省政府',
  '市政府',
  '县政府',
  '区政府',
  '州政府',
  '盟政府',
  '旗政府',
  // A year's plan (`2015年,贵州省计划地区生产总值突破1万亿元`).
  '计划',
  // What a goal is set on (`今年把GDP增速确定为8%`).
  '把',
  // The report that proposes it (`报告提出国内生产总值增长6%-6.5%的目标`).
  '政府工作报告',
  '报告',
  // What a report proposes (`并提出力争规上工业增加值增长6%以上`), or settles on (`会议还确定了
  // 地方财政收入增长10%`, `明确了固定资产投资增长20%`).
  '提出',
  '确定',
  '确定了',
  '明确',
  '明确了',
  '还',
  // What a meeting requires of the year (`并要求万元生产总值综合能耗下降4%左右`).
  '要求',
  '并',
  // A turn or an addition between two figures (`旅游收入下降10.3%,但粮食总产量增长3.2%`).
  '但',
  '但是',
  '而',
  '同时',
  '此外',
  '另外',
  // What a year's aims are set for (`2020年,全市经济社会发展力争实现地区生产总值增长6.5%左右`).
  '经济社会发展',
  '经济和社会发展',
  '经济发展',
  // What a year is expected to bring (`2020年全市预期地区生产总值增长6.5%以上`).
  '预期',
  '力争',
  '确保',
  '争取',
  '努力',
  '实现',
  '完成',
  // With its aspect (`同时实现了单位生产总值能耗降低3.5%`).
  '实现了',
  '完成了',
  '保持',
  '推动',
  '促进',
  // The channel investment came in by (`国内招商引资省外实际到位资金完成1423亿元`), and bringing it in
  // (`全区共引进实际到位内资7959亿元`).
  '招商引资',
  '国内招商引资',
  '引进',
  // What projects drove (`实施重点项目1807个,带动固定资产投资完成892亿元`): the region's figure.
  '带动',
  '其中',
  // Its, of a total just named (`进出口总额872亿元,其出口311.6亿元`): of which, as 其中.
  '其',
  // `主要目标,即地区生产总值增长10%左右`: namely; so is 分别是 before the first of the items it lists
  // (`确定了以下几项主要目标:分别是利用外资增长15%,…;服务贸易增长30%`).
  '即',
  '分别是',
  // The year a goal is set for (`到2012年地区生产总值要突破6000亿元`).
  '到',
  '至',
  // A circumstance's or a cause's opening (`在固定资产投资增长11.6%的情况下,实现…`, `由于2012年
  // 生产总值增速仅为6.1%,…`): the figure is still stated.
  '在',
  '由于',
  // An exception to what the sentence goes on to say (`除外贸出口增长2.5%未达计划外,其他指标…`):
  // the figure is still stated.
  '除',
  '除了',
  // Revenue raised in the region (`来源于湛江财政总收入583.8亿元`, `来自海口的公共财政收入`).
  '来源于',
  '来自',
  // News's `this province` (`该省地区生产总值增长9.5%`).
  '该省',
  '该市',
  '该县',
  '该区',
  '使',
  '要',
  '将',
  // A list's last item opening its clause (`…建成新线三条,以及优良天数比例首次突破80%`).
  '以及',
  ...JOINERS,
];

/** Place and time words that make what follows the region's own figure (`…提出今年全省生产总值`). */
export const OWN_SCOPE = [
  '全省',
  '全市',
  '全县',
  '全区',
  '全州',
  '全盟',
  '全旗',
  '全地区',
  // A province's whole by its one-character name (`全疆粮食播种面积`, `全川`).
  '全疆',
  '全川',
  '全藏',
  '全国',
  '我省',
  '我市',
  '我县',
  '我区',
  '我州',
  '我国',
  '今年',
  '全年',
];

/** Verbs of a fall (not `下降到`, which names where it ends). */
export const DECREASE = /(?:下降|降低|减少|回落|下滑|收窄)(?!到|至|为)|降幅|负增长|比降/;
/**
 * A growth given as its figure (`经济增长为5.2%`), where `增长为` before an amount is a level grown to;
 * and a per cent set as the goal of a statistic that is no rate (`西藏今年GDP目标为10%左右`): its growth.
 */
export const GROWTH_GIVEN = new RegExp(`(?:增长|目标)(?:为|是|${alternation(GOAL_SETTING)})$`);
/** Verbs of a rise, and the nouns of growth (`增速`, `涨幅`). */
export const INCREASE =
  /(?:增长|增加(?!值)|提高|提升|上升|扩大)(?!到|至|为)|增速|增幅|上涨|涨幅|升幅|增收|^增了?$|[^到至]增了?$/;

/** So many years (`五年`, `5年`); not a year's last numeral (`二〇〇七年`, `2015年`). Group 1: how many. */
const YEARS_MANY = String.raw`(?<![〇○零一二][${YEAR_DIGITS}0]{2}|\d)([两三四五六七八九十]|[2-9])年`;

/** A number of years counted (`五年来`, `三年间`, `十年中`, `5年来`, a sum's `四年累计`). */
const YEARS_COUNTED = `${YEARS_MANY}(?:来|间|中|里|(?=累计))`;

/**
 * The years a sum runs over, before its 累计 (`四年累计完成全社会固定资产投资276.5亿元,…2007年达到105亿元`):
 * framing the statistic the clause goes on with; the sum itself is no year's (facts.ts, CUMULATIVE).
 */
export const YEARS_SUMMED = `${YEARS_MANY}(?=累计)`;

/**
 * A past period a figure is compared with right after it (`完成投资1039亿元,是前五年的1.9倍`, `是“十一五”的
 * 2.3倍`): the figure is a sum over a period as long, no year's level.
 */
export const PRIOR_PERIOD_AFTER = new RegExp(
  `^[,,]?是(?:前[两三四五六七八九十]年|上一?个五年|${PLAN_NAME}(?:规划|计划)?(?:时期|期间)?)的`,
);

/** A multi-year average (`五年来年均增长8%`) is not the figure of one year. */
export const MULTI_YEAR = /年均|年平均/;
/**
 * Yearly average rates and their figures (`年均增长13.2%`, `年均分别增长8.7%和16.2%`); the figures,
 * with their joiners, in group 1.
 */
export const YEARLY_AVERAGE_RATES = new RegExp(
  `(?:${MULTI_YEAR.source})[^\\d,;。]{0,8}?(\\d+(?:\\.\\d+)?%(?:(?:${LIST_JOINER_PATTERN}|,)\\d+(?:\\.\\d+)?%)*)`,
);

/**
 * A government's term, five years: this one (`本届政府`) or one by its number (`十五届人民政府工作回顾`,
 * a review of the outgoing government's years).
 */
const GOVERNMENT_TERM = '(?:本|[一二三四五六七八九十]{1,3})届(?:人民)?政府';

/**
 * A span of years a change is measured over: `五年来…经济总量实现翻番`, `"十一五"时期`, `…的五年`, the
 * years ahead (`未来五年,…城镇居民人均可支配收入增长60%`), or a change from one level to another
 * (`从28.02亿元增加到95.2亿元,增长2.4倍`). A growth figure under one is not a year's growth. (A
 * rank's move, `总量从全省第10位跃升至第8位`, is not a change of level.)
 */
export const MULTI_YEAR_SPAN = new RegExp(
  String.raw`${YEARS_COUNTED}|的[两三四五六七八九十]年(?=$|[,。;:!、\s])|(?:过去|未来|今后)[两三四五六七八九十]年|这[两三四五六七八九十]年|${PLAN_NAME}(?:时期|期间|以来(?!首次))|${GOVERNMENT_TERM}|(?:由|从)(?!(?:全[国省市区州])?第)[^,;。由从]{1,24}(?:增加|提高|增长|上升|扩大|发展|跃升)?(?:到|至)`,
  'g',
);

/**
 * A span of years by its length (`五年来`, `过去五年`, `过去的五年`, a heading's `…取得巨大成就的五年`,
 * a review's paragraph opening on it: `——五年奋勇争先,…`), or a term that lasts five (`本届政府`, `十五届人民政府`,
 * `“十二五”时期`, a heading reviewing one: `“十二五”工作回顾`): where a change over it started, so many
 * years back.
 */
export const SPAN_LENGTH = new RegExp(
  String.raw`${YEARS_COUNTED}|过去(?:的)?([两三四五六七八九十])年|的([两三四五六七八九十])年(?=$|[,。;:!、\s])|^(?:——|—)?([两三四五六七八九十])年(?=[^,,。;\d]{2,8}[,,])|${GOVERNMENT_TERM}|${PLAN_NAME}(?:时期|期间|(?=[^,,。;\d]{0,8}回顾))`,
);

/** Part of a year: a quarter, a half, the first months (`一季度`, `上半年`, `前三季度`, `1-5月`). */
export const PART_OF_YEAR =
  /(?:第?[一二三四1-4]|前[二三两])季度|[上下]半年|前(?:[一二三四五六七八九十两]{1,2}|1[01]|[2-9])个月|(?:1|一)(?:-|—|~|至)(?:1[01]|[2-9]|[二三四五六七八九]|十一?)月/;
/**
 * The whole year, named again after a part of it (`一季度…;全年实现…`); not the year's plan a part is
 * measured against (`一季度…完成全年计划的20.5%`).
 */
export const WHOLE_YEAR = /全年(?!计划|目标|任务|预期)/;

/** A sum over a period (`累计完成投资1098亿元`): a year's total in a year's review, else the period's. */
export const CUMULATIVE = /累计/;
/**
 * A change summed by its verb (`能耗累计下降21.6%`): over years, unless its clause says the year's
 * (`全年累计增长6.7%`); not a rate to date (`累计同比上涨`, `累计增幅`), which is the year's.
 */
export const CUMULATIVE_CHANGE = /累计(?:增长|下降|提高|提升|降低|减少)/;

/**
 * Framing and link words stripped from a label so it names only what is counted; and the mark that
 * closes the figure before (`总产值突破千亿大关、增加值增长8.6%`: the second label is 增加值).
 */
export const LABEL_HEAD = new RegExp(
  `^(?:${YEAR_FRAME}|${alternation(THRESHOLD_MARKS)}|全年|今年|年内|力争|确保|争取|努力|继续|全面|积极|计划|预计|累计|共|合计|总计|实现|全县|全市|全区|我县|我市|我区|其中|“|”|"|\\s)+`,
);
export const LABEL_TAIL =
  /(?:分别|均|提高到|提升到|增加到|增长到|下降到|降低到|降至|达到|达|为|超过|突破|超|增长|同比|比上年|预期|预计|力争|以上|约|近|接近|控制在|保持在|稳定在|共|合计|总计|累计|的|“|”|"|\s)+$/;

/** The words a change starts from, up to its figure (`由`, `从2005年的`, `由“十五”末的`). */
export const CHANGE_FROM = /[由从][^,;。由从]*$/;

/**
 * Words that give the level a change led to, after the change (`比上年增加1530元,达到21200元`): the
 * figure is the level itself, not a second measure of the change.
 */
export const LEVEL_REACHED = /^[,、]?(?:达到|达)$/;

/** Verbs of a change that take a figure to another with 到/至 (`由32亿元增加到45亿元`, `下降至`). */
export const CHANGE_VERBS = [
  '增加',
  // `从1978年的148元发展到2018年的2.85万元`: grown to.
  '发展',
  '提高',
  '提升',
  '增长',
  '上升',
  '扩大',
  '跃升',
  '攀升',
  '下降',
  '降低',
  '减少',
  // The short forms (`从2006年的19.8亿元增至2011年的48.6亿元`, `降至`).
  '增',
  '降',
];
/** Verbs that reshape a structure into another with 为/到 (`由14:68:18调整为11:64:25`, `演进为`). */
export const RESHAPE_VERBS = ['调整', '优化', '转变', '演进', '演变', '变'];

/** Words that call a year's inflow new (`新增到账外资`): redundant before a statistic of what a year brings in. */
export const NEW_INFLOW = ['新增'];

/** Words that restate a figure in another unit (`按年末汇率折算为1358美元`, `约合8550美元`). */
export const CONVERTED = ['折算', '折合', '约合'];

/** The year before the one spoken of, by name. */
const LAST_YEAR = '(?:上一?年|去年)';

/**
 * Where a change opens, just before its first figure (`由`, `从上年的`, `从2015年的`): `从20亿元到31亿元`
 * goes from one level to another; it is no range.
 */
export const CHANGE_OPENS = new RegExp(`[由从](?:${LAST_YEAR}|${YEAR_FRAME})?的?$`);
/** A change that opens from the year before (`由上年的16.8:50.1:33.1调整为…`): a start one year back. */
export const CHANGE_OPENS_LAST_YEAR = new RegExp(`[由从]${LAST_YEAR}的?$`);

/** The words that take a figure to another one (`增加到`, `下降至`, `调整为`): a pattern. */
export const CHANGE_TO_WORDS = `(?:${alternation(CHANGE_VERBS)})(?:到|至)|(?:${alternation(RESHAPE_VERBS)})+(?:为|到|至)`;

/** Words that take a figure to another one: `增加到`, `下降至`, `预计增加到`, `调整为`. */
export const CHANGE_TO = new RegExp(
  // (A page may drop the 为 before the new shape: `由上年的16.8:50.1:33.1调整15.4:51.9:32.7`.)
  `^(?:预计|将|可)?(?:${CHANGE_TO_WORDS}|(?:${alternation(RESHAPE_VERBS)})+(?=\\d))`,
);

/**
 * Nouns an amount can qualify, written right after it (`税收10亿元楼宇8个`, `10亿元以上项目12个`,
 * `一般公共预算收入超10亿元的县(区)由2个增加到8个`): the amount is a class of what is counted, not
 * the subject's figure.
 */
export const QUALIFIED_NOUNS = [
  '楼宇',
  '企业',
  // (`税收超2000万元工业企业发展到26家`.)
  '工业企业',
  '规上企业',
  '项目',
  '工程',
  '园区',
  '产业集群',
  '集群',
  '村',
  '县',
  '乡镇',
  '镇',
  '街道',
];

/**
 * A unit of land a figure is counted on (`每平方公里土地产生1.75亿元的GDP`): an intensity, not the
 * region's total.
 */
export const PER_AREA = ['每平方公里', '每平方千米', '每公顷', '每亩'];

/**
 * Words after a statistic's name that make it a factor another figure leaves out or weighs
 * (`扣除物价因素,实际增长16.2%`): the name is no subject of a figure.
 */
export const AS_A_FACTOR = ['因素'];

/** Words that state a figure on a like-for-like basis, beside or instead of the published one. */
// (`按可比价格计算` is how every real growth rate is stated: no second basis.)
// (`可比增长2.5%、现价增长3.5%`: growth at comparable prices beside growth at current ones.)
export const COMPARABLE_BASIS = [
  '同口径',
  '同比口径',
  '可比口径',
  '按可比口径',
  '不可比因素',
  '减收因素',
  '可比增长',
  // What the figure leaves out (`剔除新纳入预算的收费,增长11.7%`, `扣除价格因素实际增长6.5%`).
  '剔除',
  '扣除',
];
/** Words that name the published basis beside a comparable one (`自然增长`, `现价增长`). */
export const REPORTED_BASIS = ['自然口径', '自然增幅', '自然增长', '现价增长'];

/** The points of a list said as words (`一是…;二是规模以上工业增加值增长14.1%`). */
export const ENUMERATION = `${COUNTING_NUMERAL}{1,2}是`;

/** A rank among places: `全省第三`, `全市第一位`, `全国前列`, `全国前十强`. */
const RANK =
  '(?:全国|全省|全区|全市|全州|同类城市|珠三角|省内)?(?:第[一二三四五六七八九十\\d]{1,3}(?:位|名)?|前[一二三四五六七八九十\\d]{1,3}(?:强|位|名)?|前列|首位)';

/** The verbs that place a figure at a rank said after it (`居全省第三`, `位列全国前十`). */
const RANK_VERBS = alternation(['居', '位居', '位列', '排名', '列', '稳居', '跻身', '跃居']);

/**
 * Where a figure ranks, said after it (`、全省第三`, `,居全市第一位`, `,位居全国前列`), or stays
 * (`、继续保持全国前十`): commentary that ends its clause as a link word would.
 */
export const RANKING_AFTER = new RegExp(`^[,、]?(?:${RANK_VERBS}|(?:继续)?保持)?${RANK}$`);

/**
 * A rank among peers said right after a figure (`增长10.7%、增速居全省第一`, `,居全国第二`): known only
 * once the year is over, so the figure is a result. (Not a rank aimed at: `增速保持全省前列`.)
 */
export const RANKED_AMONG_PEERS = new RegExp(`^[,、]?(?:增速|增幅|总量|规模)?(?:${RANK_VERBS})${RANK}`);

/** A rank in brackets right after a figure (`增速分别为5.6%(全市第四)、6.6%`): an aside a run of values goes on past. */
export const RANK_ASIDE = new RegExp(`^\\((?:${RANK_VERBS})?${RANK}\\)`);

/** A rank a figure rose to, said before it (`经济总量跃升至全省第4位、达到2458.8亿元`). */
const RANK_REACHED = `(?:跃升至|跃居|升至|上升至|提升至|位居|位列|稳居|跻身|居)${RANK}[、,]?`;

/** Words that set a figure against another's (`高于全市3个百分点`). */
const AHEAD_OF = ['高于', '低于', '快于', '慢于', '领先'];
/** The wider places a figure is set against. */
const WIDER_SCOPES = ['全国', '全省', '全市', '全州', '全盟'];
/**
 * A figure's lead over a wider place's, said before the lead (`高于全市3个百分点`, `比全省平均水平高
 * 9277元`): a difference, not a figure of the statistic.
 */
export const AHEAD_OF_WIDER = new RegExp(
  `(?:${alternation(AHEAD_OF)})(?:${alternation(WIDER_SCOPES)})(?:平均水平|平均)?` +
    `|比(?:${alternation(WIDER_SCOPES)})(?:平均水平|平均)?(?:高出|高|低|快|慢)`,
);

/**
 * What a circumstance a figure came about in is called: `在…的情况下`, `在…背景下`, `在高基数下` (a
 * high base the year is compared with), `在疫情冲击影响下`.
 */
export const CIRCUMSTANCES = ['情况', '背景', '形势', '压力', '基数', '影响', '冲击'];

/**
 * A note in brackets on how figures are counted, or the word one is called by below (`同比增长
 * (以下简称增长)7%`, `全年预计(下同)完成…`, `预计(以下均为预计)地区生产总值…`): between a subject and
 * its figure, or before the subject.
 */
export const COUNTING_NOTE =
  '\\((?:同口径|可比口径|按可比价格计算|按可比价计算|现价|预计|下同|预计数|初步统计|以下|下称)[^()]{0,10}\\)';

/**
 * What a figure takes in or leaves out, in brackets after it or before its subject (`760亿元(含港务区)`,
 * `全年(不包括华能电厂)完成地区生产总值59.25亿元`).
 */
export const SCOPE_NOTE = '\\((?:含|不含|包括|不包括)[^()]{1,12}\\)';

/**
 * Phrases, as patterns, allowed between a subject and its number like link words: a basis note
 * (`剔除减税降费不可比因素`), a circumstance, and a bracketed aside (`下降(同口径)19.59%`, `增长5.5%(预计,同比,下同)`).
 */
export const LINK_PATTERNS = [
  // A sum over years broken down by one of them (`累计完成2039亿元,其中2005年完成600亿元`); a bare
  // 其中 before an amount is a part of it, not the same statistic.
  `其中,?(?=${YEAR_FRAME})`,
  // (`剔除减税降费因素后`, `剔除留抵退税后`.)
  '(?:剔除|考虑|扣除)[^,;。]{0,12}?(?:因素(?:影响)?后?|后)',
  // A comparison with a named year (`比2012年增长10.6%`); one years back is no year's growth (facts.ts).
  `(?:比|较)${YEAR_FRAME}(?:同期)?`,
  // …or with a plan's period (`年均增速为12.6%,比“九五”时期提高0.6个百分点`).
  `(?:比|较)${PLAN_PERIOD}`,
  // The source a figure is taken from (`根据省统计局的修订结果预计完成4725亿元`, `根据初步核算`).
  '根据[^,;。\\d]{1,16}?(?:结果|数据|核算|测算)',
  // Thresholds crossed, counted, before the figure reached (`连跨2个千亿元台阶、达到4500亿元`).
  `(?:连?(?:${alternation(THRESHOLD_WORDS)})|连跨)(?:[两二三四五六七八九十]|\\d{1,2})个[^,;。\\d]{0,6}?(?:${alternation(THRESHOLD_MARKS)})、?`,
  // A threshold crossed without its figure, before the figure of the year (`再迈上新的百亿台阶、增长
  // 8.1%`, `跨上新台阶,达到3.1万亿元`); a step is climbed with 上 alone too (`再上一个百亿级台阶、`).
  `(?:再|又|首次)?(?:${alternation([...THRESHOLD_WORDS, '上'])})了?(?:一个)?新?的?[^,;。、\\d]{0,4}?(?:${alternation(THRESHOLD_MARKS)})[、,]`,
  // The span a yearly average is taken over (`五年年均增长14.5%`).
  '[两三四五六七八九十]年(?=年均)',
  // The years a change runs between (`从2015年的717.4亿元提高到2020年的1037.1亿元`).
  `[由从]${YEAR_FRAME}的`,
  `(?:到|至)${YEAR_FRAME}的`,
  // How far a figure is ahead of a wider place's (`增长5%,高于全市3个百分点`): the sentence goes on
  // with the figure's subject; the lead is no figure of it (facts.ts).
  AHEAD_OF_WIDER.source,
  // The circumstance a figure came about in (`在大幅减税降费情况下增长1.5%`, `受疫情影响下降3%`).
  `在[^,;。]{1,12}?(?:${alternation(CIRCUMSTANCES)})下`,
  '受[^,;。]{1,12}?影响',
  // A statistic listed with others the catalog does not hold, all with the one figure
  // (`单位地区生产总值能耗和二氧化碳排放量均下降3.5%`, `…、金融机构存贷款余额均突破2万亿元`).
  `(?:${alternation(LIST_JOINERS)})[^,;。\\d]{1,10}?(?:均|都)`,
  // The statistics just listed, counted for a run of their changes (`进出口954亿美元,其中出口634亿美元,
  // 进口320亿美元,三项数据同比分别增长39%、35.5%和46.3%`, `以上两项指标均增长8%`, `二者分别增长`).
  '(?:以上|上述)?(?:[两二三四五六七八九]项(?:数据|指标)?|[两二三]者)(?=同比|比上年|分别|均)',
  // A sector's share of GDP after its figure (`服务业增加值300亿元,占地区生产总值比重达到52%`).
  SHARE_OF_GDP_WORDS,
  COUNTING_NOTE,
  RANK_REACHED,
  // The definition a figure is counted by (`财政总收入558亿元,按省口径计算增长16.8%`).
  '按[^,;。\\d]{1,6}?口径(?:计算|统计)',
  // The currency a figure is converted at (`人均GDP按当年汇率折算超过6400美元`), also in brackets
  // after the figure and with its year (`(按2017年平均汇率计算为5791美元)`).
  `\\(?按(?:${YEAR_FRAME})?[^,;。\\d]{0,6}?汇率(?:折算|计算)`,
  // A restatement in another currency, bare (`人均生产总值9.5万元,约合1.5万美元,增长6.1%`): the level
  // restated gives way to the one the sentence states (facts.ts: withoutRestatements).
  `(?:${alternation(CONVERTED)})(?:为|成)?`,
  // A bracket that opens on the exact figure after a round one (`首次突破7万亿元(72678亿元)`).
  '^\\((?:达到|为)?$',
  // A bracket that opens on the figure's other basis (`同口径增长9.3%(自然增长1.7%)`).
  `\\((?=${alternation([...REPORTED_BASIS, ...COMPARABLE_BASIS])})`,
  // The years since a threshold was last crossed (`时隔8年再次突破100亿元`), and a streak of years a
  // floor has held (`粮食产量连续9年稳定在1050万吨以上`).
  `时隔(?:\\d{1,2}|[两二三四五六七八九十]{1,2})年`,
  `连续(?:\\d{1,2}|[两二三四五六七八九十]{1,2})年(?=${alternation(FLOOR_HELD)})`,
  // The part of a year a figure is of, between the statistic and its figure (`GDP一季度累计增长4.7%、
  // 二季度累计增长6.3%,全年累计增长6.7%`): each figure is the statistic's, and the fact rules keep the
  // whole year's alone (facts.ts: partOfYear).
  PART_OF_YEAR.source,
  // An abbreviation glossed after the name: `地区生产总值(GDP)增长7%`.
  '\\([A-Za-z&]{2,6}\\)',
  // A scope note that holds for the figures after it (`(不含定州,下同)`, `(人民币,下同)`).
  '\\([^()]{1,12}下同\\)',
  SCOPE_NOTE,
];

/**
 * What a projects' total may go on to after its 的 (`总投资250亿元的13个重大项目`, `…的重点项目`): a
 * count of projects or their kind. Anything else names one project (`总投资52亿元的某某码头`), whose
 * size is no total a report counts.
 */
export const PROJECTS_COUNTED = ['重点项目', '重大项目', '项目', '一批', '一大批', '各类项目'];

/** Words saying each of the items named has the figure (`城乡居民收入均增长8%`, `双双达到11%以上`). */
export const EACH_OF_THEM = ['均', '都', '同步', '双双'];
