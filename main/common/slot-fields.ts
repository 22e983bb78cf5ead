/*
 * The fields a running header or footer slot may hold, filled in per page by the exports (main/pdf,
 * main/docx) and offered by the renderer's style editor. Pure: imports nothing, so the renderer may
 * load it at run time.
 */

/** The field names, as written between braces in a slot: `{title}`. */
export const SLOT_FIELDS = ['title', 'date', 'page', 'pages', 'marking', 'organization'] as const
export type SlotField = (typeof SLOT_FIELDS)[number]

/** A new pattern (it is global, so it keeps state) that matches `{field}` and captures the name. */
export function slotFieldPattern(): RegExp {
  return new RegExp(`\\{(${SLOT_FIELDS.join('|')})\\}`, 'g')
}

/** What the fields of header and footer slots stand for on one page. */
export type PageFields = {
  title: string
  date: string
  marking: string
  organization: string
  page: number
  pages: number
}

const FIELD = slotFieldPattern()

/** Separators written between fields ("{organization} · {date}"). */
const SEPARATORS = '·•|/,–—-'
const REPEATED_SEPARATOR = new RegExp(`([${SEPARATORS}])(?:\\s*[${SEPARATORS}])+`, 'g')
const EDGE_SEPARATORS = new RegExp(`^[\\s${SEPARATORS}]+|[\\s${SEPARATORS}]+$`, 'g')

/**
 * A slot's text with its fields filled in; unknown braces are left as written. A field with no
 * value (no organization, no marking) takes its separator with it, so no stray "·" is printed.
 * An export that numbers pages itself (Word's page fields) passes stand-ins for the page numbers.
 */
export function fillSlot(template: string, fields: { [K in SlotField]: string | number }): string {
  let emptied = false
  const filled = template
    .replace(FIELD, (_match, name: SlotField) => {
      const value = String(fields[name]).trim()
      if (value === '') emptied = true
      return value
    })
    .replace(/\s+/g, ' ')
    .trim()
  if (!emptied) return filled
  return filled.replace(REPEATED_SEPARATOR, '$1').replace(EDGE_SEPARATORS, '')
}
