import type { MenuItemConstructorOptions } from 'electron'
import { COMMANDS, MENUS } from '../common/commands'
import type { CommandId, MenuCondition, MenuItemSpec, MenuRole, PlacedMenuItem } from '../common/commands'

/** What the menu needs from the shell; plain data and callbacks, so the template is tested without Electron. */
export type MenuContext = {
  platform: NodeJS.Platform
  appName: string
  /** Developer tools and reload appear only while developing. */
  development: boolean
  /** Sends a command to the focused window's renderer. */
  send: (command: CommandId) => void
  /** Recent documents with a path (Windows and Linux; macOS has its own recent menu). */
  recent: { name: string; path: string; title?: string }[]
  openRecent: (path: string) => void
  clearRecent: () => void
}

// main/common cannot see Electron's types: a role it names that Electron lacks fails here.
const asRole = (role: MenuRole): NonNullable<MenuItemConstructorOptions['role']> => role

/** A registry shortcut ('Mod+Shift+S') as an Electron accelerator ('CmdOrCtrl+Shift+S'). */
export function toAccelerator(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part))
    .join('+')
}

function shown(when: MenuCondition | undefined, context: MenuContext): boolean {
  const mac = context.platform === 'darwin'
  if (when === 'mac') return mac
  if (when === 'not-mac') return !mac
  if (when === 'development') return context.development
  return true
}

function recentMenu(context: MenuContext): MenuItemConstructorOptions {
  if (context.platform === 'darwin') {
    return {
      label: 'Open recent',
      role: 'recentDocuments',
      submenu: [{ label: 'Clear recent', role: 'clearRecentDocuments' }],
    }
  }
  return {
    label: 'Open recent',
    submenu: [
      ...context.recent.map((entry) => ({
        label: recentLabel(entry),
        click: () => context.openRecent(entry.path),
      })),
      ...(context.recent.length > 0 ? [{ type: 'separator' as const }] : []),
      { label: 'Clear recent', enabled: context.recent.length > 0, click: () => context.clearRecent() },
    ],
  }
}

/** A recent brief by its title, then its file name; "&" doubled, as a single one marks an access key. */
export function recentLabel(entry: { name: string; title?: string }): string {
  const text = entry.title ? `${entry.title} — ${entry.name}` : entry.name
  return text.replaceAll('&', '&&')
}

function label(text: string, context: MenuContext): string {
  return text.replaceAll('{appName}', context.appName)
}

function menuItem(item: PlacedMenuItem, context: MenuContext): MenuItemConstructorOptions[] {
  if ('command' in item) {
    const spec: { label: string; shortcut?: string } = COMMANDS[item.command]
    const id = item.command
    return [
      {
        label: spec.label,
        accelerator: spec.shortcut === undefined ? undefined : toAccelerator(spec.shortcut),
        click: () => context.send(id),
      },
    ]
  }
  return nativeItem(item, context)
}

/** A role, a separator or the recent documents: what Electron fills in. */
function nativeItem(
  item: Exclude<MenuItemSpec, { command: unknown }>,
  context: MenuContext,
): MenuItemConstructorOptions[] {
  if ('recent' in item) return [recentMenu(context)]
  if (!shown(item.when, context)) return []
  if ('separator' in item) return [{ type: 'separator' }]
  return [{ role: asRole(item.role), ...(item.label ? { label: label(item.label, context) } : {}) }]
}

/**
 * The application menu, laid out from the command table (main/common/commands.ts): the app's own
 * commands with their labels and shortcuts, each sent to the renderer's registry by id, and the
 * standard roles.
 */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  return MENUS.flatMap((menu): MenuItemConstructorOptions[] => {
    if ('label' in menu)
      return [{ label: menu.label, submenu: menu.items.flatMap((item) => menuItem(item, context)) }]
    if (!shown('when' in menu ? menu.when : undefined, context)) return []
    const submenu = 'items' in menu ? menu.items.flatMap((item) => menuItem(item, context)) : undefined
    return [{ role: asRole(menu.role), ...(submenu ? { submenu } : {}) }]
  })
}
