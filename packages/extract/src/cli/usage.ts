/** The `--help` text: what `gwr-extract` does, its commands, options and exit codes. */
export const USAGE = `gwr-extract: documents, sections and KPI facts from Chinese government work reports

Usage:
  gwr-extract facts <file|folder>... [--format ndjson|csv|table] [--workers <n>]
  gwr-extract documents <file|folder>...
  gwr-extract load <file|folder>... --db <path.duckdb> [--keep-going] [--workers <n>]
  gwr-extract load <file|folder>... --lake <folder> [--keep-going] [--workers <n>]

Commands:
  facts       every fact (a result or a target) as NDJSON on stdout, one object a line
  documents   every document's metadata (no body text) as NDJSON on stdout
  load        extract everything into a DuckDB file, atomically: the file at --db is
              replaced only when the whole load succeeds; or, with --lake, into a folder of
              Parquet files partitioned by report year and province: a new lake is built
              whole, and loading into a lake already there adds the new reports to it,
              rewriting only the partitions they touch

Options:
  -f, --format <f>   facts output: ndjson (default), csv, or table (aligned, for reading)
  -w, --workers <n>  facts, load: threads that read documents (default: one per core; the
                     output is the same whatever the number)
      --db <path>    the DuckDB file to write (load)
      --lake <dir>   the Parquet lake to build or add to (load)
  -k, --keep-going   load: skip an unusable file with a warning instead of stopping
  -q, --quiet        no warnings on stderr
  -h, --help         this text

Inputs are UTF-8, UTF-8 with BOM, GB18030/GBK, UTF-16 or Big5 text files (detected);
folders are searched for .txt files. Offsets (evidence, spans) count characters of the
decoded file as code points. Warnings and errors go to stderr, one line each,
as "gwr-extract: <file>: <reason>".

Exit codes: 0 success, 1 an input could not be used, 2 a usage error.
`;
