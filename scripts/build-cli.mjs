// Bundles the command line into dist/: cli.js plus chunks that load only for the command that needs them.
import { build } from 'esbuild'

await build({
  entryPoints: { cli: 'main/cli/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
})
