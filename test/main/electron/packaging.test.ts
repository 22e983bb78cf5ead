import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../../helpers/cli'

type Configuration = Record<string, unknown> & {
  appId?: string
  productName?: string
  files?: unknown
  extraResources?: { from: string; to: string; filter?: string[] }[]
  fileAssociations?: { ext: string; name?: string }[]
  electronFuses?: Record<string, boolean>
  linux?: { target?: unknown; icon?: string }
  mac?: { target?: unknown; icon?: string }
  win?: { target?: unknown; icon?: string }
}

const require = createRequire(import.meta.url)
// electron-builder's own loader and schema checker: the same messages a real build would give.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (projectDir: string, configPath: string | null, fromOptions: null) => Promise<Configuration>
  validateConfiguration: (config: Configuration, logger: unknown) => Promise<void>
}
// The checker only reports to its debug logger when that is enabled.
const quietLogger = { isEnabled: false, add: () => undefined }

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validation and says what the app is', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null)
    await validateConfiguration(config, quietLogger)
    expect(config.appId).toBe('org.briefwright.app')
    expect(config.productName).toBe('Briefwright')
    // The loader normalises `files` into filter groups.
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json', '!**/*.map'] }])
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'brief' })])
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toBe('dmg')
    expect(config.win?.target).toBe('nsis')
  })

  it('flips the fuses that close the Node back doors', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null)
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })

  it('ships the templates and the fonts as resources, and an icon that exists', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null)
    const sources = (config.extraResources ?? []).map((resource) => resource.from)
    expect(sources).toEqual(
      expect.arrayContaining([
        'templates',
        'node_modules/source-serif/TTF',
        'node_modules/@expo-google-fonts/inter',
      ]),
    )
    for (const source of sources) expect(existsSync(path.join(root, source)), source).toBe(true)
    const icon = await readFile(path.join(root, 'build', 'icon.png'))
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG')
    // Width and height from the IHDR chunk: electron-builder wants at least 512×512 for macOS.
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512])
  })

  it('refuses a misspelt option (the checker is really checking)', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null)
    await expect(
      validateConfiguration({ ...config, electronFuse: { runAsNode: false } }, quietLogger),
    ).rejects.toThrow(/electronFuse/)
  })
})
