#!/usr/bin/env node
/**
 * The overview as a reader's browser meets it: time to the first chart on a cold visit, on this
 * machine and again under Lighthouse's slow-phone profile; JavaScript and API bytes on the wire;
 * cumulative layout shift.
 *
 * Cold means nothing warm anywhere: every visit gets a new browser context (empty HTTP cache) and a
 * newly started server (empty response cache, DuckDB never queried) over a database built from seeds/
 * in a temporary folder. With BASE_URL set, that server is used instead and only the browser is cold.
 *
 * "First chart" is the moment the first chart of the overview has its bars in the document and the
 * browser has had a frame to paint them, read from the page's own clock (performance.now(), zero at
 * navigation start) by an observer installed before any script of the page runs: no polling delay.
 * The server draws the landing page's charts into its HTML (apps/dashboard/src/server-render.tsx,
 * charts/static-plot.tsx), so the first chart may be the server's drawing; "live chart" is the
 * moment Recharts has drawn the first chart in the browser, hydrated, with its tooltip.
 *
 * The slow profile is Lighthouse's "slow 4G" mobile profile as applied through the DevTools protocol
 * (Lighthouse's `devtools` throttling, lighthouse/core/config/constants.js): 4× CPU slowdown
 * (Emulation.setCPUThrottlingRate) and Network.emulateNetworkConditions with 562.5 ms latency per
 * request (the 150 ms RTT × 3.75, since DevTools adds latency per request, not per round trip of a
 * connection as Lighthouse's simulation does), 1.44 Mbps down and 675 kbps up (1.6 Mbps and 750 kbps
 * × 0.9, in Lighthouse's units of 1024 kbit: 188,744 B/s down). Chrome DevTools' own "Slow 4G" preset
 * has the same latency and 5% less throughput (180,000 B/s down). Passing 150 ms straight to
 * DevTools, as this script once did, emulates a much faster network than the profile names.
 *
 * Timings are a benchmark, not a test: the machine is shared, so each profile is run `--runs` times
 * (default 5) and the median kept, with every run and the load average printed beside it.
 * Usage: node scripts/bench-browser.mjs [--runs 5] [--json]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const repo = join(new URL('.', import.meta.url).pathname, '..', '..', '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const asJson = args.includes('--json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** DevTools applies latency per request: Lighthouse scales its round-trip time and throughput so. */
const DEVTOOLS_RTT_FACTOR = 3.75;
const DEVTOOLS_THROUGHPUT_FACTOR = 0.9;
const kbps = (k) => (k * 1024) / 8; // bytes per second, as the protocol wants them

const PROFILES = {
  'this machine': null,
  'slow phone (4× CPU, slow 4G)': {
    cpu: 4,
    latency: 150 * DEVTOOLS_RTT_FACTOR,
    down: kbps(1.6 * 1024 * DEVTOOLS_THROUGHPUT_FACTOR),
    up: kbps(750 * DEVTOOLS_THROUGHPUT_FACTOR),
  },
};

/** The first chart with its bars drawn (each bar of ours is a `.chart-bar`, see bar-shape.tsx). */
const FIRST_CHART = '[data-testid="target-result-chart"] svg .chart-bar';
/** The same drawn by Recharts in the browser. */
const LIVE_CHART = '[data-testid="target-result-chart"] svg.recharts-surface .chart-bar';

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
  await context.addInitScript(
    ([first, live]) => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // The first chart's bars are in the document: the time is taken once the next frame has been
      // painted (a message posted from the frame's animation callback is handled right after its paint,
      // before work the page scheduled later, such as the next chart's turn).
      const whenPainted = (selector, name) => {
        const seen = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          seen.disconnect();
          requestAnimationFrame(() => {
            const painted = new MessageChannel();
            painted.port1.onmessage = () => {
              window[name] = performance.now();
            };
            painted.port2.postMessage(null);
          });
        });
        seen.observe(document, { childList: true, subtree: true });
      };
      whenPainted(first, '__firstChart');
      whenPainted(live, '__liveChart');
    },
    [FIRST_CHART, LIVE_CHART],
  );
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
  const firstChart = await (
    await page.waitForFunction(() => window.__firstChart, null, { timeout: 60_000 })
  ).jsonValue();
  const liveChart = await (
    await page.waitForFunction(() => window.__liveChart, null, { timeout: 60_000 })
  ).jsonValue();
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
  return { firstChart, liveChart, ...result };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
/** One cold visit: a server of its own (unless BASE_URL), stopped afterwards. */
async function coldVisit(profile) {
  const server = process.env.BASE_URL ? null : await startServer();
  try {
    return await visit(browser, `${process.env.BASE_URL ?? server.url}/`, profile);
  } finally {
    server?.stop();
  }
}

const report = {};
try {
  for (const [name, profile] of Object.entries(PROFILES)) {
    const visits = [];
    const load = [];
    for (let i = 0; i < runs; i++) {
      visits.push(await coldVisit(profile));
      load.push(loadavg()[0]);
    }
    const times = visits.map((v) => Math.round(v.firstChart));
    const live = visits.map((v) => Math.round(v.liveChart));
    report[name] = {
      first_chart_ms: Math.round(median(times)),
      runs_ms: times,
      live_chart_ms: Math.round(median(live)),
      live_runs_ms: live,
      spread_ms: [Math.min(...times), Math.max(...times)],
      load_1min: [Math.min(...load), Math.max(...load)].map((l) => +l.toFixed(2)),
      js_kb: +(median(visits.map((v) => v.js)) / 1024).toFixed(1),
      api_kb: +(median(visits.map((v) => v.api)) / 1024).toFixed(1),
      cls: +Math.max(...visits.map((v) => v.cls)).toFixed(3),
    };
  }
} finally {
  await browser.close();
}
if (asJson) console.log(JSON.stringify(report, null, 2));
else
  for (const [name, r] of Object.entries(report))
    console.log(
      `${name.padEnd(30)} first chart ${String(r.first_chart_ms).padStart(5)} ms (runs ${r.runs_ms.join('/')}; load ${r.load_1min.join('–')}) · live chart ${r.live_chart_ms} ms (runs ${r.live_runs_ms.join('/')}) · JS ${r.js_kb} KB · API ${r.api_kb} KB · CLS ${r.cls}`,
    );
