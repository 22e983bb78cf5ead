import type { Slots } from '../templates/schema'

/**
 * A slot that is just "{organization}" is set as the organization's name is elsewhere (small
 * capitals in the accent colour): that is how the footer looked before slots existed.
 */
export function isOrganizationSlot(template: string): boolean {
  return template.trim() === '{organization}'
}

/** Natural widths of the left, centre and right text of a header or footer. */
export type SlotWidths = { left: number; center: number; right: number }

/**
 * How wide each slot may print within `width`, a gap apart: a centre slot gets up to half the
 * width and the sides share the rest; without one, the right side (a date, a page number) keeps
 * its width up to 38% and the left side gets what is left.
 */
export function slotLimits(natural: SlotWidths, width: number, gap: number): SlotWidths {
  if (natural.center > 0) {
    const center = Math.min(natural.center, width * 0.5)
    const side = Math.max(0, (width - center) / 2 - gap)
    return { left: side, center, right: side }
  }
  if (natural.left + natural.right + gap <= width) return natural
  const right = Math.min(natural.right, width * 0.38)
  return { left: Math.max(0, width - right - gap), center: 0, right }
}

/** The slots with nothing in them. */
export function isEmptySlots(slots: Slots): boolean {
  return !slots.left.trim() && !slots.center.trim() && !slots.right.trim()
}
