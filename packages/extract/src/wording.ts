/**
 * The small words around a figure that carry no subject of their own: framing (确保, 力争, 全年),
 * links (达到, 为, 控制在), change verbs (增长, 下降) and place words (全县, 我市). The fact rules use
 * them to decide whether the words between a subject and a number belong to that subject.
 */
import { regionCandidates } from '@gwr/domain';
import { isDigit } from './char-codes.js';
import { alternation } from './lexicon/pattern.js';

const YEAR = String.raw`(?:20|19)\d{2}年(?:度|底|末|全年)?`;

/** Conjunctions, quotation marks and the spam mask: neutral both before and after an indicator. */
const JOINERS = ['和', '及', '与', '、', '“', '”', '"', '\u2060'];

/** Words allowed between an indicator and its number (`地区生产总值首次超过500亿元`). */
const LINK_WORDS = [
  '按可比价格计算',
  '按可比价计算',
  '按可比口径',
  '可比口径',
  '可比价',
  '可比',
  '比上年同期',
  '较上年同期',
  '比去年同期',
  '上年同期',
  '名义',
  '现价',
  '同口径',
  '比上年',
  '较上年',
  '比去年',
  '较去年',
  '同比',
  '全年',
  '累计',
  '首次',
  '历史性',
  '分别',
  '均',
  '再',
  '预计',
  '预期',
  '力争',
  '确保',
  '争取',
  '努力',
  '继续',
  '保持在',
  '保持',
  '实现',
  '完成',
  '达到',
  '达',
  '为',
  '是',
  '在',
  '年均增长',
  '由',
  '从',
  '增长到',
  '增加到',
  '扩大到',
  '增长',
  '增加',
  '增速',
  '增幅',
  '增',
  '提高到',
  '提高',
  '提升到',
  '提升',
  '上升到',
  '上升',
  '上涨',
  '涨幅',
  '下降到',
  '下降',
  '降低到',
  '降低',
  '降至',
  '降到',
  '减少',
  '回落',
  '控制在',
  '稳定在',
  '超过',
  '突破',
  '首破',
  '跨越',
  '迈上',
  '跨上',
  '站上',
  '跃上',
  '超',
  '不低于',
  '不少于',
  '不超过',
  '不高于',
  '低于',
  '高于',
  '接近',
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

/** Words allowed before an indicator that still make it the region's own figure (`全县地区生产总值`). */
const FRAME_WORDS = [
  '主要预期目标为',
  '主要目标为',
  '预期目标为',
  '目标为',
  '全社会',
  '全年',
  '全县',
  '全市',
  '全区',
  '全省',
  '全州',
  '全盟',
  '全旗',
  '全镇',
  '全乡',
  '全国',
  '全域',
  '我县',
  '我市',
  '我区',
  '我省',
  '我州',
  '本县',
  '本市',
  '本区',
  '市区',
  '县域',
  '市域',
  '今年',
  '去年',
  '当年',
  '年内',
  '年末',
  '年底',
  '全年度',
  '预计',
  '力争',
  '确保',
  '争取',
  '努力',
  '实现',
  '完成',
  '保持',
  '推动',
  '促进',
  '其中',
  '使',
  '要',
  '将',
  ...JOINERS,
];

function wordsRe(words: string[]): RegExp {
  return new RegExp(`(?:${YEAR}|\\s|${alternation(words)})`, 'g');
}

const LINK_RE = wordsRe(LINK_WORDS);
const FRAME_RE = wordsRe(FRAME_WORDS);

/** Whether `text` between a subject and its number holds only link words. */
export function isLink(text: string): boolean {
  return text.replace(LINK_RE, '') === '';
}

/** Whether `text` before an indicator is only framing and place names (`温州市瓯海区全年`). */
export function isFrame(text: string): boolean {
  const rest = text.replace(FRAME_RE, '');
  return rest === '' || isRegionNames(rest);
}

/** Whether `text` is one or more region names in a row (`温州市瓯海区`, `瓯海`). */
function isRegionNames(text: string): boolean {
  const ok: boolean[] = new Array(text.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (!ok[i]) continue;
    for (let j = i + 2; j <= Math.min(text.length, i + 12); j++) {
      if (!ok[j] && regionCandidates(text.slice(i, j)).length > 0) ok[j] = true;
    }
  }
  return ok[text.length]!;
}

const DECREASE = /(?:下降|降低|减少|回落|下滑|收窄)(?!到|至|为)/;

/** A multi-year average (`五年来年均增长8%`) is not the figure of one year. */
export const MULTI_YEAR = /年均|年平均/;
const INCREASE = /(?:增长|增加|提高|提升|上升|扩大)(?!到|至|为)|增速|增幅|上涨|涨幅|^增$|[^到至]增$/;

/** The change a link states: +1 for a rise, −1 for a fall, 0 for a level or rate (`达到`, `下降到`). */
export function changeDirection(link: string): -1 | 0 | 1 {
  if (DECREASE.test(link)) return -1;
  if (INCREASE.test(link)) return 1;
  return 0;
}

/** A ceiling the text sets (`控制在`, `下降到`, `不超过`): read as at most, for a target. */
export const CEILING_WORDS = /控制在|下降到|降至|降到|降低到|不超过|不高于/;

/** Framing and link words stripped from a label so it names only what is counted. */
const LABEL_HEAD = new RegExp(
  `^(?:${YEAR}|全年|今年|年内|力争|确保|争取|努力|继续|全面|积极|计划|预计|累计|共|合计|总计|实现|全县|全市|全区|我县|我市|我区|其中|“|”|"|\\s)+`,
);
const LABEL_TAIL =
  /(?:分别|均|提高到|提升到|增加到|增长到|下降到|降低到|降至|达到|达|为|超过|突破|超|增长|同比|比上年|以上|约|近|接近|控制在|保持在|稳定在|共|合计|总计|累计|的|“|”|"|\s)+$/;

/** The words that name what a number counts (`新增公共停车位` from `力争新增公共停车位`). */
export function cleanLabel(text: string): string {
  // List numbering (`6.增设城区停车位`) is not part of the name.
  // (Each step tested first: this runs for every figure, and most labels need none of them.)
  let label = text.includes('\u2060') ? text.replace(/\u2060/g, '') : text;
  if (label.length > 0 && isDigit(label.charCodeAt(0))) label = label.replace(/^\d{1,2}\.(?!\d)/, '');
  for (let i = 0; i < 3; i++) {
    const next = label.replace(LABEL_HEAD, '').replace(LABEL_TAIL, '');
    if (next === label) break;
    label = next;
  }
  label = label.replace(/^[、和及与,]+|[、和及与,]+$/g, '');
  // A quotation cut in half by the clause (`丽水山耕”实现销售额`) reads better without its marks.
  if (!label.includes('“') && !label.includes('”')) return label;
  const opens = label.split('“').length;
  const closes = label.split('”').length;
  return opens === closes ? label : label.replace(/[“”]/g, '');
}
