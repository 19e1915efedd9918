/**
 * Every commitment (target) the region's report states, grouped by the part of the report it comes
 * from — main targets, tasks, the appendix of 十件大事 / 民生实事 — and searchable (`?q=`).
 */
import { useDeferredValue } from 'react';
import { useSearchParams } from 'react-router';
import { useRegionFacts } from '../../api/queries';
import type { FactRow } from '../../api/types';
import { FigureButton } from '../../components/figure-button';
import { QueryView, Skeleton } from '../../components/states';
import { indicatorName } from '../../format/fact-text';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';

const SECTION_ORDER = ['targets', 'tasks', 'appendix', 'review', 'preamble', 'closing', 'body'];

export function Commitments({ region }: { region: string }) {
  const { t } = useI18n();
  const facts = useRegionFacts(region);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const deferred = useDeferredValue(q);
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
      <QueryView
        query={facts}
        skeleton={<Skeleton lines={6} />}
        isEmpty={(d) => !d.facts.some((f) => f.kind === 'target')}
        empty={t('state.noFacts')}
      >
        {(data) => <CommitmentGroups facts={data.facts} q={deferred} />}
      </QueryView>
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

function CommitmentGroups({ facts, q }: { facts: FactRow[]; q: string }) {
  const { t, lang } = useI18n();
  const targets = facts.filter((f) => f.kind === 'target' && matches(f, q));
  const groups = SECTION_ORDER.map((section) => ({
    section,
    items: targets.filter((f) => f.section === section),
  })).filter((g) => g.items.length);
  if (!groups.length) return <div className="state state-empty">{t('state.empty')}</div>;
  return (
    <div className="commitments" data-testid="commitments">
      {groups.map((g, i) => (
        // The main targets open; the long task lists open on demand or when a search narrows them.
        <details key={g.section} className="commitment-group" open={i === 0 || Boolean(q)}>
          <summary>
            {t(`section.${g.section}` as MessageKey)}{' '}
            <span className="card-meta">{t('region.commitmentsCount', { n: g.items.length })}</span>
          </summary>
          <ul className="commitment-list">
            {g.items.map((f) => (
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
