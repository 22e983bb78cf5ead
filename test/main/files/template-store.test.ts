import { mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { TemplateStyleSchema } from '../../../main/templates/schema'
import { builtInTemplatesDir, createTemplateStore, styleOfTemplate } from '../../../main/files/template-store'
import { tempDir } from '../../helpers/temp'
import { BUILT_IN_HEADINGS } from '../../helpers/template-headings'

describe('built-in templates', () => {
  const store = createTemplateStore({})

  it('lists the four built-ins, all valid', async () => {
    const listings = await store.list()
    expect(listings.map((listing) => listing.id).sort()).toEqual([
      'decision-memo',
      'intelligence-assessment',
      'policy-brief',
      'situation-report',
    ])
    expect(listings.every((listing) => listing.builtIn && !listing.error)).toBe(true)
  })

  it.each([
    {
      id: 'policy-brief',
      headings: [...BUILT_IN_HEADINGS['policy-brief']],
      marking: '',
    },
    {
      id: 'intelligence-assessment',
      headings: [...BUILT_IN_HEADINGS['intelligence-assessment']],
      marking: 'UNCLASSIFIED',
    },
    { id: 'decision-memo', headings: [...BUILT_IN_HEADINGS['decision-memo']], marking: '' },
  ])('$id has its sections and marking', async ({ id, headings, marking }) => {
    const template = await store.get(id)
    expect(template.sections.map((section) => section.heading)).toEqual(headings)
    expect(template.style.marking).toBe(marking)
  })

  it('are each named by their id, which get() relies on to read only the one asked for', async () => {
    const files = (await readdir(builtInTemplatesDir())).filter((name) => name.endsWith('.json')).sort()
    const listings = await store.list()
    expect(files).toEqual(listings.map((listing) => `${listing.id}.json`).sort())
  })

  it('names the known ids when an id is unknown', async () => {
    await expect(store.get('nope')).rejects.toThrow(/No template "nope".*policy-brief/)
  })
})

describe('user templates', () => {
  it('lists a broken and a newer file with their errors, without deleting them', async () => {
    const dataDir = await tempDir('templates')
    const dir = path.join(dataDir, 'templates')
    await mkdir(dir)
    await writeFile(path.join(dir, 'broken.brieftemplate'), '{"schemaVersion": 1, "id": ')
    await writeFile(path.join(dir, 'future.brieftemplate'), '{"schemaVersion": 7, "id": "future"}')
    const store = createTemplateStore({ dataDir, builtInDir: builtInTemplatesDir() })
    const listings = await store.list()
    const broken = listings.find((listing) => listing.id === 'broken')
    const future = listings.find((listing) => listing.id === 'future')
    expect(broken?.error).toMatch(/not valid JSON/)
    expect(future?.error).toMatch(/newer Briefwright/)
    expect((await readdir(dir)).sort()).toEqual(['broken.brieftemplate', 'future.brieftemplate'])
    expect((await store.get('policy-brief')).id).toBe('policy-brief')
  })
})

describe('a template file read before', () => {
  it('is read again when it changes on disk, even in place with the same size, and callers get copies', async () => {
    const dataDir = await tempDir('templates')
    const dir = path.join(dataDir, 'templates')
    await mkdir(dir)
    const store = createTemplateStore({ dataDir, builtInDir: builtInTemplatesDir() })
    const file = path.join(dir, 'mine.brieftemplate')
    const base = await store.get('policy-brief')
    const written = (name: string) => JSON.stringify({ ...base, id: 'mine', name })
    await writeFile(file, written('Alpha'))
    const first = await store.get('mine')
    expect(first.name).toBe('Alpha')
    first.name = 'Changed by a caller'
    const again = await store.get('mine')
    expect(again.name).toBe('Alpha')
    again.sections.length = 0
    expect((await store.get('mine')).sections).toEqual(base.sections)
    // Same length, same inode: only the modification time tells.
    await new Promise((resolve) => setTimeout(resolve, 5))
    await writeFile(file, written('Bravo'))
    expect((await store.get('mine')).name).toBe('Bravo')
    await writeFile(file, '{"schemaVersion": 1, "id": ')
    await expect(store.get('mine')).rejects.toThrow(/not valid JSON/)
  })
})

describe('find and styleOfTemplate', () => {
  it('find returns a readable template, null for a missing, broken or newer one', async () => {
    const dataDir = await tempDir('find')
    await mkdir(path.join(dataDir, 'templates'))
    await writeFile(path.join(dataDir, 'templates', 'broken.brieftemplate'), '{"schemaVersion": 1, "id": ')
    await writeFile(
      path.join(dataDir, 'templates', 'future.brieftemplate'),
      '{"schemaVersion": 7, "id": "future"}',
    )
    const store = createTemplateStore({ dataDir })
    expect((await store.find('intelligence-assessment'))?.style.marking).toBe('UNCLASSIFIED')
    for (const id of ['nope', 'broken', 'future']) expect(await store.find(id)).toBeNull()
  })

  it('get says why a template that exists cannot be used, and when none can', async () => {
    const dataDir = await tempDir('get-broken')
    await mkdir(path.join(dataDir, 'templates'))
    await writeFile(path.join(dataDir, 'templates', 'broken.brieftemplate'), '{"schemaVersion": 1, "id": ')
    await expect(createTemplateStore({ dataDir }).get('broken')).rejects.toThrow(
      /^The template "broken" \(.*broken\.brieftemplate\) cannot be used: This template is not valid JSON/,
    )
    // Built-ins that no longer validate (a field this build does not know) leave nothing to name.
    const builtInDir = await tempDir('get-broken-built-ins')
    await writeFile(
      path.join(builtInDir, 'policy-brief.json'),
      '{"schemaVersion": 1, "id": "policy-brief", "x": 1}',
    )
    await expect(createTemplateStore({ builtInDir }).get('policy-brief')).rejects.toThrow(
      /^The template "policy-brief" \(.*policy-brief\.json\) cannot be used: /,
    )
    await expect(createTemplateStore({ builtInDir }).get('other')).rejects.toThrow(
      'No template "other", and no template here could be read.',
    )
  })

  it('styleOfTemplate falls back to the default style with a warning', async () => {
    const store = createTemplateStore({})
    const known = await styleOfTemplate(store, 'situation-report')
    expect(known).toEqual({ style: (await store.get('situation-report')).style, warnings: [] })
    const missing = await styleOfTemplate(store, 'from-another-machine')
    expect(missing.style).toEqual(TemplateStyleSchema.parse({}))
    expect(missing.warnings).toEqual([
      'The template "from-another-machine" is not installed here; the default page style is used.',
    ])
  })
})
