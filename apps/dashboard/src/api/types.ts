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
export type RegionList = InferResponseType<Api['regions']['$get'], 200>;
export type RegionOut = RegionList['regions'][number];
export type IndicatorList = InferResponseType<Api['indicators']['$get'], 200>;
export type IndicatorOut = IndicatorList['indicators'][number];
export type Scorecard = InferResponseType<Api['scorecard']['$get'], 200>;
export type ScorecardRow = Scorecard['rows'][number];
/** One figure with its evidence, as every analytic endpoint returns it. */
export type FactRef = NonNullable<ScorecardRow['result']>;
export type AttainmentStatus = ScorecardRow['status'];
export type Compare = InferResponseType<Api['compare']['$get'], 200>;
export type SchemaList = InferResponseType<Api['schema']['$get'], 200>;
/** `POST /api/sql` answers JSON unless asked for CSV. */
export type SqlResult = Exclude<InferResponseType<Api['sql']['$post'], 200>, string>;
export type Overview = InferResponseType<Api['overview']['$get'], 200>;
export type OverviewRegion = Overview['regions'][number];
export type OverviewChart = Overview['charts'][number];
export type TargetLine = Overview['targets'][number];
export type FactContext = InferResponseType<Api['facts'][':id']['$get'], 200>;
export type Downloads = InferResponseType<Api['downloads']['$get'], 200>;
