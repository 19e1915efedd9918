/**
 * Example queries for the SQL console: each answers a question leadership asks, over the stable
 * views (v_facts, v_documents, …) rather than the tables, so they survive schema changes.
 */
import type { Lang } from '../../i18n/dictionary';

export interface ExampleQuery {
  id: string;
  title: Record<Lang, string>;
  sql: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    id: 'gdp-targets',
    title: { zh: '各地 GDP 增长目标(由高到低)', en: 'GDP growth targets, highest first' },
    sql: `SELECT region, year, value AS target_pct, qualifier, evidence_text
FROM v_facts
WHERE indicator = 'gdp' AND measure = 'growth_pct' AND kind = 'target'
ORDER BY value DESC;`,
  },
  {
    id: 'targets-vs-results',
    title: { zh: '新一年目标与上一年结果对比', en: "Next year's targets against last year's results" },
    sql: `SELECT t.region, t.indicator_zh, t.measure,
       r.year AS result_year, r.value AS result,
       t.year AS target_year, t.value AS target, t.qualifier,
       round(t.value - r.value, 2) AS ambition
FROM v_facts t
JOIN v_facts r
  ON r.region = t.region AND r.indicator = t.indicator AND r.measure = t.measure
 AND r.kind = 'actual' AND r.year = t.year - 1
WHERE t.kind = 'target' AND t.indicator IS NOT NULL
ORDER BY t.region, t.indicator;`,
  },
  {
    id: 'scorecard',
    title: {
      zh: '计分卡:目标、结果与完成状态(v_scorecard)',
      en: 'Scorecard: targets, results and status (v_scorecard)',
    },
    sql: `SELECT region, indicator_zh, measure, year,
       target_value, target_qualifier, result_value, status,
       previous_result_value, ambition_delta
FROM v_scorecard
WHERE target_fact_id IS NOT NULL
ORDER BY indicator, region, year;`,
  },
  {
    id: 'facts-per-region',
    title: { zh: '各地区指标数量', en: 'Figures per region' },
    sql: `SELECT region, kind, count(*) AS facts
FROM v_facts
GROUP BY ALL
ORDER BY region, kind;`,
  },
  {
    id: 'documents',
    title: { zh: '全部文档', en: 'All documents' },
    sql: `SELECT kind, title, region, report_year, published, char_count
FROM v_documents
ORDER BY kind DESC, published;`,
  },
  {
    id: 'investment-news',
    title: { zh: '新闻中的投资额', en: 'Investment amounts in the news' },
    sql: `SELECT region, label, value / 1e8 AS yi_yuan, qualifier, doc_title
FROM v_facts
WHERE doc_kind = 'news' AND unit = 'CNY'
ORDER BY value DESC;`,
  },
];
