// Bundles the command line into dist/:
// - cli.js, the entry: arguments, --help and --version, nothing heavy;
// - commands.cjs, every command with all it imports, one CommonJS script that cli.js compiles
//   through commands.cjs.cache, a V8 code cache made here by drafting a sample brief with it;
// - pipeline-worker.mjs and draft-worker.mjs, which run in worker threads beside it (main/api/worker-pool.ts),
//   with their shared code in chunks/;
// - package.json, which makes the .js files here CommonJS.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { lazyPackages, lazyTries } from './lazy-packages.mjs'

// Small pure-JS packages are bundled (one file read and compile instead of a hundred). Outside
// stay packages that read their own files or carry WebAssembly, those that load only for one
// input format, and CommonJS that requires Node's built-ins (an ES module bundle cannot).
const external = ['jsdom', '@mozilla/readability', 'mammoth', 'pdfjs-dist', 'harfbuzzjs', 'write-file-atomic']
// The commands bundle holds write-file-atomic and harfbuzzjs too (see harfBuzzInScript), and imports
// pdf.js, an ES module, through cli.js (see main/cli/cached-script.ts).
const esmOnly = /\bimport\((["'])(pdfjs-dist(?:\/[^"']*)?)\1\)/g
// The same name as IMPORT_ESM in main/cli/cached-script.ts, which runs the bundle.
const IMPORT_ESM = '__importEsm'

const common = { bundle: true, platform: 'node', target: 'node20', external, logLevel: 'warning' }

// Chunk names carry hashes: clear the old ones so dist/ holds one build. The workers were .js
// before dist/package.json made .js CommonJS; a stale one would be found first (worker-pool.ts).
rmSync('dist/chunks', { recursive: true, force: true })
rmSync('dist/commands.cjs.cache', { force: true })
rmSync('dist/draft-worker.js', { force: true })
rmSync('dist/pipeline-worker.js', { force: true })

/** The built command line loads its commands from the code-cached bundle, not by import(). */
const bundledCommands = {
  name: 'bundled-commands',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/load-commands$/ }, (args) => ({
      path: path.join(args.resolveDir, 'load-commands-bundled.ts'),
    }))
  },
}

// CommonJS, so that Node starts it without setting up its ES module loader (about 3 ms). It keeps
// the name the package's bin has always had; dist/package.json makes its .js files CommonJS, and
// the workers, ES modules, are .mjs.
mkdirSync('dist', { recursive: true })
writeFileSync('dist/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`)
await build({
  ...common,
  entryPoints: { cli: 'main/cli/index.ts' },
  outdir: 'dist',
  format: 'cjs',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [bundledCommands],
})

await build({
  ...common,
  entryPoints: {
    'pipeline-worker': 'main/api/pipeline-worker.ts',
    'draft-worker': 'main/cli/draft-worker.ts',
  },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  plugins: [lazyPackages, lazyTries],
})

/** In the CommonJS bundle, `import()` of an ES module package calls the function cli.js passes in. */
const importThroughLoader = {
  name: 'import-through-loader',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]main[\\/].*\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8')
        .replace(esmOnly, `${IMPORT_ESM}($1$2$1)`)
        .replace(
          harfBuzzImport,
          `import('harfbuzzjs').then((module) => module.${HARFBUZZ_READY}.then(() => module))`,
        ),
      loader: 'ts',
    }))
  },
}

/**
 * harfbuzzjs in the CommonJS bundle, so that it compiles through the code cache too: its entry
 * awaits the WebAssembly at its top level, which a script cannot, so the bundle exports that wait
 * as a promise the import above waits for. The WebAssembly is found in the package.
 */
const HARFBUZZ_READY = '__harfBuzzReady'
const harfBuzzImport = /\bimport\((["'])harfbuzzjs\1\)/g
const harfBuzzInScript = {
  name: 'harfbuzz-in-script',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]harfbuzzjs[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8')
      const wait = 'init(await createHarfBuzz());'
      if (!source.includes(wait))
        throw new Error(`${args.path} no longer waits for its WebAssembly as expected: "${wait}" is missing`)
      const ready = `export const ${HARFBUZZ_READY} = createHarfBuzz({ locateFile: (file) => require.resolve('harfbuzzjs/dist/' + file) }).then(init);`
      return { contents: source.replace(wait, ready), loader: 'js' }
    })
    // Emscripten's loader makes itself a require from Node's module built-in; a script has one.
    pluginBuild.onLoad({ filter: /[\\/]harfbuzzjs[\\/]dist[\\/]harfbuzz\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8')
      const own = 'const{createRequire}=await import("module");var require=createRequire(import.meta.url)'
      if (!source.includes(own))
        throw new Error(`${args.path} no longer loads as expected: "${own}" is missing`)
      return { contents: source.replace(own, ''), loader: 'js' }
    })
  },
}

await build({
  ...common,
  entryPoints: { commands: 'main/cli/commands.ts' },
  // A CommonJS bundle can hold CommonJS that requires Node's built-ins, so write-file-atomic is in.
  external: external.filter((name) => name !== 'write-file-atomic' && name !== 'harfbuzzjs'),
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyPackages, lazyTries, importThroughLoader, harfBuzzInScript],
})

const commands = readFileSync('dist/commands.cjs', 'utf8')
const left = commands.match(/\bimport\(["']/g)
if (left)
  throw new Error(`dist/commands.cjs still calls import() ${left.length} times: add the package to esmOnly`)

// ASCII only, so that cli.js reads it as one byte a character: decoding 2 MB of UTF-8 into a
// two-byte string took about 9 ms of every run. esbuild escapes strings and names but leaves regular
// expression literals and comments as written; in both, \uXXXX stands for the same code unit. A
// character escaped by a backslash would become something else, and a line or paragraph separator
// ends a line comment where its escape would not: the build refuses both.
if (/\\[\u0080-\uffff]|[\u2028\u2029]/.test(commands))
  throw new Error('dist/commands.cjs has a line separator or a backslash before a non-ASCII character')
writeFileSync(
  'dist/commands.cjs',
  commands.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
)

// The code cache: the bundle compiled, then run on a sample article so that the functions a draft
// calls are compiled too. V8 uses it only with the same Node version and flags; otherwise it compiles.
const trainer = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    'scripts/make-code-cache.ts',
    'dist/commands.cjs',
    'test/fixtures/analysis-kyiv-ap.txt',
  ],
  { encoding: 'utf8' },
)
if (trainer.status !== 0) throw new Error(`making the code cache failed:\n${trainer.stdout}${trainer.stderr}`)
