import { describe, expect, it } from 'vitest';
import { type AnyJson, json } from '../testing/http.js';
import { useSeedApp } from '../testing/seed-app.js';

const seedApp = useSeedApp();

const { get } = seedApp;

describe('GET /api/search', () => {
  it('finds a Chinese phrase with offsets that point at it, in the file and in the text', async () => {
    const phrase = '地区生产总值';
    const body = await get(`/api/search?q=${encodeURIComponent(phrase)}`);
    expect(body.total).toBeGreaterThanOrEqual(3);
    expect(body.truncated).toBe(false);
    let counted = 0;
    for (const d of body.documents) {
      const doc = (await get(`/api/documents/${d.doc_id}`)).document;
      expect(d.count).toBe(doc.text.split(phrase).length - 1);
      counted += d.count;
      for (const hit of d.hits) {
        expect(doc.text.slice(hit.text_start, hit.text_start + phrase.length)).toBe(phrase);
        expect(hit.start - doc.body_start).toBe(hit.text_start);
        expect(hit.end - hit.start).toBe(phrase.length);
        expect(hit.snippet).toContain(phrase);
        expect(doc.text.slice(hit.snippet_start - doc.body_start).startsWith(hit.snippet)).toBe(true);
      }
    }
    expect(counted).toBe(body.total);
  });

  it('caps hits and says so; no match is an empty result; an empty phrase is 400', async () => {
    const capped = await get(`/api/search?q=${encodeURIComponent('增长')}&limit=3`);
    expect(capped.documents.flatMap((d: AnyJson) => d.hits)).toHaveLength(3);
    expect(capped.truncated).toBe(true);
    const none = await get(`/api/search?q=${encodeURIComponent('不存在的短语xyz')}`);
    expect(none).toMatchObject({ total: 0, documents: [] });
    const empty = await seedApp.app.request('/api/search?q=%20');
    expect(empty.status).toBe(400);
    expect((await json(empty)).error.message).toMatch(/^q:/);
  });
});
