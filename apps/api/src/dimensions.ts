/**
 * The store's small, immutable lookup tables (indicator names and directions, document titles)
 * held in memory, read once per database like the regions index (region-lookup.ts). Requests still
 * query DuckDB for their facts; joining a page of facts to these tables in code saves each request
 * a hash join over the documents table.
 */
import type { Direction } from '@gwr/domain';
import type { GwrDatabase } from './db.js';

export interface IndicatorInfo {
  id: string;
  zh: string;
  en: string;
  direction: Direction;
  /** Position in the catalog. */
  ord: number;
}

const catalogs = new WeakMap<GwrDatabase, Promise<Map<string, IndicatorInfo>>>();
const titles = new WeakMap<GwrDatabase, Promise<Map<string, string>>>();

function once<T>(cache: WeakMap<GwrDatabase, Promise<T>>, db: GwrDatabase, load: () => Promise<T>) {
  let value = cache.get(db);
  if (!value) {
    value = load();
    // A failed read is retried by the next request rather than remembered.
    value.catch(() => cache.delete(db));
    cache.set(db, value);
  }
  return value;
}

/** The indicator catalog by id, in catalog order. */
export function indicatorCatalog(db: GwrDatabase): Promise<Map<string, IndicatorInfo>> {
  return once(catalogs, db, async () => {
    const rows = await db.all<IndicatorInfo>(
      'SELECT id, zh, en, direction, row_number() OVER () AS ord FROM indicators',
    );
    return new Map(rows.map((r) => [r.id, r]));
  });
}

/** Document titles by doc_id. */
export function documentTitles(db: GwrDatabase): Promise<Map<string, string>> {
  return once(titles, db, async () => {
    const rows = await db.all<{ doc_id: string; title: string }>('SELECT doc_id, title FROM documents');
    return new Map(rows.map((r) => [r.doc_id, r.title]));
  });
}
