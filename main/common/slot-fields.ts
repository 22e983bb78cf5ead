/*
 * The fields a running header or footer slot may hold, filled in per page by main/pdf and offered
 * by the renderer's style editor. Pure: imports nothing, so the renderer may load it at run time.
 */

/** The field names, as written between braces in a slot: `{title}`. */
export const SLOT_FIELDS = ['title', 'date', 'page', 'pages', 'marking', 'organization'] as const
export type SlotField = (typeof SLOT_FIELDS)[number]

/** A new pattern (it is global, so it keeps state) that matches `{field}` and captures the name. */
export function slotFieldPattern(): RegExp {
  return new RegExp(`\\{(${SLOT_FIELDS.join('|')})\\}`, 'g')
}
