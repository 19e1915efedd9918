/**
 * Versions of a work report: a region has one work report a year, so a second document of the same
 * region, year and kind is a corrected version, and the later one replaces the earlier. The earlier
 * stays in the store as history, marked `superseded_by` (add-to-store.ts, build-database.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { GwrDocument } from '@gwr/domain';

type Versioned = Pick<GwrDocument, 'doc_id' | 'kind' | 'region' | 'region_code' | 'report_year'>;

/** What makes two documents versions of one report; null for a document that has no versions (news). */
function versionKey(d: Versioned): string | null {
  if (d.kind !== 'work_report' || d.region === null || d.report_year === null) return null;
  return `${d.region}\u0000${d.region_code}\u0000${d.report_year}`;
}

export class ReportVersions {
  private readonly current = new Map<string, string>();
  /** Earlier version → the document that replaced it, in the order they were replaced. */
  readonly superseded = new Map<string, string>();

  /** Records a document already current in the store. */
  know(d: Versioned): void {
    const key = versionKey(d);
    if (key !== null) this.current.set(key, d.doc_id);
  }

  /** Records a document added after those known; returns the id of the version it replaces, if any. */
  add(d: Versioned): string | undefined {
    const key = versionKey(d);
    if (key === null) return undefined;
    const earlier = this.current.get(key);
    this.current.set(key, d.doc_id);
    if (earlier !== undefined && earlier !== d.doc_id) {
      this.superseded.set(earlier, d.doc_id);
      return earlier;
    }
    return undefined;
  }
}

/** Marks replaced versions in the store's documents: the earlier stays, as history. */
export async function markSuperseded(
  connection: DuckDBConnection,
  superseded: Map<string, string>,
): Promise<void> {
  for (const [earlier, by] of superseded)
    await connection.run('UPDATE documents SET superseded_by = $by WHERE doc_id = $earlier', { by, earlier });
}
