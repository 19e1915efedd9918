/**
 * The landing page (`/`) rendered on the server by the dashboard's own renderer (its
 * src/server-render.tsx, built into dist-ssr/): the overview arrives drawn, charts and all, so a
 * reader sees it as soon as the HTML is in, long before the scripts that make it interactive. The
 * renderer asks for its data through this app (`app.request`, the API's own routes and response
 * cache), exactly as the browser would.
 *
 * A rendered page depends on its URL (`?year=`) and the reader's language (the `gwr.lang` cookie
 * the dashboard sets) and on nothing else while this generation of the store is served: pages are
 * kept, a few dozen at most (an LRU, since any query string makes a new one), and their Brotli and
 * gzip copies made once. When the renderer cannot render (no build of it, an API error), `/` is the
 * plain page the browser renders itself, as before.
 *
 * The rendered page carries its stylesheet inline (3 KB compressed): a page that can be painted as
 * it arrives should not wait a round trip for its CSS (over half a second on a slow phone network,
 * with the scripts sharing the line). The renderer's module is loaded when the app is made, so the
 * first reader does not wait for it either.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { LRUCache } from 'lru-cache';

type Lang = 'zh' | 'en';

/** The dashboard's server-render.tsx, as this server calls it. */
interface Renderer {
  renderLanding(request: {
    url: string;
    lang: Lang;
    fetch: typeof fetch;
    template: string;
  }): Promise<string | null>;
}

interface Page {
  html: Buffer;
  br?: Promise<Buffer>;
  gzip?: Promise<Buffer>;
}

const PAGES = 32;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The body the browser accepts, compressed once per page and encoding. */
function encoded(page: Page, accept: string): { body: Promise<Buffer>; encoding?: 'br' | 'gzip' } {
  if (/\bbr\b/.test(accept)) {
    page.br ??= brotli(page.html, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
    return { body: page.br, encoding: 'br' };
  }
  if (/\bgzip\b/.test(accept)) {
    page.gzip ??= gzipAsync(page.html, { level: 9 });
    return { body: page.gzip, encoding: 'gzip' };
  }
  return { body: Promise.resolve(page.html) };
}

/** The page with each of its own stylesheets (`/assets/…css`, in `webDir`) in a `<style>` element. */
async function inlineStylesheets(html: string, webDir: string): Promise<string> {
  const links = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g)];
  let inlined = html;
  for (const [link, path] of links) {
    const css = await readFile(join(webDir, path!), 'utf8');
    inlined = inlined.replace(link, () => `<style>${css}</style>`);
  }
  return inlined;
}

/**
 * A handler for `GET /` that answers with the rendered page, or null to let the plain page be
 * served. `request` is the app's own `request`, through which the renderer gets its data.
 */
export function landingPage(
  request: (input: string | Request | URL, init?: RequestInit) => Response | Promise<Response>,
  webDir: string,
  rendererPath: string,
): (c: Context) => Promise<Response | null> {
  const renderer = import(pathToFileURL(rendererPath).href) as Promise<Renderer>;
  // Loaded now, failing (if it does) when a page is asked for: the plain page is served then.
  renderer.catch(() => {});
  let template: Promise<string> | undefined;
  const pages = new LRUCache<string, Promise<Page | null>>({ max: PAGES });
  const fetchHere: typeof fetch = async (input, init) => request(input as string | Request | URL, init);

  const render = async (url: string, lang: Lang): Promise<Page | null> => {
    try {
      template ??= readFile(join(webDir, 'index.html'), 'utf8').then((html) =>
        inlineStylesheets(html, webDir),
      );
      const html = await (await renderer).renderLanding({
        url,
        lang,
        fetch: fetchHere,
        template: await template,
      });
      return html === null ? null : { html: Buffer.from(html) };
    } catch (error) {
      // A page the browser renders is still a page: say why, and serve that.
      console.error(`landing page not rendered on the server: ${(error as Error).message}`);
      return null;
    }
  };

  return async (c) => {
    const lang: Lang = getCookie(c, 'gwr.lang') === 'en' ? 'en' : 'zh';
    const url = new URL(c.req.url);
    const key = `${lang}${url.search}`;
    let page = pages.get(key);
    if (!page) {
      page = render(url.href, lang);
      pages.set(key, page);
    }
    const done = await page;
    if (!done) {
      pages.delete(key);
      return null;
    }
    const { body, encoding } = encoded(done, c.req.header('Accept-Encoding') ?? '');
    const headers: Record<string, string> = {
      'Content-Type': 'text/html; charset=UTF-8',
      'Cache-Control': 'no-cache',
      // Another encoding, another language: another page.
      Vary: 'Accept-Encoding, Cookie',
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    if (c.req.method === 'HEAD') return c.body(null);
    return c.body(new Uint8Array(await body));
  };
}
