/**
 * Finds indicator mentions in match text: every catalog alias (longest first, so
 * `规模以上工业增加值` wins over `工业增加值`), plus constructions that name two indicators at once
 * (`城乡居民人均可支配收入` is the urban and the rural income) or that name one across a few words
 * (`服务业…在三次产业中的占比`).
 */
import { INDICATORS } from '@gwr/domain';
import {
  OF_GDP,
  OWN_SCOPE_WORD,
  POLICY_VERBS,
  SECTOR_RESULT_VERB,
  SECTOR_SHARES,
  WHOLE_YEAR_ESTIMATE,
} from './lexicon/constructions.js';
import { QUOTATION_PAIRS } from './lexicon/layout.js';
import { AS_A_FACTOR, LIST_JOINER_PATTERN, YEAR_FRAME } from './lexicon/link-words.js';
import { alternation } from './lexicon/pattern.js';
import { PairIndex } from './pair-index.js';
import { longestWord } from './word-index.js';

export interface IndicatorMention {
  start: number;
  end: number;
  /** One id, or several for a construction naming a pair in order (urban, rural). */
  indicators: string[];
  text: string;
  /** For a pair, the statistic of the whole (`城乡居民人均可支配收入2.33万元` with one value). */
  whole?: string;
}

interface Pattern {
  re: RegExp;
  indicators: string[];
  whole?: string;
}

/** Income per head, also said per year (`居民年人均可支配收入`, `全年人均收入`). */
const INCOME = '(?:全?年)?人均(?:可支配)?收入';

/** The three sectors: by their number (`第一产业`, `一产`) and by their word, if any (`农业`). */
const SECTORS = [
  { numbered: '第一产业|一产', word: '农业', id: 'agriculture_value_added' },
  { numbered: '第二产业|二产', word: null, id: 'secondary_industry_value_added' },
  { numbered: '第三产业|三产', word: '服务业', id: 'services_value_added' },
] as const;
const sectorNames = (s: (typeof SECTORS)[number]) => (s.word ? `${s.word}|${s.numbered}` : s.numbered);

/** The sectors a report speaks of as topics, each with the value added its figures are of. */
const SECTOR_TOPICS = [
  ['工业', 'industrial_value_added'] as const,
  ...SECTORS.map((s) => [sectorNames(s), s.id] as const),
];

/** What follows a sector's name in its share of GDP, up to 比重 (`增加值占全县生产总值的`). */
const SHARE_OF_GDP_TAIL = `(?:增加值)?占(?:${OWN_SCOPE_WORD})?${OF_GDP}(?:的)?`;

/** A growth figure right after a sector's name (`规上工业增长10.5%`), as a lookahead. */
const GROWTH_FOLLOWS = '(?=(?:同比|比上年)?(?:增长|下降)\\d)';
/** The rural side of an urban–rural pair: farmers', villages', herders' areas. */
const RURAL = '农村牧区|农牧区|农村|乡村|牧区|农区|乡';
/** An amount of money as a name's words may state it (`研发经费支出约4200亿元`). */
const AMOUNT = String.raw`\d[\d.]*[万亿]*元`;
/** `实际到位` right after the contracted `capital`'s figure, before its own figure. */
function arrivedOf(capital: string): RegExp {
  return new RegExp(`实际到位(?<=合同(?:利用)?${capital}[^,;。]{1,16}[,,]实际到位)(?=\\s*\\d)`, 'g');
}

/** What follows sectors named together: their value added (`…增加值分别`), or their growth, which is it. */
const SECTORS_VALUE_ADDED = `(?:(?:分别)?(?:${SECTOR_RESULT_VERB})?增加值|(?=(?:分别)?(?:比上年)?(?:增长|下降)))`;

/** Constructions beyond plain aliases; each follows a way reports write, not a particular report. */
const PATTERNS: Pattern[] = [
  // 城乡居民人均可支配收入 / 城镇居民和农村居民人均可支配收入 / 城镇和农村常住居民人均可支配收入:
  // the urban and the rural figure, in that order (分别 pairs them with two values), 人均 said or not
  // (`城镇和农村常住居民可支配收入分别增长8.5%、8.1%`).
  // (`城乡居民收入分别增长8%和9%`, `城乡居民可支配收入分别达到…`, `城乡人均可支配收入分别…` say the same
  // more loosely.)
  {
    re: new RegExp(`城乡(?:常住)?(?:居民(?:${INCOME}|可支配收入|收入)|${INCOME})`, 'g'),
    indicators: ['urban_income_per_capita', 'rural_income_per_capita'],
    whole: 'resident_income_per_capita',
  },
  {
    // 城镇和农村, 城、乡, 城镇、牧区 (herders' areas count as rural).
    re: new RegExp(
      `城(?:镇|市)?(?:常住)?(?:居民)?(?:${LIST_JOINER_PATTERN})(?:${RURAL})(?:常住)?(?:居民)?(?:${INCOME}|可支配收入)`,
      'g',
    ),
    indicators: ['urban_income_per_capita', 'rural_income_per_capita'],
  },
  // The rural side named first (`农村居民和城镇居民人均可支配收入分别达到13350元和25160元`).
  {
    re: new RegExp(
      `(?:${RURAL})(?:常住)?(?:居民)?(?:${LIST_JOINER_PATTERN})城(?:镇|市)(?:常住)?(?:居民)?(?:${INCOME}|可支配收入)`,
      'g',
    ),
    indicators: ['rural_income_per_capita', 'urban_income_per_capita'],
  },
  // A budget's revenue and spending named together (`一般公共预算收支分别增长7.6%、5.7%`).
  {
    re: /(?:一般公共预算|公共财政预算|地方财政|财政)收支(?=分别)/g,
    indicators: ['general_budget_revenue', 'general_budget_expenditure'],
  },
  // The three sectors' shares of GDP said together (`第一、二、三产业增加值占生产总值的比重分别为…`,
  // `三次产业增加值占全县生产总值比重分别为…`): the primary, secondary and tertiary shares, in order.
  {
    re: new RegExp(
      `(?:第?一产?[、,]?第?二产?[、,]?第?三(?:次)?产(?:业)?|三次产业)${SHARE_OF_GDP_TAIL}(?:比重|比例)`,
      'g',
    ),
    indicators: SECTOR_SHARES.map((s) => s.id),
  },
  // The three sectors named together (`一、二、三次产业增加值分别…`, `第一二三产业增加值`, `一二三产
  // 增加值`, `一产、二产、三产增加值分别…`, `三次产业增加值分别…`; a sector's growth is its value
  // added's: `一、二、三产业(分别)增长…`, `三次产业分别增长…`):
  // `三次产业实现增加值分别为…`): the primary, secondary and tertiary value added, in that order.
  {
    re: new RegExp(
      `第?一产?[、,]?第?二产?[、,]?第?三(?:次)?产(?:业)?${SECTORS_VALUE_ADDED}|三次产业(?:(?:${SECTOR_RESULT_VERB})?增加值(?=分别)|(?=分别(?:比上年)?(?:增长|下降)))`,
      'g',
    ),
    indicators: ['agriculture_value_added', 'secondary_industry_value_added', 'services_value_added'],
  },
  // Two of them (`第二、三产业增加值分别增长7.8%、4.5%`, `一、二产业分别增长…`), not the last two of the
  // three (`第一、二、三产业…`).
  {
    re: new RegExp(`(?<!一产?[、,]?)第?二产?[、,]?第?三产(?:业)?${SECTORS_VALUE_ADDED}`, 'g'),
    indicators: ['secondary_industry_value_added', 'services_value_added'],
  },
  {
    re: new RegExp(`第?一产?[、,]?第?二产(?:业)?${SECTORS_VALUE_ADDED}`, 'g'),
    indicators: ['agriculture_value_added', 'secondary_industry_value_added'],
  },
  // `全省规模工业实现增加值4250亿元`, `180家规模以上工业企业实现增加值80.8亿元`, `全部工业实现增加值
  // 56.4亿元`, `61户规模以上工业企业完成工业增加值102亿元`: the industry named, then its value added
  // after the verb.
  {
    re: new RegExp(
      `(?:规模以上工业|规上工业|规模工业|全部工业)(?:企业)?${SECTOR_RESULT_VERB}(?:工业)?增加值`,
      'g',
    ),
    indicators: ['industrial_value_added'],
  },
  // `规上工业增长10.5%`, `其中服务业增长23%`: industry's or services' growth, said without the
  // noun, is its value added's (as a sector's is). (Services only where the clause opens on it or a
  // scope word: `现代服务业增长` is a part of it.)
  {
    re: new RegExp(`(?:规模以上工业|规上工业|规模工业)${GROWTH_FOLLOWS}`, 'g'),
    indicators: ['industrial_value_added'],
  },
  {
    re: new RegExp(`服务业(?<=(?:^|[^\\u4e00-\\u9fa5]|其中|${OWN_SCOPE_WORD})服务业)${GROWTH_FOLLOWS}`, 'g'),
    indicators: ['services_value_added'],
  },
  // `一产增长3.9%、二产增长14.1%`, `第三产业增长8%`: a sector's growth, by its number (农业's may be
  // its output's).
  ...SECTORS.map((s) => ({ re: new RegExp(`(?:${s.numbered})${GROWTH_FOLLOWS}`, 'g'), indicators: [s.id] })),
  // `规模以上工业企业实现产值93亿元`, `规模工业年产值突破200亿元`, `规上企业实现产值229亿元`, `规模以上企业
  // 实现产值49.45亿元`: its
  // gross output, however worded.
  {
    re: new RegExp(
      `(?:(?:规模以上工业|规上工业|规模工业)(?:企业)?|规上企业|规模以上企业)(?:${SECTOR_RESULT_VERB})?(?:年)?(?:总)?产值`,
      'g',
    ),
    indicators: ['industrial_gross_output'],
  },
  // `服务业实现增加值4470亿元`, `第一产业完成增加值193.4亿元`: a sector named, then its value
  // added after the verb, or after the year it is of (`第三产业2011年增加值达到542亿元`).
  ...SECTORS.map((s) => ({
    re: new RegExp(
      `(?:${sectorNames(s)})(?:${YEAR_FRAME}(?:${SECTOR_RESULT_VERB})?|${SECTOR_RESULT_VERB})增加值`,
      'g',
    ),
    indicators: [s.id],
  })),
  // A sector, how it went, then its value added (`工业平稳发展,增加值增长3.8%`, `农业生产稳定,增加值
  // 增长4%`): the value added is the sector's.
  ...SECTOR_TOPICS.map(([sector, id]) => ({
    // The sector opens the clause, or follows the place's own word (`全县工业…`; not `轻工业…`) or a
    // verb of policy (`促进第三产业多作贡献,实现增加值666亿元`).
    // (Its name is matched before what stands before it is looked at: a regex opening on a
    // lookbehind tries it at every character.)
    re: new RegExp(
      `(?:${sector})(?<=(?:^|[^\\u4e00-\\u9fa5]|${OWN_SCOPE_WORD}|我[县市区省州盟旗]|${alternation(POLICY_VERBS)})(?:${sector}))[^。;,\\d]{2,8},(?:${SECTOR_RESULT_VERB})?增加值`,
      'g',
    ),
    indicators: [id],
  })),
  // `全区实现增加值72.5亿元`, or a sentence opening on `实现增加值…`: the place's own value added, with
  // no sector named, is its output.
  {
    re: new RegExp(`(?:${OWN_SCOPE_WORD}|^${WHOLE_YEAR_ESTIMATE})${SECTOR_RESULT_VERB}增加值`, 'g'),
    indicators: ['gdp'],
  },
  // `地区生产总值200亿元,人均5.6万元`, `…迈上4万亿元台阶,人均超过1万美元`, `…增长14.3%;人均
  // 11801元`: 人均 right after GDP's figure, with no income named between, is GDP per head. (人均 is
  // matched first: a pattern opening on a lookbehind is tried at every character.)
  {
    re: new RegExp(
      `人均(?<=${OF_GDP}[^。;!?收]{0,60}[,,、;]人均)(?=(?:达到|达|超过|突破|为|约|近|逾)?\\d)`,
      'g',
    ),
    indicators: ['gdp_per_capita'],
  },
  // The towns' share of the population, said after their count (`城镇常住人口6.32万人,占总人口比重为
  // 46.5%`): the urbanisation rate.
  {
    re: /占(?:全[县市区省])?(?:常住)?总人口(?:的)?比重(?<=城镇(?:常住)?人口[^。;]{0,24}占(?:全[县市区省])?(?:常住)?总人口(?:的)?比重)/g,
    indicators: ['urbanization_rate'],
  },
  // `合同利用外资4670万美元,实际到位2189万美元`: what arrived of the capital contracted is the capital
  // actually used, foreign or from outside the region. (实际到位 is matched first: a pattern opening
  // on a lookbehind is tried at every character.)
  { re: arrivedOf('外资'), indicators: ['actual_fdi'] },
  { re: arrivedOf('(?:市外|省外|境内|县外)?内资'), indicators: ['actual_domestic_investment'] },
  // `全年经济增长7%左右`: the economy's growth is GDP growth (经济 alone, before 增长 or 增速, or the
  // growth it is expected to make: `经济预期增长目标为14%以上`).
  { re: /经济(?=(?:预期)?(?:增长|增速))/g, indicators: ['gdp'] },
  // Revenue raised in the region, the central government's share in it (`来源于广州地区的财政一般预算收入`,
  // `源于本县的财政收入`, `来自…的`): the total, beside the local part (`地方财政一般预算收入`).
  {
    re: /(?:来?源于|来自)[^,。;、\d]{1,10}?的(?:财政一般预算收入|一般预算收入|财政总收入|财政收入)/g,
    indicators: ['fiscal_total_revenue'],
  },
  // PM2.5 named with its Chinese name before it, glossed or not (`细颗粒物(PM2.5)平均浓度`,
  // `可吸入颗粒物PM2.5平均浓度`, as some bulletins loosely write it).
  { re: /(?:细|可吸入)颗粒物(?:\(PM2\.5\)|PM2\.5)(?:年均|平均)?(?:浓度|值)?/g, indicators: ['pm25'] },
  // `500万元以上项目固定资产投资`, `500万元及以上固定资产投资`: the scope the statistic is compiled
  // over since 2011, the region's own.
  { re: /\d+万元(?:及)?以上(?:建设)?(?:项目)?固定资产投资/g, indicators: ['fixed_asset_investment'] },
  // `粮食种植面积稳定在12万亩以上,总产6.4万吨`, `粮食生产面积和总产分别稳定在630万亩、245万吨`:
  // the output after the grain's area is the grain's.
  {
    re: new RegExp(
      `总产量?(?<=粮食[^。;!?]{0,24}(?:[,,]|${LIST_JOINER_PATTERN})总产量?)(?=达到|达|为|稳定在|分别|\\d)`,
      'g',
    ),
    indicators: ['grain_output'],
  },
  // A share of services written around the noun: 服务业增加值占比, 服务业…在三次产业中的占比 (past a
  // comma only when the clause after it does not name services again: `现代服务业加快发展,服务业增加值
  // 占比` is the second's). Not services a share is taken of (`高新技术产业占全区GDP、服务业增加值…的比重`).
  {
    re: /(?<!占[^。;;,,]{0,30})服务业(?:增加值)?[^。;;,,\d]{0,10}(?:[,,](?![^。;;,,\d]{0,12}?服务业)[^。;;,,\d]{0,12})?(?:占比|比重)/g,
    indicators: ['services_share'],
  },
  // Two sectors' shares said together (`第二产业和第三产业增加值占地区生产总值比重分别为…`): both, in order.
  ...SECTOR_SHARES.flatMap((first, k) =>
    SECTOR_SHARES.slice(k + 1).map((second) => ({
      re: new RegExp(
        `(?:${first.names})(?:增加值)?(?:${LIST_JOINER_PATTERN})(?:${second.names})${SHARE_OF_GDP_TAIL}(?:比重|比例)`,
        'g',
      ),
      indicators: [first.id, second.id],
    })),
  ),
  // A sector's share said with 占 and GDP, with or without 比重 (`服务业增加值占地区生产总值超94%`,
  // `第三产业增加值占全县生产总值的比重`), as its 占比 (`第三产业占比达到46.7%`: a sector's share is
  // of the whole economy), or said after a first share of GDP named in full as its value added's 比重
  // alone (`第一产业增加值占地区生产总值的比重为44.2%,第二产业增加值比重为31.6%`, and the third after
  // it, each also after its change in points and a semicolon).
  ...SECTOR_SHARES.map(({ names, id }) => ({
    re: new RegExp(
      `(?:${names})(?:${SHARE_OF_GDP_TAIL}(?:比重|比例)?|(?:增加值)?占比|增加值比重(?=为|是|达|\\d)(?<=占${OF_GDP}[^。]{0,90}增加值比重))`,
      'g',
    ),
    indicators: [id],
  })),
  // R&D intensity in its many wordings: (全社会)研发/R&D/研究与试验发展 经费(支出|投入) 占/相当于
  // (地区)生产总值/GDP 的 比重/比例, also with the spending stated first (`研发经费支出约4200亿元,
  // 占地区生产总值比重3.26%`, or its change: `从1800亿元增加到3200亿元,占…`; the catalog has no
  // indicator for the amount itself).
  {
    re: new RegExp(
      `(?:全社会)?(?:R&D|研发|研究与试验发展|研究与发展|科技研发)(?:经费)?(?:支出|投入)?(?:[^。;,\\d]{0,6}${AMOUNT}(?:[^。;,\\d]{1,4}${AMOUNT})?(?:左右)?[,、])?(?:占|相当于)(?:${OWN_SCOPE_WORD})?${OF_GDP}(?:的)?(?:比重|比例)`,
      'g',
    ),
    indicators: ['rd_intensity'],
  },
];

/**
 * Every construction in one alternation: a single scan tells whether a text holds any of them
 * (about one sentence with figures in seventy does), before each is sought on its own, in order.
 */
const ANY_CONSTRUCTION = new RegExp(PATTERNS.map((p) => `(?:${p.re.source})`).join('|'));

/**
 * Every catalog alias with its indicator id, and an alias in Latin letters in lower case too
 * (`人均gdp`, `cpi`): pages write the letters either way.
 */
function catalogWords(): { word: string; value: string }[] {
  return INDICATORS.flatMap((i) =>
    i.aliases.flatMap((alias) => {
      const lower = alias.toLowerCase();
      return lower === alias
        ? [{ word: alias, value: i.id }]
        : [
            { word: alias, value: i.id },
            { word: lower, value: i.id },
          ];
    }),
  );
}

/** Catalog aliases by their first two characters, each with its indicator id. */
let aliasIndex: PairIndex<string> | undefined;

function aliases(): PairIndex<string> {
  aliasIndex ??= new PairIndex(catalogWords());
  return aliasIndex;
}

let byAlias: Map<string, string> | undefined;

/** The indicator a word names exactly, if it is one of the catalog's aliases (`一般公共预算支出`). */
export function indicatorOfWord(word: string): string | undefined {
  byAlias ??= new Map(catalogWords().map(({ word, value }) => [word, value] as const));
  return byAlias.get(word);
}

/**
 * A sentence that opens on the verb of a value added (`完成增加值3150亿元`) after a short sentence
 * that only says how a sector went (`工业规模效益显著提升。`): the value added is that sector's,
 * not the place's output. Returns the mentions with that one re-read, or as they are. (The
 * sentence before is read only then.)
 */
export function withTopicSector(mentions: IndicatorMention[], previous: () => string): IndicatorMention[] {
  const first = mentions[0];
  if (!first || first.start !== 0 || !OPENS_ON_VALUE_ADDED.test(first.text)) return mentions;
  const before = previous();
  const topic = SECTOR_TOPIC_SENTENCES.find(([re]) => re.test(before));
  return topic ? [{ ...first, indicators: [topic[1]] }, ...mentions.slice(1)] : mentions;
}
const OPENS_ON_VALUE_ADDED = new RegExp(`^${WHOLE_YEAR_ESTIMATE}${SECTOR_RESULT_VERB}增加值$`);
/** A sentence of a few words with no figure, opening on the sector's name. */
const SECTOR_TOPIC_SENTENCES = SECTOR_TOPICS.map(
  ([sector, id]) => [new RegExp(`^\\s*(?:${sector})[^,;。\\d]{2,12}[。!]?\\s*$`), id] as const,
);

const AS_A_FACTOR_NEXT = new RegExp(`^(?:${alternation(AS_A_FACTOR)})`);

/** Mentions in `text`, left to right, not overlapping (a construction wins over the aliases inside it). */
export function findIndicatorMentions(text: string): IndicatorMention[] {
  const index = aliases();
  const found: IndicatorMention[] = [];
  // The longest alias at each position, left to right (`规模以上工业增加值` over `工业增加值`).
  let i = 0;
  let a = text.charCodeAt(0);
  while (i + 1 < text.length) {
    const b = text.charCodeAt(i + 1);
    const quoted = a === OPENING_QUOTE ? quotedOpening(text, i, index) : undefined;
    if (quoted) {
      found.push(quoted);
      i = quoted.end;
      if (i < text.length) a = text.charCodeAt(i);
      continue;
    }
    const alias = index.longestAt(text, i, text.length, a, b);
    if (alias && !AS_A_FACTOR_NEXT.test(text.slice(i + alias.word.length, i + alias.word.length + 2))) {
      found.push({ start: i, end: i + alias.word.length, indicators: [alias.value], text: alias.word });
      i += alias.word.length;
      // Nothing to read past the end.
      if (i < text.length) a = text.charCodeAt(i);
    } else {
      i++;
      a = b;
    }
  }
  const constructions: IndicatorMention[] = [];
  for (const p of ANY_CONSTRUCTION.test(text) ? PATTERNS : []) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!overlapsAny(start, end, constructions)) {
        constructions.push({ start, end, indicators: p.indicators, text: m[0], whole: p.whole });
      }
    }
  }
  // Most sentences hold no construction: the aliases, found left to right, are already in order.
  if (constructions.length === 0) return withGlosses(text, found);
  const mentions: IndicatorMention[] = [];
  for (const a of found) if (!overlapsAny(a.start, a.end, constructions)) mentions.push(a);
  for (const c of constructions) mentions.push(c);
  return withGlosses(text, mentions.sort(byStart));
}

const [OPENING_MARK, CLOSING_MARK] = QUOTATION_PAIRS[0]!;
const OPENING_QUOTE = OPENING_MARK.charCodeAt(0);
/** A short word in quotation marks, as some reports set off an abbreviation (`“规上”`, `“四上”`). */
const QUOTED_WORD = new RegExp(`^${OPENING_MARK}([\\u4e00-\\u9fa5]{1,4})${CLOSING_MARK}`);

/**
 * An alias whose first word stands in quotation marks (`“规上”工业增加值` is 规上工业增加值): the
 * marks set off an abbreviation, not a name of something else. The mention spans the marks.
 */
function quotedOpening(text: string, i: number, index: PairIndex<string>): IndicatorMention | undefined {
  const quoted = QUOTED_WORD.exec(text.slice(i, i + 7));
  if (!quoted) return undefined;
  const word = quoted[1]!;
  const after = i + quoted[0].length;
  const joined = word + text.slice(after, after + longestWord());
  const alias = index.longestAt(joined, 0, joined.length, joined.charCodeAt(0), joined.charCodeAt(1));
  if (!alias || alias.word.length <= word.length) return undefined;
  const end = after + alias.word.length - word.length;
  return { start: i, end, indicators: [alias.value], text: alias.word };
}

function overlapsAny(start: number, end: number, mentions: readonly IndicatorMention[]): boolean {
  for (const m of mentions) if (start < m.end && m.start < end) return true;
  return false;
}

const byStart = (a: IndicatorMention, b: IndicatorMention) => a.start - b.start;

/** A bracketed gloss: an abbreviation or a note on how the figure is counted. */
const GLOSS = /^\([^()。;,]{1,16}\)/;

/**
 * A gloss in brackets right after a mention belongs to it (`地区生产总值(GDP)356.78亿元`,
 * `居民消费价格(CPI)上涨2%`, `生产总值(按可比价计算)增长7%`): the mention takes it in, and a
 * mention inside it (GDP) is not a subject of its own. Match text has brackets half-width.
 */
function withGlosses(text: string, mentions: IndicatorMention[]): IndicatorMention[] {
  if (!text.includes('(')) return mentions;
  const kept: IndicatorMention[] = [];
  for (const m of mentions) {
    const previous = kept.at(-1);
    if (previous && m.start < previous.end) continue;
    const gloss = text.charCodeAt(m.end) === 40 ? GLOSS.exec(text.slice(m.end, m.end + 18)) : null;
    kept.push(gloss ? { ...m, end: m.end + gloss[0].length, text: m.text + gloss[0] } : m);
  }
  return kept;
}
