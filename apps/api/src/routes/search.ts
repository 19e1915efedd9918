/**
 * Phrase search over document text. DuckDB's full-text extension is not available offline, and a
 * phrase in Chinese has no word boundaries to index anyway: DuckDB narrows the documents with
 * `contains`, then the occurrences are located here, in JavaScript string offsets — the same unit
 * as every stored offset — and returned with a snippet around each.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { GwrDatabase } from '../db.js';
import { intParam } from '../query-params.js';
import { createRouter, errorResponse, jsonResponse } from '../router.js';
import { SearchSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/search',
  tags: ['documents'],
  summary: 'Phrase search over document text (Chinese works)',
  request: {
    query: z.object({
      q: z
        .string()
        .trim()
        .min(1, 'expected a phrase to search')
        .max(200)
        .openapi({ example: '地区生产总值' }),
      kind: z.enum(['work_report', 'news']).optional(),
      context: intParam(0, 200)
        .optional()
        .openapi({ type: 'integer', description: 'Characters of context each side (default 40)' }),
      limit: intParam(1, 1000)
        .optional()
        .openapi({ type: 'integer', description: 'Hits returned at most (default 200)' }),
    }),
  },
  responses: {
    200: jsonResponse(SearchSchema, 'Documents containing the phrase, with each occurrence'),
    400: errorResponse('A parameter is invalid'),
  },
});

interface DocText {
  doc_id: string;
  title: string;
  kind: 'work_report' | 'news';
  region: string | null;
  body_start: number;
  text: string;
}

export function searchRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const { q, kind, context = 40, limit = 200 } = c.req.valid('query');
    const docs = await db.all<DocText>(
      `SELECT doc_id, title, kind, region, body_start, text FROM documents
       WHERE contains(text, $q) AND ($kind IS NULL OR kind = $kind)
       ORDER BY source_file, title_start`,
      { q, kind: kind ?? null },
    );
    let total = 0;
    let returned = 0;
    const documents = docs.map((d) => {
      const hits = [];
      let count = 0;
      for (let at = d.text.indexOf(q); at !== -1; at = d.text.indexOf(q, at + q.length)) {
        count++;
        if (returned >= limit) continue;
        returned++;
        const from = Math.max(0, at - context);
        hits.push({
          start: d.body_start + at,
          end: d.body_start + at + q.length,
          text_start: at,
          snippet: d.text.slice(from, Math.min(d.text.length, at + q.length + context)),
          snippet_start: d.body_start + from,
        });
      }
      total += count;
      return { doc_id: d.doc_id, title: d.title, kind: d.kind, region: d.region, count, hits };
    });
    return c.json({ q, total, truncated: returned < total, documents }, 200);
  });
}
