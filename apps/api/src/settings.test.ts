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
});
