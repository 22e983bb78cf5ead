import type { CommandId } from '../common/commands'
import type { Api } from './contract'
import type { DesktopApi } from './desktop-contract'
import type { CallResult } from './dispatch'

// Types only: the preload (main/electron/preload.ts) builds `window.briefwright` to this shape and
// renderer/api.ts reads it. They live beside the contracts they are made from, not in the shell.

type Enveloped<T extends Record<string, (input: never) => Promise<unknown>>> = {
  [K in keyof T]: (input: Parameters<T[K]>[0]) => Promise<CallResult<Awaited<ReturnType<T[K]>>>>
}

/** The api as the preload exposes it: each call resolves to a result envelope, never a rejection. */
export type ApiBridge = Enveloped<Api>
/** The desktop-only calls as the preload exposes them. */
export type DesktopBridge = Enveloped<DesktopApi>

/** `window.briefwright` in the desktop app. */
export type BriefwrightBridge = {
  api: ApiBridge
  desktop: DesktopBridge
  /** Calls `listener` with each menu command; returns a function that stops listening. */
  onCommand(listener: (command: CommandId) => void): () => void
}
