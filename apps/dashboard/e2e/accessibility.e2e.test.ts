/**
 * Automated accessibility audit (axe-core, WCAG 2 A/AA rules) of every page on the real server,
 * in Chinese and English. Serious and critical violations fail; the rest are printed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseLanguage, launchBrowser, openPage } from './browser.js';

const baseUrl = inject('baseUrl');
/** The overview as its reader uses it: hydrated, its charts handed to Recharts (server-render.tsx). */
const LIVE_CHART = '[data-testid="target-result-chart"] svg.recharts-surface';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let page: Page;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

async function audit(path: string, ready: string): Promise<Violation[]> {
  await page.goto(`${baseUrl}${path}`);
  await page.locator(ready).first().waitFor();
  // Evaluated through the DevTools protocol: the dashboard's Content-Security-Policy rightly blocks
  // the inline script addScriptTag would insert.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  for (const v of violations)
    console.log(
      `${path}: ${v.impact} ${v.id} — ${v.help} (${v.nodes.length}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
    );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function firstWorkReport(): Promise<{ doc_id: string; region: string }> {
  const res = await fetch(`${baseUrl}/api/documents?kind=work_report`);
  const body = (await res.json()) as { documents: { doc_id: string; region: string }[] };
  return body.documents[0]!;
}

describe('accessibility (axe-core)', () => {
  it('overview', async () => {
    expect(await audit('/', LIVE_CHART)).toEqual([]);
  });
  it('region page', async () => {
    const { region } = await firstWorkReport();
    expect(await audit(`/regions/${encodeURIComponent(region)}`, '[data-testid="scorecard-table"]')).toEqual(
      [],
    );
  });
  it('indicator page', async () => {
    expect(await audit('/indicators/gdp?measure=growth_pct', '[data-testid="compare-table"]')).toEqual([]);
  });
  it('documents and reader', async () => {
    expect(await audit('/documents', '[data-testid="document-list"]')).toEqual([]);
    const { doc_id } = await firstWorkReport();
    expect(
      await audit(`/documents/${encodeURIComponent(doc_id)}`, '[data-testid="reader-text"] mark'),
    ).toEqual([]);
  });
  it('SQL console with a result', async () => {
    expect(
      await audit(
        `/sql?q=${encodeURIComponent('SELECT * FROM v_documents')}`,
        '[data-testid="result-table"] tbody tr',
      ),
    ).toEqual([]);
  });
  it('overview in English', async () => {
    await chooseLanguage(page.context(), baseUrl, 'en');
    expect(await audit('/', LIVE_CHART)).toEqual([]);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await chooseLanguage(page.context(), baseUrl, 'zh');
  });

  it('search, data and a region not found', async () => {
    expect(
      await audit(`/search?q=${encodeURIComponent('地区生产总值')}`, '[data-testid="search-facts"]'),
    ).toEqual([]);
    expect(await audit('/data', '[data-testid="dictionary"]')).toEqual([]);
    expect(await audit('/regions/999999', '[data-testid="region-not-found"]')).toEqual([]);
  });

  it('a phone, in English', async () => {
    const phone = await openPage(browser, 390, 844);
    const previous = page;
    page = phone;
    try {
      await chooseLanguage(page.context(), baseUrl, 'en');
      const { region } = await firstWorkReport();
      expect(await audit('/', LIVE_CHART)).toEqual([]);
      expect(
        await audit(`/regions/${encodeURIComponent(region)}`, '[data-testid="scorecard-table"]'),
      ).toEqual([]);
      expect(await audit('/indicators/gdp?measure=growth_pct', '[data-testid="ranking"]')).toEqual([]);
    } finally {
      page = previous;
      await phone.context().close();
    }
  });

  it('evidence panel', async () => {
    const res = await fetch(`${baseUrl}/api/facts?kind=actual&limit=1`);
    const fact = ((await res.json()) as { facts: { fact_id: string; doc_id: string }[] }).facts[0]!;
    const path = `/?evidence=${encodeURIComponent(fact.fact_id)}&evidenceDoc=${encodeURIComponent(fact.doc_id)}`;
    expect(await audit(path, '[data-testid="evidence-quote"]')).toEqual([]);
  });
});
