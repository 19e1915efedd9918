/**
 * The text the rules match against: traditional characters converted to simplified (OpenCC's
 * dictionaries via opencc-js), full-width ASCII (`，；％０-９`) folded to half-width, the catalog's
 * Latin names (`GDP`) in capitals. The result has exactly the length of the input, character for
 * character, so an offset found in it is an offset into the original text, and evidence is always
 * sliced from the original.
 */
import { Converter } from 'opencc-js/t2cn';
import { LATIN_NAMES } from './latin-names.js';
import { VARIANT_FORMS } from './lexicon/layout.js';

type Convert = (text: string) => string;

let toSimplified: Convert | undefined;
function simplifier(): Convert {
  // Taiwan and Hong Kong variants both fold to mainland simplified forms.
  if (!toSimplified) toSimplified = Converter({ from: 'tw', to: 'cn' }) as Convert;
  return toSimplified;
}

/** How many characters of a sample to test for traditional script before converting the whole. */
const SAMPLE = 20_000;

/** Whether the text is written (at least partly) in traditional characters. */
/**
 * Characters that exist only in traditional script and are frequent in any report (們 區 會 國 經
 * 濟 發 業 產 總 億 長 這 為 與 對 進 實 現 開 關 資 務 建 …). Text without any of them is simplified,
 * and the OpenCC check (which loads its dictionaries) is skipped.
 */
const TRADITIONAL_HINT = /[們區會國經濟發業產總億長這為與對進實現開關資務設計劃點擊從機構歲說車東門書員]/;

export function looksTraditional(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!TRADITIONAL_HINT.test(sample)) return false;
  const converted = simplifier()(sample);
  if (converted.length !== sample.length) return true;
  let differing = 0;
  for (let i = 0; i < sample.length; i++) if (converted.charCodeAt(i) !== sample.charCodeAt(i)) differing++;
  // Simplified text converts to itself; a handful of differences can be variant forms.
  return differing > Math.max(3, sample.length * 0.002);
}

const VARIANTS = Object.keys(VARIANT_FORMS);
const VARIANT = new RegExp(`[${VARIANTS.join('')}]`, 'g');

/**
 * The variant forms read as their simplified characters, in any text: no simplified word uses them.
 * (Most text holds none. Looking for each with `includes` is several times faster than one scan
 * for the class: V8 tests a class of scattered CJK characters at every position, ~15 ns each.)
 */
function withoutVariantForms(text: string): string {
  if (!VARIANTS.some((ch) => text.includes(ch))) return text;
  return text.replace(VARIANT, (ch) => VARIANT_FORMS[ch]!);
}

/** OpenCC's conversion, character for character where a phrase would change the length. */
function convertKeepingLength(text: string): string {
  const convert = simplifier();
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  // A phrase conversion changed the length: convert character by character instead.
  const cache = new Map<string, string>();
  let out = '';
  for (const ch of text) {
    let mapped = cache.get(ch);
    if (mapped === undefined) {
      mapped = convert(ch);
      if (mapped.length !== ch.length) mapped = ch;
      cache.set(ch, mapped);
    }
    out += mapped;
  }
  return out;
}

function foldWidth(text: string): string {
  // Fast path: most simplified reports use half-width digits already.
  if (!/[\uff01-\uff5e\u3000]/.test(text)) return text;
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * The catalog's names in Latin capitals (`GDP`, `CPI`) as some pages write them, in lower case
 * (`人均gdp`, `完成gdp113.8亿元`), standing as a word of their own.
 */
const LOWER_LATIN_NAME = new RegExp(
  `(?<![A-Za-z])(?:${LATIN_NAMES.map((name) => name.toLowerCase()).join('|')})(?![A-Za-z])`,
  'g',
);

function upperLatinNames(text: string): string {
  return text.replace(LOWER_LATIN_NAME, (name) => name.toUpperCase());
}

/**
 * @example toMatchText('全縣生產總值６９．５億元') // '全县生产总值69.5亿元'
 */
export function toMatchText(text: string, traditional = looksTraditional(text)): string {
  return upperLatinNames(foldWidth(withoutVariantForms(traditional ? convertKeepingLength(text) : text)));
}
