import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

// One entry per process. The main build also emits the pipeline worker as its own entry, with every
// chunk beside it in out/main/, so main/api/worker-pool.ts finds `pipeline-worker.js` next to itself.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('main/electron/index.ts'),
          'pipeline-worker': resolve('main/api/pipeline-worker.ts'),
        },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve('main/electron/preload.ts') },
        // A sandboxed window cannot load an ES-module preload.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    // Relative asset paths work both on app://briefwright/ and on http://127.0.0.1:PORT/.
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      modulePreload: { polyfill: false },
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
})
