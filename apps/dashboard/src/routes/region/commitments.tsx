/**
 * Every commitment (target) of the region's work reports, under the report's own section titles
 * (main targets, tasks, 十件大事, 民生实事), searchable with `?q=` (kept in the URL).
 */
import { useQueries } from '@tanstack/react-query';
import { type ReactNode, useDeferredValue } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context';
import { documentQuery, useRegionReports } from '../../api/queries';
import type { DocumentDetail, FactRow } from '../../api/types';
import { FigureButton } from '../../components/figure-button';
import { EmptyState, ErrorState, Skeleton } from '../../components/states';
import { indicatorName } from '../../format/fact-text';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';
import { groupCommitments } from './commitment-groups';

export function Commitments({ region }: { region: string }) {
  const { t } = useI18n();
  const api = useApi();
  const reports = useRegionReports(region);
  const details = useQueries({ queries: (reports.data ?? []).map((d) => documentQuery(api, d.doc_id)) });
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const deferred = useDeferredValue(q);
  const failed = reports.isError ? reports : details.find((d) => d.isError);
  let body: ReactNode;
  if (failed) body = <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  else if (reports.isPending || details.some((d) => d.isPending)) body = <Skeleton lines={6} />;
  else if (!details.length) body = <EmptyState>{t('region.noReport')}</EmptyState>;
  else
    body = (
      <CommitmentList details={details.map((d) => d.data!)} q={deferred} multiple={details.length > 1} />
    );
  return (
    <section aria-labelledby="commitments-title">
      <div className="page-header">
        <h2 id="commitments-title">{t('region.commitments')}</h2>
        <input
          type="search"
          value={q}
          placeholder={t('region.search')}
          aria-label={t('region.search')}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.target.value) next.set('q', e.target.value);
            else next.delete('q');
            setParams(next, { replace: true, preventScrollReset: true });
          }}
        />
      </div>
      {body}
    </section>
  );
}

function matches(f: FactRow, q: string): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return [f.evidence.text, f.label, f.indicator_zh, f.indicator_en].some((s) =>
    s?.toLowerCase().includes(needle),
  );
}

function CommitmentList({
  details,
  q,
  multiple,
}: {
  details: DocumentDetail[];
  q: string;
  multiple: boolean;
}) {
  const { t, lang } = useI18n();
  const groups = details.flatMap((detail) =>
    groupCommitments(detail, (f) => matches(f, q)).map((g) => ({ ...g, doc: detail.document })),
  );
  if (!groups.length) return <div className="state state-empty">{t('state.empty')}</div>;
  return (
    <div className="commitments" data-testid="commitments">
      {groups.map((g) => (
        // Main targets open; long task lists open on demand, or when a search narrows them.
        <details
          key={`${g.doc.doc_id}|${g.key}`}
          className="commitment-group"
          open={g.kind === 'targets' || Boolean(q)}
          data-section-kind={g.kind}
        >
          <summary>
            {multiple && g.doc.report_year ? `${g.doc.report_year} · ` : ''}
            {g.section?.title || t(`section.${g.kind}` as MessageKey)}{' '}
            <span className="card-meta">
              {t(`section.${g.kind}` as MessageKey)} · {t('region.commitmentsCount', { n: g.facts.length })}
            </span>
          </summary>
          <ul className="commitment-list">
            {g.facts.map((f) => (
              <li key={f.fact_id}>
                <FigureButton fact={f} context={indicatorName(f, lang)} />{' '}
                <span className="card-meta">{indicatorName(f, lang)}</span>
                <div lang="zh-CN">{highlight(f.evidence.text, q)}</div>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

function highlight(text: string, q: string) {
  if (!q) return text;
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + q.length)}</mark>
      {text.slice(at + q.length)}
    </>
  );
}
