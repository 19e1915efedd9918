/**
 * Starts the overview's requests as soon as navigation begins, in parallel with downloading the
 * page's code, instead of after it renders: the work reports, then every region's scorecard.
 * The page's own queries pick up these in-flight requests (same keys).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { scorecardQuery, sharesQuery, workReportsQuery } from '../../api/queries';

export async function prefetchOverview(queryClient: QueryClient, api: ApiClient): Promise<void> {
  void queryClient.prefetchQuery(sharesQuery(api));
  const reports = await queryClient.fetchQuery(workReportsQuery(api));
  const seen = new Set<string>();
  await Promise.all(
    reports.documents.flatMap((doc) => {
      if (!doc.region || seen.has(doc.region)) return [];
      seen.add(doc.region);
      const year = doc.report_year != null ? doc.report_year - 1 : null;
      return [queryClient.prefetchQuery(scorecardQuery(api, doc.region, year))];
    }),
  );
}
