#!/usr/bin/env node
/**
 * The overview as a reader's browser meets it: time to the first chart on a cold visit (empty
 * cache, fresh server) on this machine, and again under Lighthouse's slow-phone profile (4× CPU
 * slowdown, "slow 4G": 150 ms RTT, 1.6 Mbps down, 750 kbps up); JavaScript and API bytes on the
 * wire; cumulative layout shift. Starts the built server (apps/api/dist/server.js) over a database
 * built from seeds/ in a temporary folder, or uses BASE_URL when set. Timings are a benchmark, not a
 * test: the machine is shared, so each profile is run `--runs` times (default 3) and the median kept.
 * Usage: node scripts/bench-browser.mjs [--runs 3] [--json]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const repo = join(new URL('.', import.meta.url).pathname, '..', '..', '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const asJson = args.includes('--json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const PROFILES = {
  'this machine': null,
  'slow phone (4× CPU, slow 4G)': {
    cpu: 4,
    latency: 150,
    down: (1.6 * 1024 * 1024) / 8,
    up: (750 * 1024) / 8,
  },
};

async function freePort() {
  return new Promise((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/** A fresh server (its response cache empty) on a fresh database, resolved once it says ready. */
async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), 'gwr-bench-web-'));
  const port = await freePort();
  const child = spawn(process.execPath, [join(repo, 'apps/api/dist/server.js')], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      GWR_DB: join(dir, 'gwr.duckdb'),
      GWR_CORPUS: join(repo, 'seeds'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((ok, fail) => {
    let out = '';
    const onData = (b) => {
      out += b;
      if (/ready/i.test(out)) ok();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`server exited ${code}: ${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop() {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function visit(browser, url, profile) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  if (profile) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.down,
      uploadThroughput: profile.up,
    });
  }
  await page.goto(url);
  await page
    .locator('[data-testid="target-result-chart"] svg.recharts-surface')
    .first()
    .waitFor({ timeout: 60_000 });
  const firstChart = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const result = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource');
    const sum = (f) => resources.filter(f).reduce((s, r) => s + r.transferSize, 0);
    return {
      js: sum((r) => r.name.endsWith('.js')),
      api: sum((r) => new URL(r.name).pathname.startsWith('/api/')),
      cls: window.__cls,
    };
  });
  await context.close();
  return { firstChart, ...result };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = process.env.BASE_URL ? null : await startServer();
const base = process.env.BASE_URL ?? server.url;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const report = {};
try {
  for (const [name, profile] of Object.entries(PROFILES)) {
    const visits = [];
    for (let i = 0; i < runs; i++) visits.push(await visit(browser, `${base}/`, profile));
    report[name] = {
      first_chart_ms: Math.round(median(visits.map((v) => v.firstChart))),
      runs_ms: visits.map((v) => Math.round(v.firstChart)),
      js_kb: +(median(visits.map((v) => v.js)) / 1024).toFixed(1),
      api_kb: +(median(visits.map((v) => v.api)) / 1024).toFixed(1),
      cls: +Math.max(...visits.map((v) => v.cls)).toFixed(3),
    };
  }
} finally {
  await browser.close();
  server?.stop();
}
if (asJson) console.log(JSON.stringify(report, null, 2));
else
  for (const [name, r] of Object.entries(report))
    console.log(
      `${name.padEnd(30)} first chart ${String(r.first_chart_ms).padStart(5)} ms (runs ${r.runs_ms.join('/')}) · JS ${r.js_kb} KB · API ${r.api_kb} KB · CLS ${r.cls}`,
    );
