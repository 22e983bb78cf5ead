// Bundles the command line into dist/ (or the folder given with --outdir):
// - cli.js, the entry: arguments, --help and --version, nothing heavy;
// - commands.cjs, every command with all it imports, one CommonJS file that cli.js requires once
//   it has turned on Node's module compile cache (main/cli/compile-cache.ts);
// - pipeline-worker.mjs and draft-worker.mjs, which run in worker threads beside it (main/api/worker-pool.ts),
//   with their shared code in chunks/;
// - package.json, which makes the .js files there CommonJS.
// Then it drafts a sample brief with the result, which fills the compile cache for the first real
// run; a cache that cannot be made leaves the command line as it is, and never fails the build.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { lazyPackages, lazyTries } from './lazy-packages.mjs'

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } })
const outdir = path.resolve(values.outdir)

// Small pure-JS packages are bundled (one file read and compile instead of a hundred). Outside
// stay packages that read their own files or carry WebAssembly, and those that load only for one
// input format (or, docx, one output format); the CommonJS bundles import the ES modules among them
// with import().
const external = ['jsdom', '@mozilla/readability', 'mammoth', 'pdfjs-dist', 'harfbuzzjs', 'docx']

const common = { bundle: true, platform: 'node', target: 'node22', external, logLevel: 'warning' }
// import.meta.url in the CommonJS bundles: the file's own URL, as the source modules expect.
const commonJs = {
  format: 'cjs',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
}

// Chunk names carry hashes: clear the old ones so the folder holds one build. Files that older
// builds made (the workers as .js, a hand-made code cache) would be found or read by mistake.
rmSync(path.join(outdir, 'chunks'), { recursive: true, force: true })
for (const stale of ['commands.cjs.cache', 'draft-worker.js', 'pipeline-worker.js'])
  rmSync(path.join(outdir, stale), { force: true })

/** The built command line requires its commands from commands.cjs beside it (load-commands-bundled.ts). */
const bundledCommands = {
  name: 'bundled-commands',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/load-commands$/ }, (args) => ({
      path: path.join(args.resolveDir, 'load-commands-bundled.ts'),
    }))
  },
}

// CommonJS, so that Node starts it without setting up its ES module loader (about 3 ms). It keeps
// the name the package's bin has always had; package.json beside it makes its .js files CommonJS,
// and the workers, ES modules, are .mjs.
mkdirSync(outdir, { recursive: true })
writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`)
await build({
  ...common,
  ...commonJs,
  entryPoints: { cli: 'main/cli/index.ts' },
  outdir,
  plugins: [bundledCommands],
})

await build({
  ...common,
  entryPoints: {
    'pipeline-worker': 'main/api/pipeline-worker.ts',
    'draft-worker': 'main/cli/draft-worker.ts',
    // The web host, a program of its own that `briefwright web` starts (main/cli/web-command.ts).
    'web-host': 'main/web/index.ts',
  },
  // An ES module bundle cannot require Node's built-ins from CommonJS inside it.
  external: [...external, 'write-file-atomic'],
  outdir,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  plugins: [lazyPackages, lazyTries],
})

await build({
  ...common,
  ...commonJs,
  entryPoints: { commands: 'main/cli/commands.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  plugins: [lazyPackages, lazyTries],
})

// ASCII only, so that Node holds the 2 MB source as one byte a character instead of two. esbuild
// escapes strings and names but leaves regular expression literals and comments as written; in
// both, \uXXXX stands for the same code unit. A character escaped by a backslash would become
// something else, and a line or paragraph separator ends a line comment where its escape would
// not: the build refuses both.
const commandsFile = path.join(outdir, 'commands.cjs')
const commands = readFileSync(commandsFile, 'utf8')
if (/\\[\u0080-\uffff]|[\u2028\u2029]/.test(commands))
  throw new Error(`${commandsFile} has a line separator or a backslash before a non-ASCII character`)
writeFileSync(
  commandsFile,
  commands.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
)

primeCompileCache()

/**
 * Drafts a sample article with the built command line, so that Node's compile cache holds the
 * bundle before the first real run. Whatever goes wrong here only costs that first run its cache:
 * it is reported and the build goes on.
 */
function primeCompileCache() {
  const work = mkdtempSync(path.join(tmpdir(), 'briefwright-build-'))
  try {
    const run = spawnSync(
      process.execPath,
      [
        path.join(outdir, 'cli.js'),
        'draft',
        'test/fixtures/analysis-kyiv-ap.txt',
        '--out',
        path.join(work, 'sample.pdf'),
      ],
      { encoding: 'utf8', timeout: 60_000 },
    )
    if (run.status !== 0)
      process.stderr.write(
        `build-cli: the sample draft that fills the compile cache failed (the first run will fill it):\n${run.error?.message ?? ''}${run.stderr}`,
      )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
