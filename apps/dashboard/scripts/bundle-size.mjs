#!/usr/bin/env node
/**
 * Bundle weight of the built dashboard (builds nothing: reads dist/). Prints the initial JavaScript
 * — the entry chunk plus every chunk it imports statically, i.e. what the browser must fetch before
 * the first render — gzipped, then each chunk's size, and exits non-zero above the budget.
 * Usage: node scripts/bundle-size.mjs [--budget-kb 250] [--json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(new URL('.', import.meta.url).pathname, '..', 'dist');
const args = process.argv.slice(2);
const budgetKb = Number(args[args.indexOf('--budget-kb') + 1]) || 250;
const asJson = args.includes('--json');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} not found: run \`pnpm --filter @gwr/dashboard build\` first`);
  process.exit(2);
}
/** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(join(dist, file));
    sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizes.get(file);
}

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length === 0) {
  console.error('no entry chunk in the manifest');
  process.exit(2);
}
// Walk static imports only: dynamic imports (lazy routes) load later, on navigation.
const initial = new Set();
const initialCss = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const css of chunk.css ?? []) initialCss.add(css);
  for (const dep of chunk.imports ?? []) visit(dep);
};
for (const [key] of entries) visit(key);

const kb = (n) => (n / 1024).toFixed(1);
const initialGzip = [...initial].reduce((sum, file) => sum + sizeOf(file).gzip, 0);
const initialRaw = [...initial].reduce((sum, file) => sum + sizeOf(file).raw, 0);
const cssGzip = [...initialCss].reduce((sum, file) => sum + sizeOf(file).gzip, 0);
const chunks = Object.values(manifest)
  .filter((c) => c.file.endsWith('.js'))
  .map((c) => ({ file: c.file, initial: initial.has(c.file), ...sizeOf(c.file) }))
  .filter((c, i, all) => all.findIndex((d) => d.file === c.file) === i)
  .sort((a, b) => b.gzip - a.gzip);
const ok = initialGzip <= budgetKb * 1024;

if (asJson) {
  console.log(
    JSON.stringify(
      {
        budget_kb: budgetKb,
        initial_js_gzip: initialGzip,
        initial_js_raw: initialRaw,
        initial_css_gzip: cssGzip,
        ok,
        chunks,
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `initial JS: ${kb(initialGzip)} KB gzipped (${kb(initialRaw)} KB raw) in ${initial.size} chunk(s); budget ${budgetKb} KB — ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
  console.log(`initial CSS: ${kb(cssGzip)} KB gzipped`);
  console.log('');
  console.log('chunk'.padEnd(52), 'gzip KB'.padStart(9), 'raw KB'.padStart(9), ' loaded');
  for (const c of chunks) {
    console.log(
      c.file.padEnd(52),
      kb(c.gzip).padStart(9),
      kb(c.raw).padStart(9),
      c.initial ? ' initial' : ' on demand',
    );
  }
}
process.exit(ok ? 0 : 1);
