/**
 * The catalog's names written in Latin letters alone (`GDP`, `CPI`): a figure may follow one with
 * no space (`人均GDP5.74万元`), and some pages write them in lower case (`完成gdp113.8亿元`).
 */
import { INDICATORS } from '@gwr/domain';

export const LATIN_NAMES: readonly string[] = INDICATORS.flatMap((i) => i.aliases).filter((a) =>
  /^[A-Za-z]+$/.test(a),
);
