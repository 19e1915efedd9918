/** DuckDB settings for every connection we open: no extension is fetched or loaded behind our back. */
export const DUCKDB_OFFLINE_OPTIONS = {
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
} as const;
