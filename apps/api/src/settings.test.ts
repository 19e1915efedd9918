import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from './settings.js';

describe('resolveSettings', () => {
  it('defaults to port 8787, seeds/ and data/gwr.duckdb under the repository', () => {
    const s = resolveSettings({}, '/repo');
    expect(s).toMatchObject({
      port: 8787,
      corpus: '/repo/seeds',
      dbPath: '/repo/data/gwr.duckdb',
      webDir: '/repo/apps/dashboard/dist',
      sqlTimeoutMs: 5000,
      responseCache: true,
    });
    expect(s.apiTokens).toBeUndefined();
    expect(s.host).toBe('127.0.0.1');
    expect(s.corsOrigin).toBeUndefined();
    expect(s.lakeDir).toBeUndefined();
  });

  it('reads GWR_LAKE as a folder under the repository unless absolute', () => {
    expect(resolveSettings({ GWR_LAKE: 'data/lake' }, '/repo').lakeDir).toBe('/repo/data/lake');
    expect(resolveSettings({ GWR_LAKE: '/mnt/lake' }, '/repo').lakeDir).toBe('/mnt/lake');
  });

  it('reads PORT, GWR_CORPUS, GWR_DB, API_TOKEN, CORS_ORIGIN and rejects a bad port', () => {
    const s = resolveSettings(
      {
        PORT: '9000',
        GWR_CORPUS: 'my/reports',
        GWR_DB: '/tmp/x.duckdb',
        API_TOKEN: 't, u',
        CORS_ORIGIN: 'http://a, http://b',
      },
      '/repo',
    );
    expect(s).toMatchObject({
      port: 9000,
      corpus: '/repo/my/reports',
      dbPath: '/tmp/x.duckdb',
      apiTokens: ['t', 'u'],
      corsOrigin: ['http://a', 'http://b'],
    });
    expect(() => resolveSettings({ PORT: 'eighty' }, '/repo')).toThrow(/PORT/);
  });

  it('shares the cores among the server processes for DuckDB threads unless GWR_THREADS says', () => {
    const cores = availableParallelism();
    expect(resolveSettings({}, '/repo').threads).toBe(cores);
    expect(resolveSettings({ GWR_PROCESSES: '2' }, '/repo').threads).toBe(Math.max(1, Math.floor(cores / 2)));
    expect(resolveSettings({ GWR_PROCESSES: String(cores * 4) }, '/repo').threads).toBe(1);
    expect(resolveSettings({ GWR_PROCESSES: '2', GWR_THREADS: '3' }, '/repo').threads).toBe(3);
    expect(() => resolveSettings({ GWR_THREADS: '0' }, '/repo')).toThrow(/GWR_THREADS/);
  });
});
