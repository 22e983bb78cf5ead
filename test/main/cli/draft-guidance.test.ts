import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { TemplateSchema } from '../../../main/templates/schema'
import { root, runCli, seedArticle, tool } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

let dir: string

beforeAll(async () => {
  dir = await tempDir('cli-guidance')
})

/** Text as pdftotext gives it, with line breaks and hyphenation folded so phrases can be found. */
function flat(text: string): string {
  return text.replace(/-\n/g, '').replace(/\s+/g, ' ')
}

describe('briefwright draft prints no template guidance', () => {
  it.each(['decision-memo', 'policy-brief', 'intelligence-assessment', 'situation-report'])(
    'with %s',
    async (templateId) => {
      const template = TemplateSchema.parse(
        JSON.parse(await readFile(path.join(root, 'templates', `${templateId}.json`), 'utf8')),
      )
      const out = path.join(dir, `${templateId}.pdf`)
      const result = runCli(['draft', seedArticle, '--template', templateId, '--out', out])
      expect(result.code, result.stderr).toBe(0)
      const text = flat(tool('pdftotext', [out, '-']))
      expect(text).toContain('Trump’s Envoy Meets With Putin')
      // The first words of each hint: enough to be unmistakable, short enough to stay on one line.
      const hints = template.sections
        .map((section) => ({
          heading: section.heading,
          hint: section.guidance.split(' ').slice(0, 5).join(' '),
        }))
        .filter(({ hint }) => hint !== '')
      expect(hints.length).toBeGreaterThan(0)
      for (const { heading, hint } of hints) expect(text, `${heading}: “${hint}”`).not.toContain(hint)
    },
  )
})
