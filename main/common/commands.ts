/*
 * Every user command, written once: its id, label and shortcuts, and where the desktop's native menu
 * places it. The renderer's registry (renderer/commands.ts) adds what each command does; the
 * Electron menu (main/electron/menu-template.ts) is laid out from MENUS. A test holds the two equal.
 * Pure: imports nothing, so the renderer may load it at run time.
 */

/** What a command is, apart from what it does. */
export type CommandSpec = {
  /** Sentence case, as the palette, the toolbar and the menu all print it. */
  label: string
  /** `Mod` is Ctrl, or ⌘ on macOS: 'Mod+Shift+S'. */
  shortcut?: string
  /** A second shortcut, for the keyboard only (a native menu item has one accelerator). */
  alternate?: string
  /** Not offered in the palette. */
  hidden?: true
  /** The desktop shell sends it by itself, not from the menu (see SHELL_COMMAND_IDS). */
  fromShell?: true
}

/** The registry's entries, in the palette's and the toolbar's order. */
export const COMMANDS = {
  'new-brief': { label: 'New brief', shortcut: 'Mod+N' },
  open: { label: 'Open…', shortcut: 'Mod+O' },
  'open-article': { label: 'Open article' },
  // Opens an article and merges it into the open brief's Positions and Sources.
  'add-article': { label: 'Add article…' },
  save: { label: 'Save', shortcut: 'Mod+S' },
  'save-as': { label: 'Save as…', shortcut: 'Mod+Shift+S' },
  'export-pdf': { label: 'Export PDF', shortcut: 'Mod+E' },
  // No shortcut: Word has no conventional one for exporting, and Mod+Shift+E is Track Changes there.
  'export-docx': { label: 'Export Word' },
  'save-as-template': { label: 'Save as template…' },
  'change-template': { label: 'Change template…' },
  'manage-templates': { label: 'Manage templates…' },
  'close-brief': { label: 'Close brief' },
  undo: { label: 'Undo', shortcut: 'Mod+Z' },
  redo: { label: 'Redo', shortcut: 'Mod+Shift+Z', alternate: 'Mod+Y' },
  'add-section': { label: 'Add section' },
  'show-sections': { label: 'Show sections' },
  'show-positions': { label: 'Show positions' },
  'show-details': { label: 'Edit title and details' },
  'check-brief': { label: 'Check brief' },
  'command-palette': { label: 'Command palette', shortcut: 'Mod+K', alternate: 'Mod+Shift+P', hidden: true },
  // The window is closing over unsaved work: the renderer asks the user, then answers with answerClose.
  'request-close': { label: 'Close window', hidden: true, fromShell: true },
  // The OS asked the app to open a document (double-click, argv, the recent list).
  'open-pending': { label: 'Open document', hidden: true, fromShell: true },
} as const satisfies Record<string, CommandSpec>

/** Every command of the app. */
export type AppCommandId = keyof typeof COMMANDS
export const APP_COMMAND_IDS = Object.keys(COMMANDS) as AppCommandId[]

/** Roles of Electron's menu items that the menu uses (main/electron checks them against Electron's list). */
export type MenuRole =
  | 'appMenu'
  | 'windowMenu'
  | 'help'
  | 'about'
  | 'close'
  | 'quit'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'

/** When an item is shown: only on macOS, only elsewhere, or only while developing. */
export type MenuCondition = 'mac' | 'not-mac' | 'development'

/** One place in a menu. */
export type MenuItemSpec =
  | { command: AppCommandId }
  | { role: MenuRole; when?: MenuCondition; label?: string }
  | { separator: true; when?: MenuCondition }
  /** The recent documents submenu (the OS's own on macOS, the app's list elsewhere). */
  | { recent: true }

/** A top-level menu: one of the app's, or one Electron fills in by role. */
export type MenuSpec =
  | { label: string; items: readonly MenuItemSpec[] }
  | { role: MenuRole; when?: MenuCondition; items?: readonly MenuItemSpec[] }

/** The native menu bar, in order. `{appName}` in a label is the app's name. */
export const MENUS = [
  { role: 'appMenu', when: 'mac' },
  {
    label: 'File',
    items: [
      { command: 'new-brief' },
      { command: 'open' },
      { command: 'add-article' },
      { recent: true },
      { separator: true },
      { command: 'save' },
      { command: 'save-as' },
      { command: 'export-pdf' },
      { command: 'export-docx' },
      { separator: true },
      { command: 'save-as-template' },
      { command: 'change-template' },
      { separator: true },
      { command: 'close-brief' },
      { role: 'close', when: 'mac' },
      { role: 'quit', when: 'not-mac' },
    ],
  },
  {
    label: 'Edit',
    items: [
      // Undo and redo go to the renderer: it knows whether a text field or the document should undo.
      { command: 'undo' },
      { command: 'redo' },
      { separator: true },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle', when: 'mac' },
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  },
  {
    label: 'View',
    items: [
      { command: 'command-palette' },
      { command: 'manage-templates' },
      { command: 'check-brief' },
      { separator: true },
      { role: 'reload', when: 'development' },
      { role: 'forceReload', when: 'development' },
      { role: 'toggleDevTools', when: 'development' },
      { separator: true, when: 'development' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { separator: true },
      { role: 'togglefullscreen' },
    ],
  },
  { role: 'windowMenu', when: 'mac' },
  { role: 'help', items: [{ role: 'about', label: 'About {appName}' }] },
] as const satisfies readonly MenuSpec[]

type ItemsOf<M> = M extends { items: readonly (infer Item)[] } ? Item : never
/** An item MENUS really holds (a command item's id is one of the menu's). */
export type PlacedMenuItem = ItemsOf<(typeof MENUS)[number]>
/** The commands the native menu has: it owns their shortcuts on the desktop. */
export type MenuCommandId = Extract<PlacedMenuItem, { command: string }>['command']
type ShellOnlyId = {
  [K in AppCommandId]: (typeof COMMANDS)[K] extends { fromShell: true } ? K : never
}[AppCommandId]
/** The commands the shell may send over the command channel: the menu's and the shell's own. */
export type CommandId = MenuCommandId | ShellOnlyId

/** The ids of the commands placed in MENUS, in menu order. */
export const MENU_COMMAND_IDS: readonly MenuCommandId[] = MENUS.flatMap((menu) =>
  'items' in menu ? menu.items.flatMap((item) => ('command' in item ? [item.command] : [])) : [],
)

/** The ids the preload forwards from the shell to the renderer. */
export const SHELL_COMMAND_IDS: readonly CommandId[] = [
  ...MENU_COMMAND_IDS,
  ...APP_COMMAND_IDS.filter((id): id is ShellOnlyId => (COMMANDS[id] as CommandSpec).fromShell === true),
]

const menuCommandSet: ReadonlySet<string> = new Set(MENU_COMMAND_IDS)
const shellCommandSet: ReadonlySet<string> = new Set(SHELL_COMMAND_IDS)

/** Whether the native menu has this command (and so owns its shortcut on the desktop). */
export function inMenu(id: AppCommandId): id is MenuCommandId {
  return menuCommandSet.has(id)
}

/** Whether a value received on the command channel is a command the shell may send. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && shellCommandSet.has(value)
}
