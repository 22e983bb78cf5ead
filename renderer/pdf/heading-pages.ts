import type { DrawnPdf } from './render-pages'

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/**
 * The page of each heading: from the PDF's outline when it has the heading, else the first page
 * whose text contains it; null when neither finds it.
 */
export function headingPages(
  headings: string[],
  pdf: Pick<DrawnPdf, 'outline' | 'texts'>,
): (number | null)[] {
  const used = new Set<DrawnPdf['outline'][number]>()
  return headings.map((heading) => {
    const wanted = normalize(heading)
    const entry = pdf.outline.find(
      (candidate) => !used.has(candidate) && normalize(candidate.title) === wanted,
    )
    if (entry) {
      used.add(entry)
      return entry.page
    }
    const index = pdf.texts.findIndex((text) => normalize(text).includes(wanted))
    return index < 0 ? null : index + 1
  })
}
