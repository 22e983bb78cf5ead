import type { MenuItemConstructorOptions } from 'electron'
import type { CommandId } from './commands'

/** What the menu needs from the shell; plain data and callbacks, so the template is tested without Electron. */
export type MenuContext = {
  platform: NodeJS.Platform
  appName: string
  /** Developer tools and reload appear only while developing. */
  development: boolean
  /** Sends a command to the focused window's renderer. */
  send: (command: CommandId) => void
  /** Recent documents with a path (Windows and Linux; macOS has its own recent menu). */
  recent: { name: string; path: string }[]
  openRecent: (path: string) => void
  clearRecent: () => void
}

function command(
  label: string,
  id: CommandId,
  accelerator: string | undefined,
  context: MenuContext,
): MenuItemConstructorOptions {
  return { label, accelerator, click: () => context.send(id) }
}

/**
 * The application menu: File, Edit, View, (Window,) Help with the standard roles, and the app's own
 * commands with their shortcuts, each sent to the renderer's command registry by id.
 */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin'
  const recentMenu: MenuItemConstructorOptions = mac
    ? {
        label: 'Open Recent',
        role: 'recentDocuments',
        submenu: [{ label: 'Clear Recent', role: 'clearRecentDocuments' }],
      }
    : {
        label: 'Open Recent',
        submenu: [
          ...context.recent.map((entry) => ({
            label: entry.name,
            click: () => context.openRecent(entry.path),
          })),
          ...(context.recent.length > 0 ? [{ type: 'separator' as const }] : []),
          { label: 'Clear Recent', enabled: context.recent.length > 0, click: () => context.clearRecent() },
        ],
      }
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Brief', 'new-brief', 'CmdOrCtrl+N', context),
      command('Open…', 'open', 'CmdOrCtrl+O', context),
      recentMenu,
      { type: 'separator' },
      command('Save', 'save', 'CmdOrCtrl+S', context),
      command('Save As…', 'save-as', 'CmdOrCtrl+Shift+S', context),
      command('Export PDF…', 'export-pdf', 'CmdOrCtrl+E', context),
      { type: 'separator' },
      command('Save as Template…', 'save-as-template', undefined, context),
      command('Change Template…', 'change-template', undefined, context),
      { type: 'separator' },
      command('Close Brief', 'close-brief', undefined, context),
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // Undo and redo go to the renderer: it knows whether a text field or the document should undo.
      command('Undo', 'undo', 'CmdOrCtrl+Z', context),
      command('Redo', 'redo', 'CmdOrCtrl+Shift+Z', context),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' as const }] : []),
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Command Palette…', 'command-palette', 'CmdOrCtrl+K', context),
      command('Manage Templates…', 'manage-templates', undefined, context),
      { type: 'separator' },
      ...(context.development
        ? [
            { role: 'reload' as const },
            { role: 'forceReload' as const },
            { role: 'toggleDevTools' as const },
            { type: 'separator' as const },
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: `About ${context.appName}`, role: 'about' }],
  }
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    file,
    edit,
    view,
    ...(mac ? [{ role: 'windowMenu' as const }] : []),
    help,
  ]
}
