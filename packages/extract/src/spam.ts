/**
 * Stray spam inside bodies: the portal's pages carry novel titles (in the seed, two
 * officialdom novels) dropped between or inside a report's sentences, with no punctuation of
 * their own: `…省级先进。二号首长2.创新创业氛围渐浓。`, `…造血能力。侯卫东官场笔记着力优化美丽环境。`.
 *
 * Two kinds of evidence, weighed together:
 * - the vocabulary of web-fiction titles (genres and stock characters: 官场, 首长, 重生, 总裁,
 *   娇妻, 神医, 兵王…) and of fiction sites (`第12章`, `最新章节`, `txt下载`);
 * - where the run sits: stranded between a sentence's end and the next list item, glued to the
 *   start of a sentence, or wedged inside one so that the text reads on without it (the
 *   characters on either side are a pair the document uses elsewhere: `总值|增长`).
 */

import { parseChineseNumeral } from './chinese-number.js';
import { ITEM_END } from './lexicon/layout.js';
import { COUNTING_NUMERAL, NUMERAL_CHARS } from './lexicon/numerals.js';
import { AFTER_A_NUMBER } from './lexicon/units.js';
import { LIST_MARKER } from './list-marker.js';
import { occurrences } from './occurrences.js';

export interface SpamSpan {
  start: number;
  end: number;
  reason: string;
}

/**
 * Words only fiction sites print: chapter numbers, reading and download chrome. `txt` in either
 * case is spelled out rather than flagged `i`: this runs over every body, and the flag took the
 * regex off its fast literal scan.
 */
const FICTION_CHROME = new RegExp(
  `第\\s*[0-9${NUMERAL_CHARS}]+\\s*章|最新章节|章节目录|全文阅读|全文免费|免费阅读|在线阅读|[Tt][Xx][Tt]\\s*(?:全集)?下载|无弹窗|笔趣阁|起点中文|小说网|全本小说`,
  'g',
);

/**
 * Title words of web fiction with a weight: near-certain genre markers 1.5, stock words that
 * government prose hardly uses 1, words it does use in other senses 0.5 (都市农业, 天下第一).
 */
const TITLE_WORDS: [string, number][] = [
  ...[
    '官场',
    '重生',
    '穿越',
    '快穿',
    '王妃',
    '娇妻',
    '萌妻',
    '萌宝',
    '宠妻',
    '甜妻',
    '嫡女',
    '庶女',
    '毒妃',
    '医妃',
    '兵王',
    '赘婿',
    '修仙',
    '仙尊',
    '魔尊',
    '帝尊',
    '逆天',
    '狂少',
    '弃少',
    '邪王',
    '邪神',
    '神医',
    '纨绔',
    '位面',
    '校花',
    '斗破',
    '斗罗',
  ].map((w): [string, number] => [w, 1.5]),
  ...[
    '首长',
    '笔记',
    '总裁',
    '官运',
    '官仙',
    '官路',
    '官途',
    '官神',
    '仕途',
    '宦海',
    '王爷',
    '前妻',
    '老婆',
    '美女',
    '闪婚',
    '豪门',
    '战神',
    '龙王',
    '龙婿',
    '修真',
    '至尊',
    '剑神',
    '剑仙',
    '武神',
    '神尊',
    '仙帝',
    '少帅',
    '妖孽',
    '腹黑',
    '霸道',
    '异界',
    '玄幻',
    '末世',
    '丧尸',
    '网游',
    '神豪',
    '绝品',
    '极品',
    '苍穹',
  ].map((w): [string, number] => [w, 1]),
  ...[
    '都市',
    '传奇',
    '风流',
    '绝世',
    '天下',
    '之王',
    '帝国',
    '之路',
    '人生',
    '最强',
    '天才',
    '巅峰',
    '权力',
    '沉浮',
    '生涯',
    '高手',
    '医道',
    'boss',
  ].map((w): [string, number] => [w, 0.5]),
];
const WORD_WEIGHT = new Map(TITLE_WORDS.map(([w, n]) => [w.toLowerCase(), n]));
/** Title words by their first character (ASCII lower-cased), longest first: one lookup a character. */
const WORDS_BY_FIRST = new Map<number, string[]>();
for (const word of [...WORD_WEIGHT.keys()].sort((a, b) => b.length - a.length)) {
  const list = WORDS_BY_FIRST.get(word.charCodeAt(0)) ?? [];
  list.push(word);
  WORDS_BY_FIRST.set(word.charCodeAt(0), list);
}

/**
 * What a character is to the title words, a bit each: it starts one (重, 人, 生, 高… are common
 * in government prose), or it is one's second character, so two lookups turn most candidates
 * away before any word is compared.
 */
const WORD_CHAR = new Uint8Array(0x10000);
const STARTS = 1;
const SECOND = 2;
for (const word of WORD_WEIGHT.keys()) {
  WORD_CHAR[word.charCodeAt(0)]! |= STARTS;
  WORD_CHAR[word.charCodeAt(1)]! |= SECOND;
}

/** ASCII letters lower-cased (title words are stored so: `boss`). */
const folded = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

interface TitleWord {
  start: number;
  end: number;
  weight: number;
}

/**
 * Title words in the text, in order, not overlapping. A title word has two characters or more,
 * so it covers an odd position: only those are read, half the characters of a text (this runs
 * over every character of the corpus).
 */
function titleWords(text: string): TitleWord[] {
  const found: TitleWord[] = [];
  /** Where the next word may start (after the last one found). */
  let free = 0;
  for (let j = 1; j < text.length; j += 2) {
    const role = WORD_CHAR[folded(text.charCodeAt(j))]!;
    if (role === 0) continue;
    // A word starting before this character, then one starting at it.
    if ((role & SECOND) !== 0 && j - 1 >= free) free = wordAt(text, j - 1, free, found);
    if ((role & STARTS) !== 0 && j >= free) free = wordAt(text, j, free, found);
  }
  return found;
}

/** Appends the title word starting at `i`, if any; returns where the next word may start. */
function wordAt(text: string, i: number, free: number, found: TitleWord[]): number {
  const code = folded(text.charCodeAt(i));
  if ((WORD_CHAR[code]! & STARTS) === 0 || i + 1 >= text.length) return free;
  if ((WORD_CHAR[folded(text.charCodeAt(i + 1))]! & SECOND) === 0) return free;
  for (const word of WORDS_BY_FIRST.get(code)!) {
    if (code < 128 ? text.slice(i, i + word.length).toLowerCase() === word : text.startsWith(word, i)) {
      found.push({ start: i, end: i + word.length, weight: WORD_WEIGHT.get(word)! });
      return i + word.length;
    }
  }
  return free;
}

/**
 * Words of government prose. A novel title does not contain them, so the run of characters
 * before a title word that is taken into the title stops after the last of them
 * (`地区生产总值二号首长增长`: the title starts after 总值).
 */
const PROSE_WORDS =
  /收入|总值|总额|投资|增长|增加|建设|发展|工作|项目|企业|产业|经济|服务|管理|改革|市场|城市|城乡|农村|农业|工业|社会|生态|环境|保障|就业|消费|税收|财政|资金|设施|工程|能力|水平|体系|机制|政策|活动|行动|任务|目标|规模|全面|加快|推进|实施|完成|实现|提升|确保|加强|深化|坚持|开展|推动|打造|创建|整治|治理|优化|稳定|安全|人民|群众|政府|全市|全县|全区|全省|我们|美丽|文化|旅游|教育|医疗|卫生|养老|住房|交通|公路|铁路|基础|重点|重大|新增|累计|同比|比重|以上|以内|左右|学习|读书|慰问|领导|干部|代表|委员|集团|公司|董事长|总经理|首席|副/g;

const PROSE_WORD = new RegExp(PROSE_WORDS.source);
const PROSE_AT = new RegExp(`^(?:${PROSE_WORDS.source})`);

/** Characters a title is made of: Han characters, letters, and the `·` of names. */
const TITLE_CHAR = /[\u4e00-\u9fa5A-Za-z·•]/;
const MAX_TITLE = 14;
const ITEM_MARKER = new RegExp(`\\d{1,2}[.、](?!\\d)|\\(${COUNTING_NUMERAL}{1,3}\\)`, 'g');

/** Headings an unpunctuated run before a list may legitimately be (`2018年十件大事1.`). */
const LIST_HEADING =
  /大事|实事|小事|名词|解释|附件|附表|附录|说明|目录|指标|项目|任务|目标|工作|计划|清单|情况|要点|如下|主要|重点/;

/**
 * Spans of spam in a body's match text, in order, not overlapping.
 *
 * @example findSpam('…改革省级先进。二号首长2.创新创业氛围渐浓。')
 * // [{ start: 8, end: 12, reason: 'novel title stranded between a sentence and list item 2: 二号首长' }]
 */
export function findSpam(bodyMatch: string): SpamSpan[] {
  const spans: SpamSpan[] = [];
  let counts: Counter | undefined;
  // exec loops here rather than matchAll, which clones the regex on every call: ~3× the time
  // per document (this runs for every body).
  FICTION_CHROME.lastIndex = 0;
  for (let m = FICTION_CHROME.exec(bodyMatch); m; m = FICTION_CHROME.exec(bodyMatch)) {
    // A chapter of a law or plan (`《条例》第三章`, `规划第五章`) is cited, not spam.
    if (/[》法例划则]\s*$/.test(bodyMatch.slice(Math.max(0, m.index - 2), m.index))) continue;
    counts ??= makeCounter(bodyMatch);
    // The chrome starts the fragment; a novel title before it is found as a title of its own.
    const start = m.index;
    const end = chapterTitleEnd(bodyMatch, start, m.index + m[0].length, counts);
    spans.push({ start, end, reason: `fiction-site text: ${bodyMatch.slice(start, end)}` });
  }
  for (const cluster of titleClusters(bodyMatch)) {
    counts ??= makeCounter(bodyMatch);
    const found = judge(bodyMatch, cluster, counts);
    if (found) spans.push(found);
  }
  for (const span of strandedBetweenItems(bodyMatch)) spans.push(span);
  return merge(bodyMatch, spans);
}

/** A chapter heading (`第1章 重生`) carries the chapter's title after it, up to where the prose reads on. */
function chapterTitleEnd(text: string, start: number, from: number, count: Counter): number {
  let j = from;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  for (let e = j + 1; e <= j + 8 && isTitleChar(text[e - 1]); e++) {
    if (readsOnWithout(text, start, e, count)) return e;
    if (PROSE_AT.test(text.slice(e, e + 4))) return e;
  }
  return from;
}

/** How many characters past its last title word a title may run on (`重生之官路|商途`). */
const TAIL = 3;
/** Title words, a title's running on into prose and its being foreign to the text, weighed together. */
const SCORE_NEEDED = 2.5;

/** Weighs a cluster of title words with where it sits; the spam span, or null. */
function judge(text: string, cluster: Cluster, count: Counter): SpamSpan | null {
  const { start, atSentenceStart } = titleStart(text, cluster.start);
  let runEnd = cluster.end;
  while (runEnd < text.length && runEnd - cluster.end < TAIL && TITLE_CHAR.test(text[runEnd]!)) runEnd++;
  const item = markerAfter(text, runEnd);
  if (atSentenceStart && item !== null) {
    return {
      start,
      end: runEnd,
      reason: `novel title stranded between a sentence and list item ${item}: ${text.slice(start, runEnd)}`,
    };
  }
  // A lone title word with nothing around it is a word of the sentence (`首长`), not a title.
  if (cluster.words === 1 && start === cluster.start) return null;
  let end = cluster.end;
  let readsOn = false;
  for (let e = cluster.end; e <= runEnd; e++) {
    if (readsOnWithout(text, start, e, count)) {
      end = e;
      readsOn = true;
      break;
    }
    // A title does not run on into a word of the prose around it.
    if (PROSE_AT.test(text.slice(e, e + 4))) break;
  }
  if (end - start > MAX_TITLE) return null;
  const score = cluster.score + (readsOn ? 1 : 0) + (isForeign(text, start, end, count) ? 0.5 : 0);
  if (score < SCORE_NEEDED) return null;
  const where = atSentenceStart ? 'glued to the start of a sentence' : 'wedged inside a sentence';
  return { start, end, reason: `novel title ${where}: ${text.slice(start, end)}` };
}

interface Cluster {
  start: number;
  end: number;
  score: number;
  words: number;
}

/** Title words close together (`侯卫东官场笔记`: 官场 and 笔记) form one candidate. */
function titleClusters(text: string): Cluster[] {
  const clusters: Cluster[] = [];
  for (const { start, end, weight } of titleWords(text)) {
    const last = clusters[clusters.length - 1];
    if (last && start - last.end <= 3 && [...text.slice(last.end, start)].every((c) => TITLE_CHAR.test(c))) {
      last.end = end;
      last.score += weight;
      last.words++;
    } else clusters.push({ start, end, score: weight, words: 1 });
  }
  // A cluster of weak words alone (`都市人生`) is ordinary prose.
  return clusters.filter((c) => c.score >= 1);
}

/**
 * Where the title holding a title word starts: back over title characters to the previous
 * punctuation, space or digit (at most a title's length), but never over a word of government
 * prose. `atSentenceStart`: nothing but the title separates it from the previous sentence.
 */
function titleStart(text: string, from: number): { start: number; atSentenceStart: boolean } {
  let i = from;
  while (i > 0 && from - i < MAX_TITLE - 2 && TITLE_CHAR.test(text[i - 1]!)) i--;
  // After a number, the run starts with its unit (`3538万美元`), which is not part of a title.
  if (i > 0 && /\d/.test(text[i - 1]!)) i += AFTER_A_NUMBER.exec(text.slice(i, from))?.[0].length ?? 0;
  const run = text.slice(i, from);
  let lastProse = -1;
  PROSE_WORDS.lastIndex = 0;
  for (let m = PROSE_WORDS.exec(run); m; m = PROSE_WORDS.exec(run)) lastProse = m.index + m[0].length;
  const start = lastProse >= 0 ? i + lastProse : i;
  const before = text[start - 1];
  const atSentenceStart = start === 0 || before === undefined || ITEM_END.test(before) || /\s/.test(before);
  return { start, atSentenceStart };
}

/** The number of the list item or heading starting at `at` (after optional spaces), if any. */
function markerAfter(text: string, at: number): number | null {
  const m = LIST_MARKER.exec(text.slice(at, at + 8));
  if (!m) return null;
  return m[1] ? Number(m[1]) : parseChineseNumeral(m[2] ?? m[3]!);
}

type Counter = (part: string) => number;

/** Occurrences of a short string in the text, counted on demand (few are ever asked for). */
function makeCounter(text: string): Counter {
  const cache = new Map<string, number>();
  return (part) => {
    let n = cache.get(part);
    if (n === undefined) {
      n = occurrences(text, part);
      cache.set(part, n);
    }
    return n;
  };
}

const isTitleChar = (c: string | undefined) => c !== undefined && TITLE_CHAR.test(c);

/**
 * The text reads on without the run `[start, end)`: its own edges are pairs of characters the
 * document uses nowhere else, while what follows is a word it uses elsewhere and what precedes
 * is one too, or joins it as elsewhere (`、` + `增长`, `总值` … `首次`). A run with punctuation on both sides is a
 * whole clause, which this cannot judge.
 */
function readsOnWithout(text: string, start: number, end: number, count: Counter): boolean {
  if (start === 0 || end >= text.length || end <= start) return false;
  const openLeft = !isTitleChar(text[start - 1]);
  const openRight = !isTitleChar(text[end]);
  if (openLeft && openRight) return false;
  const occ = count(text.slice(start, end));
  const rareEdges =
    (openLeft || count(text[start - 1]! + text[start]!) <= occ) &&
    (openRight || count(text[end - 1]! + text[end]!) <= occ);
  if (!rareEdges) return false;
  const rightWord = openRight || count(text.slice(end, end + 2)) >= 2;
  const leftWord = openLeft || count(text.slice(start - 2, start)) >= 2;
  return rightWord && (leftWord || count(text[start - 1]! + text[end]!) >= 1);
}

/** Every pair of characters in the run occurs only where the run does: words foreign to the text. */
function isForeign(text: string, start: number, end: number, count: Counter): boolean {
  const occ = count(text.slice(start, end));
  for (let i = start; i + 1 < end; i++) if (count(text.slice(i, i + 2)) > occ) return false;
  return true;
}

/**
 * A run with no punctuation between the end of one list item and the marker of the next
 * (`…抓好审计问题整改。XXXX3.`) belongs to neither: a heading only ever precedes item 1.
 */
function strandedBetweenItems(text: string): SpamSpan[] {
  const spans: SpamSpan[] = [];
  // From each item marker (rarer than sentence ends) back over spaces and title characters.
  ITEM_MARKER.lastIndex = 0;
  for (let m = ITEM_MARKER.exec(text); m; m = ITEM_MARKER.exec(text)) {
    let end = m.index;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    let start = end;
    while (start > 0 && end - start < 14 && isTitleChar(text[start - 1])) start--;
    if (end - start < 2 || start === 0 || !ITEM_END.test(text[start - 1]!)) continue;
    const run = text.slice(start, end);
    const item = markerAfter(text, end);
    if (item === null || item <= 1 || LIST_HEADING.test(run) || PROSE_WORD.test(run)) continue;
    spans.push({ start, end, reason: `unpunctuated run between list items before item ${item}: ${run}` });
  }
  return spans;
}

function merge(text: string, spans: SpamSpan[]): SpamSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SpamSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    // Pieces of one fragment (`第1章 重生`) are separated by spaces at most.
    if (last && (s.start < last.end || /^\s*$/.test(text.slice(last.end, s.start)))) {
      last.end = Math.max(last.end, s.end);
    } else {
      out.push({ ...s });
    }
  }
  return out;
}
