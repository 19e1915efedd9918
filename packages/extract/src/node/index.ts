/**
 * @gwr/extract/node: file input and the DuckDB loader (Node only).
 */

export {
  type AddSummary,
  type AddToStoreOptions,
  addResults,
  addToStore,
  type DocumentSummary,
  summaryOf,
} from './add-to-store.js';
export {
  type BuildOptions,
  type BuildProgress,
  type BuildSummary,
  buildDatabase,
} from './build-database.js';
export { DUCKDB_OFFLINE_OPTIONS } from './duckdb-options.js';
export { type ExtractedFile, type ExtractFileOptions, extractFile } from './extract-file.js';
export { extractorFingerprint } from './extractor-fingerprint.js';
export { withFileLock } from './file-lock.js';
export {
  inspectLake,
  type LakeInspection,
  lakePinPath,
  pinLake,
  readLakeManifest,
  removeAbandonedPins,
} from './lake-folder.js';
export {
  type AddToLakeOptions,
  addToLake,
  type LakeLoadOptions,
  type LakeLoadSummary,
  lakeViewsDdl,
  loadLake,
} from './lake-store.js';
export { type DecodedFile, listInputFiles, MAX_INPUT_BYTES, nodeUtf8, readInput } from './read-input.js';
export { regionPinyin } from './region-pinyin.js';
export { processAlive, removeAbandonedFiles, storeSibling } from './store-files.js';
export { assertReplaceable, INSPECT_OPTIONS, inspectStore, type StoreInspection } from './store-ownership.js';
export { type LakeWriteSummary, lakeViewsSql, type Touched, writeLakeGeneration } from './write-lake.js';
export { writeScorecard } from './write-scorecard.js';
