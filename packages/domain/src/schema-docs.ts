/**
 * What every table and view of the store holds and what each column means, for analysts who query
 * it with SQL (`GET /api/schema`). Kept next to the DDL: a test fails when a column has no entry.
 * A column's description is looked up in its table's own entries first, then in COLUMN_DOCS.
 */

/** Columns that mean the same wherever they appear. */
export const COLUMN_DOCS: Readonly<Record<string, string>> = {
  doc_id: 'Stable id of the document inside the corpus (hash of its title and body)',
  fact_id: 'Stable id of the fact',
  region: 'Canonical name of the administrative region (瓯海区, 庆元县, 全国)',
  region_code: '6-digit GB/T 2260 code of the region, or null where it has none',
  region_level: 'national, province, prefecture or county',
  indicator: 'Indicator id from the catalog (table indicators), or null for a figure outside it',
  indicator_zh: 'Indicator name in Chinese',
  indicator_en: 'Indicator name in English',
  kind: 'Fact: actual (a result the text reports) or target (a goal it sets). Document: work_report or news',
  year: 'The year the figure is about: results in a 2018 report are 2017’s, its targets 2018’s',
  measure:
    'level (an amount), growth_pct (year-on-year change in %), rate_pct (a rate or share in %), attainment_pct (a result as % of its target)',
  value: 'The number in base units: yuan, dollars, persons, µg/m³; percents as written (7.5)',
  value_max: 'Upper end of a range (6%-6.5% → value 6, value_max 6.5), else null',
  unit: 'CNY, USD, person, ug/m3, % …',
  qualifier: 'exact; about (左右); at_least (以上, 超过, 不低于); at_most (以内, 以下, 不超过); range',
  label: 'What is counted, in the text’s words, where indicator is null',
  section: 'Part of the report the fact comes from: review, targets, tasks, appendix, … (news: body)',
  evidence_start: 'Character offset of the evidence in the decoded source file',
  evidence_end: 'Character offset just past the evidence in the decoded source file',
  evidence_text: 'The clause that states the number: file[evidence_start, evidence_end)',
  doc_title: 'Title of the document the fact comes from',
  doc_kind: 'work_report or news',
  title: 'Title line of the document (or the section heading)',
  source_file:
    'The input file the document was read from, relative to the corpus folder (or its name, for a file loaded by itself)',
  source_tag: 'The portal’s source tag without brackets (投资瓯海区 from 【投资瓯海区】)',
  published: 'Publication date on the portal',
  report_date: 'Date the report was delivered',
  report_year: 'The year whose targets a work report sets (a 2018 report reviews 2017)',
  session: 'Congress session (第九届人民代表大会第二次会议)',
  speaker: 'Who delivered the report',
  superseded_by:
    'The document that replaced this one (a corrected report of the same region, year and kind added later); null for the current version',
  speaker_title: '区长, 县长, 代市长, 省长 …',
  title_start: 'File offset of the title',
  title_end: 'File offset just past the title',
  body_start: 'File offset of the body: a file offset o is text[o − body_start]',
  body_end: 'File offset just past the body',
  char_count: 'Length of the body in characters',
  text: 'The body of the document: file[body_start, body_end)',
  ordinal: 'Position of the section in its document, from 0',
  start_offset: 'File offset of the start',
  end_offset: 'File offset just past the end',
  reason: 'Why the text was recognised as spam',
  name: 'Region name',
  level: 'national, province, prefecture or county',
  parent_code: 'GB/T 2260 code of the parent region',
  parent_name: 'Name of the parent region',
  province_name: 'Name of the province the region belongs to',
  id: 'Indicator id (stable: saved queries refer to it)',
  zh: 'Name in Chinese',
  en: 'Name in English',
  measures: 'Measures the indicator is reported in',
  level_unit: 'Base unit of level values (CNY, USD, person, ug/m3)',
  direction: 'Which way is good: higher, lower, or ceiling (a cap such as the CPI target)',
  aliases: 'Surface forms the extractor matches',
  years_from: 'First year the statistic was published, where bounded (null: always)',
  years_to: 'Last year the statistic was published, where bounded (农民人均纯收入: 2013)',
  basis:
    'Where the text states one statistic on two bases: reported (as published) or comparable (同口径, 剔除不可比因素); else null',
  key: 'Setting name (schema_version, built_at, inputs)',
};

export interface TableDoc {
  kind: 'table' | 'view';
  description: string;
  /** Descriptions specific to this table, overriding COLUMN_DOCS. */
  columns?: Readonly<Record<string, string>>;
}

/** Columns every table of facts has with a meaning of its own there. */
const FACT_COLUMNS = {
  reason:
    'What decided the kind and year: the section, a year stated in the sentence, time words and cues (review section; 同比 / year 2014 stated)',
};

const SCORECARD_COLUMNS: Readonly<Record<string, string>> = {
  year: 'The year of both the result and the target',
  unit: 'Unit of the result (or of the target when there is no result)',
  label: 'For a share of tasks outside the catalog (indicator null): what it is a share of',
  result_fact_id:
    'Fact that states the result for the year (from the report of the next year, or a review stating it)',
  target_fact_id:
    "Fact that states the target for the year (from the report of the year, or a review stating last year's target)",
  status:
    "met; within_tolerance (short of a 左右 target but within its tolerance); missed; awaiting_result (a target whose result is in no loaded report: it comes with the next year's report); no_target (a result with no target stated for its year); unknown (not comparable, e.g. units differ)",
  gap: 'result − target bound (percentage points for % measures); attainment_pct: share − 100',
  previous_result_fact_id:
    "Fact that states the result of the year before (the baseline of the target's ambition)",
  ambition_delta: 'Target bound − result of the year before',
  ambition_verdict:
    "raised (asks more than last year achieved, by the indicator's direction), held, lowered, unknown",
};

export const TABLE_DOCS: Readonly<Record<string, TableDoc>> = {
  v_facts: {
    kind: 'view',
    description: 'Facts with their document title and indicator and region names: the main table to query',
    columns: FACT_COLUMNS,
  },
  v_scorecard: {
    kind: 'view',
    description:
      "Targets against results: one row per region, indicator, measure and year, with the attainment status, each side's figure and document",
    columns: {
      ...SCORECARD_COLUMNS,
      result_value: 'Result for the year',
      result_value_max: 'Upper end of a result stated as a range',
      result_qualifier: 'Qualifier of the result',
      result_doc_id: 'Document the result was read from',
      target_value: 'Target for the year (lower end of a range)',
      target_value_max: 'Upper end of a target range',
      target_qualifier: 'Qualifier of the target',
      target_doc_id: 'Document the target was read from',
      previous_result_value: 'Result of the year before',
    },
  },
  scorecard: {
    kind: 'table',
    description:
      'The attainment rules applied once, when the store was built: what v_scorecard shows, by fact id',
    columns: SCORECARD_COLUMNS,
  },
  v_documents: { kind: 'view', description: 'Documents without their text' },
  v_superseded_facts: {
    kind: 'view',
    description:
      'History: the facts of documents a later version replaced (v_facts holds the current ones only)',
    columns: { superseded_by: 'The document that replaced the one the fact was read from' },
  },
  v_regions: { kind: 'view', description: 'Regions referenced by the corpus, with their ancestors' },
  v_indicators: { kind: 'view', description: 'The indicator catalog' },
  v_sections: {
    kind: 'view',
    description: 'Sections of work reports (review, targets, tasks, …)',
    columns: { kind: 'Section kind: preamble, review, targets, tasks, appendix, closing, body' },
  },
  v_spam_fragments: { kind: 'view', description: 'Text inside a body that is not part of it' },
  facts: {
    kind: 'table',
    description: 'One number the text states about a region, with the words that state it',
    columns: FACT_COLUMNS,
  },
  scorecard_facts: {
    kind: 'table',
    description:
      'Facts that enter scorecards, sorted by region and year: per region, indicator, measure, kind and year the one fact that stands for the figure (a result from the review, a target from the main targets, then the tasks; an exact figure; the first mention), plus every attainment share outside the catalog (indicator null, measure attainment_pct)',
    columns: FACT_COLUMNS,
  },
  scorecard_years: {
    kind: 'table',
    description: 'For each region and kind (actual, target), the years that scorecard_facts has',
    columns: { years: 'The years, ascending' },
  },
  facts_by_indicator: {
    kind: 'table',
    description:
      'The facts of catalog indicators (indicator not null) again, sorted by indicator, measure and year: faster than facts for questions across regions about one indicator',
    columns: FACT_COLUMNS,
  },
  documents: { kind: 'table', description: 'Documents of the corpus with their text' },
  sections: {
    kind: 'table',
    description: 'Sections of documents',
    columns: { kind: 'Section kind: preamble, review, targets, tasks, appendix, closing, body' },
  },
  spam_fragments: { kind: 'table', description: 'Text inside a body that is not part of it (novel titles)' },
  regions: {
    kind: 'table',
    description: 'Regions referenced by the corpus, with their ancestors',
    columns: { region_code: '6-digit GB/T 2260 code, or null (全国)' },
  },
  indicators: { kind: 'table', description: 'The indicator catalog' },
  meta: {
    kind: 'table',
    description: 'Facts about the build',
    columns: { value: 'Setting value' },
  },
};

/** The description of a column, or undefined when it has none (a test forbids that). */
export function describeColumn(table: string, column: string): string | undefined {
  const doc = TABLE_DOCS[table];
  if (doc?.columns?.[column]) return doc.columns[column];
  return COLUMN_DOCS[column];
}
