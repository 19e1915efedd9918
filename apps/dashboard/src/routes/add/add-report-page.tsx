/**
 * Add a report: drop a file or paste its text, see what the extractor reads in it — its documents
 * and every figure highlighted in the text — before anything is written (the extraction core runs
 * here, in the browser), then commit it with the server's token and land on the region's page,
 * where the new targets and results stand beside the old ones.
 */
import { type Fact, indicatorById } from '@gwr/domain';
import { decode, type ExtractResult, extract } from '@gwr/extract';
import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { readStoredToken, storeToken } from '../../api/token-store';
import { usePageTitle } from '../../components/use-page-title';
import { formatQuantity } from '../../format/format';
import { useI18n } from '../../i18n/i18n-context';
import { HighlightedText } from './highlighted-text';

interface Report {
  bytes: Uint8Array;
  name: string;
}

type Reading = { ok: true; result: ExtractResult; text: string } | { ok: false; reason: string };

function readReport(report: Report): Reading {
  try {
    const { text } = decode(report.bytes, report.name);
    return { ok: true, text, result: extract(text, { sourceFile: report.name }) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

export function AddReportPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('add.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [report, setReport] = useState<Report | null>(null);
  const [pasted, setPasted] = useState('');
  const [token, setToken] = useState(readStoredToken);
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  // A catalog indicator by its name in the page's language, as everywhere else on the dashboard.
  const indicatorName = (f: Fact) => {
    const info = f.indicator ? indicatorById(f.indicator) : undefined;
    return info ? (lang === 'zh' ? info.zh : info.en) : undefined;
  };
  const factCount = (n: number) => (n === 1 ? t('add.factCountOne') : t('add.factCount', { n }));
  const reading = useMemo(() => (report ? readReport(report) : null), [report]);

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    setReport({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void takeFile(event.dataTransfer.files[0]);
  };
  const commit = async () => {
    if (!report || !reading?.ok) return;
    setState({ busy: true, error: null });
    storeToken(token);
    try {
      const res = await fetch(`/api/documents?name=${encodeURIComponent(report.name)}`, {
        method: 'POST',
        body: report.bytes as BodyInit,
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      });
      const body = await res.json();
      if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
      // A new generation of the store: every cached answer may have changed.
      await queryClient.invalidateQueries();
      const doc = [...body.added, ...body.skipped][0];
      const year = doc?.kind === 'work_report' && doc.report_year ? `?year=${doc.report_year - 1}` : '';
      navigate(
        doc?.region ? `/regions/${encodeURIComponent(doc.region_code ?? doc.region)}${year}` : '/documents',
      );
    } catch (error) {
      setState({ busy: false, error: (error as Error).message });
    }
  };

  return (
    <section className="page add-report">
      <h1>{t('add.title')}</h1>
      <p className="muted">{t('add.lead')}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file input inside is the accessible way */}
      <div
        className="drop-zone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <label>
          {t('add.choose')}{' '}
          <input type="file" accept=".txt,text/plain" onChange={(e) => void takeFile(e.target.files?.[0])} />
        </label>
        <span className="muted">{t('add.drop')}</span>
      </div>
      <label className="paste">
        {t('add.paste')}
        <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={6} />
      </label>
      <button
        type="button"
        className="button button-quiet button-small"
        disabled={!pasted.trim()}
        onClick={() => setReport({ bytes: new TextEncoder().encode(pasted), name: 'pasted.txt' })}
      >
        {t('add.readPasted')}
      </button>

      {reading && !reading.ok ? (
        <p role="alert" className="error">
          {reading.reason}
        </p>
      ) : null}
      {reading?.ok ? (
        <>
          <h2>{t('add.preview')}</h2>
          <ul className="add-documents" data-testid="preview-documents">
            {reading.result.documents.map((d) => (
              <li key={d.doc_id}>
                <strong>{d.title}</strong> · {d.region ?? t('add.noRegion')} · {d.report_year ?? '—'} ·{' '}
                {t(d.kind === 'work_report' ? 'add.kind.report' : 'add.kind.news')} ·{' '}
                {factCount(reading.result.facts.filter((f) => f.doc_id === d.doc_id).length)}
              </li>
            ))}
          </ul>
          {reading.result.warnings.map((w) => (
            <p key={w} className="muted">
              {w}
            </p>
          ))}
          <div className="table-wrap">
            <table className="data" data-testid="preview-facts">
              <thead>
                <tr>
                  <th scope="col">{t('add.figure')}</th>
                  <th scope="col">{t('add.kind')}</th>
                  <th scope="col" className="num">
                    {t('add.year')}
                  </th>
                  <th scope="col" className="num">
                    {t('add.value')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {reading.result.facts.map((f) => (
                  <tr key={f.fact_id}>
                    <td>{indicatorName(f) ?? f.label ?? f.evidence.text}</td>
                    <td>{t(f.kind === 'actual' ? 'add.result' : 'add.target')}</td>
                    <td className="num">{f.year ?? '—'}</td>
                    <td className="num">{formatQuantity(f, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <HighlightedText text={reading.text} facts={reading.result.facts} />
          <div className="commit-bar">
            <label>
              {t('sql.token')}{' '}
              <input
                type="password"
                value={token}
                onChange={(e) => setToken(e.target.value)}
                autoComplete="off"
              />
            </label>
            <button
              type="button"
              className="button"
              disabled={state.busy || reading.result.documents.length === 0}
              onClick={() => void commit()}
            >
              {state.busy ? t('add.committing') : t('add.commit')}
            </button>
          </div>
          {state.error ? (
            <p role="alert" className="error">
              {state.error}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
