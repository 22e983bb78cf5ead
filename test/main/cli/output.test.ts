import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { main, outputUsed } from '../../../main/cli/main'
import { seedArticle } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

describe('the command line and its standard streams', () => {
  it('drafts without using a standard stream, and says so for the exit', async () => {
    const dir = await tempDir('output')
    const out = path.join(dir, 'seed.pdf')
    expect(await main(['draft', seedArticle, '--out', out, '--data-dir', dir])).toBe(0)
    expect(existsSync(out)).toBe(true)
    expect(outputUsed()).toBe(false)
  })

  it('says a command that printed used one', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      expect(await main(['--version'])).toBe(0)
      expect(write).toHaveBeenCalledOnce()
    } finally {
      write.mockRestore()
    }
    expect(outputUsed()).toBe(true)
  })
})
