// `npm run build:web`: the what-if page as one self-contained file, web/dist/index.html. Scripts,
// styles, the replication worker and the bundled scenarios are all inlined; nothing is fetched.

import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  define: { __JBSIM_VERSION__: JSON.stringify(pkg.version) },
  plugins: [viteSingleFile({ removeViteModuleLoader: true })],
  // the CSV writer's Node build reads Buffer; its browser build carries its own
  resolve: { alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' } },
  // a classic worker: a module worker from a blob: URL does not load in a page opened from file://
  worker: { format: 'iife' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    modulePreload: false,
  },
});
