/**
 * Query-string parameter schemas. Query values arrive as strings; these parse them with a message
 * that says what was expected, and keep `string` as the input type so hc<AppType> callers pass
 * strings (z.coerce would make the input `unknown`).
 */
import { FactKindSchema, MeasureSchema, SectionKindSchema } from '@gwr/domain';
import { z } from '@hono/zod-openapi';

export function intParam(min: number, max: number) {
  return z
    .string()
    .regex(/^-?\d+$/, 'expected an integer')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `expected an integer from ${min} to ${max}`);
}

export const yearParam = () => intParam(1949, 2200).openapi({ example: '2017', type: 'integer' });

export const regionParam = () =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ description: 'Region name (`庆元县`) or GB/T 2260 code (`331126`)', example: '庆元县' });

export const indicatorParam = () =>
  z
    .string()
    .regex(/^[a-z0-9_]+$/, 'expected an indicator id such as gdp')
    .openapi({ description: 'Indicator id from /api/indicators', example: 'gdp' });

export const FactFilterSchema = z.object({
  region: regionParam().optional(),
  indicator: indicatorParam().optional(),
  kind: FactKindSchema.optional(),
  year: yearParam().optional(),
  measure: MeasureSchema.optional(),
  section: SectionKindSchema.optional(),
  doc_id: z.string().min(1).max(200).optional(),
  q: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Text contained in the evidence or label' }),
});
