import { describe, expect, it } from 'vitest'
import { renderBriefPdf } from '../../../main/pdf/index'
import { inkBetween } from '../../helpers/pdf-ink'
import { makeBrief, makeStyle, run, writePdf } from './pdf-tools'

// `~~text~~` prints struck through, as the editor shows it and the Word export writes it. Read back
// from the page's pixels: the space between two struck words is crossed by a line, the space between
// two plain words is blank.

describe('struck-through text', () => {
  it('draws a line through struck words and not through plain ones', async () => {
    const brief = makeBrief({
      sections: [
        { id: 'notes', kind: 'custom', heading: 'Notes', body: 'Keep ~~struck words~~ and plain words.' },
      ],
    })
    const path = writePdf((await renderBriefPdf(brief, makeStyle())).bytes, 'strike')
    expect(run('pdftotext', [path, '-'])).toContain('Keep struck words and plain words.')
    expect(inkBetween(path, 'struck', 'words')).toBeGreaterThan(0)
    expect(inkBetween(path, 'plain', 'words.')).toBe(0)
  })
})
