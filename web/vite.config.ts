/**
 * Build of the newsloom web application. Output goes to dist/web/, which `newsloom serve` serves
 * (falling back to index.html for client-side routes).
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
export const webOutDir = fileURLToPath(new URL('../dist/web', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  // The page runs under `default-src 'self'` (no data: fonts, no inline scripts): the devtools bridge and
  // prefresh are development conveniences we do not need in a production build.
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  build: {
    outDir: webOutDir,
    emptyOutDir: true,
    // Every asset is a file of its own: the CSP allows data: only for images, never for fonts or scripts.
    assetsInlineLimit: 0,
    // Vite's module-preload polyfill is a script it would inline; every browser we target preloads natively.
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    // `vite --config web/vite.config.ts` for development: API calls go to a running `newsloom serve`.
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
