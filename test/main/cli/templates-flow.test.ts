import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, seedArticle, tool } from '../../helpers/cli'
import { logoOf, makePng } from '../../helpers/images'
import { tempDir } from '../../helpers/temp'

/** Every file under a folder with its size and modification time: what "nothing changed" compares. */
async function snapshot(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [])
  return Promise.all(
    entries.sort().map(async (entry) => {
      const info = await stat(path.join(dir, entry))
      return `${entry} ${info.isDirectory() ? 'dir' : info.size} ${info.mtimeMs}`
    }),
  )
}

function markingCounts(pdf: string, marking: string): number[] {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(tool('pdfinfo', [pdf]))?.[1])
  return Array.from({ length: pages }, (_, index) => {
    const text = tool('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), pdf, '-'])
    return text.split(marking).length - 1
  })
}

describe('templates from a drafted brief, through the command line', () => {
  it('drafts with a built-in, saves the brief as "Bar Test Org", and drafts with that saved template', async () => {
    const work = await tempDir('flow')
    const dataDir = path.join(work, 'D')
    const [brief, first, second] = ['b.brief', 'a.pdf', 'c.pdf'].map((name) => path.join(work, name))
    const draft = runCli([
      'draft',
      seedArticle,
      '--template',
      'intelligence-assessment',
      '--save',
      brief,
      '--out',
      first,
      '--data-dir',
      dataDir,
    ])
    expect(draft.stderr).toBe('')
    expect(draft.code).toBe(0)

    const save = runCli(['templates', 'save', brief, '--name', 'Bar Test Org', '--data-dir', dataDir])
    expect(save.code).toBe(0)
    expect(save.stdout).toBe('bar-test-org\n')

    const again = runCli([
      'draft',
      seedArticle,
      '--template',
      'bar-test-org',
      '--out',
      second,
      '--data-dir',
      dataDir,
    ])
    expect(again.code).toBe(0)

    for (const pdf of [first, second]) {
      const counts = markingCounts(pdf, 'UNCLASSIFIED')
      expect(counts.length).toBeGreaterThan(1)
      expect(
        counts.every((count) => count === 2),
        `${path.basename(pdf)}: ${counts.join(',')}`,
      ).toBe(true)
    }
    const saved = JSON.parse(
      await readFile(path.join(dataDir, 'templates', 'bar-test-org.brieftemplate'), 'utf8'),
    )
    expect(saved).toMatchObject({
      id: 'bar-test-org',
      name: 'Bar Test Org',
      style: { marking: 'UNCLASSIFIED' },
    })

    const list = runCli(['templates', 'list', '--json', '--data-dir', dataDir])
    expect(JSON.parse(list.stdout)).toContainEqual({
      id: 'bar-test-org',
      name: 'Bar Test Org',
      description: 'Based on Intelligence assessment.',
      builtIn: false,
    })
    const show = runCli(['templates', 'show', 'bar-test-org', '--data-dir', dataDir])
    expect(JSON.parse(show.stdout)).toEqual(saved)
  })

  it('exports, imports (under a free id), deletes, duplicates and renames templates', async () => {
    const dataDir = await tempDir('flow')
    const file = path.join(dataDir, 'exported.brieftemplate')
    expect(runCli(['templates', 'export', 'policy-brief', '--out', file, '--data-dir', dataDir]).code).toBe(0)
    const imported = runCli(['templates', 'import', file, '--data-dir', dataDir])
    expect(imported.stdout).toBe('policy-brief-2\n')
    expect(runCli(['templates', 'delete', 'policy-brief-2', '--data-dir', dataDir]).code).toBe(0)
    const refused = runCli(['templates', 'delete', 'policy-brief', '--data-dir', dataDir])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/^briefwright: error: "policy-brief" is built in and cannot be deleted/)
    const duplicated = runCli(['templates', 'duplicate', 'policy-brief', '--data-dir', dataDir])
    expect(duplicated.stdout).toBe('policy-brief-copy\n')
    expect(
      runCli(['templates', 'rename', 'policy-brief-copy', '--name', 'House', '--data-dir', dataDir]).code,
    ).toBe(0)
    const listed = JSON.parse(runCli(['templates', 'list', '--json', '--data-dir', dataDir]).stdout)
    expect(listed).toContainEqual(
      expect.objectContaining({ id: 'policy-brief-copy', name: 'House', builtIn: false }),
    )
  })
})

describe('importing a bad template file', () => {
  const huge = async () => {
    const policy = JSON.parse(runCli(['templates', 'show', 'policy-brief']).stdout)
    const logo = logoOf(Buffer.concat([makePng(10, 10), Buffer.alloc(3_900_000)]))
    return JSON.stringify({ ...policy, style: { ...policy.style, logo } })
  }
  it.each([
    {
      name: 'broken JSON',
      text: async () => '{"schemaVersion": 1, "id": ',
      message: 'This template is not valid JSON',
    },
    {
      name: 'a newer version',
      text: async () => '{"schemaVersion": 3, "id": "future", "name": "Future"}',
      message: 'This template was saved by a newer Briefwright (format 3',
    },
    {
      name: 'a 5 MB logo',
      text: huge,
      message: 'This template is damaged: style.logo.data: the logo is larger than 1 MB',
    },
  ])('refuses $name in one line (exit 2) and leaves the data folder as it was', async ({ text, message }) => {
    const dataDir = await tempDir('import')
    expect(
      runCli([
        'templates',
        'import',
        '--data-dir',
        dataDir,
        await writeTemp(os.tmpdir(), 'seed', await seedTemplate()),
      ]).code,
    ).toBe(0)
    const file = await writeTemp(os.tmpdir(), 'bad', await text())
    const before = await snapshot(dataDir)
    const result = runCli(['templates', 'import', file, '--data-dir', dataDir])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`briefwright: error: ${message}`)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(await snapshot(dataDir)).toEqual(before)
  })
})

async function seedTemplate(): Promise<string> {
  return runCli(['templates', 'show', 'decision-memo']).stdout.replace('"Decision memo"', '"Seed"')
}

async function writeTemp(dir: string, stem: string, text: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(dir, `${stem}-`)), `${stem}.brieftemplate`)
  await writeFile(file, text)
  return file
}
