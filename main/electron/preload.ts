import { contextBridge, ipcRenderer } from 'electron'
import type { Api, CallName } from '../api/contract'
import type { CallResult } from '../api/dispatch'
import type { ApiBridge, BriefwrightBridge, DesktopBridge } from './bridge-types'
import { apiChannels, COMMAND_CHANNEL, desktopChannels } from './channels'
import { isCommandId } from './commands'
import type { CommandId } from './commands'
import type { DesktopApi, DesktopCallName } from './desktop-contract'

// Runs sandboxed, before the page. Exposes one named function per call and onCommand; never
// ipcRenderer itself, never a generic send(channel, …).

function apiCall<K extends CallName>(name: K): ApiBridge[K] {
  const channel = apiChannels[name]
  return ((input: Parameters<Api[K]>[0]) =>
    ipcRenderer.invoke(channel, input) as Promise<CallResult>) as ApiBridge[K]
}

function desktopCall<K extends DesktopCallName>(name: K): DesktopBridge[K] {
  const channel = desktopChannels[name]
  return ((input: Parameters<DesktopApi[K]>[0]) =>
    ipcRenderer.invoke(channel, input) as Promise<CallResult>) as DesktopBridge[K]
}

// Written out call by call: typed by the contract, so a new call is a compile error until it is here.
const api: ApiBridge = {
  openArticle: apiCall('openArticle'),
  draftBrief: apiCall('draftBrief'),
  renderPdf: apiCall('renderPdf'),
  exportPdf: apiCall('exportPdf'),
  openBrief: apiCall('openBrief'),
  saveBrief: apiCall('saveBrief'),
  listTemplates: apiCall('listTemplates'),
  getTemplate: apiCall('getTemplate'),
  saveTemplate: apiCall('saveTemplate'),
  renameTemplate: apiCall('renameTemplate'),
  duplicateTemplate: apiCall('duplicateTemplate'),
  deleteTemplate: apiCall('deleteTemplate'),
  importTemplate: apiCall('importTemplate'),
  exportTemplate: apiCall('exportTemplate'),
  saveBriefAsTemplate: apiCall('saveBriefAsTemplate'),
  changeTemplate: apiCall('changeTemplate'),
  renderTemplatePreview: apiCall('renderTemplatePreview'),
  getSettings: apiCall('getSettings'),
  setSettings: apiCall('setSettings'),
  listRecent: apiCall('listRecent'),
  addRecent: apiCall('addRecent'),
  saveRecovery: apiCall('saveRecovery'),
  listRecovery: apiCall('listRecovery'),
  takeRecovery: apiCall('takeRecovery'),
  discardRecovery: apiCall('discardRecovery'),
}

const desktop: DesktopBridge = {
  openDocument: desktopCall('openDocument'),
  saveDocument: desktopCall('saveDocument'),
  savePdf: desktopCall('savePdf'),
  resetDocument: desktopCall('resetDocument'),
  takePendingDocument: desktopCall('takePendingDocument'),
  setDocumentEdited: desktopCall('setDocumentEdited'),
  answerClose: desktopCall('answerClose'),
  openExternal: desktopCall('openExternal'),
}

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
