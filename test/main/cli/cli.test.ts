import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import packageJson from '../../../package.json' with { type: 'json' }
import { runCli } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

describe('briefwright basics', () => {
  it('prints its version', () => {
    const result = runCli(['--version'])
    expect(result.code).toBe(0)
    expect(result.stdout.trim()).toBe(packageJson.version)
  })

  it('prints help naming every command', () => {
    const result = runCli(['--help'])
    expect(result.code).toBe(0)
    for (const command of ['draft', 'analyze', 'export', 'templates list', 'web'])
      expect(result.stdout).toContain(command)
  })

  it.each([
    { args: ['frobnicate'], message: 'briefwright: error: unknown command "frobnicate"' },
    { args: ['--bogus'], message: "briefwright: error: Unknown option '--bogus'" },
    { args: ['export'], message: 'briefwright: error: export takes one .brief file' },
    { args: ['export', 'missing.brief'], message: 'briefwright: error: export needs --out' },
    { args: ['export', 'missing.brief', '--out', 'x.pdf'], message: 'missing.brief: no such file' },
    { args: ['templates', 'burn'], message: 'briefwright: error: unknown templates command "burn"' },
  ])('$args fails with one line and exit 2', ({ args, message }) => {
    const result = runCli(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('briefwright templates list', () => {
  it('lists built-ins and saved templates as JSON, including a broken one with its error', async () => {
    const dataDir = await tempDir('cli')
    await mkdir(path.join(dataDir, 'templates'))
    await writeFile(path.join(dataDir, 'templates', 'bad.brieftemplate'), 'not json')
    const result = runCli(['templates', 'list', '--json', '--data-dir', dataDir])
    expect(result.code).toBe(0)
    const listings = JSON.parse(result.stdout) as {
      id: string
      name: string
      builtIn: boolean
      error?: string
    }[]
    expect(listings.filter((listing) => listing.builtIn).map((listing) => listing.id)).toEqual([
      'decision-memo',
      'intelligence-assessment',
      'policy-brief',
      'situation-report',
    ])
    expect(listings.find((listing) => listing.id === 'bad')).toMatchObject({
      builtIn: false,
      error: expect.stringMatching(/JSON/),
    })
  })

  it('prints a readable table', () => {
    const result = runCli(['templates', 'list'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^intelligence-assessment\s+built-in\s+Intelligence assessment$/m)
  })
})
