import { API_CALLS, DESKTOP_CALLS, tableOf } from '../common/api-calls'
import type { CallName, DesktopCallName } from '../common/api-calls'

// One IPC channel per call, shared by preload.ts and ipc.ts, made from the call-name lists in
// main/common: a call listed there has its channel here without anyone writing it.

/** The IPC channel of each api call. */
export const apiChannels = tableOf(API_CALLS, (name) => `briefwright:api:${name}`) as {
  [K in CallName]: `briefwright:api:${K}`
}

/** The IPC channel of each desktop-only call. */
export const desktopChannels = tableOf(DESKTOP_CALLS, (name) => `briefwright:desktop:${name}`) as {
  [K in DesktopCallName]: `briefwright:desktop:${K}`
}

/** The one-way channel on which the shell sends menu commands to the renderer. */
export const COMMAND_CHANNEL = 'briefwright:command'
