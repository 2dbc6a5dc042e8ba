/**
 * Build of the analyst console: `vite build --config web/vite.config.ts` writes web/dist, which the
 * Chokepoint server serves at "/". `vite --config web/vite.config.ts` serves it on :5173 and forwards
 * the API to a running `chokepoint serve` (CHOKEPOINT_API, default http://127.0.0.1:8080).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.CHOKEPOINT_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // The trade page's chunk carries vega (about 0.9 MB); it is loaded only when that page opens.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/v1': api, '/docs': api, '/readyz': api } },
});
