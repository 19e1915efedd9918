/**
 * Facts with filters, sorting and paging, as JSON, or exported as CSV or NDJSON (every matching fact
 * up to the export cap, unless a limit is given).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { attachment, toCsv } from '../csv.js';
import type { GwrDatabase, Params } from '../db.js';
import { documentTitles, indicatorCatalog } from '../dimensions.js';
import { FactFilterSchema, intParam } from '../query-params.js';
import { findRegion, regionFilter, type StoredRegion } from '../region-lookup.js';
import { createRouter, errorResponse } from '../router.js';
import { FactListSchema, type FactRow } from '../schemas.js';

/** Sortable columns, mapped to SQL (never interpolated from the request). */
const SORTS = {
  region: 'f.region_code NULLS LAST, f.region',
  indicator: 'f.indicator NULLS LAST',
  year: 'f.year NULLS LAST',
  value: 'f.value',
  kind: 'f.kind',
  measure: 'f.measure',
  position: 'f.doc_id, f.evidence_start',
} as const;

export const EXPORT_MAX_ROWS = 100_000;
const DEFAULT_PAGE = 100;

const QuerySchema = FactFilterSchema.extend({
  sort: z.enum(Object.keys(SORTS) as [keyof typeof SORTS, ...(keyof typeof SORTS)[]]).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: intParam(1, EXPORT_MAX_ROWS)
    .optional()
    .openapi({
      type: 'integer',
      description: `Page size (default ${DEFAULT_PAGE}; exports: all up to ${EXPORT_MAX_ROWS})`,
    }),
  offset: intParam(0, 10_000_000).optional().openapi({ type: 'integer' }),
  format: z.enum(['json', 'csv', 'ndjson']).optional(),
});

const route = createRoute({
  method: 'get',
  path: '/api/facts',
  tags: ['facts'],
  summary: 'Facts, filtered, sorted and paged; exportable as CSV or NDJSON',
  request: { query: QuerySchema },
  responses: {
    200: {
      description: 'A page of facts with the total matching',
      content: {
        'application/json': { schema: FactListSchema },
        'text/csv': { schema: z.string() },
        'application/x-ndjson': { schema: z.string() },
      },
    },
    400: errorResponse('A parameter is invalid'),
  },
});

/** WHERE clause of a fact filter; `region` resolved beforehand (null: no such region, no rows). */
export function factWhere(
  filter: z.infer<typeof FactFilterSchema>,
  region?: StoredRegion | null,
): { where: string; params: Params } {
  const clauses: string[] = [];
  const params: Params = {};
  if (region === null) clauses.push('false');
  else if (region) clauses.push(regionFilter('f', region, params));
  for (const key of ['indicator', 'kind', 'year', 'measure', 'section', 'doc_id'] as const) {
    const value = filter[key];
    if (value === undefined) continue;
    clauses.push(`f.${key} = $${key}`);
    params[key] = value;
  }
  if (filter.q !== undefined) {
    clauses.push("(contains(f.evidence_text, $q) OR contains(coalesce(f.label, ''), $q))");
    params.q = filter.q;
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const CSV_HEADER = [
  'fact_id',
  'doc_id',
  'doc_title',
  'region',
  'region_code',
  'indicator',
  'indicator_zh',
  'indicator_en',
  'kind',
  'year',
  'measure',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'label',
  'section',
  'basis',
  'reason',
  'evidence_start',
  'evidence_end',
  'evidence_text',
] as const;

function csvRow(f: FactRow): unknown[] {
  return [
    f.fact_id,
    f.doc_id,
    f.doc_title,
    f.region,
    f.region_code,
    f.indicator,
    f.indicator_zh,
    f.indicator_en,
    f.kind,
    f.year,
    f.measure,
    f.value,
    f.value_max,
    f.unit,
    f.qualifier,
    f.label,
    f.section,
    f.basis,
    f.reason,
    f.evidence.start,
    f.evidence.end,
    f.evidence.text,
  ];
}

export type FactQuery = z.infer<typeof QuerySchema>;

/** A fact as stored (the `facts` table). */
interface StoredFact extends Omit<FactRow, 'doc_title' | 'indicator_zh' | 'indicator_en' | 'evidence'> {
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
}

/**
 * The table to read: facts are stored sorted by region, so a filter without a region but with an
 * indicator reads `facts_by_indicator` (the same rows sorted by indicator, measure and year).
 */
const factTable = (query: FactQuery, region: StoredRegion | null | undefined) =>
  region === undefined && query.indicator !== undefined ? 'facts_by_indicator' : 'facts';

/** The page of facts and the total matching: the two queries behind `GET /api/facts`. */
export async function queryFacts(
  db: GwrDatabase,
  query: FactQuery,
  defaultLimit = DEFAULT_PAGE,
): Promise<{ facts: FactRow[]; total: number }> {
  const region = query.region === undefined ? undefined : ((await findRegion(db, query.region)) ?? null);
  const { where, params } = factWhere(query, region);
  const table = factTable(query, region);
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  const sort = SORTS[query.sort ?? 'region']
    .split(',')
    .map((term) => term.replace(/^(\s*\S+)/, `$1 ${direction}`))
    .join(',');
  const limit = query.limit ?? defaultLimit;
  const offset = query.offset ?? 0;
  // The page comes from the facts alone; document titles and indicator names are joined here from
  // the in-memory dimensions (a join in SQL would scan the documents table on every request).
  const [rows, titles, catalog] = await Promise.all([
    db.all<StoredFact>(
      `SELECT f.* FROM ${table} f ${where} ORDER BY ${sort}, f.fact_id LIMIT ${limit} OFFSET ${offset}`,
      params,
    ),
    documentTitles(db),
    indicatorCatalog(db),
  ]);
  // A page that is not full ends the matches, so it tells the total: only a full page (or one past
  // the end) needs the count, a second scan.
  const total =
    rows.length < limit && (rows.length > 0 || offset === 0)
      ? offset + rows.length
      : ((
          await db.one<{ total: number }>(
            `SELECT count(*)::INTEGER AS total FROM ${table} f ${where}`,
            params,
          )
        )?.total ?? 0);
  const facts: FactRow[] = [];
  for (const f of rows) {
    const docTitle = titles.get(f.doc_id);
    // Every fact has its document; one without would have been dropped by the join to documents.
    if (docTitle === undefined) continue;
    const info = f.indicator === null ? undefined : catalog.get(f.indicator);
    facts.push({
      fact_id: f.fact_id,
      doc_id: f.doc_id,
      doc_title: docTitle,
      region: f.region,
      region_code: f.region_code,
      indicator: f.indicator,
      indicator_zh: info?.zh ?? null,
      indicator_en: info?.en ?? null,
      kind: f.kind,
      year: f.year,
      measure: f.measure,
      value: f.value,
      value_max: f.value_max,
      unit: f.unit,
      qualifier: f.qualifier,
      label: f.label,
      section: f.section,
      basis: f.basis,
      reason: f.reason,
      evidence: { start: f.evidence_start, end: f.evidence_end, text: f.evidence_text },
    });
  }
  return { facts, total };
}

export function factRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const query = c.req.valid('query');
    const format = query.format ?? 'json';
    const { facts, total } = await queryFacts(db, query, format === 'json' ? DEFAULT_PAGE : EXPORT_MAX_ROWS);
    if (format === 'csv') {
      return c.body(toCsv(CSV_HEADER, facts.map(csvRow)), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': attachment('facts.csv'),
        'X-Total-Count': String(total),
      });
    }
    if (format === 'ndjson') {
      const body = facts.map((f) => JSON.stringify(f)).join('\n');
      return c.body(facts.length ? `${body}\n` : '', 200, {
        'Content-Type': 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': attachment('facts.ndjson'),
        'X-Total-Count': String(total),
      });
    }
    return c.json({ total, limit: query.limit ?? DEFAULT_PAGE, offset: query.offset ?? 0, facts }, 200);
  });
}
