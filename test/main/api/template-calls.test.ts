import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatchCall } from '../../../main/api/dispatch'
import { createApiHost } from '../../../main/api/host'
import type { ApiHost } from '../../../main/api/host'
import { BriefSchema } from '../../../main/brief/schema'
import { serializeTemplate } from '../../../main/files/template-store'
import { logoOf, makePng } from '../../helpers/images'
import { loadSample, pdfInfo, pdfText, writePdf } from '../pdf/pdf-tools'
import { imageRows } from '../pdf/trace-tools'
import { tempDir } from '../../helpers/temp'
import { callThrough } from '../../helpers/api-call'
import { BUILT_IN_HEADINGS } from '../../helpers/template-headings'

let dataDir: string
let host: ApiHost

beforeAll(async () => {
  dataDir = await tempDir('template-calls')
  host = createApiHost({ dataDir })
})

afterAll(async () => {
  await host.close()
  await rm(dataDir, { recursive: true, force: true })
})

// Through the contract, as a transport calls: the input is validated and the output must match.
const call = callThrough(() => host.handlers)

async function snapshot(): Promise<string[]> {
  const dir = path.join(dataDir, 'templates')
  const names = await readdir(dir).catch(() => [])
  return Promise.all(
    names
      .sort()
      .map(
        async (name) =>
          `${name} ${(await stat(path.join(dir, name))).size} ${(await stat(path.join(dir, name))).mtimeMs}`,
      ),
  )
}

describe('the template manager calls', () => {
  it('duplicates, renames, saves, exports, deletes and undoes a delete', async () => {
    const copy = await call('duplicateTemplate', { id: 'policy-brief' })
    expect([copy.id, copy.name]).toEqual(['policy-brief-copy', 'Policy brief copy'])
    const renamed = await call('renameTemplate', { id: copy.id, name: 'House style' })
    expect(renamed.id).toBe(copy.id)
    const saved = await call('saveTemplate', {
      template: { ...renamed, style: { ...renamed.style, sectionNumbers: true } },
    })
    expect(saved.style.sectionNumbers).toBe(true)
    const exported = await call('exportTemplate', { id: copy.id })
    expect(exported.fileName).toBe('policy-brief-copy.brieftemplate')
    expect(JSON.parse(exported.text)).toEqual(saved)
    const deleted = await call('deleteTemplate', { id: copy.id })
    expect(deleted).toEqual(saved)
    expect((await call('listTemplates', {})).some((listing) => listing.id === copy.id)).toBe(false)
    expect(await call('saveTemplate', { template: deleted })).toEqual(saved)
    expect((await call('getTemplate', { id: copy.id })).name).toBe('House style')
  })

  it.each([
    {
      name: 'saveTemplate',
      input: async () => ({ template: await call('getTemplate', { id: 'decision-memo' }) }),
    },
    { name: 'renameTemplate', input: async () => ({ id: 'decision-memo', name: 'Mine' }) },
    { name: 'deleteTemplate', input: async () => ({ id: 'decision-memo' }) },
  ] as const)('$name refuses a built-in template', async ({ name, input }) => {
    const before = await snapshot()
    const result = await dispatchCall(host.handlers, name, await input())
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/built in.*duplicate it/) },
    })
    expect(await snapshot()).toEqual(before)
  })

  it.each([
    {
      name: 'a broken file',
      text: '{"schemaVersion": 1, "id": ',
      message: /^This template is not valid JSON/,
    },
    { name: 'a newer file', text: '{"schemaVersion": 2, "id": "x"}', message: /newer Briefwright/ },
    {
      name: 'a 5 MB logo',
      text: async () => {
        const policy = await call('getTemplate', { id: 'policy-brief' })
        const logo = logoOf(Buffer.concat([makePng(10, 10), Buffer.alloc(3_900_000)]))
        return serializeTemplate({ ...policy, style: { ...policy.style, logo } })
      },
      message: /style\.logo\.data: the logo is larger than 1 MB/,
    },
  ])('importTemplate refuses $name in one line and changes nothing', async ({ text, message }) => {
    const before = await snapshot()
    const body = typeof text === 'string' ? text : await text()
    const result = await dispatchCall(host.handlers, 'importTemplate', { text: body })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(message) },
    })
    if (!result.ok) expect(result.error.message).not.toContain('\n')
    expect(await snapshot()).toEqual(before)
  })

  it('imports a template file and lists it', async () => {
    const policy = await call('getTemplate', { id: 'policy-brief' })
    const imported = await call('importTemplate', {
      text: serializeTemplate({ ...policy, name: 'Imported One' }),
    })
    expect(imported.id).toBe('imported-one')
    expect(await call('listTemplates', {})).toContainEqual(
      expect.objectContaining({ id: 'imported-one', builtIn: false }),
    )
  })
})

describe('briefs and templates', () => {
  const sample = loadSample()

  it('saves the open brief as a template that keeps its sections and style', async () => {
    const saved = await call('saveBriefAsTemplate', { brief: sample, name: 'Bar Test Org' })
    expect(saved.id).toBe('bar-test-org')
    expect(saved.sections.map((section) => section.heading)).toEqual(
      sample.sections.map((section) => section.heading),
    )
    expect(saved.style.marking).toBe('UNCLASSIFIED')
    expect(saved.style.organization).toBe('Adriatic Policy Institute')
  })

  it('changes the template of a brief: sections mapped by kind, nothing dropped', async () => {
    const changed = await call('changeTemplate', { brief: sample, templateId: 'intelligence-assessment' })
    expect(changed.meta).toMatchObject({ templateId: 'intelligence-assessment', marking: 'UNCLASSIFIED' })
    expect(changed.sections.slice(0, 7).map((section) => section.heading)).toEqual([
      ...BUILT_IN_HEADINGS['intelligence-assessment'],
    ])
    for (const section of sample.sections) {
      expect(changed.sections.map((candidate) => candidate.body)).toContain(section.body)
    }
  })

  it('draws page 1 of a template from the sample brief, for an installed or an edited template', async () => {
    const byId = await call('renderTemplatePreview', { templateId: 'intelligence-assessment' })
    expect(byId.pages).toBe(1)
    const byIdPath = writePdf(byId.bytes, 'preview')
    expect(pdfInfo(byIdPath).get('Pages')).toBe('1')
    const text = pdfText(byIdPath)
    expect(text).toContain('Grid Interconnection Talks Resume')
    expect(text).toContain('Bottom line up front')
    expect(text.match(/UNCLASSIFIED/g)).toHaveLength(2)

    const template = await call('getTemplate', { id: 'policy-brief' })
    const edited = {
      ...template,
      style: { ...template.style, logo: logoOf(makePng(60, 20)), pageSize: 'a4' as const },
    }
    const preview = await call('renderTemplatePreview', { template: edited, brief: sample })
    const path = writePdf(preview.bytes, 'preview-edited')
    expect(pdfInfo(path).get('Page size')).toMatch(/A4/)
    expect(imageRows(path).filter((row) => row.type === 'image')).toHaveLength(1)
    expect(pdfText(path)).toContain('Power Lines')
  })

  it('refuses a preview call naming both or neither template', async () => {
    const template = await call('getTemplate', { id: 'policy-brief' })
    for (const input of [{}, { templateId: 'policy-brief', template }]) {
      const result = await dispatchCall(host.handlers, 'renderTemplatePreview', input)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    }
  })

  it('renders a brief in an edited style with renderPdf', async () => {
    const style = { ...(await call('getTemplate', { id: 'policy-brief' })).style, tableOfContents: true }
    const result = await call('renderPdf', { brief: BriefSchema.parse(sample), style })
    expect(pdfText(writePdf(result.bytes), 1)).toContain('CONTENTS')
    const plain = await call('renderPdf', { brief: sample })
    expect(pdfText(writePdf(plain.bytes), 1)).not.toContain('CONTENTS')
  })
})
