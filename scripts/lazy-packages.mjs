// CommonJS packages that pdfkit and fontkit import at the top but that a brief never needs, or needs
// late: each does real work when it loads (brotli decodes a 1.2 MB dictionary for WOFF2 fonts,
// @noble/ciphers builds AES tables for encrypted PDFs, linebreak inflates its Unicode trie for
// pdfkit's own line wrapping). The bundle gets a stand-in that requires the package on first use.
export const LAZY_PACKAGES = {
  'brotli/decompress.js': { default: 'module' },
  '@noble/ciphers/aes': { cbc: 'cbc', ecb: 'ecb' },
  linebreak: { default: 'module' },
}

/** @type {import('esbuild').Plugin} */
export const lazyPackages = {
  name: 'lazy-packages',
  setup(pluginBuild) {
    const filter = new RegExp(
      `^(${Object.keys(LAZY_PACKAGES)
        .map((name) => name.replace(/[./]/g, '\\$&'))
        .join('|')})$`,
    )
    pluginBuild.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-package' }))
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => {
      const exports = Object.entries(LAZY_PACKAGES[args.path]).map(([name, member]) => {
        const target = member === 'module' ? 'load()' : `load().${member}`
        // A class or a function: both are called or constructed through the loaded value.
        return `${name === 'default' ? 'export default' : `export const ${name} =`} new Proxy(function () {}, {
  apply: (_, self, args) => Reflect.apply(${target}, self, args),
  construct: (_, args) => Reflect.construct(${target}, args),
  get: (_, key) => Reflect.get(${target}, key),
})`
      })
      return {
        contents: `import { createRequire } from 'node:module'
let loaded
const load = () => (loaded ??= createRequire(import.meta.url)(${JSON.stringify(args.path)}))
${exports.join('\n')}
`,
        loader: 'js',
        resolveDir: process.cwd(),
      }
    })
  },
}

// fontkit builds three Unicode tries when it loads, for the shapers of scripts that HarfBuzz shapes
// here; each inflates its data first. The stand-in builds a trie on its first lookup.
const LAZY_TRIE = `import UnicodeTrie from 'unicode-trie/index.js'
export default class LazyUnicodeTrie {
  constructor(data) {
    this.data = data
    this.trie = null
  }
  get(codePoint) {
    this.trie ??= new UnicodeTrie(this.data)
    return this.trie.get(codePoint)
  }
}
`

/** @type {import('esbuild').Plugin} */
export const lazyTries = {
  name: 'lazy-tries',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^unicode-trie$/ }, () => ({
      path: 'unicode-trie',
      namespace: 'lazy-trie',
    }))
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-trie' }, () => ({
      contents: LAZY_TRIE,
      loader: 'js',
      resolveDir: process.cwd(),
    }))
  },
}
