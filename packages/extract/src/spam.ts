/**
 * Stray spam inside bodies: the portal's pages carry novel titles (`二号首长`,
 * `侯卫东官场笔记`) dropped between or inside the report's sentences. A fragment is found by
 * the vocabulary of web-fiction titles and confirmed by where it sits: a run of text with no
 * punctuation of its own that interrupts the prose (stranded before a list item, glued to the
 * start of a sentence, or wedged inside one).
 */

export interface SpamSpan {
  start: number;
  end: number;
  reason: string;
}

/** Words only web-fiction pages use: chapter numbers and download/reading chrome. */
const FICTION_CHROME =
  /第\s*[0-9一二三四五六七八九十百千零〇两]+\s*[章回卷集]|最新章节|章节目录|全文阅读|全文免费|免费阅读|在线阅读|txt\s*(?:全集)?下载|无弹窗|笔趣阁|起点中文|小说网|全本小说/gi;

/**
 * Title words of web fiction (genres and stock characters): 官场 officialdom novels with their
 * 首长 and 笔记, 重生/穿越 rebirth and time travel, 总裁/娇妻/王妃 romance, 神医/兵王/修仙 fantasy.
 * Each is rare in government prose; 都市 is not (都市农业, 都市圈), so it only counts beside another.
 */
const TITLE_WORDS = [
  '官场',
  '官路',
  '官途',
  '仕途',
  '宦海',
  '首长',
  '笔记',
  '重生',
  '穿越',
  '快穿',
  '总裁',
  '王妃',
  '王爷',
  '娇妻',
  '萌妻',
  '萌宝',
  '宠妻',
  '甜妻',
  '前妻',
  '闪婚',
  '豪门',
  '嫡女',
  '庶女',
  '毒妃',
  '神医',
  '医妃',
  '兵王',
  '战神',
  '龙王',
  '赘婿',
  '修仙',
  '修真',
  '仙尊',
  '魔尊',
  '帝尊',
  '至尊',
  '剑神',
  '武神',
  '逆天',
  '狂少',
  '少帅',
  '邪王',
  '妖孽',
  '腹黑',
  '异界',
  '玄幻',
  '末世',
  '丧尸',
  '网游',
  '神豪',
  '绝品',
  '极品',
  'boss',
];
const WEAK_WORDS = ['都市', '传奇', '风流', '天下', '之王', '帝国'];
const TITLE_RE = new RegExp(TITLE_WORDS.join('|'), 'gi');
const WEAK_RE = new RegExp(WEAK_WORDS.join('|'), 'g');

/** Characters a title is made of: Han characters, letters, and the `之`/`·` of titles. */
const TITLE_CHAR = /[\u4e00-\u9fa5A-Za-z·•]/;
/** A sentence ends before it. */
const SENTENCE_END = /[。!?;]/;
/** A list item or heading marker: `2.`, `(八)`, `三、`. */
const MARKER = /^\s*(?:\d{1,2}[.、]|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)/;
const MAX_TITLE = 14;

/**
 * Spans of spam in a body's match text.
 *
 * @example findSpam('…改革省级先进。二号首长2.创新创业氛围渐浓。') // [{ start: 9, end: 13, … }]
 */
export function findSpam(bodyMatch: string): SpamSpan[] {
  const spans: SpamSpan[] = [];
  for (const m of bodyMatch.matchAll(FICTION_CHROME)) {
    const start = extendLeft(bodyMatch, m.index);
    const end = extendRight(bodyMatch, m.index + m[0].length);
    spans.push({ start, end, reason: `web-fiction page text (${m[0]})` });
  }
  for (const cluster of titleClusters(bodyMatch)) {
    const start = extendLeft(bodyMatch, cluster.start);
    const end = cluster.end;
    const before = bodyMatch[start - 1];
    const atSentenceStart =
      start === 0 || before === undefined || SENTENCE_END.test(before) || /\s/.test(before);
    const beforeMarker =
      MARKER.test(bodyMatch.slice(end, end + 6)) || /^\s/.test(bodyMatch.slice(end, end + 1));
    const strong = cluster.words >= 2;
    let reason: string | null = null;
    if (atSentenceStart && beforeMarker) reason = 'novel title stranded between a sentence and a list item';
    else if (atSentenceStart && strong) reason = 'novel title glued to the start of a sentence';
    else if (strong && end - start <= MAX_TITLE) reason = 'novel title wedged inside a sentence';
    if (reason) spans.push({ start, end, reason: `${reason}: ${bodyMatch.slice(start, end)}` });
  }
  return merge(spans);
}

interface Cluster {
  start: number;
  end: number;
  words: number;
}

/** Title words close together (`侯卫东官场笔记`: 官场 and 笔记) form one candidate. */
function titleClusters(text: string): Cluster[] {
  const hits: { start: number; end: number; weak: boolean }[] = [];
  for (const m of text.matchAll(TITLE_RE))
    hits.push({ start: m.index, end: m.index + m[0].length, weak: false });
  if (hits.length === 0) return [];
  for (const m of text.matchAll(WEAK_RE))
    hits.push({ start: m.index, end: m.index + m[0].length, weak: true });
  hits.sort((a, b) => a.start - b.start);
  const clusters: (Cluster & { strongWords: number })[] = [];
  for (const h of hits) {
    const last = clusters[clusters.length - 1];
    const gap = last ? text.slice(last.end, h.start) : '';
    if (last && h.start - last.end <= 3 && [...gap].every((c) => TITLE_CHAR.test(c))) {
      last.end = Math.max(last.end, h.end);
      last.words++;
      if (!h.weak) last.strongWords++;
    } else clusters.push({ start: h.start, end: h.end, words: 1, strongWords: h.weak ? 0 : 1 });
  }
  return clusters.filter((c) => c.strongWords > 0);
}

/** Back to where the title starts: the previous punctuation or space, at most a title's length. */
function extendLeft(text: string, from: number): number {
  let i = from;
  while (i > 0 && from - i < MAX_TITLE - 2 && TITLE_CHAR.test(text[i - 1]!)) i--;
  return i;
}

function extendRight(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < MAX_TITLE && /[\u4e00-\u9fa5A-Za-z0-9·•\s]/.test(text[i]!)) i++;
  return i;
}

function merge(spans: SpamSpan[]): SpamSpan[] {
  spans.sort((a, b) => a.start - b.start);
  const out: SpamSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
