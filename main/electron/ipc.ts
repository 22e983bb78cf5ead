import type { IpcMain } from 'electron'
import type { ApiHandlers, CallName } from '../api/contract'
import { apiChannels, desktopChannels } from './channels'
import type { DesktopCallName, DesktopHandlers } from './desktop-contract'
import { handleApiIpc, handleDesktopIpc } from './ipc-dispatch'

/**
 * Registers one ipcMain.handle per call (no generic channel). Each checks the sender frame and
 * validates its input with the contract before the handler runs. `desktopFor` gives the desktop
 * handlers of the window that sent the call.
 */
export function registerIpc(
  ipcMain: IpcMain,
  options: {
    handlers: ApiHandlers
    desktopFor: (senderId: number) => DesktopHandlers | undefined
    allowedOrigins: string[]
  },
): void {
  for (const name of Object.keys(apiChannels) as CallName[]) {
    ipcMain.handle(apiChannels[name], (event, input: unknown) =>
      handleApiIpc(event, options.allowedOrigins, options.handlers, name, input),
    )
  }
  for (const name of Object.keys(desktopChannels) as DesktopCallName[]) {
    ipcMain.handle(desktopChannels[name], (event, input: unknown) =>
      handleDesktopIpc(event, options.allowedOrigins, options.desktopFor(event.sender.id), name, input),
    )
  }
}
