/** The shapes `gwr-extract facts` prints (cli/fact-format.ts writes them). */
export type FactFormat = 'ndjson' | 'csv' | 'table';
export const FACT_FORMATS: readonly FactFormat[] = ['ndjson', 'csv', 'table'];
