import { APP_COMMAND_IDS, COMMANDS, inMenu } from '../main/common/commands'
import type { AppCommandId, CommandSpec } from '../main/common/commands'
import { deepActiveElement, isDocumentField } from './editor/editor-registry'
import type { AppAction, AppState } from './state/app-state'
import type { Store } from './state/store'
import type { TemplateActions } from './state/template-actions'
import type { Edits } from './state/workspace-edits'
import type { Workspace } from './state/workspace'

export type { AppCommandId }

/**
 * One user command. The same entry feeds the toolbar, the keyboard shortcuts and the command palette;
 * the native menu is laid out from the same table and sends its id through `onCommand`.
 */
export type Command = {
  id: AppCommandId
  label: string
  /** `Mod` is Ctrl, or ⌘ on macOS: 'Mod+Shift+S'. */
  shortcut?: string
  /** A second shortcut for the same command. */
  alternate?: string
  /** The desktop's native menu has this command and owns its shortcut there. */
  menu: boolean
  /** Not offered in the palette (internal commands). */
  hidden?: boolean
  enabled: (state: AppState) => boolean
  run: () => void | Promise<void>
}

/** What the commands act on. */
export type CommandContext = {
  store: Store<AppState, AppAction>
  workspace: Workspace
  edits: Edits
  templates: TemplateActions
}

const hasBrief = (state: AppState) => state.doc.brief !== null
const idle = (state: AppState) => state.ui.task === null
const always = () => true

function isTextField(element: Element | null): boolean {
  if (!element) return false
  if (element instanceof HTMLTextAreaElement) return true
  if (element instanceof HTMLInputElement)
    return ['text', 'url', 'search', 'email', 'date', ''].includes(element.type)
  return element instanceof HTMLElement && element.isContentEditable
}

/**
 * Undo and redo. Fields that belong to the document (section editors, headings, meta, stances) are
 * part of the one document history, so Ctrl+Z there undoes the last document step, typing included.
 * Other text fields (the paste box, the palette's filter) keep the browser's own undo.
 */
export function routeHistory(
  direction: 'undo' | 'redo',
  active: Element | null,
  documentStep: () => void,
): void {
  if (isTextField(active) && !isDocumentField(active)) {
    // execCommand is deprecated but still the only way to drive a field's native undo stack.
    document.execCommand(direction)
    return
  }
  documentStep()
}

/** What a command does: when it can run, and running it. */
type Behaviour = { enabled: (state: AppState) => boolean; run: () => void | Promise<void> }

/**
 * The registry: the command table's entries (main/common/commands.ts: labels, shortcuts, order) with
 * what each does. A mapped type over the table, so a command without a behaviour does not compile.
 */
export function createCommands({ store, workspace, edits, templates }: CommandContext): Command[] {
  const view = (target: 'sections' | 'positions' | 'details') => () => {
    store.dispatch({ type: 'view', view: target })
  }
  const withBrief = (state: AppState) => hasBrief(state) && idle(state)
  const behaviours: { [K in AppCommandId]: Behaviour } = {
    'new-brief': { enabled: idle, run: () => void workspace.newBrief() },
    open: { enabled: idle, run: workspace.open },
    'open-article': { enabled: idle, run: workspace.open },
    'add-article': { enabled: withBrief, run: workspace.addArticle.add },
    save: { enabled: withBrief, run: () => void workspace.save(false) },
    'save-as': { enabled: withBrief, run: () => void workspace.save(true) },
    'export-pdf': { enabled: withBrief, run: workspace.exportPdf },
    'export-docx': { enabled: withBrief, run: workspace.exportDocx },
    'save-as-template': { enabled: withBrief, run: templates.saveAsTemplate },
    'change-template': { enabled: withBrief, run: templates.changeTemplate },
    'manage-templates': { enabled: always, run: templates.showTemplates },
    'close-brief': { enabled: hasBrief, run: () => void workspace.close() },
    undo: {
      enabled: (state) => state.doc.past.length > 0,
      run: () => routeHistory('undo', deepActiveElement(), workspace.undo),
    },
    redo: {
      enabled: (state) => state.doc.future.length > 0,
      run: () => routeHistory('redo', deepActiveElement(), workspace.redo),
    },
    'add-section': { enabled: hasBrief, run: () => edits.addSection() },
    'show-sections': { enabled: hasBrief, run: view('sections') },
    'show-positions': { enabled: hasBrief, run: view('positions') },
    'show-details': { enabled: hasBrief, run: view('details') },
    'check-brief': { enabled: hasBrief, run: () => store.dispatch({ type: 'check-panel', open: true }) },
    'command-palette': {
      enabled: always,
      run: () => store.dispatch({ type: 'palette', open: !store.getState().ui.paletteOpen }),
    },
    'request-close': { enabled: always, run: workspace.closeWindow },
    'open-pending': { enabled: always, run: workspace.openPending },
  }
  return APP_COMMAND_IDS.map((id) => {
    const spec: CommandSpec = COMMANDS[id]
    return {
      id,
      label: spec.label,
      shortcut: spec.shortcut,
      alternate: spec.alternate,
      menu: inMenu(id),
      hidden: spec.hidden,
      ...behaviours[id],
    }
  })
}

/** Runs a command by id if it is enabled now; returns whether it ran. */
export function runCommand(commands: Command[], id: AppCommandId, state: AppState): boolean {
  const command = commands.find((candidate) => candidate.id === id)
  if (!command || !command.enabled(state)) return false
  void command.run()
  return true
}

/** Whether this is a Mac (⌘ instead of Ctrl). */
export function isMac(platform = navigator.platform): boolean {
  return /mac|iphone|ipad/i.test(platform)
}

/** Whether a key event is the shortcut ('Mod+Shift+S'). */
export function matchesShortcut(event: KeyboardEvent, shortcut: string, mac = isMac()): boolean {
  const parts = shortcut.split('+')
  const key = parts[parts.length - 1].toLowerCase()
  const mod = parts.includes('Mod')
  const primary = mac ? event.metaKey : event.ctrlKey
  const other = mac ? event.ctrlKey : event.metaKey
  return (
    primary === mod &&
    !other &&
    event.shiftKey === parts.includes('Shift') &&
    event.altKey === parts.includes('Alt') &&
    event.key.toLowerCase() === key
  )
}

/** A shortcut as the platform writes it: 'Ctrl+Shift+S' or '⇧⌘S'. */
export function formatShortcut(shortcut: string, mac = isMac()): string {
  const parts = shortcut.split('+')
  if (!mac) return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+')
  const symbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' }
  const modifiers = parts.slice(0, -1).sort((a, b) => (a === 'Mod' ? 1 : b === 'Mod' ? -1 : 0))
  return `${modifiers.map((part) => symbols[part] ?? part).join('')}${parts[parts.length - 1]}`
}

/** The command a key event asks for, if any. */
export function commandForKey(commands: Command[], event: KeyboardEvent, mac = isMac()): Command | undefined {
  return commands.find((command) =>
    [command.shortcut, command.alternate].some(
      (shortcut) => shortcut && matchesShortcut(event, shortcut, mac),
    ),
  )
}

/** Commands whose label contains every word of the query, in the registry's order. */
export function filterCommands(commands: Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  return commands.filter(
    (command) => !command.hidden && words.every((word) => command.label.toLowerCase().includes(word)),
  )
}

export { isTextField }
