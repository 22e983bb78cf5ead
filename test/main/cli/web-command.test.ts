import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { errorLine, exitCodeFor } from '../../../main/cli/errors'
import { locateRenderer } from '../../../main/cli/web-command'
import { tempDir } from '../../helpers/temp'

describe('briefwright web before the app is built', () => {
  it('names the build step instead of reporting a fault', async () => {
    const checkout = await tempDir('unbuilt')
    const moduleUrl = pathToFileURL(path.join(checkout, 'dist', 'cli.js')).href
    const error: unknown = await locateRenderer(moduleUrl).catch((caught: unknown) => caught)
    expect(exitCodeFor(error)).toBe(2)
    expect(errorLine(error)).toMatch(/not built yet .*run `npm run build`/)
    expect(errorLine(error)).not.toMatch(/fault/)
  })

  it('finds the built app above the command line’s module', async () => {
    const checkout = await tempDir('built')
    await mkdir(path.join(checkout, 'out', 'renderer'), { recursive: true })
    await writeFile(path.join(checkout, 'out', 'renderer', 'index.html'), '<!doctype html>')
    const moduleUrl = pathToFileURL(path.join(checkout, 'dist', 'cli.js')).href
    expect(await locateRenderer(moduleUrl)).toBe(path.join(checkout, 'out', 'renderer'))
  })
})
