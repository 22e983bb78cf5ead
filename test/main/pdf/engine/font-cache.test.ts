import { describe, expect, it } from 'vitest'
import { BriefSchema } from '../../../../main/brief/schema'
import type { Brief } from '../../../../main/brief/schema'
import { renderBriefPdf } from '../../../../main/pdf/index'
import { makeStyle, pdfText, writePdf } from '../pdf-tools'

// Fonts are parsed once per process and shared by every PDF. These PDFs run first in this file's
// fresh module graph: what one renders must not change how the next one's text extracts.

function brief(body: string): Brief {
  return BriefSchema.parse({
    schemaVersion: 2,
    meta: { title: 'Probe', date: '2025-01-01', templateId: 'probe', marking: 'OFFICIAL-SENSITIVE' },
    sections: [{ id: 'body', kind: 'custom', heading: 'Body', body }],
    sources: [],
  })
}

const PROBE = 'One sentence. Two: three; four… five! “Six” and ‘seven’ — eight’s fine ﬁgures, office affairs.'

describe('the per-process font cache', () => {
  it('keeps text extraction independent of what was rendered before', async () => {
    const style = makeStyle()
    // No full stops here; composite glyphs in these PDFs' subsets reference the full stop's glyph.
    await renderBriefPdf(brief(`${'- '.repeat(5000)}innermost item`), style)
    await renderBriefPdf(brief(`${'*a '.repeat(20000)}centre${' a*'.repeat(20000)}`), style)
    await renderBriefPdf(brief('Ĳssel ǅ ǈ ǋ ŀ Ŀ ı ȷ ï ĭ į ǰ ¡ ¿ ÷ ‰ ¨ ˙ ǚ ṡ ẛ'), style)
    const probe = await renderBriefPdf(brief(PROBE), style)
    const text = pdfText(writePdf(probe.bytes, 'probe')).replace(/\s+/g, ' ')
    expect(text).toContain(PROBE.replace('ﬁgures', 'figures'))
    // Inter sets a hyphen between capitals with a case-hyphen glyph that the font also maps to a private-use code point.
    expect(text.match(/OFFICIAL-SENSITIVE/g)).toHaveLength(2)
  })

  it('gives the same bytes for a brief before and after other briefs', async () => {
    const style = makeStyle()
    const first = await renderBriefPdf(brief(PROBE), style)
    await renderBriefPdf(brief('Ελληνικά, Українська, Српски, Lajčák, Vučić; µ μ ’ ʼ ‐ - \u00a0'), style)
    const again = await renderBriefPdf(brief(PROBE), style)
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true)
  })
})
