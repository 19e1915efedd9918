/**
 * React Query hooks over the typed client, one per endpoint. Query keys start with the endpoint
 * name so a page and the evidence panel share cached answers (a document opened for evidence is
 * already loaded when the reader opens).
 */
import { useQuery } from '@tanstack/react-query';
import { useApi } from './api-context';
import { unwrap } from './api-error';
import type { ApiClient } from './client';

export function useDocuments() {
  const api = useApi();
  return useQuery({
    queryKey: ['documents'],
    queryFn: async () => unwrap(await api.api.documents.$get({ query: {} })),
  });
}

export function documentQuery(api: ApiClient, id: string) {
  return {
    queryKey: ['document', id],
    queryFn: async () => unwrap(await api.api.documents[':id'].$get({ param: { id } })),
  };
}

export function useDocument(id: string | undefined) {
  const api = useApi();
  return useQuery({ ...documentQuery(api, id ?? ''), enabled: Boolean(id) });
}

/** A region's work reports, newest first. */
export function useRegionReports(region: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['documents', 'work_report', region],
    enabled: Boolean(region),
    queryFn: async () => {
      const list = await unwrap(
        await api.api.documents.$get({ query: { kind: 'work_report', region: region! } }),
      );
      return list.documents.sort((a, b) => (b.report_year ?? 0) - (a.report_year ?? 0));
    },
  });
}

export function useRegions() {
  const api = useApi();
  return useQuery({
    queryKey: ['regions'],
    queryFn: async () => unwrap(await api.api.regions.$get()),
  });
}

export function useIndicators() {
  const api = useApi();
  return useQuery({
    queryKey: ['indicators'],
    queryFn: async () => unwrap(await api.api.indicators.$get()),
  });
}

export function useScorecard(region: string | undefined, year?: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['scorecard', region, year ?? null],
    enabled: Boolean(region),
    queryFn: async () =>
      unwrap(
        await api.api.scorecard.$get({
          query: { region: region!, ...(year != null ? { year: String(year) } : {}) },
        }),
      ),
  });
}

/** The overview page in one request: the server works out what it shows. */
export function overviewQuery(api: ApiClient, year: number | null) {
  return {
    queryKey: ['overview', year],
    queryFn: async () =>
      unwrap(await api.api.overview.$get({ query: year != null ? { year: String(year) } : {} })),
  };
}

/** One fact with its sentence, document and section: what the evidence panel shows. */
export function useFactContext(factId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['fact', factId],
    enabled: Boolean(factId),
    queryFn: async () => unwrap(await api.api.facts[':id'].$get({ param: { id: factId! } })),
  });
}

/** Facts whose evidence or label contains a phrase (the global search). */
export function useFactSearch(q: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['facts', 'q', q],
    enabled: q.length > 0,
    queryFn: async () => unwrap(await api.api.facts.$get({ query: { q, limit: '100', sort: 'position' } })),
  });
}

/** Documents whose text contains a phrase, with each occurrence (the global search). */
export function useTextSearch(q: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['search', q],
    enabled: q.length > 0,
    queryFn: async () => unwrap(await api.api.search.$get({ query: { q, limit: '200' } })),
  });
}

/** The dataset's files and data dictionary. */
export function useDownloads() {
  const api = useApi();
  return useQuery({
    queryKey: ['downloads'],
    queryFn: async () => unwrap(await api.api.downloads.$get()),
  });
}

/** The time series of one indicator and measure for one region (every year loaded). */
export function useRegionSeries(indicator: string | undefined, measure: string | undefined, region: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['compare', indicator, measure, region],
    enabled: Boolean(indicator && measure),
    queryFn: async () =>
      unwrap(
        await api.api.compare.$get({
          query: { indicator: indicator!, measure: measure as 'level', regions: region },
        }),
      ),
  });
}

export function useCompare(indicator: string | undefined, measure: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['compare', indicator, measure],
    enabled: Boolean(indicator && measure),
    queryFn: async () =>
      unwrap(
        await api.api.compare.$get({
          query: { indicator: indicator!, measure: measure as 'level' },
        }),
      ),
  });
}

export function useSchema() {
  const api = useApi();
  return useQuery({
    queryKey: ['schema'],
    queryFn: async () => unwrap(await api.api.schema.$get()),
  });
}

/** News that names a region: documents tagged with it, and news whose text mentions it. */
export function useRegionNews(region: string | undefined, shortName: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['news', region, shortName],
    enabled: Boolean(region && shortName),
    queryFn: async () => {
      const [tagged, mentioned] = await Promise.all([
        api.api.documents.$get({ query: { kind: 'news', region: region! } }).then(unwrap),
        api.api.search.$get({ query: { q: shortName!, kind: 'news', limit: '200' } }).then(unwrap),
      ]);
      return { tagged: tagged.documents, mentioned: mentioned.documents };
    },
  });
}

/** The facts of a set of documents (news amounts), one request per document, cached per document. */
export function useDocumentFacts(docIds: readonly string[]) {
  const api = useApi();
  return useQuery({
    queryKey: ['facts', 'docs', [...docIds].sort()],
    enabled: docIds.length > 0,
    queryFn: async () => {
      const pages = await Promise.all(
        docIds.map(async (doc_id) => unwrap(await api.api.facts.$get({ query: { doc_id, limit: '500' } }))),
      );
      return pages.flatMap((p) => p.facts);
    },
  });
}

/** What the server says of the store it serves: warnings (files skipped, a corpus not found) shown on every page. */
export function healthQuery(api: ApiClient) {
  return {
    queryKey: ['health'],
    queryFn: async () => unwrap(await api.api.health.$get()),
  };
}

export function useHealth() {
  return useQuery(healthQuery(useApi()));
}
