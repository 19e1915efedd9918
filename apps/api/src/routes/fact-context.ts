/**
 * `GET /api/facts/{id}`: one fact with what its evidence panel shows — the sentence that states
 * it (the stating clause marked inside), its document and the report section it sits in — so the
 * panel needs neither the whole document nor the other facts.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { GwrDatabase } from '../db.js';
import { ApiError } from '../errors.js';
import { FACT_ROW_COLUMNS } from '../fact-sql.js';
import { createRouter, errorResponse, jsonResponse } from '../router.js';
import { DocumentSummarySchema, type FactRow, FactRowSchema, SectionOutSchema } from '../schemas.js';
import { sentenceAround } from '../sentence-around.js';

export const FactContextSchema = z
  .object({
    fact: FactRowSchema,
    document: DocumentSummarySchema.pick({
      doc_id: true,
      kind: true,
      title: true,
      region: true,
      report_year: true,
      report_date: true,
      published: true,
    }),
    section: SectionOutSchema.nullable().openapi({
      description: 'The innermost section holding the evidence',
    }),
    sentence: z.object({
      text: z.string(),
      start: z.number().int().openapi({ description: 'File offset of the sentence' }),
      mark_start: z.number().int().openapi({ description: 'Offset of the evidence inside `text`' }),
      mark_end: z.number().int(),
      before: z.boolean().openapi({ description: 'The document goes on before the sentence' }),
      after: z.boolean(),
    }),
  })
  .openapi('FactContext');

const route = createRoute({
  method: 'get',
  path: '/api/facts/{id}',
  tags: ['facts'],
  summary: 'One fact with its sentence, document and section (the evidence panel)',
  request: { params: z.object({ id: z.string().min(1).max(200) }) },
  responses: {
    200: jsonResponse(FactContextSchema, 'The fact in context'),
    404: errorResponse('No fact has this id'),
  },
});

interface DocText {
  doc_id: string;
  kind: 'work_report' | 'news';
  title: string;
  region: string | null;
  report_year: number | null;
  report_date: string | null;
  published: string | null;
  text: string;
  body_start: number;
  body_end: number;
}

export function factContextRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param');
    const fact = await db.one<FactRow>(`SELECT ${FACT_ROW_COLUMNS} FROM v_facts f WHERE f.fact_id = $id`, {
      id,
    });
    if (!fact) throw new ApiError(404, 'not_found', `fact ${JSON.stringify(id)} does not exist`);
    const [doc, section] = await Promise.all([
      // The whole text, cut here: stored offsets count UTF-16 units as JavaScript does, not code points.
      db.one<DocText>(
        `SELECT d.doc_id, d.kind, d.title, d.region, d.report_year,
                strftime(d.report_date, '%Y-%m-%d') AS report_date, strftime(d.published, '%Y-%m-%d') AS published,
                d.body_start, d.body_end, d.text
         FROM documents d WHERE d.doc_id = $doc`,
        { doc: fact.doc_id },
      ),
      db.one<z.infer<typeof SectionOutSchema>>(
        `SELECT ordinal, kind, title, start_offset AS start, end_offset AS "end" FROM sections
         WHERE doc_id = $doc AND start_offset <= $at AND $at < end_offset
         ORDER BY start_offset DESC LIMIT 1`,
        { doc: fact.doc_id, at: fact.evidence.start },
      ),
    ]);
    if (!doc) throw new ApiError(404, 'not_found', `document ${JSON.stringify(fact.doc_id)} does not exist`);
    const { text, body_start, body_end, ...document } = doc;
    const markStart = fact.evidence.start - body_start;
    const markEnd = fact.evidence.end - body_start;
    const span = sentenceAround(text, markStart, markEnd);
    return c.json(
      {
        fact,
        document,
        section: section ?? null,
        sentence: {
          text: text.slice(span.start, span.end),
          start: body_start + span.start,
          mark_start: markStart - span.start,
          mark_end: markEnd - span.start,
          before: span.start > 0,
          after: body_start + span.end < body_end,
        },
      },
      200,
    );
  });
}
