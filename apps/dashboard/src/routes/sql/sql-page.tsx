/**
 * SQL console for analysts: editor, schema, examples, a virtualised result and CSV download.
 * The query text lives in the URL (`?q=`), so a query can be shared as a link; errors are shown
 * exactly as the API returns them.
 */

import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context';
import { unwrap } from '../../api/api-error';
import { useSchema } from '../../api/queries';
import { readStoredToken, storeToken } from '../../api/token-store';
import { ErrorState, QueryView, Skeleton } from '../../components/states';
import { usePageTitle } from '../../components/use-page-title';
import { VirtualTable } from '../../components/virtual-table';
import { downloadCsv } from '../../export/csv';
import { formatNumber } from '../../format/format';
import { useI18n } from '../../i18n/i18n-context';
import { EXAMPLE_QUERIES } from './examples';
import { SchemaTree } from './schema-tree';
import { SqlEditor } from './sql-editor';

/** Rows asked for: the virtualised table shows this many smoothly; the server caps it anyway. */
const MAX_ROWS = 10_000;
export function SqlPage() {
  const { t, lang } = useI18n();
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(() => params.get('q') ?? EXAMPLE_QUERIES[0]!.sql);
  const schemaQuery = useSchema();
  usePageTitle(t('sql.title'));
  // A server started with API_TOKEN asks for it on /api/sql as a bearer token.
  const [token, setToken] = useState(readStoredToken);
  const run = useMutation({
    mutationFn: async (sql: string) =>
      unwrap(
        await api.api.sql.$post(
          { query: {}, json: { sql, max_rows: MAX_ROWS } },
          token ? { headers: { Authorization: `Bearer ${token}` } } : undefined,
        ),
      ),
  });
  const textRef = useRef(text);
  textRef.current = text;

  const execute = useCallback(() => {
    const sql = textRef.current.trim();
    if (!sql) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('q', sql);
        return next;
      },
      { replace: true },
    );
    run.mutate(sql);
  }, [run.mutate, setParams]);

  // A shared link runs its query on arrival.
  const ranOnLoad = useRef(false);
  useEffect(() => {
    if (!ranOnLoad.current && params.get('q')) {
      ranOnLoad.current = true;
      execute();
    }
  }, [params, execute]);

  const completion = useMemo(() => {
    const out: Record<string, string[]> = {};
    for (const table of schemaQuery.data?.tables ?? []) out[table.name] = table.columns.map((c) => c.name);
    return out;
  }, [schemaQuery.data]);

  const result = run.data;
  return (
    <section className="page">
      <div className="page-header">
        <h1>{t('sql.title')}</h1>
        <label className="toolbar">
          {t('sql.examples')}
          {/* Shows the example in the editor while its text is unchanged (a reload keeps it: ?q=). */}
          <select
            value={EXAMPLE_QUERIES.find((q) => q.sql.trim() === text.trim())?.id ?? ''}
            data-testid="sql-examples"
            onChange={(e) => {
              const example = EXAMPLE_QUERIES.find((q) => q.id === e.target.value);
              if (example) setText(example.sql);
            }}
          >
            <option value="">{t('sql.ownQuery')}</option>
            {EXAMPLE_QUERIES.map((q) => (
              <option key={q.id} value={q.id}>
                {q.title[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="sql">
        <div>
          <SqlEditor
            value={text}
            onChange={setText}
            onRun={execute}
            schema={completion}
            label={t('sql.editor')}
          />
          <div className="toolbar">
            <button type="button" className="button" onClick={execute} disabled={run.isPending}>
              ▶ {t('sql.run')}
            </button>
            <span className="card-meta">{t('sql.runHint')}</span>
            <label className="card-meta">
              {t('sql.token')}{' '}
              <input
                type="password"
                autoComplete="off"
                value={token}
                placeholder={t('sql.tokenHint')}
                data-testid="sql-token"
                onChange={(e) => {
                  setToken(e.target.value);
                  storeToken(e.target.value);
                }}
              />
            </label>
            {result ? (
              <>
                <span role="status" data-testid="sql-status">
                  {t('sql.rows', { n: formatNumber(result.rows.length, lang) })} ·{' '}
                  {t('sql.elapsed', { ms: formatNumber(result.elapsed_ms, lang, 1) })}
                  {result.truncated ? ` · ${t('sql.truncated')}` : ''}
                </span>
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() =>
                    downloadCsv(
                      'query.csv',
                      result.columns.map((c) => c.name),
                      result.rows,
                    )
                  }
                >
                  ⤓ {t('sql.download')}
                </button>
              </>
            ) : null}
          </div>
        </div>
        <aside className="sql-schema" aria-label={t('sql.schema')}>
          <h2>{t('sql.schema')}</h2>
          <QueryView query={schemaQuery} skeleton={<Skeleton lines={6} />}>
            {(schema) => (
              <SchemaTree
                schema={schema}
                onInsert={(name) => setText((s) => `${s}${s.endsWith(' ') ? '' : ' '}${name}`)}
              />
            )}
          </QueryView>
        </aside>
        <div className="sql-result">
          {/* As tall as the result table, so the result takes its place without a jump. */}
          {run.isPending ? <Skeleton height={420} /> : null}
          {run.isError ? <ErrorState error={run.error} onRetry={execute} title={t('sql.error')} /> : null}
          {result && !run.isPending ? (
            result.rows.length ? (
              <VirtualTable columns={result.columns} rows={result.rows} label={t('sql.title')} />
            ) : (
              <div className="state state-empty">{t('sql.noRows')}</div>
            )
          ) : null}
        </div>
      </div>
    </section>
  );
}
