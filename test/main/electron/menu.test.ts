import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { COMMAND_IDS, isCommandId } from '../../../main/electron/commands'
import type { CommandId } from '../../../main/electron/commands'
import { buildMenuTemplate } from '../../../main/electron/menu-template'
import type { MenuContext } from '../../../main/electron/menu-template'

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

describe('application menu', () => {
  it.each([
    { accelerator: 'CmdOrCtrl+N', command: 'new-brief' },
    { accelerator: 'CmdOrCtrl+O', command: 'open' },
    { accelerator: 'CmdOrCtrl+S', command: 'save' },
    { accelerator: 'CmdOrCtrl+Shift+S', command: 'save-as' },
    { accelerator: 'CmdOrCtrl+E', command: 'export-pdf' },
    { accelerator: 'CmdOrCtrl+Z', command: 'undo' },
    { accelerator: 'CmdOrCtrl+Shift+Z', command: 'redo' },
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
      if (platform === 'darwin')
        expect(roles).toEqual(expect.arrayContaining(['appMenu', 'windowMenu', 'recentDocuments']))
    },
  )

  it.each([
    { menu: 'File', label: 'Save as Template…', command: 'save-as-template' },
    { menu: 'File', label: 'Change Template…', command: 'change-template' },
    { menu: 'View', label: 'Manage Templates…', command: 'manage-templates' },
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

  it('shows developer tools only in development', () => {
    const roles = items(buildMenuTemplate(context('linux', { development: true }))).map((item) => item.role)
    expect(roles).toContain('toggleDevTools')
  })

  it('sends only known command ids', () => {
    for (const id of COMMAND_IDS) expect(isCommandId(id)).toBe(true)
    for (const value of ['rm -rf', 'constructor', '', null, 42, { id: 'save' }])
      expect(isCommandId(value)).toBe(false)
    const sent = new Set<CommandId>()
    const shell = context('linux', { send: (id) => sent.add(id) })
    for (const item of items(buildMenuTemplate(shell))) if (item.click && !item.role) click(item)
    expect([...sent].every(isCommandId)).toBe(true)
  })
})
