/**
 * The three shapes `gwr-extract facts` prints: NDJSON (every Fact field, in FactSchema's order,
 * evidence as {start, end, text}), CSV (the same fields, evidence flattened into three columns)
 * and an aligned table for reading in a terminal.
 */
import { csvLine, type Fact, FactSchema, type GwrDocument } from '@gwr/domain';
import type { TableColumn } from './table.js';

const FACT_KEYS = Object.keys(FactSchema.shape) as (keyof Fact)[];

/**
 * A fact as a JSON line. Facts are made in one place (facts.ts toFact), as an object literal with
 * exactly FactSchema's fields in its order (TypeScript rejects any other field there), so the fact
 * is printed as it is: copying it field by field first cost a third of the formatting.
 */
export function factNdjson(fact: Fact): string {
  return `${JSON.stringify(fact)}\n`;
}

export const FACT_CSV_HEADER = csvLine(
  FACT_KEYS.flatMap((key) =>
    key === 'evidence' ? ['evidence_start', 'evidence_end', 'evidence_text'] : [key],
  ),
);

export function factCsv(fact: Fact): string {
  return csvLine(
    FACT_KEYS.flatMap((key) => {
      if (key === 'evidence') return [fact.evidence.start, fact.evidence.end, fact.evidence.text];
      const value = fact[key];
      return [value === null ? null : (value as string | number)];
    }),
  );
}

export const FACT_TABLE_COLUMNS: readonly TableColumn[] = [
  { header: 'region', max: 12 },
  { header: 'indicator / label', max: 28 },
  { header: 'kind' },
  { header: 'year', align: 'right' },
  { header: 'measure' },
  { header: 'value', align: 'right', max: 24 },
  { header: 'unit' },
  { header: 'qualifier' },
  { header: 'section' },
  { header: 'evidence', max: 60 },
];

/** Plain digits, no exponent, no grouping: what the text wrote, in base units. */
function number(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}

export function factTableRow(fact: Fact): string[] {
  return [
    fact.region ?? '',
    fact.indicator ?? (fact.label ? `(${fact.label})` : ''),
    fact.kind,
    fact.year === null ? '' : String(fact.year),
    fact.measure,
    fact.value_max === null ? number(fact.value) : `${number(fact.value)}–${number(fact.value_max)}`,
    fact.unit,
    fact.qualifier,
    fact.section,
    fact.evidence.text.replace(/\s+/g, ' '),
  ];
}

/** A document as `gwr-extract documents` prints it: every field but the body text. */
export function documentNdjson(document: GwrDocument): string {
  const { text, ...rest } = document;
  // (Characters as the offsets count them: code points.)
  return `${JSON.stringify({ ...rest, char_count: [...text].length })}\n`;
}
