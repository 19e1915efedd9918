/**
 * Finds quantities in match text: a number (Arabic or Chinese), an optional range end, a
 * multiplier (万, 亿, 万亿), an optional 余/多, and a unit, with the bounds and approximations
 * written around it (超过…, …以上, 近…, …左右). Values come out in base units: `69.5亿元` is
 * 6_950_000_000 CNY, `1.6万人` is 16_000 persons; percents stay as written.
 */
import { type Qualifier, unitByCode } from '@gwr/domain';
import { isDigit } from './char-codes.js';
import { parseChineseNumeral } from './chinese-number.js';
import { LATIN_NAMES } from './latin-names.js';
import {
  GROWTH_AFTER_RATE,
  PRICE_INDEX_LEVEL,
  PRICE_INDEX_LINK,
  PRICE_INDEX_WORDS,
} from './lexicon/constructions.js';
import { THRESHOLD_MARKS, THRESHOLD_WORDS } from './lexicon/cues.js';
import { CHANGE_OPENS, LIST_JOINER_PATTERN, LIST_JOINERS, ONE_JOINER } from './lexicon/link-words.js';
import {
  COUNTING_DIGITS,
  DIGIT_CHARS,
  DIGITS,
  DOUBLINGS,
  MULTIPLIERS,
  NUMERAL_CHARS,
} from './lexicon/numerals.js';
import { alternation } from './lexicon/pattern.js';
import {
  APPROXIMATE_TAIL,
  MILESTONES_AFTER,
  PREFIX_QUALIFIERS,
  SUFFIX_QUALIFIERS,
} from './lexicon/qualifiers.js';
import { CURRENCY_NAMES, MULTIPLIER_PATTERN, UNIT_PATTERN, unitWord } from './lexicon/units.js';
import { openQuotationAt, quotedAsTargets } from './quotation.js';

export interface Quantity {
  /** Span of the whole quantity including qualifier words, relative to the searched text. */
  start: number;
  end: number;
  /** Where the number itself starts (after a prefix qualifier such as 超过). */
  numberStart: number;
  value: number;
  valueMax: number | null;
  /** Base unit: `CNY`, `USD`, `%`, `person`, `ug/m3`, or the counting word (`个`, `平方米`, `亩`…). */
  unit: string;
  qualifier: Qualifier;
  /** The words that set the qualifier (`首次超过`, `左右`), for explanations. */
  qualifierWords: string | null;
  /** `个百分点`: a change in percentage points rather than a percent. */
  percentagePoints: boolean;
  /** Words that are themselves a change (`翻一番` is +100%, `两位数增长` at least +10%). */
  impliesChange: boolean;
}

const ARABIC = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
/** Units a Chinese numeral may stand before without a multiplier (`三元`, `百分之` aside). */
const CHINESE_UNIT_FAMILIES = new Set(['money', 'percent']);
// Read only before a multiplier or a money/percent unit (see below), so the lookahead lets the
// many numeral characters of running text (一批, 十九大) fail at once.
const NUMERAL_DIGITS = NUMERAL_CHARS.replace(/[万亿点]/g, '');
// 万 inside a numeral before 亿 or a currency (`一万两千三百亿元`, `二万五千九百六十八点五五亿元`,
// `一万六千零一十六元`) is part of the number, not its multiplier.
// 万 alone is the number ten thousand before 亿 (`突破万亿元`, as `突破千亿元` is a thousand), and
// before 元 after a threshold (`人均收入突破万元`); elsewhere `万元` is a unit (`万元生产总值能耗`):
// the threshold is checked after the match (thresholdBefore), as a lookbehind here made the
// regex try a match at every character of a sentence, at twice the time.
const TEN_THOUSAND = '万(?=亿|元)';
const THRESHOLD_BEFORE = new RegExp(`(?:${alternation(THRESHOLD_WORDS)})$`);
const LONGEST_THRESHOLD = Math.max(...THRESHOLD_WORDS.map((w) => w.length));
const YUAN = 0x5143; // 元

/** Whether a threshold word (`突破`) ends at `at`. */
function thresholdBefore(text: string, at: number): boolean {
  return THRESHOLD_BEFORE.test(text.slice(Math.max(0, at - LONGEST_THRESHOLD), at));
}
const DECIMALS = `点[${Object.keys(DIGITS).join('')}]+`;
const CHINESE = `(?:[${NUMERAL_DIGITS}]+(?:万[${NUMERAL_DIGITS}]+(?=(?:${DECIMALS})?(?:余|多)?(?:亿|元|美元)))?|${TEN_THOUSAND})(?:${DECIMALS})?(?=(?:余|多)?(?:万|亿|兆|元|美元|%))`;
const RANGE_SEP = '[-~～—–至到]';
const MULTIPLIER = `(${MULTIPLIER_PATTERN})`;
/** A multiplier that 余/多 may come before (`3060多亿元`), as it comes after others (`1000多万人`). */
const APPROXIMATE_MULTIPLIER = `((?:${APPROXIMATE_TAIL.join('|')})?(?:${MULTIPLIER_PATTERN}))`;

/**
 * number, optional `-number` range end, multiplier, 余/多, unit, then optional `-number unit` for
 * ranges written in full (`6%-6.5%`). Chinese numerals need a multiplier or a money/percent/person
 * unit: bare `两个`, `三区两市` and the like are slogans, not quantities. Groups, in order (read
 * by `groupsOf`): number, range end, multiplier, 余/多, unit, then the full range's end and its
 * multiplier (its unit must repeat group 5).
 */
const QUANTITY_RE = new RegExp(
  String.raw`(${ARABIC}|${CHINESE})(?:${RANGE_SEP}(${ARABIC}))?${APPROXIMATE_MULTIPLIER}?(${APPROXIMATE_TAIL.join('|')})?(${UNIT_PATTERN})(?:${RANGE_SEP}(${ARABIC})${MULTIPLIER}?\5)?`,
  'g',
);

/**
 * One regex of words (longest first) and the qualifier each gives; the word is its first group.
 * Before a number, a currency's name may stand between (`不低于人民币2000亿元`).
 */
function qualifierWords(table: readonly [readonly string[], Qualifier][], anchor: 'start' | 'end') {
  const byWord = new Map<string, Qualifier>();
  for (const [words, qualifier] of table) for (const w of words) byWord.set(w, qualifier);
  const words = alternation(byWord.keys());
  return {
    re: new RegExp(anchor === 'end' ? `(${words})(?:${alternation(CURRENCY_NAMES)})?$` : `^(${words})`),
    byWord,
  };
}

/**
 * Words before a number that bound or approximate it. Anchored at the number, the match that
 * starts first is the longest word, so `不超过` (at most) wins over the `超过` (at least) it ends
 * with, and `不低于` (at least) over `低于` (at most).
 */
const PREFIX = qualifierWords(PREFIX_QUALIFIERS, 'end');
/** Words after a number, likewise: `左右`, `以上`, `以内`. */
const SUFFIX = qualifierWords(SUFFIX_QUALIFIERS, 'start');

/** The words of a price index just before its figure (`居民消费价格指数控制在`). */
const PRICE_INDEX_BEFORE = new RegExp(`(?:${alternation(PRICE_INDEX_WORDS)})${PRICE_INDEX_LINK}$`);
/** An index level around 100 (`101.7`), as the index words read it. */
const INDEX_LEVEL = new RegExp(`^${PRICE_INDEX_LEVEL}$`);

/** A count of 亿 right before a remainder in 万 (`108亿` of `108亿3038万元`; `零` if under a thousand). */
const COUNT_OF_YI = /(?<![\d.])(\d{1,5})亿零?$/;

/** 个, the measure word that counts things: a size after it names what is counted. */
const GE = '个'.charCodeAt(0);
/** A count and 个 just before a number: `3个`, `两个`, `几个`. */
const COUNTED = new RegExp(`(?:\\d|[${COUNTING_DIGITS}两几])个$`);
/** A size just after a count and 个 (`2个千亿元`, `3个10亿元`), not the 百 of `2个百分点`. */
const SIZE_AFTER_COUNT = /^(?:\d|[千百万亿](?!分))/;

/**
 * The parts of a QUANTITY_RE match. The regex numbers its groups rather than naming them: a named
 * group makes every match allocate a groups object, and this regex runs on every sentence with a
 * figure (its matches were a fifth of all the extractor allocated).
 */
function groupsOf(m: RegExpExecArray) {
  const approxFirst = m[3] !== undefined && APPROXIMATE_TAIL.includes(m[3][0]!);
  return {
    num: m[1],
    num2: m[2],
    mult: approxFirst ? m[3]!.slice(1) : m[3],
    approx: approxFirst ? m[3]![0] : m[4],
    unit: m[5],
    num3: m[6],
    mult3: m[7],
  };
}

/**
 * Lists the quantities in `text` (match text), left to right, their offsets counted from
 * `offset` (where `text` starts in the document: the caller needs no shifted copies).
 * @example findQuantities('地区生产总值69.5亿元,增长7.5%')[0]?.value // 6950000000
 */
export function findQuantities(text: string, offset = 0): Quantity[] {
  const found: Quantity[] = [];
  QUANTITY_RE.lastIndex = 0;
  for (let m = QUANTITY_RE.exec(text); m; m = QUANTITY_RE.exec(text)) {
    let g = groupsOf(m);
    // `从20亿元到31亿元` goes from one level to another: the first is read alone, the second next.
    const firstEnd = firstLevelEnd(text, m, g);
    if (firstEnd !== null) {
      QUANTITY_RE.lastIndex = m.index;
      m = QUANTITY_RE.exec(text.slice(0, firstEnd))!;
      g = groupsOf(m);
    }
    let numberStart = m.index;
    // `万元` is ten thousand yuan only after a threshold; else no figure starts at 万: read on from
    // the next character, as if the regex had not matched here.
    if (g.num === '万' && text.charCodeAt(numberStart + 1) === YUAN && !thresholdBefore(text, numberStart)) {
      QUANTITY_RE.lastIndex = numberStart + 1;
      continue;
    }
    // Part of an identifier (PM2.5, BRT3号线, S329), an ordinal (第三), or a longer number; a
    // catalogued name in Latin letters is a subject before its figure (`人均GDP5.74万元`).
    if (
      numberStart > 0 &&
      continuesWord(text.charCodeAt(numberStart - 1)) &&
      !afterLatinName(text, numberStart)
    )
      continue;
    // `万亿台阶`: the 台 of a threshold's mark is no unit of machines (the bare multiplier reads it).
    const unitAt = m.index + m[0].length - g.unit!.length;
    if (THRESHOLD_MARKS.some((mark) => mark !== g.unit && text.startsWith(mark, unitAt))) continue;
    const first = g.num!.charCodeAt(0);
    const isChinese = first < 48 || first > 57;
    const unitInfo = unitWord(g.unit!)!;
    // Chinese numerals name things as often as they count them (`千人计划`, `一厕一人`, `三区两市`):
    // only money, percents and figures with a multiplier (`三万人`, or one their unit holds: Taiwan's
    // `一點四兆斤`) are read as quantities.
    const multiplied = Boolean(g.mult) || unitInfo.factor >= MULTIPLIERS['万']!;
    if (isChinese && !multiplied && !CHINESE_UNIT_FAMILIES.has(unitByCode(unitInfo.unit)?.family ?? ''))
      continue;
    // A figure inside quotation marks is part of a name (`“36条办法”`).
    if (insideQuotes(text, numberStart)) continue;
    // A price index written with a percent sign (`居民消费价格指数101.7%`) is an index, a rise of
    // 1.7% (unitless-figures.ts), not a percent.
    if (
      g.unit === '%' &&
      PRICE_INDEX_BEFORE.test(text.slice(Math.max(0, numberStart - 12), numberStart)) &&
      INDEX_LEVEL.test(g.num!)
    )
      continue;
    // A size counted (`跨越3个千亿元台阶`, `两个百亿级产业`) is a class of things, not a figure.
    if (
      text.charCodeAt(numberStart - 1) === GE &&
      COUNTED.test(text.slice(Math.max(0, numberStart - 5), numberStart))
    )
      continue;
    // …and so is the count before it (`跨越2个千亿元台阶`): it says how many, not how much.
    if (g.unit === '个' && SIZE_AFTER_COUNT.test(text.slice(unitAt + 1, unitAt + 3))) continue;
    const multiplier = g.mult ? MULTIPLIERS[g.mult]! : 1;
    let value = inBaseUnits(scaled(g.num!, multiplier), unitInfo.factor);
    if (!Number.isFinite(value)) continue;
    // `108亿3038万元`: a count of 亿 and its remainder in 万 are one amount.
    const hundredMillions =
      g.mult === '万' && !isChinese && !g.num2
        ? COUNT_OF_YI.exec(text.slice(Math.max(0, numberStart - 8), numberStart))
        : null;
    if (hundredMillions) {
      value += inBaseUnits(Number(hundredMillions[1]) * MULTIPLIERS['亿']!, unitInfo.factor);
      numberStart -= hundredMillions[0].length;
    }
    // `增长-3.5%`: a minus sign after a word or a list's joiner (after a figure, `-` joins a range).
    if (!isChinese && isMinusSign(text, numberStart)) {
      value = -value;
      numberStart--;
    }
    const rangeEnd = g.num2 ?? g.num3;
    const rangeMultiplier = g.num3 ? (g.mult3 ? MULTIPLIERS[g.mult3]! : multiplier) : multiplier;
    const valueMax = rangeEnd ? inBaseUnits(scaled(rangeEnd, rangeMultiplier), unitInfo.factor) : null;
    let qualifier: Qualifier = valueMax !== null ? 'range' : 'exact';
    let qualifierWords: string | null = null;
    if (g.approx) {
      qualifier = 'at_least';
      qualifierWords = g.approx;
    }
    const q = qualify(text, numberStart, m.index + m[0].length, qualifier, qualifierWords);
    if (!isChinese && !rangeEnd) {
      // `分别达到12488和10163亿元`: numbers listed before this one are counted in its unit.
      for (const head of listedBefore(text, numberStart)) {
        const headValue = inBaseUnits(scaled(head.number, multiplier), unitInfo.factor);
        found.push({
          start: head.start + offset,
          end: head.end + offset,
          numberStart: head.start + offset,
          value: headValue,
          valueMax: null,
          unit: unitInfo.unit,
          qualifier: 'exact',
          qualifierWords: null,
          percentagePoints: g.unit === '个百分点',
          impliesChange: false,
        });
      }
    }
    found.push({
      start: q.start + offset,
      end: q.end + offset,
      numberStart: numberStart + offset,
      value,
      valueMax,
      unit: unitInfo.unit,
      qualifier: q.qualifier,
      qualifierWords: q.qualifierWords,
      percentagePoints: g.unit === '个百分点',
      impliesChange: unitInfo.unit === '%' && GROWTH_AFTER_RATE.test(text.slice(q.end, q.end + 6)),
    });
  }
  const changeWords = text.includes('番') || text.includes('位数');
  const percentWords = text.includes('百分之');
  const bare = BARE_MULTIPLIER.test(text);
  if (changeWords) found.push(...findChangeWords(text, offset));
  if (percentWords) found.push(...findPercentWords(text, offset));
  if (bare) found.push(...findBareMultiplied(text, offset, found));
  if (changeWords || percentWords || bare) found.sort(byNumberStart);
  return withListPrefixes(found, text, offset);
}

const byNumberStart = (a: Quantity, b: Quantity) => a.numberStart - b.numberStart;

/**
 * `连续突破400亿元、500亿元和600亿元`, `分别超过8%、10%`, `分别低于47、61微克/立方米`: a qualifier said
 * before a list's first value is the list's. A value joined to the one before by a joiner alone, in
 * its unit, with no qualifier of its own, is qualified by the same words.
 */
function withListPrefixes(found: Quantity[], text: string, offset: number): Quantity[] {
  let prefix: { qualifier: Qualifier; words: string } | null = null;
  for (let k = 0; k < found.length; k++) {
    const q = found[k]!;
    const before = found[k - 1];
    const listed =
      before !== undefined &&
      before.unit === q.unit &&
      ONE_JOINER.test(text.slice(before.end - offset, q.start - offset));
    if (listed && prefix && q.qualifier === 'exact' && q.qualifierWords === null) {
      q.qualifier = prefix.qualifier;
      q.qualifierWords = prefix.words;
      continue;
    }
    // (The whole of the words before the number, a currency's name included.)
    const pm = PREFIX.re.exec(text.slice(q.start - offset, q.numberStart - offset));
    const qualifier = pm?.index === 0 ? PREFIX.byWord.get(pm[1]!) : undefined;
    prefix = qualifier ? { qualifier, words: pm![1]! } : null;
  }
  return found;
}

/**
 * Where the first level ends in a range written in full after 从/由 with 到/至 (`从20亿元到31亿元`):
 * a change from one level to another, not a range. Null for any other match.
 */
function firstLevelEnd(text: string, m: RegExpExecArray, g: ReturnType<typeof groupsOf>): number | null {
  if (!g.num3) return null;
  const separator = m.index + m[0].length - (g.num3.length + (g.mult3?.length ?? 0) + g.unit!.length + 1);
  const changes =
    (text[separator] === '到' || text[separator] === '至') &&
    CHANGE_OPENS.test(text.slice(Math.max(0, m.index - 12), m.index));
  return changes ? separator : null;
}

/** A bare number and the list joiner after it, closing the text: `12488和`, `4.2、`. */
const LISTED_NUMBER = new RegExp(`(\\d+(?:\\.\\d+)?)(?:${LIST_JOINER_PATTERN})$`);
/** The last characters of the joiners: most figures follow none, and are done at one look. */
const JOINER_ENDS = new Set(LIST_JOINERS.map((w) => w.charCodeAt(w.length - 1)));

/**
 * The bare numbers listed just before the number at `numberStart`, in order, each joined to the
 * next by a list joiner (`4895和2608亿元`, `12、15和18个`): they share its multiplier and unit.
 */
function listedBefore(text: string, numberStart: number): { start: number; end: number; number: string }[] {
  const heads: { start: number; end: number; number: string }[] = [];
  let at = numberStart;
  while (at > 0 && JOINER_ENDS.has(text.charCodeAt(at - 1))) {
    const m = LISTED_NUMBER.exec(text.slice(Math.max(0, at - 24), at));
    if (!m) break;
    const start = at - m[0].length;
    // Part of an identifier, a longer figure or a date (`2018年和`: 年 is no joiner) is no head.
    if (start > 0 && continuesWord(text.charCodeAt(start - 1))) break;
    heads.unshift({ start, end: start + m[1]!.length, number: m[1]! });
    at = start;
  }
  return heads;
}

/**
 * The qualifier words around a number: a prefix (`超过`, `控制在`, `近`) and a suffix (`左右`,
 * `以上`, `以内`); the span grows to take them in.
 */
export function qualify(
  text: string,
  numberStart: number,
  numberEnd: number,
  initial: Qualifier,
  initialWords: string | null,
): { start: number; end: number; qualifier: Qualifier; qualifierWords: string | null } {
  let start = numberStart;
  let end = numberEnd;
  let qualifier = initial;
  let qualifierWords = initialWords;
  // (Room for a long word with a currency's name after it: `不低于人民币`, `历史性突破`.)
  const head = text.slice(Math.max(0, numberStart - 9), numberStart);
  const pm = PREFIX.re.exec(head);
  if (pm && qualifier !== 'range') {
    qualifier = PREFIX.byWord.get(pm[1]!)!;
    qualifierWords = pm[1]!;
    start = numberStart - pm[0].length;
  }
  const sm = SUFFIX.re.exec(text.slice(end, end + 3));
  // (Not a comparison's word before its own figure: `比目标275亿元多150.7亿元`, by how much.)
  if (sm && !isDigit(text.charCodeAt(end + sm[0].length))) {
    // The word after the number is the more specific: `控制在3%以内` is at most, but
    // `控制在3%左右` is about 3%. A range keeps its kind.
    if (qualifier !== 'range') qualifier = SUFFIX.byWord.get(sm[0])!;
    qualifierWords = qualifierWords ? `${qualifierWords}…${sm[0]}` : sm[0];
    end += sm[0].length;
  }
  const milestones = qualifier === 'exact' ? MILESTONES_AFTER.exec(text.slice(end, end + 40)) : null;
  if (milestones) {
    qualifier = 'at_least';
    qualifierWords = milestones[0];
  }
  return { start, end, qualifier, qualifierWords };
}

/**
 * What closes a bare multiplier: the clause's end or a threshold's mark (`大关`, `新台阶`), counted
 * where several were crossed (`300亿、400亿两个台阶`).
 */
const BARE_CLOSE = `(?=$|[,;。、)]|(?:(?:[两二三四五六七八九十]|\\d{1,2})个)?新?(?:${alternation(THRESHOLD_MARKS)}))`;
/**
 * A number with a multiplier and no unit closing its clause (`地方财政收入176亿,`): its unit is
 * the one its subject is counted in, which the fact rules supply (an empty unit until then).
 */
const BARE_MULTIPLIER = new RegExp(`(?:万亿|亿|万)${BARE_CLOSE}`);
/**
 * The number, or none (`突破万亿大关`) or 千/百 (`跨上千亿台阶`) after a threshold word; the multiplier;
 * then the clause's end or a threshold's mark.
 */
const BARE_MULTIPLIED = new RegExp(`(\\d+(?:\\.\\d+)?|[千百])?(万亿|亿|万)${BARE_CLOSE}`, 'g');
const ROUND_NUMBER: Record<string, number> = { 千: 1000, 百: 100 };

function findBareMultiplied(text: string, offset: number, found: Quantity[]): Quantity[] {
  const bare: Quantity[] = [];
  BARE_MULTIPLIED.lastIndex = 0;
  for (let m = BARE_MULTIPLIED.exec(text); m; m = BARE_MULTIPLIED.exec(text)) {
    const start = m.index + offset;
    if (found.some((q) => q.numberStart <= start && start < q.end)) continue;
    if (m.index > 0 && continuesWord(text.charCodeAt(m.index - 1))) continue;
    const digits = m[1] !== undefined && !(m[1] in ROUND_NUMBER);
    // A round number without digits (`万亿`, `千亿`, `百亿`) is one only where a threshold is
    // crossed (`突破万亿大关`).
    const round = m[1] === undefined ? m[2] === '万亿' : m[2] === '亿';
    if (!digits && !(round && thresholdBefore(text, m.index))) continue;
    const q = qualify(text, m.index, m.index + m[0].length, 'exact', null);
    bare.push({
      start: q.start + offset,
      end: q.end + offset,
      numberStart: start,
      value: digits
        ? scaled(m[1]!, MULTIPLIERS[m[2]!]!)
        : (ROUND_NUMBER[m[1] ?? ''] ?? 1) * MULTIPLIERS[m[2]!]!,
      valueMax: null,
      unit: '',
      qualifier: q.qualifier,
      qualifierWords: q.qualifierWords,
      percentagePoints: false,
      impliesChange: false,
    });
  }
  return bare;
}

/** A percent's number written out (`七点五`) or in digits. */
const PERCENT_NUMBER = `[${DIGIT_CHARS}十]+(?:点[${DIGIT_CHARS}]+)?|\\d+(?:\\.\\d+)?`;
/**
 * Percents written out, as older and some county reports do: `增长百分之八左右`, `百分之七点五`, and
 * a range (`百分之四点五至百分之五`, `百分之四点五到五`).
 */
const PERCENT_WORDS = new RegExp(
  `百分之(${PERCENT_NUMBER})(?:${RANGE_SEP}(?:百分之)?(${PERCENT_NUMBER})(?![万亿元]))?`,
  'g',
);

const percentNumber = (n: string) => (/\d/.test(n) ? Number(n) : parseChineseNumeral(n));

function findPercentWords(text: string, offset: number): Quantity[] {
  const found: Quantity[] = [];
  PERCENT_WORDS.lastIndex = 0;
  for (let m = PERCENT_WORDS.exec(text); m; m = PERCENT_WORDS.exec(text)) {
    const value = percentNumber(m[1]!);
    if (!Number.isFinite(value)) continue;
    const max = m[2] === undefined ? null : percentNumber(m[2]);
    // A change from one percent to another (`从百分之五十到百分之六十`) is two figures: read on from
    // the first.
    const range =
      max !== null &&
      Number.isFinite(max) &&
      max > value &&
      !CHANGE_OPENS.test(text.slice(Math.max(0, m.index - 12), m.index));
    const end = range ? m.index + m[0].length : m.index + '百分之'.length + m[1]!.length;
    PERCENT_WORDS.lastIndex = end;
    const q = qualify(text, m.index, end, range ? 'range' : 'exact', null);
    found.push({
      start: q.start + offset,
      end: q.end + offset,
      numberStart: m.index + offset,
      value,
      valueMax: range ? max : null,
      unit: '%',
      qualifier: q.qualifier,
      qualifierWords: q.qualifierWords,
      percentagePoints: false,
      impliesChange: false,
    });
  }
  return found;
}

/** 翻番 doubles (+100%), 翻两番 quadruples (+300%); 两位数增长 is growth of at least 10%. */
const CHANGE_WORDS = /翻(一|两|三)?番|(?:两位数|双位数)增长|增长(?:两位数|双位数)/g;

function findChangeWords(text: string, offset: number): Quantity[] {
  const found: Quantity[] = [];
  CHANGE_WORDS.lastIndex = 0;
  for (let m = CHANGE_WORDS.exec(text); m; m = CHANGE_WORDS.exec(text)) {
    const doubling = m[0].startsWith('翻');
    const times = m[1] ? DOUBLINGS[m[1]]! : 1;
    found.push({
      start: m.index + offset,
      end: m.index + m[0].length + offset,
      numberStart: m.index + offset,
      value: doubling ? (2 ** times - 1) * 100 : 10,
      valueMax: null,
      unit: '%',
      qualifier: doubling ? 'exact' : 'at_least',
      qualifierWords: doubling ? null : m[0],
      percentagePoints: false,
      impliesChange: true,
    });
  }
  return found;
}

/**
 * A `-` (or `−`) right before `at` that is a sign: after a word, a space, a colon or a list's
 * joiner (`分别增长5.6%、-24.4%、9.9%`); not after a digit, unit or letter.
 */
export function isMinusSign(text: string, at: number): boolean {
  if (at < 1) return false;
  const c = text.charCodeAt(at - 1);
  if (c !== 45 && c !== 0x2212) return false;
  if (at < 2) return true;
  const before = text.charCodeAt(at - 2);
  return (before >= 0x4e00 && before <= 0x9fa5) || SIGN_MAY_FOLLOW.includes(text[at - 2]!);
}

/** Marks a minus sign may follow: a space, a colon, a list's joiner. */
const SIGN_MAY_FOLLOW = ' :：、';

/** Indicator names written in Latin letters (`GDP`, `CPI`), ending where a figure may start. */
const LATIN_NAME_BEFORE = new RegExp(`(?<![A-Za-z])(?:${alternation(LATIN_NAMES)})$`);

function afterLatinName(text: string, at: number): boolean {
  return LATIN_NAME_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}

/** A letter, digit, `.` or 第 right before a number makes it part of something else. */
function continuesWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 0x7b2c;
}

function insideQuotes(text: string, at: number): boolean {
  const open = openQuotationAt(text, at);
  if (open < 0 || at - open > 12) return false;
  // Nor is a goal quoted as one (`将“生产总值增长5.5%左右”列入主要预期目标`).
  if (quotedAsTargets(text, at)) return false;
  // A name is short: a quotation running on (`“预计全省地区生产总值达4.58万亿元,增长7.8%左右…`) quotes
  // a speech, whose figures are figures.
  const close = text.indexOf('”', at);
  return close >= 0 && close - open <= QUOTED_NAME;
}
/** The longest quoted name a figure may be part of (`“十四五”规划`, `“36条办法”`, `“双十工程”`). */
const QUOTED_NAME = 20;

/** A value in its unit's base unit (`1.3万亿斤` in tonnes), without binary-fraction noise. */
function inBaseUnits(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(12));
}

/**
 * The number times a power-of-ten multiplier, computed on the digits so that `32.88亿` is exactly
 * 3288000000 (in binary floating point 32.88 × 1e8 is 3288000000.0000005).
 */
function scaled(text: string, multiplier: number): number {
  // An Arabic number starts with a digit; a Chinese one has none (QUANTITY_RE).
  const first = text.charCodeAt(0);
  if (first < 48 || first > 57) return parseChineseNumeral(text) * multiplier;
  const digits = text.includes(',') ? text.replace(/,/g, '') : text;
  const dot = digits.indexOf('.');
  if (dot < 0 || multiplier === 1) return Number(digits) * multiplier;
  const decimals = digits.length - dot - 1;
  const whole = Number(digits.slice(0, dot) + digits.slice(dot + 1));
  const power = Math.round(Math.log10(multiplier));
  return power >= decimals ? whole * 10 ** (power - decimals) : whole / 10 ** (decimals - power);
}
