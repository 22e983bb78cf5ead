/*
 * The names of every call, listed once. The api contract (main/api/contract.ts) keys its schemas by
 * API_CALLS, and the renderer client, the preload and the IPC channel table are built from these
 * lists, so a call added here and nowhere else does not compile, and one added elsewhere cannot exist.
 * Pure: imports nothing, so the renderer may load it at run time.
 */

/** The calls the UI makes, over IPC in the desktop app and over HTTP in a browser. */
export const API_CALLS = [
  'openArticle',
  'draftBrief',
  'draftMerged',
  'renderPdf',
  'exportPdf',
  'exportDocx',
  'checkBrief',
  'openBrief',
  'saveBrief',
  'listTemplates',
  'getTemplate',
  'saveTemplate',
  'renameTemplate',
  'duplicateTemplate',
  'deleteTemplate',
  'importTemplate',
  'exportTemplate',
  'saveBriefAsTemplate',
  'changeTemplate',
  'renderTemplatePreview',
  'getSettings',
  'setSettings',
  'listRecent',
  'addRecent',
  'saveRecovery',
  'touchRecovery',
  'listRecovery',
  'takeRecovery',
  'discardRecovery',
] as const
export type CallName = (typeof API_CALLS)[number]

/** The calls only the desktop app has, because they need native things (dialogs, files, the browser). */
export const DESKTOP_CALLS = [
  'openDocument',
  'saveDocument',
  'savePdf',
  'saveDocx',
  'resetDocument',
  'takePendingDocument',
  'setDocumentEdited',
  'answerClose',
  'openExternal',
] as const
export type DesktopCallName = (typeof DESKTOP_CALLS)[number]

const apiCallSet: ReadonlySet<string> = new Set(API_CALLS)
const desktopCallSet: ReadonlySet<string> = new Set(DESKTOP_CALLS)

/** Whether `name` (from a URL or a message) is an api call. */
export function isCallName(name: string): name is CallName {
  return apiCallSet.has(name)
}

/** Whether `name` is a desktop-only call. */
export function isDesktopCallName(name: string): name is DesktopCallName {
  return desktopCallSet.has(name)
}

/**
 * An object with one entry per name, made by `make`. Its type is a mapped type over the names, so
 * the tables built with it (IPC channels, preload functions, client calls) can never miss one.
 */
export function tableOf<N extends string, V>(
  names: readonly N[],
  make: <K extends N>(name: K) => V,
): { [K in N]: V } {
  return Object.fromEntries(names.map((name) => [name, make(name)])) as { [K in N]: V }
}
