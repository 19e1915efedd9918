/**
 * Server settings from the environment, with the defaults the README documents. Pure: takes the
 * environment and the repository root, so it is testable without touching process.env.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

export interface ServerSettings {
  port: number;
  host: string;
  corpus: string;
  dbPath: string;
  /** GWR_LAKE: a Parquet lake (`gwr-extract load --lake`) served instead of the DuckDB file. */
  lakeDir?: string;
  webDir: string;
  /** The dashboard's server renderer of `/` (landing-page.ts). */
  landingRenderer: string;
  /** API_TOKEN, comma-separated: one token per analyst makes each one a client of its own. */
  apiTokens?: string[];
  /** Host names (besides localhost and IP literals) the server answers to: ALLOWED_HOSTS. */
  allowedHosts: string[];
  corsOrigin?: string[];
  sqlTimeoutMs: number;
  sqlMaxRows: number;
  sqlMaxConcurrent: number;
  sqlPerClient?: number;
  sqlQueueMs: number;
  memoryLimit: string;
  /** DuckDB threads per server process (GWR_THREADS; default: the cores shared among the processes). */
  threads: number;
  responseCache: boolean;
  /** Server processes sharing the port (GWR_PROCESSES): they share nothing but the store's files. */
  processes: number;
}

function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be an integer ≥ ${min}, got ${raw}`);
  return value;
}

/** A comma-separated setting as its trimmed, non-empty items. */
function list(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export function resolveSettings(env: NodeJS.ProcessEnv, repoRoot: string): ServerSettings {
  const cors = list(env.CORS_ORIGIN);
  const tokens = list(env.API_TOKEN);
  const processes = intSetting(env, 'GWR_PROCESSES', 1);
  return {
    port: intSetting(env, 'PORT', 8787, 0),
    // Loopback unless told otherwise: the SQL endpoint is for this machine until someone decides.
    host: env.HOST || '127.0.0.1',
    corpus: resolve(repoRoot, env.GWR_CORPUS || 'seeds'),
    dbPath: resolve(repoRoot, env.GWR_DB || 'data/gwr.duckdb'),
    lakeDir: env.GWR_LAKE ? resolve(repoRoot, env.GWR_LAKE) : undefined,
    webDir: resolve(repoRoot, env.GWR_WEB_DIR || 'apps/dashboard/dist'),
    // Built beside the dashboard's dist/ (its `vite build --ssr`).
    landingRenderer: resolve(
      repoRoot,
      env.GWR_WEB_DIR || 'apps/dashboard/dist',
      '../dist-ssr/server-render.js',
    ),
    apiTokens: tokens.length ? tokens : undefined,
    allowedHosts: list(env.ALLOWED_HOSTS),
    corsOrigin: cors.length ? cors : undefined,
    sqlTimeoutMs: intSetting(env, 'GWR_SQL_TIMEOUT_MS', 5000),
    sqlMaxRows: intSetting(env, 'GWR_SQL_MAX_ROWS', 10000),
    sqlMaxConcurrent: intSetting(env, 'GWR_SQL_MAX_CONCURRENT', 2),
    sqlPerClient: env.GWR_SQL_PER_CLIENT ? intSetting(env, 'GWR_SQL_PER_CLIENT', 1) : undefined,
    sqlQueueMs: intSetting(env, 'GWR_SQL_QUEUE_MS', 10_000, 0),
    memoryLimit: env.GWR_MEMORY_LIMIT || '1GB',
    // Each process's queries use its share of the cores: N processes each running queries on every
    // core only fight over them (measured, 2 processes on 2 cores: 139 req/s with 2 threads each,
    // 158 with 1).
    threads: intSetting(env, 'GWR_THREADS', Math.max(1, Math.floor(availableParallelism() / processes))),
    responseCache: env.GWR_RESPONSE_CACHE !== '0',
    processes,
  };
}
