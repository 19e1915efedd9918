/**
 * What web pages, PDF converters and reprints leave in a report's text, as data: the reading view
 * (reading-view.ts) removes or rewrites each of these so the rules see `地区生产总值369亿元` where
 * the file says `地区生产总值 369 亿元`.
 */
import { COUNTING_DIGITS } from './numerals.js';

/**
 * Marks that open a list item or a bulleted line (`●地区生产总值增长8.5%`), as a regex class:
 * • √ and the geometric shapes (■□▲△▶►◆◇○◎●…), ★☆ ✓✔ ❖ ➢➤. Read as a line break.
 */
// (As ranges of code points: a regex class of few ranges scans faster than one of many characters.)
export const BULLETS = '\u2022\u221a\u25a0-\u25ff\u2605\u2606\u2713\u2714\u2756\u27a2\u27a4';

/**
 * Solid bullets (● ■ ◆ ▲ ★): a digest runs its items together with them (`…全部退出●全省城镇化率
 * 达到60%`), so one opens an item wherever it stands; a hollow shape may be a zero (`二○二五年`).
 */
export const SOLID_BULLETS = '●■◆▲★';

/**
 * The dashes a dash rule is drawn with (`——`, `――`, `──`): two or more in a row set what follows
 * apart, an item at a line's start (reading-view.ts) and a clause inside a sentence (clauses.ts).
 */
export const DASH_RULE_CHARS = '—―─';

/** Circled and parenthesised list numbers (`①`, `⑴`, `⒈`, `㈠`), as a regex class: an item starts there. */
export const ENCLOSED_NUMERALS = '\u2460-\u249b\u3220-\u3229\u2776-\u2793';

/**
 * Look-alikes that fonts and converters substitute: of `%` and `:` (`℅`, `﹪`; `︰`, `∶` in
 * `11.8∶48.3∶39.9`), of punctuation and dashes. (Japanese forms such as `増` for 增 are rare and
 * left out: Chinese characters in this class slow the view's one scan of every text by a third.)
 */
export const LOOKALIKES: Record<string, string> = {
  '℅': '%',
  '﹪': '%',
  '︰': ':',
  '∶': ':',
  '﹕': ':',
  '﹐': ',',
  '﹑': '、',
  '﹔': ';',
  '−': '-',
  '–': '-',
  // Double prime quotation marks some converters put for “ ” (`“十一五〞期末`).
  '〝': '“',
  '〞': '”',
};

/**
 * Variant forms OpenCC's dictionaries leave as they are, read as the simplified character in any
 * text (a simplified page's PDF font slips them in too: `地方财政收入148亿元,増长5.6%`): a Taiwan
 * variant (`陜西` for 陝西) and Japanese forms a converted PDF's font may use (`増`, `値`, `総`, `経済`,
 * `生産`, `収入`, `実現`, `単位`).
 */
export const VARIANT_FORMS: Record<string, string> = {
  陜: '陕',
  吿: '告',
  増: '增',
  値: '值',
  総: '总',
  経: '经',
  済: '济',
  発: '发',
  営: '营',
  産: '产',
  収: '收',
  価: '价',
  実: '实',
  県: '县',
  単: '单',
  対: '对',
  拡: '扩',
  関: '关',
};

/**
 * Long forms some texts write for a word of the reports, read as the word: a Taiwan editor's
 * `每人平均` for 人均 (`城鄉居民每人平均收入`), a district's `可支配性收入`. The short form is the
 * long one with characters left out, so the view deletes them and every offset still maps back.
 */
export const LONG_FORMS: Record<string, string> = {
  每人平均: '人均',
  可支配性收入: '可支配收入',
};

/**
 * Characters that carry nothing, as a regex class: zero-width spaces and joiners, soft hyphens,
 * the byte-order mark inside a text, private-use glyphs a PDF font mapped nowhere, controls.
 */
export const INVISIBLE = '\u00ad\u200b-\u200f\ufeff\ue000-\uf8ff\u0000-\u0008\u000b\u000c\u000e-\u001f';

/**
 * HTML character entities a page's text was saved with, undecoded (`&ldquo;十四五&rdquo;`), by name;
 * numeric ones (`&#8220;`) are read by their code.
 */
export const HTML_ENTITIES: Readonly<Record<string, string>> = {
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
};
/** The entities that are spaces (`&nbsp;`, `&#12288;`), read as spaces are, as a pattern. */
export const SPACE_ENTITY = '&(?:nbsp|ensp|emsp|#160|#12288);';

/**
 * Lines that are page furniture of a converted PDF, not text: page numbers (`- 3 -`, `— 12 —`,
 * `第3页`, `第 3 页 共 20 页`; a bare `12` is BARE_NUMBER_LINE) and continuation notes of a
 * newspaper page (`(下转第四版)`).
 */
export const FURNITURE_LINE = new RegExp(
  String.raw`^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|[((]\s*[上下]转第?[${COUNTING_DIGITS}\d]+版\s*[))])\s*$`,
);

/** A bare number on a line of its own (group 1): a page's number, where such lines count up. */
export const BARE_NUMBER_LINE = /^\s*(\d{1,3})\s*$/;

/**
 * Markdown a page was written in and served raw (`- **地区生产总值增长**:6%左右`, `增长**6.2%**`): the
 * marks of strong emphasis, deleted (not after a digit, where asterisks mask a figure's digits: `3**亿元`).
 */
// (The asterisks are matched first and what stands before them checked after: a pattern that opens
// on a lookbehind is tried at every character of the text.)
export const MARKDOWN_EMPHASIS = String.raw`\*{2,3}(?<![\d*]\*{2,3})(?!\*)`;
/**
 * …and the marks that open a line as a heading (`### 二、主要预期目标`) or a list item (`- `, `* `,
 * `+ ` before words, not a signed figure): read as a bullet is, an item's start.
 */
export const MARKDOWN_LINE_MARK = /(?:#{1,6}|[-*+])(?<=(?:^|\n)[ \t]*(?:#{1,6}|[-*+]))(?=[ \t]+[^\d\s])/g;

/** A converter's token for a glyph it could not map: `(cid:123)`. */
export const CID_TOKEN = /\(cid:\d+\)/g;

/**
 * A pinyin gloss some reprints put after a character (`國(guó)內(nèi)生產(chǎn)總值`): lower-case
 * letters, at least one with a tone mark, in brackets (a space may trail them: `會(huì )議`).
 */
export const PINYIN_GLOSS =
  /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7} ?\)/g;

/**
 * A pinyin gloss without its tone mark (`會(hui) 議`, `萬(wan) 億(yi) 元`), as a news site's traditional
 * edition sets one after a character of two readings, a space trailing it: one syllable of pinyin
 * in brackets. (Read as a gloss only where a text holds several: one alone may be anything.)
 */
const PINYIN_INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const PINYIN_FINAL =
  '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)';
export const TONELESS_GLOSS = new RegExp(`\\(${PINYIN_INITIAL}?${PINYIN_FINAL}\\) ?`, 'g');

/**
 * The junk a forum page scatters through a post to foil copying (a Discuz "jammer": random
 * letters, digits and symbols in tokens of one or two, `* w- A- G8 i7 b4 X8 ~" i`), as a run of
 * at least six such tokens separated by spaces. `JAMMER_TOKEN_LETTER` and `JAMMER_TOKEN_SYMBOL`
 * tell it from spaced-out figures and abbreviations (`9 946`, `G D P`, `P M 2 . 5`): a jammer mixes
 * letters and symbols in several of its tokens.
 */
// (Its first character is matched before the one before it is looked at: a regex opening on a
// lookbehind tries it at every character.)
export const JAMMER_RUN = /[!-~](?<![!-~][!-~])[!-~]?(?: [!-~]{1,2}){5,}(?![!-~])/g;
export const JAMMER_TOKEN_LETTER = /[A-Za-z]/;
export const JAMMER_TOKEN_SYMBOL = /[^A-Za-z0-9]/;
/** Tokens of a run that must carry a letter, and a symbol, for the run to be a jammer. */
export const JAMMER_MIN_EACH = 3;

/** Sentence-final marks: a line ending with one ends its paragraph. */
export const SENTENCE_END = '。!?…';
/** A mark that ends a sentence or an item of a list (`;` between the year's targets). */
export const ITEM_END = /[。!?;]/;

/** Marks after which a sentence plainly goes on: a line ending with one continues on the next. */
export const CLAUSE_CONTINUES = ',、;:(“‘《和及与或并';

/**
 * Marks no line of Chinese text may start with (the typesetting rule 避头点): a line that does
 * (a converter that put every number on a line of its own: `增长⏎2.1%⏎、⏎2.5%⏎。`) goes on from
 * the one before.
 */
export const LINE_CANNOT_START = ',、;:。!?)”’》%';

/**
 * Words a clause cannot end on: a line ending with one (`…人均可支配收入分别⏎增长6%和8%`) goes
 * on at the next, whatever its layout.
 */
export const DANGLING_WORDS = [
  '分别',
  '增长',
  '下降',
  '达到',
  '实现',
  '完成',
  '同比',
  '比上年',
  '较上年',
  '控制在',
  '保持在',
  '稳定在',
  '突破',
  '超过',
  '其中',
  '预计',
  '全年',
  '力争',
  '确保',
  '年均',
  '累计',
  // A particle that ties what went before to a noun after it (`由“十五”末的⏎12.8亿元`).
  '的',
];

/**
 * Endings after which not even a blank line ends the paragraph (`全县生产总值由“十五”末的⏎⏎12.8亿元`:
 * a page that set each line of a PDF as a paragraph). Fewer than DANGLING_WORDS: a heading may end
 * on `突破` or `增长` (`实现新突破`) and a lead-in on a colon (`各位代表:`), and both stand alone.
 */
export const CUT_OFF_ENDINGS = [
  ',',
  '、',
  '(',
  '“',
  '‘',
  '《',
  '和',
  '及',
  '与',
  '或',
  '的',
  '分别',
  // Half of a change verb (`同比增⏎⏎长3.6%`): no heading or paragraph ends on it.
  '比增',
  '同比增',
];

/**
 * The change words a percent follows, for pages whose converter dropped every percent sign
 * (`同比增长7.2`, `分别下降6`), and the words of a rate (`涨幅控制在1.8`, `城镇登记失业率1.91`): the
 * bare number after them is the percent (lost-percents.ts).
 */
export const LOST_PERCENT_AFTER = [
  '增长',
  '下降',
  '增速',
  '增幅',
  '降幅',
  '涨幅',
  '升幅',
  '比增',
  '回落',
  '控制在',
  '失业率',
];

/** Quotation marks, opening and closing: the typographic pair, then the corner pair of traditional text. */
export const QUOTATION_PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['「', '」'],
];
