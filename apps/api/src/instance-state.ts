/**
 * A fingerprint of what a DuckDB instance carries from one query to the next: every setting, and
 * whether anything was logged. A query that changed it left state behind for the next analyst.
 */
import type { GwrDatabase } from './db.js';

export async function instanceState(db: GwrDatabase): Promise<string> {
  const settings = await db.all<{ name: string; value: string | null }>(
    `SELECT name, value FROM duckdb_settings() ORDER BY name`,
  );
  const logged = await db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM duckdb_logs()`);
  return JSON.stringify({ settings, logged: logged?.n ?? 0 });
}
