/**
 * React Query hooks over the typed client, one per endpoint. Query keys start with the endpoint
 * name so a page and the evidence panel share cached answers (a document opened for evidence is
 * already loaded when the reader opens).
 */
import { useQuery } from '@tanstack/react-query';
import { useApi } from './api-context';
import { unwrap } from './api-error';

export function useDocuments() {
  const api = useApi();
  return useQuery({
    queryKey: ['documents'],
    queryFn: async () => unwrap(await api.api.documents.$get({ query: {} })),
  });
}

export function useDocument(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['document', id],
    enabled: Boolean(id),
    queryFn: async () => unwrap(await api.api.documents[':id'].$get({ param: { id: id! } })),
  });
}
