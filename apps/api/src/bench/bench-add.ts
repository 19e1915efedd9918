/**
 * `pnpm bench:add`: time from committing a report (POST /api/documents) to the first request that
 * sees it, on the seed store and on a generated store of BENCH_FACTS facts (default 1,000,000).
 * Each round adds a different ~20 KB report (a 2019 report of a seed county, restated until 20 KB
 * with one figure changed per round so no two are the same document) through the real route, and
 * polls the scorecard until the new result shows. Prints p50 and max per store.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '@gwr/extract/node';
import { Generation, Generations } from '../generation.js';
import { ReportIntake } from '../report-intake.js';
import { SEED_DIR } from '../testing/seed-database.js';
import { generateDatabase } from './generate-database.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const FACTS = Number(process.env.BENCH_FACTS ?? 1_000_000);
const TOKEN = 'bench';

/** A ~20 KB report of 庆元县 for 2019 whose 2018 GDP growth is `growth`. */
function report(growth: number): string {
  const review = '过去一年,全县上下团结一心,各项事业稳步推进,改革开放不断深化,民生保障持续改善。';
  const lines = [
    '2019年庆元县人民政府工作报告',
    '各位代表:现在,我代表县人民政府向大会报告工作,请予审议。',
    '一、2018年工作回顾',
    `过去一年,全县地区生产总值增长${growth.toFixed(2)}%,一般公共预算收入增长6.2%。`,
  ];
  while (lines.join('\n').length < 20_000 / 3) lines.push(review);
  lines.push('二、2019年主要目标', '今年的主要预期目标是:地区生产总值增长7%左右。');
  return lines.join('\n');
}

async function benchStore(label: string, dbPath: string): Promise<void> {
  let number = 1;
  const open = () =>
    Generation.open(dbPath, { threads: 2, memoryLimit: '1GB' }, { intake, apiTokens: [TOKEN] });
  const intake: ReportIntake = new ReportIntake({
    dbPath,
    addedDir: join(dbPath, '..', 'added-reports'),
    swapIn: async () => {
      await generations.swap(await open());
      return ++number;
    },
    generation: () => number,
  });
  const generations = new Generations(await open());
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const growth = 7 + round / 100 + 0.001;
    const body = new TextEncoder().encode(report(growth));
    const started = performance.now();
    const res = await generations.fetch(
      new Request('http://bench/api/documents', {
        method: 'POST',
        body,
        headers: { Authorization: `Bearer ${TOKEN}` },
      }),
    );
    if (res.status !== 201) throw new Error(`commit answered ${res.status}: ${await res.text()}`);
    for (;;) {
      const card = (await (
        await generations.fetch(new Request('http://bench/api/scorecard?region=331126&year=2018'))
      ).json()) as { rows: { indicator: string; measure: string; result: { value: number } | null }[] };
      const gdp = card.rows.find((r) => r.indicator === 'gdp' && r.measure === 'growth_pct');
      if (gdp?.result && Math.abs(gdp.result.value - Number(growth.toFixed(2))) < 1e-9) break;
    }
    times.push(performance.now() - started);
  }
  await generations.close();
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(times.length / 2)]!;
  console.log(
    `${label}: commit to visible p50 ${Math.round(p50)} ms, max ${Math.round(times.at(-1)!)} ms (${ROUNDS} reports of ${Math.round(report(7).length / 1000)}k characters)`,
  );
}

const dir = await mkdtemp(join(tmpdir(), 'gwr-bench-add-'));
try {
  const seedPath = join(dir, 'seed', 'gwr.duckdb');
  await buildDatabase({ inputs: [SEED_DIR], dbPath: seedPath });
  await benchStore('seed store', seedPath);
  const bigPath = join(dir, 'big', 'gwr.duckdb');
  await mkdir(join(dir, 'big'));
  const generated = await generateDatabase(bigPath, FACTS);
  await benchStore(`${generated.facts.toLocaleString('en')}-fact store`, bigPath);
} finally {
  await rm(dir, { recursive: true, force: true });
}
