import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BriefSchema } from '../../../main/brief/schema'
import { templateFromBrief } from '../../../main/templates/from-brief'
import type { Template } from '../../../main/templates/schema'
import { createTemplateStore, serializeTemplate } from '../../../main/files/template-store'
import { copyName } from '../../../main/templates/names'
import { logoOf, makePng } from '../../helpers/images'
import { tempDir } from '../../helpers/temp'

async function freshStore() {
  const dataDir = await tempDir('store')
  return { dataDir, dir: path.join(dataDir, 'templates'), store: createTemplateStore({ dataDir }) }
}

/** Every file of a folder with its size and modification time: what "nothing changed" compares. */
async function snapshot(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [])
  return Promise.all(
    names.sort().map(async (name) => {
      const info = await stat(path.join(dir, name))
      return `${name} ${info.size} ${info.mtimeMs}`
    }),
  )
}

describe('changing user templates', () => {
  it('duplicates a built-in as "<name> copy", then with a suffix on a clash', async () => {
    const { store } = await freshStore()
    const first = await store.duplicate('policy-brief')
    const second = await store.duplicate('policy-brief')
    expect([first.id, first.name]).toEqual(['policy-brief-copy', 'Policy brief copy'])
    expect([second.id, second.name]).toEqual(['policy-brief-copy-2', 'Policy brief copy 2'])
    expect(first.sections).toEqual((await store.get('policy-brief')).sections)
    const listed = await store.list()
    expect(listed.filter((listing) => !listing.builtIn).map((listing) => listing.id)).toEqual([
      'policy-brief-copy-2',
      'policy-brief-copy',
    ])
  })

  it.each([
    { name: 'Policy brief', taken: [], expected: 'Policy brief copy' },
    {
      name: 'Policy brief',
      taken: ['Policy brief copy', 'Policy brief copy 2'],
      expected: 'Policy brief copy 3',
    },
    { name: 'x'.repeat(120), taken: [], expected: `${'x'.repeat(112)} copy` },
  ])('names the copy of "$name" $expected', ({ name, taken, expected }) => {
    expect(copyName(name, new Set(taken))).toBe(expected)
  })

  it('renames a user template in place, keeping its id and file', async () => {
    const { store, dir } = await freshStore()
    const copy = await store.duplicate('situation-report')
    const renamed = await store.rename(copy.id, '  Morning   report ')
    expect([renamed.id, renamed.name]).toEqual(['situation-report-copy', 'Morning report'])
    expect(await readdir(dir)).toEqual(['situation-report-copy.brieftemplate'])
    expect((await store.get(copy.id)).name).toBe('Morning report')
  })

  it('updates a user template with put, and creates one under its own id when the id is free', async () => {
    const { store } = await freshStore()
    const copy = await store.duplicate('policy-brief')
    const logo = logoOf(makePng(20, 10))
    const updated = await store.put({ ...copy, style: { ...copy.style, tableOfContents: true, logo } })
    expect(updated.id).toBe(copy.id)
    expect((await store.get(copy.id)).style).toMatchObject({ tableOfContents: true, logo })
    const created = await store.put({ ...copy, id: 'brand-new', name: 'Brand new' })
    expect(created.id).toBe('brand-new')
  })

  it('deletes a user template and returns it; saving it back restores it under the same id', async () => {
    const { store, dir } = await freshStore()
    const copy = await store.duplicate('policy-brief')
    const renamed = await store.rename(copy.id, 'Renamed')
    const deleted = await store.remove(copy.id)
    expect(deleted).toEqual(renamed)
    expect(await readdir(dir)).toEqual([])
    await expect(store.get(copy.id)).rejects.toThrow(/No template/)
    const restored = await store.put(deleted)
    expect(restored).toEqual(renamed)
  })

  it.each([
    {
      action: 'put',
      run: (store: ReturnType<typeof createTemplateStore>, template: Template) => store.put(template),
    },
    {
      action: 'rename',
      run: (store: ReturnType<typeof createTemplateStore>) => store.rename('policy-brief', 'Mine'),
    },
    {
      action: 'remove',
      run: (store: ReturnType<typeof createTemplateStore>) => store.remove('policy-brief'),
    },
  ])('refuses to $action a built-in template', async ({ run }) => {
    const { store, dir } = await freshStore()
    const builtIn = await store.get('policy-brief')
    await expect(run(store, { ...builtIn, name: 'Changed' })).rejects.toThrow(
      /"policy-brief" is built in and cannot be .*; duplicate it to change it/,
    )
    expect(await snapshot(dir)).toEqual([])
    expect((await store.get('policy-brief')).name).toBe('Policy brief')
  })

  it('never writes over, renames or deletes a broken or newer file', async () => {
    const { store, dir } = await freshStore()
    await mkdir(dir)
    await writeFile(path.join(dir, 'broken.brieftemplate'), '{"schemaVersion": 1, "id": ')
    await writeFile(path.join(dir, 'future.brieftemplate'), '{"schemaVersion": 9, "id": "future"}')
    const before = await snapshot(dir)
    await expect(store.remove('broken')).rejects.toThrow(
      /broken.brieftemplate cannot be read, so it is left as it is/,
    )
    await expect(store.rename('future', 'Now')).rejects.toThrow(
      /future.brieftemplate cannot be read.*newer Briefwright/,
    )
    await expect(store.duplicate('broken')).rejects.toThrow(
      /The template "broken" .*broken.brieftemplate.* cannot be used: .*not valid JSON/,
    )
    expect(await snapshot(dir)).toEqual(before)
    // A template whose id is a broken file's name gets another id rather than overwriting it.
    const policy = await store.get('policy-brief')
    const saved = await store.put({ ...policy, id: 'broken', name: 'Broken' })
    expect(saved.id).toBe('broken-2')
    expect(await readFile(path.join(dir, 'broken.brieftemplate'), 'utf8')).toBe('{"schemaVersion": 1, "id": ')
    const listed = await store.list()
    expect(listed.filter((listing) => listing.error).map((listing) => listing.id)).toEqual([
      'broken',
      'future',
    ])
  })

  it('imports under the slug of the name, with a suffix on a clash', async () => {
    const { store } = await freshStore()
    const policy = await store.get('policy-brief')
    const text = serializeTemplate({ ...policy, id: 'whatever', name: 'Bar Test Org' })
    expect((await store.importText(text)).id).toBe('bar-test-org')
    expect((await store.importText(text)).id).toBe('bar-test-org-2')
  })
})

describe('save as template', () => {
  it("keeps the brief's sections and headings, the base template's guidance and whole style", async () => {
    const { store } = await freshStore()
    const base = await store.duplicate('intelligence-assessment')
    const styled = await store.put({
      ...base,
      style: {
        ...base.style,
        bodyFont: 'sans',
        headingFont: 'serif',
        sectionNumbers: true,
        tableOfContents: true,
        logo: logoOf(makePng(30, 30)),
        header: { left: '{organization}', center: '', right: '{page}' },
        firstPage: { header: true, footer: false },
      },
    })
    const brief = BriefSchema.parse({
      schemaVersion: 2,
      meta: { title: 'T', date: '2025-03-01', templateId: styled.id, marking: 'SECRET', organization: 'Org' },
      sections: [
        { id: 'key-judgments', kind: 'judgments', heading: 'What we judge', body: '' },
        { id: 'renamed-bluf', kind: 'bluf', heading: 'BLUF', body: '' },
        { id: 'mine', kind: 'custom', heading: 'My own', body: '' },
      ],
      sources: [],
    })
    const saved = await store.save(templateFromBrief(brief, styled, 'Bar Test Org'))
    expect(saved.id).toBe('bar-test-org')
    expect(
      saved.sections.map(({ id, heading, guidance, rule }) => ({ id, heading, guidance, rule })),
    ).toEqual([
      {
        id: 'key-judgments',
        heading: 'What we judge',
        guidance: styled.sections[1]?.guidance,
        rule: 'judgments',
      },
      { id: 'renamed-bluf', heading: 'BLUF', guidance: styled.sections[0]?.guidance, rule: 'bluf' },
      { id: 'mine', heading: 'My own', guidance: '', rule: 'guidance' },
    ])
    expect(saved.style).toEqual({ ...styled.style, marking: 'SECRET', organization: 'Org' })
  })
})
