import { AlignmentType, BorderStyle, LineRuleType } from 'docx'
import type { IStylesOptions } from 'docx'
import type { FontFamily, TemplateStyle } from '../templates/schema'

/*
 * The Word styles of a brief, from its template's style. Headings are Word's own Title and Heading
 * styles, so Word's navigation pane and tables of contents find them. Word has no Source Serif 4 or
 * Inter unless the reader installed them: the nearest faces every Word has stand in.
 */

const FACES: Record<FontFamily, string> = { serif: 'Georgia', sans: 'Arial' }

/** A #rrggbb colour as Word writes it. */
export function wordColor(hex: string): string {
  return hex.replace(/^#/, '').toUpperCase()
}

/** Mixes a #rrggbb colour with white; `amount` 0 is white, 1 the colour (as the PDF's theme does). */
export function tint(hex: string, amount: number): string {
  const value = parseInt(hex.replace(/^#/, ''), 16)
  const channel = (shift: number) =>
    Math.round(255 - (255 - ((value >> shift) & 255)) * amount)
      .toString(16)
      .padStart(2, '0')
  return `${channel(16)}${channel(8)}${channel(0)}`.toUpperCase()
}

export const TEXT = '1C1C1C'
export const MUTED = '555555'
export const RULE = 'C8C8C8'
export const CODE_BACKGROUND = 'E9ECF0'

/** Half-points, Word's unit of type size. */
function halfPoints(points: number): number {
  return Math.round(points * 2)
}

/** Twentieths of a point, Word's unit of spacing. */
export function twips(points: number): number {
  return Math.round(points * 20)
}

export function stylesFor(style: TemplateStyle): IStylesOptions {
  const body = FACES[style.bodyFont]
  const heading = FACES[style.headingFont]
  const size = style.bodySize
  const accent = wordColor(style.accentColor)
  const leading = size * style.lineSpacing
  const headingRun = (scale: number, color: string) => ({
    font: heading,
    size: halfPoints(size * scale),
    bold: true,
    color,
  })
  return {
    default: {
      document: {
        run: { font: body, size: halfPoints(size), color: TEXT },
        paragraph: {
          spacing: {
            after: twips(leading * 0.6),
            line: Math.round(240 * style.lineSpacing),
            lineRule: LineRuleType.AUTO,
          },
        },
      },
      title: {
        run: { ...headingRun(2.3, '111111') },
        paragraph: {
          spacing: {
            before: twips(leading),
            after: twips(leading * 0.4),
            line: 264,
            lineRule: LineRuleType.AUTO,
          },
        },
      },
      heading1: {
        run: headingRun(1.36, accent),
        paragraph: { keepNext: true, spacing: { before: twips(leading * 1.5), after: twips(leading * 0.4) } },
      },
      heading2: {
        run: headingRun(1.08, '222222'),
        paragraph: { keepNext: true, spacing: { before: twips(leading), after: twips(leading * 0.3) } },
      },
      heading3: {
        run: headingRun(0.98, MUTED),
        paragraph: { keepNext: true, spacing: { before: twips(leading * 0.8), after: twips(leading * 0.2) } },
      },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true, size: halfPoints(size * 1.3), color: '444444' },
      },
      {
        id: 'Byline',
        name: 'Byline',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: FACES.sans, size: halfPoints(size * 0.86), color: MUTED },
        paragraph: {
          border: { bottom: { style: BorderStyle.SINGLE, size: 10, color: accent, space: 8 } },
          spacing: { after: twips(leading * 1.2) },
        },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true, color: '333333' },
        paragraph: {
          border: {
            left: { style: BorderStyle.SINGLE, size: 12, color: tint(style.accentColor, 0.5), space: 8 },
          },
        },
      },
      {
        id: 'QuoteAttribution',
        name: 'Quote Attribution',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: halfPoints(size * 0.92), color: MUTED },
        paragraph: { alignment: AlignmentType.RIGHT },
      },
      {
        id: 'Organization',
        name: 'Organization',
        basedOn: 'Normal',
        next: 'Normal',
        run: {
          font: FACES.sans,
          bold: true,
          size: halfPoints(size * 0.86),
          color: 'FFFFFF',
          characterSpacing: 8,
        },
        // Borders in the band's own colour pad it above and below, as the PDF's band is padded.
        paragraph: {
          spacing: { before: 0, after: twips(leading * 0.6) },
          border: {
            top: { style: BorderStyle.SINGLE, size: 6, color: accent, space: 6 },
            bottom: { style: BorderStyle.SINGLE, size: 6, color: accent, space: 6 },
          },
        },
      },
    ],
  }
}
