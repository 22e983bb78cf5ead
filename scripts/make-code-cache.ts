// Makes dist/commands.cjs.cache: runs the commands bundle on a sample article, then asks V8 for a
// cache of everything it compiled. Called by build-cli.mjs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCommonJsBundle } from '../main/cli/cached-script'
import type * as Commands from '../main/cli/commands'

const [bundleFile, sample] = process.argv.slice(2)
if (!bundleFile || !sample) throw new Error('usage: make-code-cache.ts <bundle.cjs> <sample article>')

const bundle = runCommonJsBundle<typeof Commands>(path.resolve(bundleFile))
const work = mkdtempSync(path.join(tmpdir(), 'briefwright-code-cache-'))
try {
  const code = await bundle.exports.runDraft([sample], { out: path.join(work, 'sample.pdf') })
  if (code !== 0) throw new Error(`drafting ${sample} with the bundle exited ${code}`)
  writeFileSync(`${path.resolve(bundleFile)}.cache`, bundle.script.createCachedData())
} finally {
  rmSync(work, { recursive: true, force: true })
}
