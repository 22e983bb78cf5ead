// @vitest-environment happy-dom
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { isCommandId, MENU_COMMAND_IDS, SHELL_COMMAND_IDS } from '../../../main/common/commands'
import type { CommandId } from '../../../main/common/commands'
import { buildMenuTemplate, toAccelerator } from '../../../main/electron/menu-template'
import type { MenuContext } from '../../../main/electron/menu-template'
import { createCommands } from '../../../renderer/commands'
import { createServices } from '../../../renderer/state/useApp'
import { fakeHost, stateWith } from '../../renderer/harness'

function context(platform: NodeJS.Platform, overrides: Partial<MenuContext> = {}): MenuContext {
  return {
    platform,
    appName: 'Briefwright',
    development: false,
    send: vi.fn(),
    recent: [],
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    ...overrides,
  }
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}

function click(item: MenuItemConstructorOptions): void {
  ;(item.click as () => void)()
}

/** The menu's command items, each with the id it sends. */
function commandItems(shell: MenuContext): { id: CommandId; item: MenuItemConstructorOptions }[] {
  const sent: CommandId[] = []
  const recording = { ...shell, send: (id: CommandId) => sent.push(id) }
  return items(buildMenuTemplate(recording))
    .filter((item) => item.click && !item.role && item.label !== 'Clear recent')
    .map((item) => {
      click(item)
      return { id: sent[sent.length - 1]!, item }
    })
}

function rendererRegistry() {
  const host = fakeHost()
  return createCommands(createServices(host.api, host.shell, vi.fn(), stateWith()))
}

describe('application menu and the renderer registry', () => {
  it.each(['linux', 'win32', 'darwin'] as const)(
    'on %s, every menu command has the registry label and its shortcut as accelerator',
    (platform) => {
      const registry = rendererRegistry()
      const placed = commandItems(context(platform))
      expect(placed.map(({ id }) => id)).toEqual(MENU_COMMAND_IDS)
      for (const { id, item } of placed) {
        const command = registry.find((entry) => entry.id === id)
        expect(command, id).toBeDefined()
        expect(item.label).toBe(command!.label)
        expect(item.accelerator).toBe(
          command!.shortcut === undefined ? undefined : toAccelerator(command!.shortcut),
        )
        expect(command!.menu, id).toBe(true)
      }
    },
  )

  it('leaves out of the menu exactly the registry commands without a menu place', () => {
    const inMenu = new Set<string>(MENU_COMMAND_IDS)
    for (const command of rendererRegistry()) expect(command.menu, command.id).toBe(inMenu.has(command.id))
  })

  it.each([
    { shortcut: 'Mod+N', accelerator: 'CmdOrCtrl+N' },
    { shortcut: 'Mod+Shift+S', accelerator: 'CmdOrCtrl+Shift+S' },
    { shortcut: 'Alt+ArrowUp', accelerator: 'Alt+ArrowUp' },
  ])('writes $shortcut as $accelerator', ({ shortcut, accelerator }) => {
    expect(toAccelerator(shortcut)).toBe(accelerator)
  })
})

describe('application menu', () => {
  it.each([
    { accelerator: 'CmdOrCtrl+N', command: 'new-brief' },
    { accelerator: 'CmdOrCtrl+O', command: 'open' },
    { accelerator: 'CmdOrCtrl+S', command: 'save' },
    { accelerator: 'CmdOrCtrl+Shift+S', command: 'save-as' },
    { accelerator: 'CmdOrCtrl+E', command: 'export-pdf' },
    { accelerator: 'CmdOrCtrl+Z', command: 'undo' },
    { accelerator: 'CmdOrCtrl+Shift+Z', command: 'redo' },
    { accelerator: 'CmdOrCtrl+K', command: 'command-palette' },
  ])('$accelerator sends $command to the renderer', ({ accelerator, command }) => {
    const shell = context('linux')
    const item = items(buildMenuTemplate(shell)).find((candidate) => candidate.accelerator === accelerator)
    expect(item).toBeDefined()
    click(item!)
    expect(shell.send).toHaveBeenCalledWith(command)
  })

  it.each(['linux', 'win32', 'darwin'] as const)(
    'has File, Edit, View and Help with standard roles on %s',
    (platform) => {
      const template = buildMenuTemplate(context(platform))
      const labels = template.map((item) => item.label ?? item.role)
      expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'help']))
      const roles = items(template).map((item) => item.role)
      expect(roles).toEqual(
        expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'togglefullscreen', 'about']),
      )
      expect(roles).not.toContain('toggleDevTools')
      if (platform === 'darwin') {
        expect(roles).toEqual(
          expect.arrayContaining(['appMenu', 'windowMenu', 'recentDocuments', 'close', 'pasteAndMatchStyle']),
        )
        expect(roles).not.toContain('quit')
      } else {
        expect(roles).toContain('quit')
        for (const role of ['appMenu', 'windowMenu', 'close', 'pasteAndMatchStyle'])
          expect(roles, role).not.toContain(role)
      }
    },
  )

  it('names the about item after the app', () => {
    const about = items(buildMenuTemplate(context('linux'))).find((item) => item.role === 'about')
    expect(about?.label).toBe('About Briefwright')
  })

  it.each([
    { menu: 'File', label: 'Save as template…', command: 'save-as-template' },
    { menu: 'File', label: 'Change template…', command: 'change-template' },
    { menu: 'View', label: 'Manage templates…', command: 'manage-templates' },
  ])('$menu › $label sends $command', ({ menu, label, command }) => {
    const shell = context('linux')
    const top = buildMenuTemplate(shell).find((item) => item.label === menu)
    const item = items(top?.submenu as MenuItemConstructorOptions[]).find((entry) => entry.label === label)
    expect(item).toBeDefined()
    click(item!)
    expect(shell.send).toHaveBeenCalledWith(command)
  })

  it('lists recent documents on Windows and Linux and opens them by path', () => {
    const shell = context('win32', { recent: [{ name: 'a.brief', path: 'C:\\docs\\a.brief' }] })
    const entry = items(buildMenuTemplate(shell)).find((item) => item.label === 'a.brief')
    click(entry!)
    expect(shell.openRecent).toHaveBeenCalledWith('C:\\docs\\a.brief')
  })

  it('names a recent brief by its title, then its file name, with "&" kept as text', () => {
    const shell = context('linux', {
      recent: [
        { name: 'talks.brief', path: '/docs/talks.brief', title: 'Gas & grain: the Black Sea talks' },
        { name: 'old.brief', path: '/docs/old.brief' },
      ],
    })
    const labels = items(buildMenuTemplate(shell))
      .filter((item) => item.click && String(item.label).endsWith('.brief'))
      .map((item) => item.label)
    expect(labels).toEqual(['Gas && grain: the Black Sea talks — talks.brief', 'old.brief'])
  })

  it('shows developer tools only in development', () => {
    const roles = items(buildMenuTemplate(context('linux', { development: true }))).map((item) => item.role)
    expect(roles).toContain('toggleDevTools')
  })

  it('sends only known command ids, and the preload forwards only those', () => {
    for (const id of SHELL_COMMAND_IDS) expect(isCommandId(id)).toBe(true)
    expect(SHELL_COMMAND_IDS).toEqual(expect.arrayContaining(['open-pending', 'request-close']))
    for (const value of ['rm -rf', 'constructor', '__proto__', 'open-article', '', null, 42, { id: 'save' }])
      expect(isCommandId(value)).toBe(false)
    const sent = commandItems(context('linux')).map(({ id }) => id)
    expect(sent.every(isCommandId)).toBe(true)
  })
})
