import { build } from 'esbuild'
import type { Plugin } from 'esbuild'
import { describe, expect, it } from 'vitest'

/** Every package but zod stays outside, so the bundle's inputs show what zod brings in. */
const onlyZod: Plugin = {
  name: 'only-zod',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path === 'zod' || args.path.startsWith('zod/') ? undefined : { path: args.path, external: true },
    )
  },
}

describe('the command line bundle', () => {
  // `import { z } from 'zod'` names an object holding every export, the locales included, so
  // the bundle keeps all of them (about 370 kB of a 2 MB bundle, read at every start); a namespace
  // import lets the bundler keep only what is used.
  it('holds zod without the message locales it never uses', async () => {
    const result = await build({
      entryPoints: ['main/cli/commands.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [onlyZod],
    })
    // Files the bundler read but shook out entirely are inputs too; what counts is what is written.
    const [output] = Object.values(result.metafile.outputs)
    const inputs = Object.entries(output?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file)
    const zodFiles = inputs.filter((file) => /node_modules\/zod\//.test(file))
    expect(zodFiles.length).toBeGreaterThan(10)
    const locales = zodFiles
      .filter((file) => /\/locales\//.test(file))
      .map((file) => file.replace(/.*\//, ''))
    expect(locales.filter((file) => !/^(en|index)\.js$/.test(file))).toEqual([])
  })
})
