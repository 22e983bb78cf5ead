import { faceMetrics } from './engine/fonts'
import type { LaidLine, TextStyle, TypeSet } from './line-break'
import type { Frame, LineItem, OutlineEntry } from './flow-types'
import type { Theme } from './theme'

const SERIF: TypeSet = {
  regular: 'serif',
  italic: 'serif-italic',
  bold: 'serif-bold',
  boldItalic: 'serif-bold-italic',
  code: 'sans',
}
const SERIF_ITALIC: TypeSet = { ...SERIF, regular: 'serif-italic', italic: 'serif' }
const SANS: TypeSet = {
  regular: 'sans',
  italic: 'sans-italic',
  bold: 'sans-semibold',
  boldItalic: 'sans-semibold',
  code: 'sans',
}
const SANS_SEMIBOLD: TypeSet = {
  regular: 'sans-semibold',
  italic: 'sans-italic',
  bold: 'sans-bold',
  boldItalic: 'sans-bold',
  code: 'sans',
}
const SANS_BOLD: TypeSet = {
  regular: 'sans-bold',
  italic: 'sans-italic',
  bold: 'sans-bold',
  boldItalic: 'sans-bold',
  code: 'sans',
}

const SERIF_BOLD: TypeSet = {
  regular: 'serif-bold',
  italic: 'serif-bold-italic',
  bold: 'serif-bold',
  boldItalic: 'serif-bold-italic',
  code: 'sans',
}
const SANS_ITALIC: TypeSet = { ...SANS, regular: 'sans-italic', italic: 'sans' }

/** The faces of running text and of headings in each family (Source Serif has no semibold: bold stands in). */
const FAMILIES = {
  serif: { body: SERIF, italic: SERIF_ITALIC, heading: SERIF_BOLD, title: SERIF_BOLD },
  sans: { body: SANS, italic: SANS_ITALIC, heading: SANS_SEMIBOLD, title: SANS_BOLD },
} as const

/** The text styles of a brief, scaled from the template's body size and line spacing. */
export type Typography = {
  body: TextStyle
  quote: TextStyle
  attribution: TextStyle
  title: TextStyle
  subtitle: TextStyle
  byline: TextStyle
  band: TextStyle
  sectionHeading: TextStyle
  subheading: TextStyle
  minorHeading: TextStyle
  boxHeading: TextStyle
  table: TextStyle
  tableHeader: TextStyle
  code: TextStyle
  label: TextStyle
}

/** The typography for a theme. */
export function typographyFor(theme: Theme): Typography {
  const size = theme.bodySize
  const spacing = theme.leading / size
  const style = (faces: TypeSet, scale: number, color: string, lineScale = spacing): TextStyle => ({
    faces,
    size: size * scale,
    color,
    linkColor: theme.accent,
    leading: size * scale * lineScale,
  })
  const body = FAMILIES[theme.bodyFont]
  const heading = FAMILIES[theme.headingFont]
  return {
    body: style(body.body, 1, theme.text),
    quote: style(body.body, 1, '#333333'),
    attribution: style(body.italic, 0.92, theme.muted),
    title: style(heading.title, 2.3, '#111111', 1.16),
    subtitle: style(body.italic, 1.3, '#444444', 1.3),
    byline: style(SANS, 0.86, theme.muted, 1.4),
    band: style(SANS_SEMIBOLD, 0.86, '#ffffff', 1),
    sectionHeading: style(heading.heading, 1.36, theme.accent, 1.22),
    subheading: style(heading.heading, 1.08, '#222222', 1.3),
    minorHeading: style(heading.heading, 0.98, theme.muted, 1.3),
    boxHeading: style(heading.heading, 0.86, theme.accent, 1.3),
    table: style(SANS, 0.84, theme.text, 1.35),
    tableHeader: style(SANS_SEMIBOLD, 0.84, '#1a1a1a', 1.35),
    code: style({ ...SANS, regular: 'sans' }, 0.86, '#222222', 1.4),
    label: style(body.body, 1, theme.accent),
  }
}

/** Where the baseline sits in a line box of the style: the box is split evenly above and below the text. */
export function baselineOffset(style: TextStyle): number {
  const metrics = faceMetrics(style.faces.regular)
  const textHeight = (metrics.ascent + metrics.descent) * style.size
  return (style.leading - textHeight) / 2 + metrics.ascent * style.size
}

/** How `lineItems` places lines. */
export type LineOptions = {
  align?: 'left' | 'right'
  /** Keep the first two and last two lines together (no orphans or widows). */
  widowControl?: boolean
  /** Lines after the last one that must share its page (headings keep with what follows). */
  keepAfter?: number
  outline?: OutlineEntry | null
  /** A named destination on the first line (a section heading). */
  anchor?: string
}

/** Places laid-out lines in a frame as display-list line items. */
export function lineItems(
  laid: readonly LaidLine[],
  style: TextStyle,
  frame: Frame,
  options: LineOptions = {},
): LineItem[] {
  const baseline = baselineOffset(style)
  const count = laid.length
  return laid.map((line, index) => {
    const shift = frame.x + (options.align === 'right' ? Math.max(0, frame.width - line.width) : 0)
    let keep = 0
    if (options.keepAfter) keep = count - 1 - index + options.keepAfter
    else if (options.widowControl && count >= 2 && (index === 0 || index === count - 2)) keep = 1
    return {
      kind: 'line',
      height: style.leading,
      baseline,
      fragments: line.fragments.map((fragment) => ({ ...fragment, x: fragment.x + shift })),
      decor: frame.decor,
      keep,
      glue: false,
      outline: index === 0 ? (options.outline ?? null) : null,
      artifact: false,
      ...(index === 0 && options.anchor ? { anchor: options.anchor } : {}),
    }
  })
}
