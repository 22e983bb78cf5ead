import * as z from 'zod'
import type { DesktopCallName } from '../common/api-calls'
import type { CallSpec } from './contract'
import { bytesSchema, LIMITS } from './pipeline-schemas'

// Calls that exist only in the desktop app because they need native things (dialogs, the file
// system, the system browser); main/electron implements them. Their names are listed once in
// main/common/api-calls.ts. Data in, data out, validated like the api; file paths never come from
// the renderer: they come from dialogs, the OS (open-file, argv) or the recent list.

const FileName = z.string().min(1).max(LIMITS.fileName)
const Saved = z.strictObject({ saved: z.boolean(), name: FileName.nullable() })
const Empty = z.strictObject({})

/** Every desktop-only call with its input and output schema. */
export const desktopContract = {
  /** The native Open dialog: a .brief document or an article file, read into bytes. */
  openDocument: {
    input: Empty,
    output: z
      .strictObject({
        name: FileName,
        kind: z.enum(['brief', 'article']),
        bytes: bytesSchema(LIMITS.articleBytes * 2),
      })
      .nullable(),
  },
  /** Saves a .brief's text: to its file, or through the Save dialog the first time or with `saveAs`. */
  saveDocument: {
    input: z.strictObject({
      text: z.string().max(LIMITS.briefText),
      suggestedName: FileName,
      saveAs: z.boolean(),
    }),
    output: Saved,
  },
  /** Writes exported PDF bytes where the Save dialog says. */
  savePdf: {
    input: z.strictObject({ bytes: bytesSchema(LIMITS.pdfBytes), suggestedName: FileName }),
    output: Saved,
  },
  /** Writes an exported Word document where the Save dialog says. */
  saveDocx: {
    input: z.strictObject({ bytes: bytesSchema(LIMITS.pdfBytes), suggestedName: FileName }),
    output: Saved,
  },
  /** Forgets the current file (File › New), so the next Save asks where. */
  resetDocument: { input: Empty, output: Empty },
  /** A document the OS asked the app to open (double-click, argv, recent list), if any. */
  takePendingDocument: {
    input: Empty,
    output: z.strictObject({ name: FileName, text: z.string().max(LIMITS.briefText) }).nullable(),
  },
  /** The document has (or no longer has) unsaved changes: closing the window asks first while it has. */
  setDocumentEdited: { input: z.strictObject({ edited: z.boolean() }), output: Empty },
  /**
   * The answer to the shell's 'request-close' command: `close` once the work was saved or discarded
   * (the window then closes, and a quit goes on), false to keep the window.
   */
  answerClose: { input: z.strictObject({ close: z.boolean() }), output: Empty },
  /** Opens an http(s) link in the system browser. */
  openExternal: {
    input: z.strictObject({ url: z.string().max(LIMITS.url) }),
    output: z.strictObject({ opened: z.boolean() }),
  },
} as const satisfies { [K in DesktopCallName]: CallSpec }

export type { DesktopCallName }
/** The desktop calls as the renderer sees them. */
export type DesktopApi = {
  [K in DesktopCallName]: (
    input: z.input<(typeof desktopContract)[K]['input']>,
  ) => Promise<z.output<(typeof desktopContract)[K]['output']>>
}
/** The desktop calls as main/electron/desktop.ts implements them (per window). */
export type DesktopHandlers = {
  [K in DesktopCallName]: (
    input: z.output<(typeof desktopContract)[K]['input']>,
  ) => Promise<z.output<(typeof desktopContract)[K]['output']>>
}
