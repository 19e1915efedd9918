import { describe, expect, it } from 'vitest';
import { unwrap } from '../../api/api-error';
import { api } from '../../test/render-app';
import { EXAMPLE_QUERIES } from './examples';

describe('example queries', () => {
  it.each(EXAMPLE_QUERIES.map((q) => [q.id, q.sql]))(
    '%s runs on the real store and returns rows',
    async (_id, sql) => {
      const result = await unwrap(await api.client().api.sql.$post({ query: {}, json: { sql } }));
      expect(result.columns.length).toBeGreaterThan(0);
      expect(result.rows.length).toBeGreaterThan(0);
    },
  );
});
