/**
 * Regions ranked on one indicator for one year, a table per administrative level (a district is
 * not ranked against a city), each region with its parent; sortable by result, target or gap.
 * Ranks follow the indicator's direction: for PM2.5 the lowest result ranks first.
 */
import { useMemo } from 'react';
import type { Compare } from '../../api/types';
import { FigureButton } from '../../components/figure-button';
import { ScrollTable } from '../../components/scroll-table';
import { SortHeader } from '../../components/sort-header';
import { type SortKeys, useSorting } from '../../components/sortable';
import { StatusBadge } from '../../components/status-badge';
import { formatDelta } from '../../format/format';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';

type Entry = {
  region: string;
  code: string | null;
  parent: string | null;
  series: Compare['regions'][number]['series'][number];
};

const LEVELS = ['province', 'prefecture', 'county', 'national'] as const;

interface Props {
  data: Compare;
  year: number;
  parents: Map<string, string | null>;
}

export function Ranking({ data, year, parents }: Props) {
  const { t } = useI18n();
  const byLevel = LEVELS.map((level) => ({
    level,
    entries: data.regions.flatMap((r) => {
      const series = r.series.find((s) => s.year === year);
      return (r.level ?? 'county') === level && series
        ? [
            {
              region: r.region,
              code: r.region_code,
              parent: parents.get(`${r.region}|${r.region_code}`) ?? null,
              series,
            },
          ]
        : [];
    }),
  })).filter((g) => g.entries.length);
  return (
    <section aria-labelledby="ranking-title" data-testid="ranking">
      <h2 id="ranking-title">{t('indicator.ranking', { year })}</h2>
      {byLevel.map((g) => (
        <LevelRanking
          key={g.level}
          level={g.level}
          entries={g.entries}
          direction={data.indicator.direction}
        />
      ))}
    </section>
  );
}

function LevelRanking({ level, entries, direction }: { level: string; entries: Entry[]; direction: string }) {
  const { t, lang, region } = useI18n();
  const better = direction === 'higher' ? -1 : 1;
  const keys = useMemo<SortKeys<Entry>>(
    () => ({
      name: (e) => (lang === 'zh' ? e.region : region(e.region)),
      parent: (e) => (lang === 'zh' ? e.parent : region(e.parent)),
      result: (e) => e.series.result?.value,
      target: (e) => e.series.target?.value_max ?? e.series.target?.value,
      gap: (e) => e.series.gap,
    }),
    [lang, region],
  );
  // Best first by default: the highest result, or the lowest for a lower-is-better indicator.
  const { sorted, sorting, toggle } = useSorting(entries, keys, { key: 'result', descending: better < 0 });
  const header = (id: string, label: string, numeric = false) => (
    <SortHeader id={id} sorting={sorting} onSort={toggle} numeric={numeric}>
      {label}
    </SortHeader>
  );
  return (
    <>
      <h3>{t(`level.${level}.plural` as MessageKey)}</h3>
      <ScrollTable>
        <table className="data" data-testid={`ranking-${level}`}>
          <caption className="visually-hidden">{t(`level.${level}.plural` as MessageKey)}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              {header('name', t('fact.region'))}
              {header('parent', t('region.parent'))}
              {header('result', t('chart.result'), true)}
              {header('target', t('chart.target'), true)}
              {header('gap', t('scorecard.gap'), true)}
              <th scope="col">{t('status.label')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((e, i) => (
              <tr key={`${e.region}|${e.code}`} data-region={e.region}>
                <td className="num">{i + 1}</td>
                <th scope="row">{region(e.region)}</th>
                <td>{e.parent ? region(e.parent) : '—'}</td>
                <td className="num">
                  <FigureButton fact={e.series.result} context={`${region(e.region)} ${t('chart.result')}`} />
                </td>
                <td className="num">
                  <FigureButton fact={e.series.target} context={`${region(e.region)} ${t('chart.target')}`} />
                </td>
                <td className="num">
                  {e.series.gap != null ? formatDelta(e.series.gap, e.series.result?.unit ?? '%', lang) : '—'}
                </td>
                <td>
                  <StatusBadge status={e.series.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
