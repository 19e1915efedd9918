/**
 * Documents: the list (metadata and counts, no text) and one document with its text, sections,
 * facts and spam fragments, all with file offsets (a file offset o is text[o - body_start]).
 */
import { DocumentKindSchema } from '@gwr/domain';
import { createRoute, z } from '@hono/zod-openapi';
import type { GwrDatabase } from '../db.js';
import { ApiError } from '../errors.js';
import { FACT_ROW_COLUMNS } from '../fact-sql.js';
import { createRouter, errorResponse, jsonResponse } from '../router.js';
import {
  DocumentDetailSchema,
  DocumentListSchema,
  type DocumentSummary,
  type FactRow,
  type SectionOutSchema,
  type SpamOutSchema,
} from '../schemas.js';

const SUMMARY_COLUMNS = `
  d.doc_id, d.kind, d.title, d.source_tag, strftime(d.published, '%Y-%m-%d') AS published,
  strftime(d.report_date, '%Y-%m-%d') AS report_date, d.report_year, d.region, d.region_code,
  d.session, d.speaker, d.speaker_title, d.source_file, d.char_count, d.body_start, d.body_end,
  (SELECT count(*) FROM facts f WHERE f.doc_id = d.doc_id)::INTEGER AS facts,
  (SELECT count(*) FROM spam_fragments s WHERE s.doc_id = d.doc_id)::INTEGER AS spam_fragments`;

const listRoute = createRoute({
  method: 'get',
  path: '/api/documents',
  tags: ['documents'],
  summary: 'Documents of the corpus (no text)',
  request: {
    query: z.object({
      kind: DocumentKindSchema.optional(),
      region: z.string().min(1).optional().openapi({ description: 'Region name or GB/T 2260 code' }),
    }),
  },
  responses: {
    200: jsonResponse(DocumentListSchema, 'Documents in file order'),
    400: errorResponse('A parameter is invalid'),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  tags: ['documents'],
  summary: 'One document with its text, sections, facts and spam fragments',
  request: { params: z.object({ id: z.string().min(1).max(200) }) },
  responses: {
    200: jsonResponse(DocumentDetailSchema, 'The document'),
    404: errorResponse('No document has this id'),
  },
});

export function documentRoutes(db: GwrDatabase) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const { kind, region } = c.req.valid('query');
      const documents = await db.all<DocumentSummary>(
        `SELECT ${SUMMARY_COLUMNS} FROM documents d
         WHERE ($kind IS NULL OR d.kind = $kind)
           AND ($region IS NULL OR d.region = $region OR d.region_code = $region)
         ORDER BY d.source_file, d.title_start`,
        { kind: kind ?? null, region: region ?? null },
      );
      return c.json({ total: documents.length, documents }, 200);
    })
    .openapi(detailRoute, async (c) => {
      const { id } = c.req.valid('param');
      const document = await db.one<
        DocumentSummary & { title_start: number; title_end: number; text: string }
      >(
        `SELECT ${SUMMARY_COLUMNS}, d.title_start, d.title_end, d.text FROM documents d WHERE d.doc_id = $id`,
        {
          id,
        },
      );
      if (!document) throw new ApiError(404, 'not_found', `document ${JSON.stringify(id)} does not exist`);
      const [sections, facts, spam_fragments] = await Promise.all([
        db.all<z.infer<typeof SectionOutSchema>>(
          `SELECT ordinal, kind, title, start_offset AS start, end_offset AS "end"
           FROM sections WHERE doc_id = $id ORDER BY ordinal`,
          { id },
        ),
        db.all<FactRow>(
          `SELECT ${FACT_ROW_COLUMNS} FROM v_facts f WHERE f.doc_id = $id ORDER BY f.evidence_start, f.fact_id`,
          { id },
        ),
        db.all<z.infer<typeof SpamOutSchema>>(
          `SELECT start_offset AS start, end_offset AS "end", text, reason
           FROM spam_fragments WHERE doc_id = $id ORDER BY start_offset`,
          { id },
        ),
      ]);
      return c.json({ document, sections, facts, spam_fragments }, 200);
    });
}
