/**
 * Figures reports state without a unit, which the quantity parser does not see: the three-sector
 * structure (`三次产业结构调整为11.8:48.3:39.9`, each term a share of GDP, sometimes with its percent sign), a price index
 * (`居民消费价格指数为102.7`, a rise of 2.7%) and no change at all (`与上年持平`, growth of 0).
 * Each comes back as a quantity bound to the indicator the construction names.
 */
import type { Qualifier } from '@gwr/domain';
import type { IndicatorMention } from './indicator-matcher.js';
import {
  FLAT_COMPARISONS,
  PRICE_INDEX_LEVEL,
  PRICE_INDEX_LINK,
  PRICE_INDEX_WORDS,
  RATIO_SHARE,
  SECTOR_SHARES,
  SECTOR_STRUCTURE_WORDS,
} from './lexicon/constructions.js';
import { CHANGE_FROM, COMPARABLE_BASIS } from './lexicon/link-words.js';
import { alternation } from './lexicon/pattern.js';
import { PARTIAL_ECONOMIES } from './lexicon/places.js';
import { type Quantity, qualify } from './quantity.js';

export interface UnitlessFigure {
  indicator: string;
  quantity: Quantity;
  /** Where the words naming what did not change start, when a clause before names it. */
  subjectStart?: number;
  /** The words between the subject and the figure (`按可比口径`): the basis it is stated on. */
  link?: string;
}

/** The three sectors' shares, in the order a structure states them (services is the third). */
const SHARE_IDS = SECTOR_SHARES.map((s) => s.id);
const NUMBER = `(${RATIO_SHARE})`;
/** Some write each share with a percent sign (`5.2%:30.1%:64.7%`). */
const SHARE = `${NUMBER}%?`;
const RATIO = new RegExp(`${SHARE}:${SHARE}:${SHARE}(?![\\d.:])`, 'g');
const STRUCTURE = new RegExp(`(?:${alternation(SECTOR_STRUCTURE_WORDS)})[^。;!?]{0,40}$`);
/** A part of the economy's own structure (`民营经济三次产业结构由…调整为…`): not the region's. */
const PARTIAL_STRUCTURE = new RegExp(
  `(?:${alternation(PARTIAL_ECONOMIES)})的?(?:${alternation(SECTOR_STRUCTURE_WORDS)})[^。;!?]{0,40}$`,
);
/**
 * A sentence that opens on the structure's bare name (`比重由…调整为…`) after one about the three
 * sectors (`三次产业增加值分别完成…。`) goes on with them.
 */
const BARE_STRUCTURE = /^\s*(?:其)?(?:比重|比例|结构)[^。;!?]{0,40}$/;
const NAMES_SECTORS = new RegExp(alternation(SECTOR_STRUCTURE_WORDS));
/** A year right before a ratio, stating it (`2000年为`, `2000年末的`). */
const DATED = /(?:19|20)\d{2}年(?:末|底)?(?:为|是|的)$/;
/** Shares that do not add up to about 100 are not a structure (a score, a date). */
const SUM_TOLERANCE = 1.5;

const PRICE_INDEX = new RegExp(
  // (Some write the index with a percent sign: `居民消费价格指数101.7%`.)
  `(?:${alternation(PRICE_INDEX_WORDS)})${PRICE_INDEX_LINK}(${PRICE_INDEX_LEVEL})(?=%?(?:[^\\d.%]|$))`,
  'g',
);
/** Between a subject and `与上年持平`: its level and a comma (`86亿元,`), nothing else. */
const LEVEL_THEN_FLAT = /^[^,;。\d]{0,4}\d[\d.]*[万亿]*[^\d,;。]{0,3}[,,]$/;
/** Between a subject and `与上年持平`: the basis it is compared on (`按可比口径`, `同口径`). */
const BASIS_THEN_FLAT = new RegExp(`^(?:${alternation(COMPARABLE_BASIS)})(?:计算)?[,,]?$`);
const FLAT = new RegExp(`(?:${alternation(FLAT_COMPARISONS)})(基本)?持平`, 'g');

/**
 * @param text the sentence (match text); offsets come back from `offset`
 * @param mentions the sentence's indicator mentions, at document offsets
 * @example findUnitlessFigures('三次产业结构调整为9.1:45.2:45.7')[2]?.quantity.value // 45.7
 */
export function findUnitlessFigures(
  text: string,
  offset = 0,
  mentions: IndicatorMention[] = [],
  sentenceBefore: () => string = () => '',
): UnitlessFigure[] {
  const found: UnitlessFigure[] = [];
  if (text.includes(':')) found.push(...sectorStructure(text, offset, sentenceBefore));
  if (text.includes('指数') || text.includes('CPI')) found.push(...priceIndex(text, offset));
  if (text.includes('持平')) found.push(...noChange(text, offset, mentions));
  return found;
}

/**
 * `由2000年的24.1:36.5:39.4调整为20.2:41.6:38.2`: the last ratio after the words is the year's; one
 * a change starts from (after 由/从) is read too, and the fact rules give it its own year or drop it;
 * so is one its own year dates (`2000年为3.79:40.98:55.23,2005年为…`).
 */
function sectorStructure(text: string, offset: number, sentenceBefore: () => string): UnitlessFigure[] {
  const ratios: RegExpExecArray[] = [];
  RATIO.lastIndex = 0;
  for (let m = RATIO.exec(text); m; m = RATIO.exec(text)) {
    const before = text.slice(0, m.index);
    const named =
      STRUCTURE.test(before) || (BARE_STRUCTURE.test(before) && NAMES_SECTORS.test(sentenceBefore()));
    if (named && !PARTIAL_STRUCTURE.test(before)) ratios.push(m);
  }
  const last = ratios.at(-1);
  const read = ratios.filter((m) => {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    return m === last || CHANGE_FROM.test(before) || DATED.test(before);
  });
  return read.flatMap((m) => ratioShares(m, offset));
}

function ratioShares(m: RegExpExecArray, offset: number): UnitlessFigure[] {
  const shares = [m[1]!, m[2]!, m[3]!].map(Number);
  if (Math.abs(shares.reduce((a, b) => a + b, 0) - 100) > SUM_TOLERANCE) return [];
  let at = m.index;
  return shares.map((share, k) => {
    const written = m[k + 1]!;
    const start = m.input.indexOf(written, at);
    at = start + written.length;
    return {
      indicator: SHARE_IDS[k]!,
      quantity: figure(start + offset, at + offset, share, 'exact', false),
    };
  });
}

/** `居民消费价格指数为102.7`: prices rose 2.7%; `…指数控制在103%以内`: by 3% at most. */
function priceIndex(text: string, offset: number): UnitlessFigure[] {
  const figures: UnitlessFigure[] = [];
  PRICE_INDEX.lastIndex = 0;
  for (let m = PRICE_INDEX.exec(text); m; m = PRICE_INDEX.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    const rise = Number((Number(m[1]) - 100).toFixed(2));
    // (The words that bound it stand around the level and its percent sign, if it has one.)
    const { qualifier } = qualify(text, start, text[end] === '%' ? end + 1 : end, 'exact', null);
    figures.push({
      indicator: 'cpi',
      quantity: figure(start + offset, end + offset, rise, qualifier, true),
    });
  }
  return figures;
}

/**
 * `社会消费品零售总额与上年持平`: the subject just before did not change, on the basis it names too
 * (`按可比口径与上年持平`); nor did the one whose figure the clause before states (`完成固定资产投资86亿元,
 * 与去年持平`).
 */
function noChange(text: string, offset: number, mentions: IndicatorMention[]): UnitlessFigure[] {
  const figures: UnitlessFigure[] = [];
  FLAT.lastIndex = 0;
  for (let m = FLAT.exec(text); m; m = FLAT.exec(text)) {
    const at = m.index + offset;
    const subject = mentions
      .filter(
        (x) =>
          x.end <= at &&
          (at - x.end <= 2 ||
            LEVEL_THEN_FLAT.test(text.slice(x.end - offset, m.index)) ||
            BASIS_THEN_FLAT.test(text.slice(x.end - offset, m.index))),
      )
      .at(-1);
    if (!subject || subject.indicators.length !== 1) continue;
    figures.push({
      indicator: subject.indicators[0]!,
      quantity: figure(at, at + m[0].length, 0, m[1] ? 'about' : 'exact', true),
      subjectStart: subject.start,
      link: text.slice(subject.end - offset, m.index),
    });
  }
  return figures;
}

function figure(
  start: number,
  end: number,
  value: number,
  qualifier: Qualifier,
  impliesChange: boolean,
): Quantity {
  return {
    start,
    end,
    numberStart: start,
    value,
    valueMax: null,
    unit: '%',
    qualifier,
    qualifierWords: null,
    percentagePoints: false,
    impliesChange,
  };
}
