/**
 * Response and parameter schemas of the HTTP API. They validate requests, type the responses for
 * hono's `hc<AppType>` client, and are the source of the OpenAPI document (`/api/openapi.json`).
 * Domain schemas are reused where a response carries a domain object unchanged.
 */
import {
  ATTAINMENT_STATUSES,
  DirectionSchema,
  DocumentKindSchema,
  DocumentSchema,
  EvidenceSchema,
  FactKindSchema,
  FactSchema,
  MeasureSchema,
  QualifierSchema,
  RegionLevelSchema,
  SectionKindSchema,
} from '@gwr/domain';
import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_parameter' }),
      message: z.string().openapi({ example: 'year: expected an integer' }),
    }),
  })
  .openapi('Error');

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({
      name: z.string().openapi({ description: 'The store file name (never a server path)' }),
      documents: z.number().int(),
      facts: z.number().int(),
      built_at: z.string().nullable(),
      schema_version: z.string().nullable(),
    }),
    warnings: z.array(z.string()).openapi({ description: 'What is wrong but did not stop the service' }),
  })
  .openapi('Health');

/** One figure with where it comes from: enough for the dashboard to show it and its evidence. */
export const FactRefSchema = z
  .object({
    fact_id: z.string(),
    doc_id: z.string(),
    kind: FactKindSchema,
    year: z.number().int().nullable(),
    value: z.number(),
    value_max: z.number().nullable(),
    qualifier: QualifierSchema,
    unit: z.string(),
    section: SectionKindSchema,
    evidence: EvidenceSchema,
  })
  .openapi('FactRef');
export type FactRef = z.infer<typeof FactRefSchema>;

/** A fact as stored (spec/facts.md) plus the names a table shows next to it. */
export const FactRowSchema = FactSchema.extend({
  doc_title: z.string(),
  indicator_zh: z.string().nullable(),
  indicator_en: z.string().nullable(),
}).openapi('Fact');
export type FactRow = z.infer<typeof FactRowSchema>;

export const DocumentSummarySchema = DocumentSchema.pick({
  doc_id: true,
  kind: true,
  title: true,
  source_tag: true,
  published: true,
  report_date: true,
  report_year: true,
  region: true,
  region_code: true,
  session: true,
  speaker: true,
  speaker_title: true,
  source_file: true,
})
  .extend({
    char_count: z.number().int(),
    body_start: z.number().int().openapi({
      description: 'File offset of the first character of `text`: a file offset o is text[o - body_start].',
    }),
    body_end: z.number().int(),
    facts: z.number().int().openapi({ description: 'Number of facts extracted from the document' }),
    spam_fragments: z.number().int(),
  })
  .openapi('DocumentSummary');
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DocumentListSchema = z
  .object({ total: z.number().int(), documents: z.array(DocumentSummarySchema) })
  .openapi('DocumentList');

export const SectionOutSchema = z
  .object({
    ordinal: z.number().int(),
    kind: SectionKindSchema,
    title: z.string(),
    start: z.number().int().openapi({ description: 'File offset' }),
    end: z.number().int(),
  })
  .openapi('Section');

export const SpamOutSchema = z
  .object({
    start: z.number().int().openapi({ description: 'File offset' }),
    end: z.number().int(),
    text: z.string(),
    reason: z.string(),
  })
  .openapi('SpamFragment');

export const DocumentDetailSchema = z
  .object({
    document: DocumentSummarySchema.extend({
      title_start: z.number().int(),
      title_end: z.number().int(),
      text: z.string().openapi({ description: 'The body: file[body_start, body_end)' }),
    }),
    sections: z.array(SectionOutSchema),
    facts: z.array(FactRowSchema),
    spam_fragments: z.array(SpamOutSchema),
  })
  .openapi('DocumentDetail');

export const RegionOutSchema = z
  .object({
    name: z.string(),
    code: z.string().nullable(),
    level: RegionLevelSchema,
    parent_code: z.string().nullable(),
    parent_name: z.string().nullable(),
    province_name: z.string().nullable(),
    documents: z.number().int(),
    facts: z.number().int(),
    report_years: z.array(z.number().int()),
    fact_years: z.array(z.number().int()),
  })
  .openapi('Region');

export const RegionListSchema = z.object({ regions: z.array(RegionOutSchema) }).openapi('RegionList');

export const IndicatorOutSchema = z
  .object({
    id: z.string(),
    zh: z.string(),
    en: z.string(),
    measures: z.array(MeasureSchema),
    level_unit: z.string().nullable(),
    direction: DirectionSchema,
    facts: z.number().int(),
    years: z.array(z.number().int()),
    regions: z.array(
      z.object({
        region: z.string(),
        region_code: z.string().nullable(),
        years: z.array(z.number().int()),
        measures: z.array(MeasureSchema),
      }),
    ),
  })
  .openapi('Indicator');

export const IndicatorListSchema = z
  .object({ indicators: z.array(IndicatorOutSchema) })
  .openapi('IndicatorList');

export const FactListSchema = z
  .object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    facts: z.array(FactRowSchema),
  })
  .openapi('FactList');

export const AttainmentStatusSchema = z.enum(ATTAINMENT_STATUSES).openapi('AttainmentStatus', {
  description:
    "met / missed: the result for the year against its target (or an attainment share ≥/< 100%); within_tolerance: short of a 左右 target's figure but inside its tolerance; awaiting_result: a target whose result is in no loaded report (a year's result comes with the next year's report); no_target: a result with no target stated for its year; unknown: not comparable (e.g. units differ).",
});

export const AmbitionSchema = z
  .object({
    baseline: FactRefSchema.nullable().openapi({ description: 'Result of the year before the target' }),
    delta: z
      .number()
      .nullable()
      .openapi({ description: 'target − baseline (upper end for ranges: see rule)' }),
    verdict: z.enum(['raised', 'held', 'lowered', 'unknown']),
  })
  .openapi('Ambition');

export const ScorecardRowSchema = z
  .object({
    indicator: z.string(),
    indicator_zh: z.string(),
    indicator_en: z.string(),
    direction: DirectionSchema,
    measure: MeasureSchema,
    unit: z.string().nullable(),
    result: FactRefSchema.nullable().openapi({ description: 'Result for the year' }),
    target: FactRefSchema.nullable().openapi({ description: 'Target for the year' }),
    next_target: FactRefSchema.nullable().openapi({ description: 'Target for the year after' }),
    status: AttainmentStatusSchema,
    gap: z.number().nullable().openapi({ description: 'result − target (percentage points for % measures)' }),
    ambition: AmbitionSchema.openapi({
      description: 'Target for the year against the result of the year before',
    }),
    next_ambition: AmbitionSchema.openapi({
      description: 'Target for the year after against the result for the year',
    }),
    completing_report_year: z.number().int().nullable().openapi({
      description:
        "The year of the region's report, not loaded, that would complete the pair: Y+1 for a target awaiting its result, Y for a result whose target report is missing",
    }),
  })
  .openapi('ScorecardRow');

export const LoadedReportSchema = z
  .object({
    doc_id: z.string(),
    title: z.string(),
    kind: DocumentKindSchema,
    report_year: z.number().int().nullable(),
  })
  .openapi('LoadedReport');
export type LoadedReport = z.infer<typeof LoadedReportSchema>;

export const ScorecardSchema = z
  .object({
    region: z.object({ name: z.string(), code: z.string().nullable(), level: RegionLevelSchema.nullable() }),
    year: z.number().int().nullable(),
    years: z.array(z.number().int()).openapi({ description: 'Years with any fact for the region' }),
    reports: z.array(LoadedReportSchema).openapi({
      description: "The region's documents loaded in the store, by year: what the pairs come from",
    }),
    rows: z.array(ScorecardRowSchema),
    shares: z
      .array(
        z.object({
          label: z.string().nullable(),
          fact: FactRefSchema,
          status: AttainmentStatusSchema,
          gap: z.number().nullable().openapi({ description: 'share − 100' }),
        }),
      )
      .openapi({
        description:
          'Results stated as a share of their target (完成年度任务的201.6%) outside the catalog: ≥ 100% is met',
      }),
  })
  .openapi('Scorecard');

export const CompareSchema = z
  .object({
    indicator: z.object({ id: z.string(), zh: z.string(), en: z.string(), direction: DirectionSchema }),
    measure: MeasureSchema,
    /** Years with data across every region compared, not only this page's. */
    years: z.array(z.number().int()),
    /** Regions with data in the whole comparison; `regions` holds `limit` of them from `offset`. */
    total_regions: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int().nullable(),
    regions: z.array(
      z.object({
        region: z.string(),
        region_code: z.string().nullable(),
        level: RegionLevelSchema.nullable(),
        series: z.array(
          z.object({
            year: z.number().int(),
            result: FactRefSchema.nullable(),
            target: FactRefSchema.nullable(),
            status: AttainmentStatusSchema,
            gap: z.number().nullable(),
          }),
        ),
      }),
    ),
  })
  .openapi('Compare');

export const SearchSchema = z
  .object({
    q: z.string(),
    total: z.number().int().openapi({ description: 'Occurrences over all documents' }),
    truncated: z.boolean(),
    documents: z.array(
      z.object({
        doc_id: z.string(),
        title: z.string(),
        kind: DocumentKindSchema,
        region: z.string().nullable(),
        count: z.number().int(),
        hits: z.array(
          z.object({
            start: z.number().int().openapi({ description: 'File offset of the match' }),
            end: z.number().int(),
            text_start: z
              .number()
              .int()
              .openapi({ description: 'Offset of the match inside the document text' }),
            snippet: z.string(),
            snippet_start: z.number().int().openapi({ description: 'File offset of the snippet' }),
          }),
        ),
      }),
    ),
  })
  .openapi('SearchResult');

export const SchemaListSchema = z
  .object({
    tables: z.array(
      z.object({
        name: z.string(),
        kind: z.enum(['table', 'view']),
        description: z.string(),
        columns: z.array(z.object({ name: z.string(), type: z.string(), description: z.string() })),
      }),
    ),
  })
  .openapi('Schema');

export const SqlRequestSchema = z
  .object({
    sql: z.string().min(1).openapi({ example: 'SELECT region, count(*) FROM v_facts GROUP BY 1' }),
    max_rows: z.number().int().positive().optional(),
  })
  .openapi('SqlRequest');

export const SqlResultSchema = z
  .object({
    columns: z.array(z.object({ name: z.string(), type: z.string() })),
    rows: z.array(z.array(z.unknown())),
    truncated: z.boolean(),
    elapsed_ms: z.number(),
  })
  .openapi('SqlResult');
