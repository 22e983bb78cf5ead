import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DocumentError } from '../../../main/brief/migrate'
import { parseBriefJson } from '../../../main/files/brief-file'
import { renderBriefPdf } from '../../../main/pdf/index'
import { loadSample, makeBrief, makeStyle, run, writePdf } from './pdf-tools'

// Images are bytes inside a template (its logo), never paths: a document cannot make the app read a file.

describe('a brief that points images at files', () => {
  it('prints the alt text of Markdown images and reads no file', async () => {
    const sample = loadSample()
    const brief = makeBrief({
      sections: [
        {
          ...sample.sections[1],
          body: 'Before. ![passwd file](/etc/passwd) ![hosts file](file:///etc/hosts) ![remote](https://example.org/x.png) After.',
        },
      ],
    })
    const pdf = writePdf((await renderBriefPdf(brief, makeStyle())).bytes, 'image-paths')
    const text = run('pdftotext', [pdf, '-'])
    expect(text).toContain('passwd file')
    expect(text).toContain('hosts file')
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0]
    expect(text).not.toContain(passwd)
    // pdfimages lists a header of two lines and then one line per image: there are none.
    expect(run('pdfimages', ['-list', pdf]).trim().split('\n')).toHaveLength(2)
  })

  it('refuses a .brief that carries an image path in a field', () => {
    const sample = loadSample()
    const text = JSON.stringify({
      ...sample,
      sections: [{ ...sample.sections[0], image: '/etc/passwd' }],
    })
    expect(() => parseBriefJson(text)).toThrow(DocumentError)
    expect(() => parseBriefJson(text)).toThrow(/sections\.0/)
  })
})
