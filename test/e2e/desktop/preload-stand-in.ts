import { decodeCloned, encodeCloned } from './clone-codec'
import { DELIVER_FUNCTION, INVOKE_BINDING } from './page-globals'

/*
 * The renderer half of the Electron stand-in (the main half is electron-stand-in.ts), bundled into
 * the page before the app's own built preload (out/preload/preload.cjs), whose require('electron')
 * it answers. It copies these behaviours of Electron 45:
 * - A sandboxed preload's require: 'electron' only; any other module is refused.
 * - contextBridge.exposeInMainWorld: the page gets a copy of the object, set once (a second exposure
 *   of the same key throws); functions stay callable and copy their arguments and results, promises
 *   their values. Electron's own copy algorithm is approximated by structuredClone for data. Unlike
 *   Electron the preload runs in the page's main world, not an isolated one.
 * - ipcRenderer.invoke: the arguments are structured-cloned (an uncloneable one rejects the call
 *   before anything is sent), the main side's handler answers, its result is cloned back; a failure
 *   there rejects with Electron's "Error invoking remote method" message.
 * - ipcRenderer.on / removeListener: messages from webContents.send, with an event first.
 */

type InvokeReply = { result: string } | { error: string }
type Listener = (event: unknown, ...args: unknown[]) => void

// Looked up at each call: the test host may install its binding after this script.
const invokeBinding = () =>
  (window as unknown as Record<string, unknown>)[INVOKE_BINDING] as (
    channel: string,
    args: string,
  ) => Promise<InvokeReply>
const listeners = new Map<string, Set<Listener>>()

const ipcRenderer = {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const encoded = encodeCloned(structuredClone(args))
    const reply = await invokeBinding()(channel, encoded)
    if ('error' in reply) throw new Error(reply.error)
    return decodeCloned(reply.result)
  },
  on(channel: string, listener: Listener) {
    const set = listeners.get(channel) ?? new Set()
    set.add(listener)
    listeners.set(channel, set)
    return ipcRenderer
  },
  removeListener(channel: string, listener: Listener) {
    listeners.get(channel)?.delete(listener)
    return ipcRenderer
  },
}

Object.defineProperty(window, DELIVER_FUNCTION, {
  value: (channel: string, args: string) => {
    const values = decodeCloned(args) as unknown[]
    for (const listener of listeners.get(channel) ?? [])
      listener({ sender: ipcRenderer, ports: [] }, ...values)
  },
})

// Across the bridge: functions are wrapped, plain containers walked, every other value cloned.
function copyAcross(value: unknown): unknown {
  if (typeof value === 'function')
    return (...args: unknown[]) =>
      copyAcross((value as (...args: unknown[]) => unknown)(...args.map(copyAcross)))
  if (value instanceof Promise) return value.then(copyAcross)
  if (Array.isArray(value)) return value.map(copyAcross)
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyAcross(item)]))
  return structuredClone(value)
}

const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (key in window)
      throw new Error(`Cannot bind an API on top of an existing property on the window object`)
    Object.defineProperty(window, key, { value: copyAcross(api), enumerable: true })
  },
}

/** `require` as a sandboxed preload has it, for the app's CommonJS preload. */
export function requireInPreload(name: string): unknown {
  if (name === 'electron') return { contextBridge, ipcRenderer }
  throw new Error(`module not found: ${name}`)
}
