import { z } from 'zod';

/** `actual`: a result the text reports; `target`: a goal it sets. */
export const FactKindSchema = z.enum(['actual', 'target']);
export type FactKind = z.infer<typeof FactKindSchema>;

/**
 * `level` an amount; `growth_pct` year-on-year change in percent (a fall is negative);
 * `rate_pct` a rate or share in percent; `attainment_pct` a result stated as a share of its
 * target (`完成年度任务的201.6%`).
 */
export const MeasureSchema = z.enum(['level', 'growth_pct', 'rate_pct', 'attainment_pct']);
export type Measure = z.infer<typeof MeasureSchema>;

/**
 * `exact`; `about` (左右); `at_least` (以上, 超过, 突破, 不低于, 余); `at_most` (以内, 以下,
 * 控制在…以内, 不超过); `range` (`6%-6.5%`).
 */
export const QualifierSchema = z.enum(['exact', 'about', 'at_least', 'at_most', 'range']);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** The part of a document a fact comes from. News bodies are `body`. */
export const SectionKindSchema = z.enum([
  'preamble',
  'review',
  'targets',
  'tasks',
  'appendix',
  'closing',
  'body',
]);
export type SectionKind = z.infer<typeof SectionKindSchema>;

/**
 * The basis a figure is stated on, where the text gives two for one statistic
 * (`下降11%,同口径增长4.6%`): `reported` as published, `comparable` on a like-for-like basis
 * (同口径, 可比口径, 剔除不可比因素). Null where the text states one figure only.
 */
export const BasisSchema = z.enum(['reported', 'comparable']);
export type Basis = z.infer<typeof BasisSchema>;

/** Character offsets into the decoded input file (BOM removed, nothing else changed). */
export const EvidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** One number the text states about a region, with the words that state it (spec/facts.md). */
export const FactSchema = z.object({
  fact_id: z.string(),
  doc_id: z.string(),
  region: z.string().nullable(),
  region_code: z.string().nullable(),
  indicator: z.string().nullable(),
  kind: FactKindSchema,
  year: z.number().int().nullable(),
  measure: MeasureSchema,
  value: z.number(),
  value_max: z.number().nullable(),
  unit: z.string(),
  qualifier: QualifierSchema,
  label: z.string().nullable(),
  section: SectionKindSchema,
  basis: BasisSchema.nullable(),
  /** What decided the kind and year, in a few words (`review section; 同比`, `year 2014 stated`). */
  reason: z.string(),
  evidence: EvidenceSchema,
});
export type Fact = z.infer<typeof FactSchema>;
