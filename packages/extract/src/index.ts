/**
 * @gwr/extract: the extraction library. Pure functions over text and bytes, safe to import
 * anywhere (no side effects, no Node APIs); file and database helpers live in `@gwr/extract/node`.
 */
export { type Decoded, type DecodedWithWarnings, type DecodeOptions, decode } from './decode.js';
export { ExtractError } from './errors.js';
export {
  type ExtractOptions,
  type ExtractResult,
  extract,
  extractDocuments,
  type InputPlan,
  type PlannedDocument,
  planInput,
} from './extract.js';
export { stableHash } from './hash.js';
export { type RawDocument, type SplitResult, splitPage } from './split-page.js';
