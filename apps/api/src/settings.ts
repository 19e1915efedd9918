/**
 * Server settings from the environment, with the defaults the README documents. Pure: takes the
 * environment and the repository root, so it is testable without touching process.env.
 */
import { resolve } from 'node:path';

export interface ServerSettings {
  port: number;
  host: string;
  corpus: string;
  dbPath: string;
  webDir: string;
  apiToken?: string;
  corsOrigin?: string[];
  sqlTimeoutMs: number;
  sqlMaxRows: number;
  sqlMaxConcurrent: number;
  memoryLimit: string;
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

export function resolveSettings(env: NodeJS.ProcessEnv, repoRoot: string): ServerSettings {
  const cors = env.CORS_ORIGIN?.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    port: intSetting(env, 'PORT', 8787, 0),
    host: env.HOST || '0.0.0.0',
    corpus: resolve(repoRoot, env.GWR_CORPUS || 'seeds'),
    dbPath: resolve(repoRoot, env.GWR_DB || 'data/gwr.duckdb'),
    webDir: resolve(repoRoot, env.GWR_WEB_DIR || 'apps/dashboard/dist'),
    apiToken: env.API_TOKEN || undefined,
    corsOrigin: cors?.length ? cors : undefined,
    sqlTimeoutMs: intSetting(env, 'GWR_SQL_TIMEOUT_MS', 5000),
    sqlMaxRows: intSetting(env, 'GWR_SQL_MAX_ROWS', 10000),
    sqlMaxConcurrent: intSetting(env, 'GWR_SQL_MAX_CONCURRENT', 2),
    memoryLimit: env.GWR_MEMORY_LIMIT || '1GB',
    threads: intSetting(env, 'GWR_THREADS', 2),
    responseCache: env.GWR_RESPONSE_CACHE !== '0',
    processes: intSetting(env, 'GWR_PROCESSES', 1),
  };
}
