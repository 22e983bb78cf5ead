import type { Brief } from '../brief/schema'
import type { Logo, TemplateStyle } from '../templates/schema'
import { decodeBase64, imageSize } from '../templates/logo'
import { formatDate } from '../common/dates'
import { PLAIN, textRun } from './blocks'
import { flowText, space, tagged } from './flow-context'
import type { FlowContext } from './flow-context'
import type { Decor, Frame, ImageItem } from './flow-types'
import { breakLines } from './line-break'
import { lineItems } from './typography'

/** White space around the logo on its plate, and between the band's edge and the plate. */
const PLATE_PADDING = 4
const BAND_PADDING = 6
/** A band holding a logo is taller, so that the logo stays legible. */
const LOGO_BAND_HEIGHT = 40

/** The logo, scaled to `height` points high (and at most `maxWidth` wide), or null when it cannot be read. */
function logoImage(logo: Logo | null, height: number, maxWidth: number, alt: string): ImageItem | null {
  if (!logo) return null
  const bytes = decodeBase64(logo.data)
  const size = bytes ? imageSize(bytes) : null
  if (!bytes || !size) return null
  const scale = Math.min(height / size.height, maxWidth / size.width)
  return {
    kind: 'image',
    height: 0,
    x: 0,
    dy: 0,
    width: size.width * scale,
    imageHeight: size.height * scale,
    bytes,
    alt,
    plate: PLATE_PADDING,
  }
}

/**
 * The organization band across the top of page 1: the logo (a Figure, alt text "<organization>
 * logo") on a white plate at the left margin, then the organization's name. A brief with neither
 * (or a logo that cannot be read) has no band: an empty stripe would only stand for an organization that is not there.
 */
function flowBand(context: FlowContext, organization: string, logo: Logo | null): void {
  const { theme, type } = context
  let bandHeight = Math.max(28, type.band.size * 3.2)
  if (logo) bandHeight = Math.max(bandHeight, LOGO_BAND_HEIGHT)
  const band: Decor = { kind: 'fill', x: 0, width: theme.pageWidth, color: theme.accent }
  const imageHeight = bandHeight - 2 * (BAND_PADDING + PLATE_PADDING)
  const alt = organization ? `${organization} logo` : 'Organization logo'
  const image = logoImage(logo, imageHeight, theme.contentWidth / 3, alt)
  if (!organization && !image) return
  const frame: Frame = { x: theme.contentLeft, width: theme.contentWidth, decor: [band] }
  if (image) {
    image.x = theme.contentLeft + PLATE_PADDING
    image.dy = (bandHeight - image.imageHeight) / 2
    context.items.push(image)
    const used = image.width + 2 * PLATE_PADDING + 12
    frame.x += used
    frame.width -= used
  }
  if (!organization) {
    space(context, bandHeight, [band])
    return
  }
  const bandStyle = { ...type.band, leading: bandHeight }
  const laid = breakLines([textRun(organization.toUpperCase())], bandStyle, frame.width, context.onMissing)
  const [line] = lineItems(laid.slice(0, 1), bandStyle, frame)
  if (!line) return
  for (const fragment of line.fragments) {
    fragment.characterSpacing = 0.4
    fragment.width += 0.4 * Math.max(0, Array.from(fragment.text).length - 1)
  }
  tagged(context, 'P', () => context.items.push(line))
}

/** The page-1 masthead: organization band, title, subtitle, date and author, and a rule. */
export function flowMasthead(context: FlowContext, brief: Brief, style: TemplateStyle): void {
  const { theme, type } = context
  const frame: Frame = { x: theme.contentLeft, width: theme.contentWidth, decor: [] }
  // The brief carries its organization (drafting fills it from the template or the settings): a
  // brief whose organization was cleared prints none, whatever its template says.
  flowBand(context, brief.meta.organization.trim(), style.logo)
  space(context, theme.leading * 2, [])
  flowText(context, [textRun(brief.meta.title.trim() || 'Untitled brief')], type.title, frame, 'H1')
  if (brief.meta.subtitle.trim()) {
    space(context, theme.leading * 0.7, [])
    flowText(context, [textRun(brief.meta.subtitle.trim())], type.subtitle, frame, 'P')
  }
  const byline = [formatDate(brief.meta.date), brief.meta.author.trim()]
    .filter((part) => part !== '')
    .join('  ·  ')
  space(context, theme.leading * 0.8, [])
  flowText(context, [textRun(byline, PLAIN)], type.byline, frame, 'P')
  const rule: Decor = {
    kind: 'hline',
    x: frame.x,
    width: frame.width,
    color: theme.accent,
    thickness: 1.25,
    dy: theme.leading * 0.7,
  }
  space(context, theme.leading * 1.4, [rule])
  space(context, theme.leading * 0.6, [])
}
