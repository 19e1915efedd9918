/**
 * @gwr/extract/node: file input and the DuckDB loader (Node only).
 */
export {
  type BuildOptions,
  type BuildProgress,
  type BuildSummary,
  buildDatabase,
  DUCKDB_OFFLINE_OPTIONS,
} from './build-database.js';
export { listInputFiles, MAX_INPUT_BYTES, readInput } from './read-input.js';
