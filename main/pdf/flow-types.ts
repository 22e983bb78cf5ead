import type { FaceKey, TextDirection } from './engine/fonts'

/*
 * The display list: a brief flattened into a sequence of measured items (lines, spaces, table
 * rows) and structure events. Pagination only moves items down the pages; drawing only paints
 * them. x positions are absolute, y positions are given to items by the paginator.
 */

/** A piece of a line drawn in one `doc.text` call. */
export type Fragment = {
  text: string
  face: FaceKey
  size: number
  color: string
  /** Left edge, absolute once the line is placed in a frame. */
  x: number
  width: number
  link: string | null
  code: boolean
  strike: boolean
  characterSpacing: number
  /** Set by the bidi algorithm inside right-to-left text: the run is shaped (and drawn) whole in it. */
  direction?: TextDirection
}

/** Background painting (artifacts) that spans an item's full height, or a horizontal rule in it. */
export type Decor =
  | { kind: 'fill'; x: number; width: number; color: string }
  | {
      kind: 'hline'
      x: number
      width: number
      color: string
      thickness: number
      dy: number
      dotted?: boolean
    }
  | { kind: 'vline'; x: number; color: string; thickness: number }

/** A bookmark a heading line adds: level 1 for sections, 2 for headings inside them. */
export type OutlineEntry = { title: string; level: 1 | 2 }

/** One line of text, in a line box of `height`. */
export type LineItem = {
  kind: 'line'
  height: number
  /** Baseline offset from the top of the line box. */
  baseline: number
  fragments: Fragment[]
  decor: Decor[]
  /** How many following lines or rows must share this item's page (headings, orphans, widows). */
  keep: number
  /** A list label: takes no height and is drawn on the next line's baseline. */
  glue: boolean
  outline: OutlineEntry | null
  /** Drawn as an artifact (repeated table headers), outside the structure tree. */
  artifact: boolean
  /** A named destination at this line (a section heading the contents link to). */
  anchor?: string
  /** A contents entry: its page number is filled in once the anchor's page is known. */
  contents?: ContentsEntry
}

/** What a contents line points at, and where its page number and leader go. */
export type ContentsEntry = {
  anchor: string
  /** The right edge the number is set against. */
  right: number
  /** Where the title ends: the dot leader runs from here to the number. */
  titleEnd: number
  face: FaceKey
  size: number
  color: string
  leaderColor: string
}

/** An image drawn as a Figure (the logo); it takes no height of its own: a line beside it does. */
export type ImageItem = {
  kind: 'image'
  height: 0
  x: number
  /** Offset of the image's top from the item's y. */
  dy: number
  width: number
  imageHeight: number
  bytes: Uint8Array
  alt: string
  /** White space drawn around the image (a plate, so that dark ink shows on the accent band). */
  plate: number
}

/**
 * Vertical space; its decoration continues a box or draws a rule. A sticky space goes to the next
 * page with the content after it instead of being left at the foot of this one.
 */
export type SpaceItem = { kind: 'space'; height: number; decor: Decor[]; sticky?: boolean }

/** The structure element types the renderer tags content with. */
export type StructTag =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'BlockQuote'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'TOC'
  | 'TOCI'

/** Opens a structure element; the items up to the matching close are its content. */
export type OpenItem = { kind: 'open'; tag: StructTag; scope?: 'Column' }
/** Closes the innermost open structure element. */
export type CloseItem = { kind: 'close'; tag: StructTag }

/** A table cell's lines, placed `dy` below the top of their row. */
export type TableCell = { tag: 'TH' | 'TD'; scope?: 'Column'; lines: { dy: number; line: LineItem }[] }

/** A table row: never split across pages. */
export type RowItem = {
  kind: 'row'
  height: number
  decor: Decor[]
  cells: TableCell[]
  keep: number
  /** The header row of its table, repeated (as an artifact) after a page break inside the table. */
  header: boolean
  artifact: boolean
}

/** Anything in the display list. */
export type FlowItem = LineItem | SpaceItem | OpenItem | CloseItem | RowItem | ImageItem

/** Where blocks flow: a column and the decoration every item in it carries (box fill, quote bar). */
export type Frame = { x: number; width: number; decor: Decor[] }

/** An item placed on a page, `y` being the top of its box. */
export type Placed = { item: FlowItem; y: number }
