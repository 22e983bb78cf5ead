// Bundles the command line into dist/: cli.js plus chunks that load only for the command that needs them,
// and pipeline-worker.js, which main/api/worker-pool.ts runs in worker threads beside the bundle.
import { rmSync } from 'node:fs'
import { build } from 'esbuild'
import { lazyPackages } from './lazy-packages.mjs'

// Chunk names carry hashes: clear the old ones so dist/ holds one build.
rmSync('dist/chunks', { recursive: true, force: true })

await build({
  entryPoints: {
    cli: 'main/cli/index.ts',
    'pipeline-worker': 'main/api/pipeline-worker.ts',
    'draft-worker': 'main/cli/draft-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Small pure-JS packages are bundled (one file read and compile instead of a hundred). Outside
  // stay packages that read their own files or carry WebAssembly, those that load only for one
  // input format, and CommonJS that requires Node's built-ins (an ES module bundle cannot).
  external: ['jsdom', '@mozilla/readability', 'mammoth', 'pdfjs-dist', 'harfbuzzjs', 'write-file-atomic'],
  plugins: [lazyPackages],
  logLevel: 'warning',
})
