import { describe, expect, it } from 'vitest';
import { type AnyJson, json } from '../testing/http.js';
import { useSeedApp } from '../testing/seed-app.js';

const seedApp = useSeedApp();
const { get } = seedApp;

describe('GET /api/facts/{id}', () => {
  it('gives the sentence that states a fact, its clause marked, with its document and section', async () => {
    const { facts } = await get('/api/facts?limit=40&sort=value');
    expect(facts.length).toBe(40);
    for (const fact of facts) {
      const context = await get(`/api/facts/${fact.fact_id}`);
      expect(context.fact).toEqual(fact);
      const { sentence, document, section } = context;
      expect(sentence.text.slice(sentence.mark_start, sentence.mark_end)).toBe(fact.evidence.text);
      // The sentence is the document's own text at the offset it gives.
      const doc = (await get(`/api/documents/${fact.doc_id}`)).document;
      expect(doc.text.slice(sentence.start - doc.body_start).startsWith(sentence.text)).toBe(true);
      expect(sentence.before).toBe(sentence.start > doc.body_start);
      expect(document).toMatchObject({ doc_id: doc.doc_id, title: doc.title, report_date: doc.report_date });
      if (section) {
        expect(section.start).toBeLessThanOrEqual(fact.evidence.start);
        expect(section.end).toBeGreaterThan(fact.evidence.start);
      }
    }
  });

  it('cuts the sentence at its own punctuation', async () => {
    const { facts } = await get(`/api/facts?q=${encodeURIComponent('全县地区生产总值69.5亿元')}`);
    const { sentence } = await get(`/api/facts/${(facts as AnyJson[])[0].fact_id}`);
    expect(sentence.text).toMatch(/^[^。;]*全县地区生产总值69\.5亿元[^。;]*[。;]$/);
  });

  it('is a 404 for an unknown fact', async () => {
    const res = await seedApp.app.request('/api/facts/no-such-fact');
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe('not_found');
  });
});
