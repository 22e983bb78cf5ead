import type { IpcMain } from 'electron'
import type { ApiHandlers } from '../api/contract'
import type { DesktopHandlers } from '../api/desktop-contract'
import { API_CALLS, DESKTOP_CALLS } from '../common/api-calls'
import { apiChannels, desktopChannels } from './channels'
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
  for (const name of API_CALLS) {
    ipcMain.handle(apiChannels[name], (event, input: unknown) =>
      handleApiIpc(event, options.allowedOrigins, options.handlers, name, input),
    )
  }
  for (const name of DESKTOP_CALLS) {
    ipcMain.handle(desktopChannels[name], (event, input: unknown) =>
      handleDesktopIpc(event, options.allowedOrigins, options.desktopFor(event.sender.id), name, input),
    )
  }
}
