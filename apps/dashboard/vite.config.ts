/**
 * Vite config: the dev server proxies `/api` to the API (default http://localhost:8787,
 * `VITE_API_TARGET` to change); `vite build` writes `dist/`, which the API server serves with an SPA
 * fallback (`app.html`; `index.html` is the landing page, see landing-preloads.ts), and a Brotli and
 * a gzip copy of every text file, which it sends to browsers that accept them. `vite build --ssr`
 * writes `dist-ssr/`, the landing page's server renderer (src/server-render.tsx), which the API runs.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { landingPreloads } from './landing-preloads';

const apiTarget = process.env.VITE_API_TARGET ?? 'http://localhost:8787';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    // The server's build of the landing page (server-render.tsx) is run by Node, not sent anywhere.
    ...(isSsrBuild
      ? []
      : [
          // `/` is the overview: its HTML asks for the overview's code and data with the entry's.
          landingPreloads({ routeModule: 'src/routes/overview/overview-page.tsx', fetch: '/api/overview' }),
          compression({
            algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
            include: /\.(js|css|html|svg|json)$/,
            threshold: 0,
          }),
        ]),
  ],
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lets scripts/bundle-size.mjs find the entry chunk and its static imports.
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // The server renderer loads the overview's module with itself, on purpose (server-render.tsx),
    // where the route table loads it lazily: that import is meant not to split.
    ...(isSsrBuild ? { rolldownOptions: { checks: { ineffectiveDynamicImport: false } } } : {}),
  },
}));
