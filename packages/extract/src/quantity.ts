/**
 * Finds quantities in match text: a number (Arabic or Chinese), an optional range end, a
 * multiplier (万, 亿, 万亿), an optional 余/多, and a unit, with the bounds and approximations
 * written around it (超过…, …以上, 近…, …左右). Values come out in base units: `69.5亿元` is
 * 6_950_000_000 CNY, `1.6万人` is 16_000 persons; percents stay as written.
 */
import type { Qualifier } from '@gwr/domain';
import { parseChineseNumeral } from './chinese-number.js';

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

interface UnitInfo {
  unit: string;
  factor: number;
}

/** Units, longest first so `万元` wins over `元` and `个百分点` over `个`. */
const UNITS: Record<string, UnitInfo> = {
  美元: { unit: 'USD', factor: 1 },
  欧元: { unit: 'EUR', factor: 1 },
  港元: { unit: 'HKD', factor: 1 },
  港币: { unit: 'HKD', factor: 1 },
  元: { unit: 'CNY', factor: 1 },
  个百分点: { unit: '%', factor: 1 },
  '%': { unit: '%', factor: 1 },
  '‰': { unit: '‰', factor: 1 },
  人次: { unit: 'person-time', factor: 1 },
  人: { unit: 'person', factor: 1 },
  名: { unit: 'person', factor: 1 },
  户: { unit: 'household', factor: 1 },
  '微克/立方米': { unit: 'ug/m3', factor: 1 },
  微克每立方米: { unit: 'ug/m3', factor: 1 },
  平方公里: { unit: 'km2', factor: 1 },
  平方千米: { unit: 'km2', factor: 1 },
  平方米: { unit: 'm2', factor: 1 },
  立方米: { unit: 'm3', factor: 1 },
  公里: { unit: 'km', factor: 1 },
  千米: { unit: 'km', factor: 1 },
  公顷: { unit: 'ha', factor: 1 },
  亩: { unit: 'mu', factor: 1 },
  吨标准煤: { unit: 'tce', factor: 1 },
  吨: { unit: 't', factor: 1 },
  千瓦时: { unit: 'kWh', factor: 1 },
  千瓦: { unit: 'kW', factor: 1 },
  标箱: { unit: 'TEU', factor: 1 },
  个: { unit: '个', factor: 1 },
  家: { unit: '家', factor: 1 },
  项: { unit: '项', factor: 1 },
  座: { unit: '座', factor: 1 },
  所: { unit: '所', factor: 1 },
  条: { unit: '条', factor: 1 },
  张: { unit: '张', factor: 1 },
  套: { unit: '套', factor: 1 },
  处: { unit: '处', factor: 1 },
  辆: { unit: '辆', factor: 1 },
  台: { unit: '台', factor: 1 },
  艘: { unit: '艘', factor: 1 },
  间: { unit: '间', factor: 1 },
  栋: { unit: '栋', factor: 1 },
  幢: { unit: '幢', factor: 1 },
  场: { unit: '场', factor: 1 },
  批: { unit: '批', factor: 1 },
  件: { unit: '件', factor: 1 },
  支: { unit: '支', factor: 1 },
  株: { unit: '株', factor: 1 },
  头: { unit: '头', factor: 1 },
  只: { unit: '只', factor: 1 },
  床: { unit: '床', factor: 1 },
  盏: { unit: '盏', factor: 1 },
};

const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千万: 1e7, 百万: 1e6 };

const UNIT_RE = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[%/]/g, (c) => `\\${c}`))
  .join('|');
const ARABIC = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
// Read only before a multiplier or a money/percent unit (see below), so the lookahead lets the
// many numeral characters of running text (一批, 十九大) fail at once.
const CHINESE =
  '[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?(?=(?:余|多)?(?:万|亿|元|美元|%))';
const RANGE_SEP = '[-~～—–至到]';

/**
 * number, optional `-number` range end, multiplier, 余/多, unit, then optional `-number unit` for
 * ranges written in full (`6%-6.5%`). Chinese numerals need a multiplier or a money/percent/person
 * unit: bare `两个`, `三区两市` and the like are slogans, not quantities. Groups, in order (read
 * by `groupsOf`): number, range end, multiplier, 余/多, unit, then the full range's end and its
 * multiplier (its unit must repeat group 5).
 */
const QUANTITY_RE = new RegExp(
  String.raw`(${ARABIC}|${CHINESE})(?:${RANGE_SEP}(${ARABIC}))?(万亿|千万|百万|亿|万)?(余|多)?(${UNIT_RE})(?:${RANGE_SEP}(${ARABIC})(万亿|千万|百万|亿|万)?\5)?`,
  'g',
);

/**
 * Words before a number that bound or approximate it, one regex with a group per qualifier: the
 * match that starts first is the whole word, so `不超过` (at most) wins over the `超过` (at least)
 * it ends with, and `不低于` (at least) over `低于` (at most). (Tested one qualifier after the
 * other, `不超过3%` and `不高于3%` read as at least.)
 */
const PREFIX_QUALIFIER = new RegExp(
  // A threshold crossed (`首破10亿元`, `跨越50亿元大关`, `迈上500亿元台阶`) is at least that much.
  '(?:((?:首次|历史性)?(?:超过|突破|超出|超|逾|不低于|不少于|高于|多于|大于|首破|跨越|迈上|跨上|站上|跃上))' +
    '|(不超过|不高于|不多于|不大于|低于|少于|小于|控制在)' +
    '|(约|近|接近|将近|大约|大概))$',
);
/** Words after a number, likewise: `左右`, `以上`, `以内`. */
const SUFFIX_QUALIFIER = /^(?:(以上|之上|多)|(以内|以下|之内)|(左右))/;
/** The qualifier of each group of the two regexes above. */
const QUALIFIER_OF_GROUP: Qualifier[] = ['exact', 'at_least', 'at_most', 'about'];
const groupQualifier = (m: RegExpExecArray) => QUALIFIER_OF_GROUP[m[1] ? 1 : m[2] ? 2 : 3]!;

/**
 * The parts of a QUANTITY_RE match. The regex numbers its groups rather than naming them: a named
 * group makes every match allocate a groups object, and this regex runs on every sentence with a
 * figure (its matches were a fifth of all the extractor allocated).
 */
function groupsOf(m: RegExpExecArray) {
  return {
    num: m[1],
    num2: m[2],
    mult: m[3],
    approx: m[4],
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
    const g = groupsOf(m);
    let numberStart = m.index;
    // Part of an identifier (PM2.5, BRT3号线, S329), an ordinal (第三), or a longer number.
    if (numberStart > 0 && continuesWord(text.charCodeAt(numberStart - 1))) continue;
    const first = g.num!.charCodeAt(0);
    const isChinese = first < 48 || first > 57;
    const unitInfo = UNITS[g.unit!]!;
    // Chinese numerals name things as often as they count them (`千人计划`, `一厕一人`, `三区两市`):
    // only money, percents and figures with a multiplier (`三万人`) are read as quantities.
    if (isChinese && !g.mult && !['CNY', 'USD', '%'].includes(unitInfo.unit)) continue;
    // A figure inside quotation marks is part of a name (`“36条办法”`).
    if (insideQuotes(text, numberStart)) continue;
    const multiplier = g.mult ? MULTIPLIERS[g.mult]! : 1;
    let value = scaled(g.num!, multiplier * unitInfo.factor);
    if (!Number.isFinite(value)) continue;
    // `增长-3.5%`: a minus sign after a word (after a figure, `-` joins a range).
    if (!isChinese && isMinusSign(text, numberStart)) {
      value = -value;
      numberStart--;
    }
    const rangeEnd = g.num2 ?? g.num3;
    const rangeMultiplier = g.num3 ? (g.mult3 ? MULTIPLIERS[g.mult3]! : multiplier) : multiplier;
    const valueMax = rangeEnd ? scaled(rangeEnd, rangeMultiplier * unitInfo.factor) : null;
    let qualifier: Qualifier = valueMax !== null ? 'range' : 'exact';
    let qualifierWords: string | null = null;
    if (g.approx) {
      qualifier = 'at_least';
      qualifierWords = g.approx;
    }
    const q = qualify(text, numberStart, m.index + m[0].length, qualifier, qualifierWords);
    // Properties spelled out in one order (no spread): every quantity then has one shape, and
    // spreading made this the hottest line of the extractor.
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
      impliesChange: false,
    });
  }
  const changeWords = text.includes('番') || text.includes('位数');
  const percentWords = text.includes('百分之');
  if (!changeWords && !percentWords) return found;
  if (changeWords) found.push(...findChangeWords(text, offset));
  if (percentWords) found.push(...findPercentWords(text, offset));
  return found.sort((a, b) => a.numberStart - b.numberStart);
}

/**
 * The qualifier words around a number: a prefix (`超过`, `控制在`, `近`) and a suffix (`左右`,
 * `以上`, `以内`); the span grows to take them in.
 */
function qualify(
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
  const head = text.slice(Math.max(0, numberStart - 6), numberStart);
  const pm = PREFIX_QUALIFIER.exec(head);
  if (pm && qualifier !== 'range') {
    qualifier = groupQualifier(pm);
    qualifierWords = pm[0];
    start = numberStart - pm[0].length;
  }
  const sm = SUFFIX_QUALIFIER.exec(text.slice(end, end + 3));
  if (sm) {
    // The word after the number is the more specific: `控制在3%以内` is at most, but
    // `控制在3%左右` is about 3%. A range keeps its kind.
    if (qualifier !== 'range') qualifier = groupQualifier(sm);
    qualifierWords = qualifierWords ? `${qualifierWords}…${sm[0]}` : sm[0];
    end += sm[0].length;
  }
  return { start, end, qualifier, qualifierWords };
}

/** Percents written out, as older and some county reports do: `增长百分之八左右`, `百分之七点五`. */
const PERCENT_WORDS = /百分之([零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?|\d+(?:\.\d+)?)/g;

function findPercentWords(text: string, offset: number): Quantity[] {
  const found: Quantity[] = [];
  PERCENT_WORDS.lastIndex = 0;
  for (let m = PERCENT_WORDS.exec(text); m; m = PERCENT_WORDS.exec(text)) {
    const value = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    if (!Number.isFinite(value)) continue;
    const q = qualify(text, m.index, m.index + m[0].length, 'exact', null);
    found.push({
      start: q.start + offset,
      end: q.end + offset,
      numberStart: m.index + offset,
      value,
      valueMax: null,
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
    const times = { 一: 1, 两: 2, 三: 3 }[m[1] as '一' | '两' | '三'] ?? 1;
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

/** A `-` (or `−`) right before `at` that is a sign: not after a digit, unit or letter. */
function isMinusSign(text: string, at: number): boolean {
  // Reading before the start (charCodeAt(-1)) is NaN, and deoptimizes the caller (findQuantities).
  if (at < 1) return false;
  const c = text.charCodeAt(at - 1);
  if (c !== 45 && c !== 0x2212) return false;
  if (at < 2) return true;
  const before = text.charCodeAt(at - 2);
  return (before >= 0x4e00 && before <= 0x9fa5) || before === 32 || before === 58 || before === 0xff1a;
}

/** A letter, digit, `.` or 第 right before a number makes it part of something else. */
function continuesWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 0x7b2c;
}

function insideQuotes(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  return open >= 0 && text.lastIndexOf('”', at) < open && at - open <= 12;
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
