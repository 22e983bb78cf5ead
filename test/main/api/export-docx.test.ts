import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract } from '../../../main/api/contract'
import { createApiHost } from '../../../main/api/host'
import type { ApiHost } from '../../../main/api/host'
import { tempDir } from '../../helpers/temp'
import { makeBrief, readDocx, styled } from '../docx/docx-tools'

// exportDocx: the brief as a Word document in its template's style, rendered in the pipeline
// worker, with a file name made from the title.

let dataDir: string
let host: ApiHost

beforeAll(async () => {
  dataDir = await tempDir('export-docx')
  host = createApiHost({ dataDir })
})

afterAll(async () => {
  await host.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('the exportDocx call', () => {
  it('returns the .docx bytes of the brief in its template’s style, and a file name from the title', async () => {
    const brief = makeBrief(
      [
        { id: 'summary', kind: 'summary', heading: 'Bottom line', body: 'Talks resume on Monday.' },
        { id: 'background', kind: 'background', heading: 'Background', body: '' },
        { id: 'outlook', kind: 'outlook', heading: 'Outlook', body: '- More talks\n- A deadline' },
      ],
      { title: 'Border talks: what next?', marking: 'OFFICIAL', templateId: 'intelligence-assessment' },
    )
    const input = contract.exportDocx.input.parse({ brief })
    const output = contract.exportDocx.output.parse(await host.handlers.exportDocx(input))
    expect(output.fileName).toBe('Border-talks-what-next.docx')
    const docx = await readDocx(output.bytes)
    // The template's estimative language box closes the body (the brief has no Sources).
    expect(styled(docx.document, 'Heading1')).toEqual(['Bottom line', 'Outlook', 'Estimative language'])
    const template = await host.handlers.getTemplate({ id: 'intelligence-assessment' })
    const styles = docx.parts.get('word/styles.xml') ?? ''
    const heading1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? ''
    expect(heading1).toContain(`w:val="${template.style.accentColor.slice(1).toUpperCase()}"`)
  })

  it('refuses a brief that is not one, at the boundary', () => {
    expect(contract.exportDocx.input.safeParse({ brief: { title: 'x' } }).success).toBe(false)
  })
})
