import * as z from 'zod'
import { describe, expect, it } from 'vitest'

describe('the command line bundle', () => {
  it('turns zod compiled fast paths off before any schema is made', async () => {
    expect(z.config().jitless).not.toBe(true)
    await import('../../../main/cli/commands')
    expect(z.config().jitless).toBe(true)
    // Schemas made before the setting keep their compiled path; the first import must be the setting.
    const source = await import('node:fs').then((fs) => fs.readFileSync('main/cli/commands.ts', 'utf8'))
    expect(source.match(/^import .*$/m)?.[0]).toBe("import './zod-one-shot'")
  })
})
