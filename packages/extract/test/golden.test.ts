/**
 * The extractor against the hand-labelled facts of the seed corpus (fixtures/gold, a copy of
 * shared/gold/seed-kpis.jsonl). Prints recall, precision and qualifier accuracy on every run.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { type GoldFact, score } from './gold.js';

const seedPath = fileURLToPath(new URL('../../../seeds/000_7a8c45a8c6b1753b.txt', import.meta.url));
const goldPath = fileURLToPath(new URL('./fixtures/gold/seed-kpis.jsonl', import.meta.url));
const text = readFileSync(seedPath, 'utf8');
const gold: GoldFact[] = readFileSync(goldPath, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const result = extract(text, { sourceFile: seedPath });

describe('facts of the seed corpus against the gold set', () => {
  const s = score(result.facts, gold);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `gold: ${gold.length} facts; extracted ${result.facts.length}; recall ${pct(s.recall)}, precision ${pct(s.precision)}, qualifier ${pct(s.qualifierAccuracy)}`,
  );
  for (const g of s.missed)
    console.log(`  missed ${g.region} ${g.indicator} ${g.kind} ${g.year} ${g.measure} ${g.value}: ${g.cue}`);
  for (const f of s.wrong)
    console.log(
      `  wrong  ${f.region} ${f.indicator} ${f.kind} ${f.year} ${f.measure} ${f.value}: ${f.evidence.text}`,
    );

  it('finds at least 97% of the gold facts', () => {
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('is right on at least 97% of the facts that share a gold key', () => {
    expect(s.precision).toBeGreaterThanOrEqual(0.97);
  });

  it('gets the qualifier right on at least 95% of the facts found', () => {
    expect(s.qualifierAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('grounds every fact: the evidence is the exact slice of the file at its offsets', () => {
    const ungrounded = result.facts.filter(
      (f) => text.slice(f.evidence.start, f.evidence.end) !== f.evidence.text,
    );
    expect(ungrounded).toEqual([]);
    expect(result.facts.length).toBeGreaterThan(gold.length);
  });

  it('puts every fact inside its document body', () => {
    const bodies = new Map(result.documents.map((d) => [d.doc_id, d.body_span]));
    const outside = result.facts.filter((f) => {
      const span = bodies.get(f.doc_id)!;
      return f.evidence.start < span.start || f.evidence.end > span.end;
    });
    expect(outside).toEqual([]);
  });
});
