import type { CallName } from '../api/contract'
import type { DesktopCallName } from './desktop-contract'

// One IPC channel per call, shared by preload.ts and ipc.ts. Mapped types over the contracts: a new
// call does not compile until it has its channel here (and preload.ts, a function for it).

/** The IPC channel of each api call. */
export const apiChannels: { [K in CallName]: `briefwright:api:${K}` } = {
  openArticle: 'briefwright:api:openArticle',
  draftBrief: 'briefwright:api:draftBrief',
  renderPdf: 'briefwright:api:renderPdf',
  exportPdf: 'briefwright:api:exportPdf',
  openBrief: 'briefwright:api:openBrief',
  saveBrief: 'briefwright:api:saveBrief',
  listTemplates: 'briefwright:api:listTemplates',
  getTemplate: 'briefwright:api:getTemplate',
  saveTemplate: 'briefwright:api:saveTemplate',
  renameTemplate: 'briefwright:api:renameTemplate',
  duplicateTemplate: 'briefwright:api:duplicateTemplate',
  deleteTemplate: 'briefwright:api:deleteTemplate',
  importTemplate: 'briefwright:api:importTemplate',
  exportTemplate: 'briefwright:api:exportTemplate',
  saveBriefAsTemplate: 'briefwright:api:saveBriefAsTemplate',
  changeTemplate: 'briefwright:api:changeTemplate',
  renderTemplatePreview: 'briefwright:api:renderTemplatePreview',
  getSettings: 'briefwright:api:getSettings',
  setSettings: 'briefwright:api:setSettings',
  listRecent: 'briefwright:api:listRecent',
  addRecent: 'briefwright:api:addRecent',
  saveRecovery: 'briefwright:api:saveRecovery',
  listRecovery: 'briefwright:api:listRecovery',
  takeRecovery: 'briefwright:api:takeRecovery',
  discardRecovery: 'briefwright:api:discardRecovery',
}

/** The IPC channel of each desktop-only call. */
export const desktopChannels: { [K in DesktopCallName]: `briefwright:desktop:${K}` } = {
  openDocument: 'briefwright:desktop:openDocument',
  saveDocument: 'briefwright:desktop:saveDocument',
  savePdf: 'briefwright:desktop:savePdf',
  resetDocument: 'briefwright:desktop:resetDocument',
  takePendingDocument: 'briefwright:desktop:takePendingDocument',
  setDocumentEdited: 'briefwright:desktop:setDocumentEdited',
  answerClose: 'briefwright:desktop:answerClose',
  openExternal: 'briefwright:desktop:openExternal',
}

/** The one-way channel on which the shell sends menu commands to the renderer. */
export const COMMAND_CHANNEL = 'briefwright:command'
