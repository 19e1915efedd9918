/**
 * `GET /api/overview?year=`: everything the overview page shows in one response, for the latest
 * year with results (or the year asked): the work-report regions of that year, each with its
 * scorecard and status counts; one chart per shared indicator, measure and unit; every target with
 * its status and ambition; and the highest next-year GDP growth target.
 */
import { DirectionSchema, MeasureSchema, RegionLevelSchema } from '@gwr/domain';
import { createRoute, z } from '@hono/zod-openapi';
import type { GwrDatabase } from '../db.js';
import { mostAmbitious, sharedCharts, statusCounts, targetLines } from '../overview-model.js';
import { yearParam } from '../query-params.js';
import { createRouter, errorResponse, jsonResponse } from '../router.js';
import { AmbitionSchema, AttainmentStatusSchema, FactRefSchema, ScorecardSchema } from '../schemas.js';
import { loadScorecard } from './scorecard.js';

const CountsSchema = z.record(AttainmentStatusSchema, z.number().int());

export const OverviewSchema = z
  .object({
    year: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Year of the results shown (a 2018 report reviews 2017)' }),
    report_year: z.number().int().nullable(),
    years: z.array(z.number().int()).openapi({ description: 'Every year some work report reviews' }),
    regions: z.array(
      z.object({
        region: z.object({
          name: z.string(),
          code: z.string().nullable(),
          level: RegionLevelSchema.nullable(),
          parent_name: z.string().nullable(),
        }),
        report: z.object({ doc_id: z.string(), title: z.string(), report_date: z.string().nullable() }),
        scorecard: ScorecardSchema,
        counts: CountsSchema,
      }),
    ),
    charts: z.array(
      z.object({
        indicator: z.string(),
        measure: MeasureSchema,
        zh: z.string(),
        en: z.string(),
        unit: z.string().openapi({ description: 'Every figure of the chart is in this unit' }),
        regions: z.number().int(),
        bars: z.array(
          z.object({
            region: z.string(),
            result: FactRefSchema.nullable(),
            target: FactRefSchema.nullable(),
            next_target: FactRefSchema.nullable(),
          }),
        ),
      }),
    ),
    targets: z.array(
      z.object({
        region: z.string(),
        indicator: z.string().nullable(),
        indicator_zh: z.string(),
        indicator_en: z.string(),
        direction: DirectionSchema.nullable(),
        measure: MeasureSchema,
        next_year: z.boolean(),
        target: FactRefSchema.nullable(),
        baseline: FactRefSchema.nullable(),
        status: AttainmentStatusSchema,
        ambition: AmbitionSchema,
      }),
    ),
    answer: z.object({ region: z.string(), target: FactRefSchema }).nullable(),
  })
  .openapi('Overview');

const route = createRoute({
  method: 'get',
  path: '/api/overview',
  tags: ['analytics'],
  summary: "The overview page in one response: every work-report region's scorecard for a year",
  request: {
    query: z.object({
      year: yearParam().optional().openapi({
        type: 'integer',
        description: 'Year of results (default: the latest a work report reviews)',
      }),
    }),
  },
  responses: {
    200: jsonResponse(OverviewSchema, 'The overview'),
    400: errorResponse('A parameter is invalid'),
  },
});

interface ReportRow {
  doc_id: string;
  title: string;
  region: string;
  region_code: string | null;
  report_year: number;
  report_date: string | null;
  level: z.infer<typeof RegionLevelSchema> | null;
  parent_name: string | null;
}

const REPORTS_SQL = `
SELECT d.doc_id, d.title, d.region, d.region_code, d.report_year,
       strftime(d.report_date, '%Y-%m-%d') AS report_date, r.level, r.parent_name
FROM documents d
LEFT JOIN regions r ON r.name = d.region AND r.region_code IS NOT DISTINCT FROM d.region_code
WHERE d.kind = 'work_report' AND d.region IS NOT NULL AND d.report_year IS NOT NULL
ORDER BY d.source_file, d.title_start`;

export function overviewRoutes(db: GwrDatabase) {
  return createRouter().openapi(route, async (c) => {
    const { year: asked } = c.req.valid('query');
    const reports = await db.all<ReportRow>(REPORTS_SQL);
    // A report of year R reviews R−1: its results are the year's.
    const years = [...new Set(reports.map((r) => r.report_year - 1))].sort((a, b) => a - b);
    const year = asked ?? years.at(-1) ?? null;
    const seen = new Set<string>();
    const chosen = reports.filter((r) => {
      const key = `${r.region}|${r.region_code}`;
      if (r.report_year - 1 !== year || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const scorecards = await Promise.all(
      chosen.map((r) => loadScorecard(db, r.region_code ?? r.region, year ?? undefined)),
    );
    const targets = targetLines(scorecards);
    return c.json(
      {
        year,
        report_year: year === null ? null : year + 1,
        years,
        regions: chosen.map((r, i) => ({
          region: { name: r.region, code: r.region_code, level: r.level, parent_name: r.parent_name },
          report: { doc_id: r.doc_id, title: r.title, report_date: r.report_date },
          scorecard: scorecards[i]!,
          counts: statusCounts(targets, r.region),
        })),
        charts: sharedCharts(scorecards),
        targets,
        answer: mostAmbitious(scorecards, 'gdp', 'growth_pct'),
      },
      200,
    );
  });
}
