import { z } from 'zod';
import { SectionKindSchema } from './fact.js';

export const DocumentKindSchema = z.enum(['work_report', 'news']);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** A half-open character range `[start, end)` into the decoded input file. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

export const SectionSchema = z.object({
  doc_id: z.string(),
  ordinal: z.number().int().nonnegative(),
  kind: SectionKindSchema,
  title: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Section = z.infer<typeof SectionSchema>;

/** Text inside a body that is not part of it (novel titles dropped mid-sentence by the portal). */
export const SpamFragmentSchema = z.object({
  doc_id: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  reason: z.string(),
});
export type SpamFragment = z.infer<typeof SpamFragmentSchema>;

export const DocumentSchema = z.object({
  doc_id: z.string(),
  /** The input file as given to the extractor. */
  source_file: z.string(),
  kind: DocumentKindSchema,
  title: z.string(),
  /** The portal's source tag without brackets (`投资瓯海区` from `【投资瓯海区】`), if any. */
  source_tag: z.string().nullable(),
  /** Publication date on the portal (ISO `YYYY-MM-DD`), if any. */
  published: z.string().nullable(),
  /** Date the report was delivered (`2018年2月26日在…会议上`), ISO. */
  report_date: z.string().nullable(),
  /** The year whose targets a work report sets (a 2018 report reviews 2017); for news, the year it is about. */
  report_year: z.number().int().nullable(),
  region: z.string().nullable(),
  region_code: z.string().nullable(),
  /** Congress session (`第九届人民代表大会第二次会议`). */
  session: z.string().nullable(),
  speaker: z.string().nullable(),
  /** 区长, 县长, 代市长, 省长… */
  speaker_title: z.string().nullable(),
  text: z.string(),
  title_span: SpanSchema,
  body_span: SpanSchema,
  date_span: SpanSchema.nullable(),
});
export type GwrDocument = z.infer<typeof DocumentSchema>;
