/**
 * Converts DuckDB values to JSON-safe values. DuckDB's own JSON converter turns every BIGINT and
 * DECIMAL into a string to protect precision; counts and sums are BIGINT/HUGEINT in DuckDB, and
 * analysts and the dashboard expect numbers, so we keep a number whenever it round-trips exactly
 * and fall back to the string only when it would not.
 */
import {
  DuckDBDecimalValue,
  type DuckDBValueConverter,
  type Json,
  JsonDuckDBValueConverter,
} from '@duckdb/node-api';

export const jsonValue: DuckDBValueConverter<Json> = (value, type, _converter) => {
  if (typeof value === 'bigint') {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : value.toString();
  }
  if (value instanceof DuckDBDecimalValue) {
    const n = value.toDouble();
    return Number.isFinite(n) ? n : value.toString();
  }
  return JsonDuckDBValueConverter(value, type, jsonValue);
};
