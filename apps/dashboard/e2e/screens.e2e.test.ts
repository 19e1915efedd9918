/**
 * Every page as a leader and an analyst meet it: at 1440 px and at 390 px (a phone), in Chinese and
 * in English. Each view must fit its width (no sideways scrolling of the page), hold still while it
 * loads (cumulative layout shift under 0.1), name regions in English when English is chosen, and
 * never draw two units on one axis. Screenshots of each go to screenshots/ for people to look at.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { englishRegionName, type RegionPinyin } from '@gwr/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseLanguage, launchBrowser, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
const pinyin = JSON.parse(
  await readFile(createRequire(import.meta.url).resolve('@gwr/domain/region-pinyin.json'), 'utf8'),
) as RegionPinyin;
const HAN = /[\u3400-\u9fff]/;
let browser: Browser;

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${baseUrl}${path}`)).json()) as T;
}

interface View {
  name: string;
  path: string;
  /** What is on screen once the page has its data. */
  ready: string;
}

let views: View[];

beforeAll(async () => {
  browser = await launchBrowser();
  const reports = await api<{ documents: { doc_id: string; region_code: string }[] }>(
    '/api/documents?kind=work_report',
  );
  const report = reports.documents[0]!;
  views = [
    { name: 'overview', path: '/', ready: '[data-testid="target-result-chart"] svg.recharts-surface' },
    { name: 'region', path: `/regions/${report.region_code}`, ready: '[data-testid="scorecard-table"]' },
    { name: 'regions', path: '/regions', ready: '.doc-list' },
    { name: 'indicator', path: '/indicators/gdp?measure=growth_pct', ready: '[data-testid="ranking"]' },
    {
      name: 'indicator-investment',
      path: '/indicators/project_investment?measure=level',
      ready: '[data-testid="compare-table"]',
    },
    { name: 'documents', path: '/documents', ready: '[data-testid="document-list"]' },
    { name: 'reader', path: `/documents/${report.doc_id}`, ready: '[data-testid="reader-text"] mark' },
    {
      name: 'sql',
      path: `/sql?q=${encodeURIComponent('SELECT * FROM v_documents')}`,
      ready: '[data-testid="result-table"] tbody tr',
    },
    {
      name: 'search',
      path: `/search?q=${encodeURIComponent('地区生产总值')}`,
      ready: '[data-testid="search-facts"]',
    },
    { name: 'data', path: '/data', ready: '[data-testid="dictionary"]' },
    { name: 'add', path: '/add', ready: '[data-testid="drop-zone"]' },
    { name: 'not-found-region', path: '/regions/999999', ready: '[data-testid="region-not-found"]' },
  ];
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** A fresh page at a width, in a language, that adds up its layout shifts from the first paint. */
async function open(width: number, lang: 'zh' | 'en'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: width < 500 ? 844 : 900 },
    locale: 'zh-CN',
  });
  await chooseLanguage(context, baseUrl, lang);
  await context.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Every unit drawn on a chart's bars is the chart's own. */
async function chartUnits(page: Page): Promise<{ chart: string; unit: string; bars: string[] }[]> {
  return page.locator('[data-testid="target-result-chart"]').evaluateAll((charts) =>
    charts.map((c) => ({
      chart: c.getAttribute('data-title') ?? '',
      unit: c.getAttribute('data-unit') ?? '',
      bars: Array.from(c.querySelectorAll('.chart-bar'), (b) => b.getAttribute('data-unit') ?? ''),
    })),
  );
}

for (const lang of ['zh', 'en'] as const) {
  for (const width of [1440, 390]) {
    describe(`every page at ${width} px in ${lang === 'zh' ? 'Chinese' : 'English'}`, () => {
      it('fits the width, holds still while loading, one unit per chart axis', async () => {
        const page = await open(width, lang);
        try {
          for (const view of views) {
            await page.goto(`${baseUrl}${view.path}`);
            await page.locator(view.ready).first().waitFor();
            // Charts and late parts (news, commitments) settle.
            await page.waitForLoadState('networkidle');
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - window.innerWidth,
            );
            expect(overflow, `${view.name} scrolls sideways`).toBeLessThanOrEqual(0);
            const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
            expect(cls, `${view.name} shifts while loading`).toBeLessThan(0.1);
            for (const chart of await chartUnits(page)) {
              expect(chart.unit, chart.chart).not.toBe('');
              for (const unit of chart.bars) expect(unit, chart.chart).toBe(chart.unit);
            }
            await screenshot(page, `${view.name}-${width}-${lang}`, width > 500);
          }
        } finally {
          await page.context().close();
        }
      }, 180_000);
    });
  }
}

describe('English', () => {
  it('names every region in pinyin with its level, on cards, charts, tables and titles', async () => {
    const page = await open(1440, 'en');
    try {
      const overview = await api<{ regions: { region: { name: string; code: string } }[] }>('/api/overview');
      await page.goto(`${baseUrl}/`);
      await page.locator('[data-testid="target-result-chart"] svg.recharts-surface').first().waitFor();
      const titles = await page.locator('[data-testid="region-card"] h3 a:first-child').allTextContents();
      expect(titles.sort()).toEqual(
        overview.regions.map((r) => englishRegionName(r.region.name, pinyin)).sort(),
      );
      // One name checked literally, so a wrong rule cannot pass by agreeing with itself.
      expect(titles).toContain('Qingyuan County');
      const ticks = await page.locator('.recharts-cartesian-axis-tick text').allTextContents();
      expect(ticks.filter((t) => HAN.test(t))).toEqual([]);
      const regionCells = await page
        .locator('[data-testid="target-table"] tbody td:nth-child(3)')
        .allTextContents();
      expect(regionCells.filter((t) => HAN.test(t))).toEqual([]);
      expect(await page.getByTestId('answer').textContent()).not.toMatch(HAN);
      const qingyuan = overview.regions.find((r) => r.region.name === '庆元县')!;
      await page.goto(`${baseUrl}/regions/${qingyuan.region.code}`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Qingyuan County');
      await expect(page.title()).resolves.toMatch(/^Qingyuan County · /);
      // Counts agree with their nouns.
      await page.goto(`${baseUrl}/documents`);
      const meta = (await page.getByTestId('document-list').textContent()) ?? '';
      expect(meta).not.toMatch(/\b1 figures\b/);
      expect(meta).not.toMatch(/\b0 figure\b/);
    } finally {
      await page.context().close();
    }
  });
});
