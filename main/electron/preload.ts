import { contextBridge, ipcRenderer } from 'electron'
import type { ApiBridge, BriefwrightBridge, DesktopBridge } from '../api/bridge-types'
import type { CallResult } from '../api/dispatch'
import { API_CALLS, DESKTOP_CALLS, tableOf } from '../common/api-calls'
import { isCommandId } from '../common/commands'
import type { CommandId } from '../common/commands'
import { apiChannels, COMMAND_CHANNEL, desktopChannels } from './channels'

// Runs sandboxed, before the page. Exposes one named function per call (made from the call-name
// lists, so none is missing) and onCommand; never ipcRenderer itself, never a generic send(channel, …).

function invoker(channel: string): (input: unknown) => Promise<CallResult> {
  return (input) => ipcRenderer.invoke(channel, input) as Promise<CallResult>
}

const api = tableOf(API_CALLS, (name) => invoker(apiChannels[name])) as ApiBridge
const desktop = tableOf(DESKTOP_CALLS, (name) => invoker(desktopChannels[name])) as DesktopBridge

function onCommand(listener: (command: CommandId) => void): () => void {
  const forward = (_event: unknown, command: unknown) => {
    if (isCommandId(command)) listener(command)
  }
  ipcRenderer.on(COMMAND_CHANNEL, forward)
  return () => {
    ipcRenderer.removeListener(COMMAND_CHANNEL, forward)
  }
}

const bridge: BriefwrightBridge = { api, desktop, onCommand }
contextBridge.exposeInMainWorld('briefwright', bridge)
