/**
 * The whole dataset for download — every fact as CSV and Parquet, the DuckDB file — and the data
 * dictionary of the facts' columns, so an analyst can take the data elsewhere and read it right.
 */
import { useDownloads } from '../../api/queries';
import { QueryView, Skeleton } from '../../components/states';
import { ScrollTable } from '../../components/scroll-table';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../format/format';
import { useI18n } from '../../i18n/i18n-context';

export function DataPage() {
  const { t, lang } = useI18n();
  const downloads = useDownloads();
  usePageTitle(t('data.title'));
  return (
    <section className="page" data-testid="data-page">
      <h1>{t('data.title')}</h1>
      <QueryView query={downloads} skeleton={<Skeleton lines={10} />}>
        {(data) => (
          <>
            <p className="page-sub">
              {t('data.intro')}
              {data.built_at ? ` · ${t('data.built', { date: formatDate(data.built_at, lang) })}` : ''}
            </p>
            <ul className="doc-list" data-testid="downloads">
              {data.files.map((f) => (
                <li key={f.name}>
                  <a href={f.url} download={f.name}>
                    ⤓ {f.name}
                  </a>{' '}
                  <span className="card-meta">
                    {f.format} · {t(`data.file.${f.name}` as 'data.file.facts.csv')}
                  </span>
                </li>
              ))}
            </ul>
            <h2>{t('data.dictionary', { table: data.dictionary.table })}</h2>
            <ScrollTable>
              <table className="data" data-testid="dictionary">
                <caption className="visually-hidden">{t('data.dictionary', { table: data.dictionary.table })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('data.column')}</th>
                    <th scope="col">{t('data.type')}</th>
                    <th scope="col">{t('data.meaning')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.dictionary.columns.map((c) => (
                    <tr key={c.name}>
                      <th scope="row">
                        <code>{c.name}</code>
                      </th>
                      <td>
                        <code>{c.type}</code>
                      </td>
                      <td lang="en">{c.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </>
        )}
      </QueryView>
    </section>
  );
}
