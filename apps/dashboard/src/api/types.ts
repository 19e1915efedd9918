/**
 * Names for the API's response types, all derived from the typed client (never written by hand):
 * when the API changes a shape, the dashboard stops compiling where it matters.
 */
import type { InferResponseType } from 'hono/client';
import type { ApiClient } from './client';

type Api = ApiClient['api'];

export type DocumentList = InferResponseType<Api['documents']['$get'], 200>;
export type DocumentSummary = DocumentList['documents'][number];
export type DocumentDetail = InferResponseType<Api['documents'][':id']['$get'], 200>;
export type FactRow = DocumentDetail['facts'][number];
export type SectionOut = DocumentDetail['sections'][number];
