import { tool } from './cli'

/** What a published brief must pass, read back from the file with poppler, qpdf and mutool. */
export function readBack(pdfPath: string) {
  const info = tool('pdfinfo', [pdfPath])
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  const fonts = tool('pdffonts', [pdfPath])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
  const pageTexts = Array.from({ length: pages }, (_unused, index) =>
    tool('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), '-layout', pdfPath, '-']),
  )
  return {
    info,
    pages,
    title: /^Title:\s+(.*)$/m.exec(info)?.[1] ?? null,
    tagged: /^Tagged:\s+yes/m.test(info),
    qpdf: tool('qpdf', ['--check', pdfPath]),
    fonts,
    outline: tool('mutool', ['show', pdfPath, 'outline']),
    pageTexts,
  }
}
