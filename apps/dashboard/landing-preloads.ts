/**
 * The landing page's HTML names everything its first view needs, so the browser asks for it all
 * at once instead of in turns. Without it, the overview's code (and with it the chart library) and
 * its data were asked for only once the entry script had arrived and run: on a slow phone network
 * (over half a second a request) that was a whole extra round of requests before anything could
 * be drawn.
 *
 * The build writes two pages: `index.html`, served for `/`, with `<link rel="modulepreload">` for
 * the landing route's chunks and `<link rel="preload" as="fetch">` for its one request; and
 * `app.html`, the same page without them, which the server sends for every other client route
 * (apps/api/src/static-site.ts), so the SQL page does not download the chart library it never draws.
 */
import type { Plugin } from 'vite';

interface Options {
  /** The module the landing route loads lazily (route-table.tsx). */
  routeModule: string;
  /** The request the landing route starts (its loader's query), exactly as the client sends it. */
  fetch: string;
  /** The page for every other route. */
  shellFile?: string;
}

/** Chunks a chunk imports statically, and theirs, in no particular order. */
function staticClosure(start: string, importsOf: (file: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const dep of importsOf(file)) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      visit(dep);
    }
  };
  seen.add(start);
  visit(start);
  return seen;
}

export function landingPreloads({ routeModule, fetch, shellFile = 'app.html' }: Options): Plugin {
  return {
    name: 'gwr:landing-preloads',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') return;
      const chunks = Object.values(bundle).flatMap((out) => (out.type === 'chunk' ? [out] : []));
      const route = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(routeModule));
      const entry = chunks.find((c) => c.isEntry);
      if (!route || !entry) this.error(`landing preloads: no chunk for ${routeModule} or no entry`);
      const importsOf = (file: string) => (bundle[file]?.type === 'chunk' ? bundle[file].imports : []);
      // The entry and its imports are in the page already (Vite writes them).
      const present = staticClosure(entry.fileName, importsOf);
      const size = (file: string) => (bundle[file]?.type === 'chunk' ? bundle[file].code.length : 0);
      // Largest first: a browser opens six connections to a server, and the chart library must not
      // wait behind the small files for a second round.
      const modules = [...staticClosure(route.fileName, importsOf)]
        .filter((file) => !present.has(file))
        .sort((a, b) => size(b) - size(a));
      const base = this.environment.config.base;
      const links = [
        `<link rel="preload" href="${fetch}" as="fetch" crossorigin>`,
        ...modules.map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`),
      ];
      this.emitFile({ type: 'asset', fileName: shellFile, source: html.source });
      html.source = html.source.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
    },
  };
}
