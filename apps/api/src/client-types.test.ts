/**
 * Type-level check that `hc<AppType>` infers typed JSON responses (what the dashboard relies on).
 * The assertions are compile-time (`tsc` over test files); the runtime test only proves the file
 * was type-checked and the client paths exist.
 */
import { hc, type InferResponseType } from 'hono/client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AppType } from './app.js';

const client = hc<AppType>('http://localhost');

type Health = InferResponseType<typeof client.api.health.$get, 200>;
type DocumentList = InferResponseType<typeof client.api.documents.$get, 200>;
type DocumentDetail = InferResponseType<(typeof client.api.documents)[':id']['$get'], 200>;
type NotFound = InferResponseType<(typeof client.api.documents)[':id']['$get'], 404>;

describe('hc<AppType>', () => {
  it('infers response types', () => {
    expectTypeOf<Health['database']['documents']>().toEqualTypeOf<number>();
    expectTypeOf<DocumentList['documents'][number]['title']>().toEqualTypeOf<string>();
    expectTypeOf<DocumentDetail['document']['text']>().toEqualTypeOf<string>();
    expectTypeOf<DocumentDetail['facts'][number]['evidence']['start']>().toEqualTypeOf<number>();
    expectTypeOf<NotFound['error']['code']>().toEqualTypeOf<string>();
    expect(client.api.documents[':id'].$url({ param: { id: 'x' } }).pathname).toBe('/api/documents/x');
  });
});
