/**
 * Vite config: the dev server proxies `/api` to the API (default http://localhost:8787,
 * `VITE_API_TARGET` to change); `vite build` writes `dist/`, which the API server serves with an SPA fallback.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.VITE_API_TARGET ?? 'http://localhost:8787';

export default defineConfig({
  plugins: [react()],
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
  },
});
