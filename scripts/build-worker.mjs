// Bundles the pipeline worker (article parsing and PDF rendering off the main thread) into
// dist/pipeline-worker.js, next to the CLI bundle, where main/api/worker-pool.ts looks for it.
import { build } from 'esbuild'

await build({
  entryPoints: { 'pipeline-worker': 'main/api/pipeline-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
})
