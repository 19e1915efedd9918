/** Words that name places inside a region that are not the region (elsewhere.ts). */

import { ZONE_KINDS } from '@gwr/domain';
import { alternation } from './pattern.js';

/**
 * Zones a report gives figures of its own: `天易经开区`, `高新技术产业开发区`, `滨海新区`; the kinds of
 * development zone (ZONE_KINDS, in full and short) and the other zones a region holds. Longest first,
 * so a name ends on the longest word it does (`综合保税区` before `保税区`).
 */
export const ZONE_WORDS = [
  ...ZONE_KINDS.flatMap((k) => (k.short ? [k.zh, k.short] : [k.zh])),
  '产业园区',
  '工业园',
  // A science park (`洛龙科技园全年工业投资超过20亿元`), and one named for its trade (`某某产业园`).
  '科技园',
  '产业园',
  '综合保税区',
  '保税区',
  '自贸区',
  '新区',
  // A pilot zone (`郑州航空港经济综合实验区`), which calls itself 实验区.
  '综合实验区',
  '实验区',
].sort((a, b) => b.length - a.length);

/**
 * The built-up part of a city a report may give figures of its own for, after the whole city's
 * (`全市…生产总值358亿元…。市区预计实现生产总值97亿元`): a part, not the city. (Not `市区居民人均可支配
 * 收入`, the catalog's wording of the urban residents' income.)
 */
export const CITY_PARTS = ['市区', '主城区', '中心城区'];

/** The last character of a region's name that says its level (`瓯海区`, `庆元县`, `衢州市`). */
export const OWN_LEVEL_CHARS = ['区', '县', '市', '旗', '州', '盟', '省'];

/**
 * What a title names when a zone's figures are its own economy's: its meeting or report of the
 * year (`长春高新区2014年工作会议`, `某经济开发区召开年度工作总结大会`); not a project it hosts
 * (`宁波保税区某项目开工`), which investment news files under the city.
 */
export const ZONE_OWN_REVIEW = [
  '工作会议',
  // (Said short: `成都高新区召开2015年工作会`.)
  '工作会',
  '工作报告',
  '总结大会',
  '工作大会',
  // Its leading body's year-end meeting (`某经开区召开党工委(扩大)会议`), a meeting that pushes the
  // year's work on (`某高新区2018年重点工作落实推进会`).
  '扩大)会议',
  '扩大会议',
  '推进会',
  // The year's work summed up and the next one's set out (`…召开2023年工作总结暨2024年工作部署大会`).
  '工作总结',
  '部署大会',
  // Its results set out for all to see (`某高新区晒出亮丽成绩单`).
  '成绩单',
  // A briefing on how it stands (`某开发区召开区情通报会,提出了全年工作目标`).
  '通报会',
  // The year's best honoured with its work reviewed (`某开发区召开2011年经济工作暨表彰大会`).
  '表彰大会',
];

/** A zone's administrative committee, which governs it (`…高新区管委会`). */
export const ZONE_COMMITTEES = ['管委会', '管理委员会'];

/** The body that governs a zone, as its own report's title names it (`…新区管委会工作报告`, `…新区政府工作报告`). */
export const ZONE_GOVERNMENTS = [...ZONE_COMMITTEES, '人民政府', '政府'];

/**
 * A zone's word in full and its short form (`长春高新技术产业开发区` is `长春高新区`): a zone is kept by
 * the full form, as GB/T 2260 names the zones it lists, whichever its text gives.
 */
export const ZONE_SHORT_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  ZONE_KINDS.flatMap((k) => (k.short ? [[k.zh, k.short]] : [])),
);
/** The same the other way: a short form's word in full (`高新区` is `高新技术产业开发区`). */
export const ZONE_FULL_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  ZONE_KINDS.flatMap((k) => (k.short ? [[k.short, k.zh]] : [])),
);

/**
 * The word a zone's own text calls it by beside its names in full and short (`园区实现地区生产总值…`
 * in 苏州工业园区's report, `开发区完成…` in an economic development zone's).
 */
export const ZONE_SELF_WORDS: Readonly<Record<string, readonly string[]>> = {
  工业园区: ['园区'],
  经济开发区: ['开发区'],
  经济技术开发区: ['开发区'],
  综合实验区: ['实验区'],
};

/** What a zone does when it is the subject of its own figures (`…经开区实现…`, `…新区完成…`). */
export const SUBJECT_VERBS = [
  '实现',
  '完成',
  '全年',
  '累计',
  '共',
  '预计',
  '地区生产总值',
  '规模以上',
  '规上',
  '固定资产投资',
  '税收',
  '财政',
  '一般公共预算',
  '进出口',
  // A place's goals, leading their list (`卫辉市提出的目标是:…`).
  '提出',
  '的目标',
  // A place's main figures, leading their list (`某开发区主要经济指标成绩喜人,地区生产总值…`), or its
  // economy's course (`特别是重庆经济运行稳中有进,地区生产总值同比增长5.7%`).
  '主要经济指标',
  '主要指标',
  '经济运行',
];

/** The country's own words for itself: in a lower region's text, its figures are the country's. */
export const COUNTRY_SCOPE = ['全国', '我国'];
/** The country's name for its output (a province's and a city's is 地区生产总值). */
export const COUNTRY_STATISTIC = '国内生产总值';
/** A province's own words for itself: in a city's or county's text, its figures are the province's. */
export const PROVINCE_SCOPE = ['全省', '我省'];
/**
 * The counties of a region taken together: a county's own territory (`县域生产总值` in its report),
 * but in a city's or province's text the sum of its counties, not its own figure.
 */
export const COUNTIES_SCOPE = ['县域'];
/**
 * What after a scope word makes it a rank or a comparison, not a subject (`全省第三`, `全国平均`,
 * `农业保持全省领先,增加值增长4.4%`, `增速全省最快`).
 */
export const SCOPE_AS_RANK = [
  '第',
  '前',
  '首',
  '平均',
  '范围',
  '排名',
  '同类',
  '各地',
  '领先',
  '领跑',
  '率先',
  '最',
  '之首',
  // A place among the strongest so many (`跻身全省八强`, `全国百强县`).
  '三强',
  '五强',
  '八强',
  '十强',
  '二十强',
  '五十强',
  '百强',
];

/**
 * Counties whose short form is an ordinary word of a report (`共同富裕`, `乡村振兴`, `区域合作`, `惠民
 * 政策`, `天津市` ends in 津市) or a firm's name (`东风汽车`): such a stem alone never says which
 * county a text is about.
 */
export const ORDINARY_WORD_STEMS = [
  '合作',
  '资源',
  '振兴',
  '新建',
  '惠民',
  '新兴',
  '新城',
  '大关',
  '平安',
  '通道',
  '富民',
  '富裕',
  '同心',
  '解放',
  '大通',
  '和平',
  '津市',
  '沙市',
  '东风',
  // (`人民安居乐业`: 安居区's and 乐业县's stems in one idiom; `安居工程`.)
  '安居',
  '乐业',
  // (`除险固安`, a slogan of securing safety.)
  '固安',
  // Words of any report: `增进友谊`, `民族复兴`, `社会安定`, `奋勇前进`, `光明前景`, `新华社`,
  // `红旗渠`, `城关镇` (a county seat's town), `向阳花`, `心态平和`, `东方明珠`.
  '友谊',
  '复兴',
  '安定',
  '前进',
  '光明',
  '新华',
  '红旗',
  '城关',
  '向阳',
  '平和',
  '东方',
  // Heilongjiang's name for itself (`龙江振兴`, `“六个龙江”`), more often than 龙江县's short form.
  '龙江',
];

/**
 * Words that set a place beside the one a text is about (`增速与保山市并列全省第一`, `与某市相比`): a
 * peer named after 与/同/和, not the text's own place.
 */
export const PEER_COMPARISONS = ['并列', '相比', '比较', '持平'];

/**
 * A place a text ranks its own place within or is judged by (`居延安市第二`, `稳居某市“第一方阵”`,
 * `被某市评为先进`, `列某市各县(市区)第一`): the place above the one the text is about. The words
 * before the place's name, and after it.
 */
export const RANKED_WITHIN = {
  before: ['居', '稳居', '位居', '位列', '名列', '列', '跻身', '被'],
  after: ['第', '“第', '"第', '前', '首位', '评为', '授予', '表彰', '各县', '各区', '各市'],
};

/**
 * Words after a place's short form that make it an area around the place (`融入武汉城市圈`,
 * `长株潭都市圈`): another place's text names it as a neighbour.
 */
export const AREA_AROUND_WORDS = ['城市圈', '都市圈', '经济圈', '城市群', '都市区'];

/**
 * Words after a place's short form that make it a street's name (`顺城街`, `中山路`, `延安路`, `北京
 * 大街`): a city names its streets after other places.
 */
export const STREET_WORDS = ['街', '路', '巷', '大道', '大街'];

/**
 * Words after a place's short form that make it the scope of a first (`成为丽水首座国家历史文化名城`,
 * `浙江首个`): the text ranks itself within that place, which is not the one it is about.
 */
export const FIRST_IN_WORDS = ['首座', '首个', '首家', '首支', '首批', '首条', '首所', '首位', '唯一'];

/**
 * Words after a place's short form that make it the part of a larger thing lying in that place
 * (`温州绕城高速公路西南线瑞安段`, `某职业技术学院瑞安学院`, `某大学某校区`): named after the thing of
 * the place above, it says the text is the lower place's.
 */
export const PART_IN_PLACE_WORDS = ['段', '学院', '校区', '分院', '分校', '园区'];

/**
 * What a speech calls the province-level region above it, by kind: `自治区` (`获自治区奖励`, not the
 * end of a name such as 西藏自治区) is an autonomous region; `省委`, `全省` an ordinary province.
 * Between homonymous places (新城区 of 西安 and of 呼和浩特) they say which is meant.
 */
export const PROVINCE_KIND_WORDS: readonly { words: RegExp; autonomous: boolean }[] = [
  { words: /(?<![族古藏])自治区(?!人民政府|政府工作)/g, autonomous: true },
  { words: /省委|省政府|全省|我省/g, autonomous: false },
];

/**
 * The words around a place's stem in the slogan a speech closes on (`奋力谱写中国式现代化磴口新篇章`):
 * the stem between them is the speaker's own place.
 */
export const SLOGAN_BEFORE_PLACE = ['现代化'];
export const SLOGAN_AFTER_PLACE = ['新篇章', '篇章'];
/**
 * The thanks a speech gives those who back its place (`向所有关心、支持绩溪发展的各界友人`): the
 * words on either side of the stem it names itself by.
 */
export const THANKED_FOR_PLACE = { before: ['支持'], after: ['发展', '建设'] };

/**
 * What a government answers to the party committee and government above it for (`落实成都市委市政府
 * 决策部署`, `在某市委、市政府的坚强领导下`).
 */
export const LEADERSHIP = ['决策部署', '坚强领导', '正确领导', '领导'];

/**
 * Parts of the economy a bulletin breaks down as it does the whole (`全年民营经济增加值119亿元…。其中,
 * 第一产业增加值17.41亿元`): a sentence opening on 其中 after one gives that part's sectors.
 */
export const PARTIAL_ECONOMIES = ['民营经济', '非公有制经济', '非公经济', '县域经济', '数字经济', '海洋经济'];

/** Words of a news outlet's name (`江苏广电总台`, `某某日报`, `某县融媒体中心`). */
export const OUTLET_WORDS = ['广电', '广播', '电视', '日报', '晚报', '报社', '新闻网', '融媒'];

/**
 * A local outlet's words after its place's name, before the dateline's 讯 (`福鼎新闻网讯`,
 * `某县融媒体中心讯`), a paper named by 报 alone too (`某县报讯`): the news is of the outlet's own place.
 */
export const DATELINE_OUTLETS = [...OUTLET_WORDS, '报'];

/**
 * A page's credit of the outlet it comes from (`来源:江苏广电总台`, `稿源:某某日报`): a province's or
 * the country's media report on any place, so the place it names is not the text's. (A government's
 * credit, `来源:某县人民政府`, is kept: it names its own place; so is its `报送`, which is why 报 alone
 * names no outlet here.)
 */
export const SOURCE_CREDIT = new RegExp(
  `(?:来源|稿源|出处)[::]\\s*[^\\s,,。;]{0,12}?(?:${alternation(OUTLET_WORDS)})[^\\s,,。;]{0,8}`,
  'g',
);

/**
 * The words after the country's name that make it a national outlet's (`中国网络电视台`, `中国新闻网`,
 * `中国经济网`): such outlets report on any place, and their name is no mention of the country.
 */
export const NATIONAL_OUTLET_WORDS = [
  '网络电视台',
  '新闻网',
  '经济网',
  '政府网',
  '青年网',
  '日报',
  '青年报',
  '证券报',
  '新闻社',
  '新闻周刊',
  '国际广播电台',
];

/**
 * A news dateline and its byline (`中国经济网乌鲁木齐1月12日讯 (记者某某)`, `新华社北京3月5日电`): the
 * place it names is where the story was filed, not what its figures are about.
 */
export const DATELINE =
  /[^,,。;“”]{0,16}?\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[((](?:记者|通讯员)[^))]{0,20}[))])?/g;

/**
 * What a site's host may add to its place's reading (`cixird.gov.cn`): the place's people's congress
 * (人大) and political consultative conference (政协), where its reports are put and discussed, and
 * its news.
 */
export const HOST_BODY_SUFFIXES = ['rd', 'zx', 'news'];
