import type { ApiHandlers } from '../api/contract'
import { ApiError } from '../api/errors'

/**
 * The api as the desktop window may call it. The shell records recent file paths itself, from its
 * dialogs and the OS; a path sent by the renderer would let page content choose files for the menu.
 */
export function desktopApiHandlers(handlers: ApiHandlers): ApiHandlers {
  return {
    ...handlers,
    addRecent: async (entry) => {
      if (entry.path !== null)
        throw new ApiError('invalid-input', 'The desktop app records file paths itself.')
      return handlers.addRecent(entry)
    },
  }
}
