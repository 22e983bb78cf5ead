/**
 * Whether the window may close now, over work the renderer has not saved. The renderer reports its
 * document's unsaved state as it changes (`setDirty`), so a clean window closes at once with no round
 * trip. Over unsaved work the close is held and the renderer asked (`ask`): it shows its own question
 * (save, discard, cancel) and answers through `answer`. A renderer that hangs or is gone cannot ask
 * anything, so it does not hold the window (autosave has kept a recovery copy).
 *
 * Plain state, no Electron: window.ts and index.ts wire it to the window's events.
 */
export type CloseGuard = {
  /** The renderer's document has (or no longer has) unsaved changes. */
  setDirty(dirty: boolean): void
  /** The window is about to close: true lets it; false holds it, and the renderer has been asked. */
  onClose(): boolean
  /** The renderer's answer: `close` after the work was saved or discarded, false to stay. */
  answer(close: boolean): { close: boolean; quit: boolean }
  /** The app is quitting: once the renderer agrees, the quit goes on (a held close cancels it). */
  onBeforeQuit(): void
  /** The renderer stopped (or went back to) answering. */
  setResponsive(responsive: boolean): void
  /** The renderer process is gone: nothing is left to save or to ask. */
  rendererGone(): void
}

export function createCloseGuard(ask: () => void): CloseGuard {
  let dirty = false
  let agreed = false
  let silent = false
  let quitting = false
  return {
    setDirty(value) {
      dirty = value
    },
    onClose() {
      if (agreed || silent || !dirty) return true
      // Asked again on each attempt: the renderer ignores a second ask while its question is open,
      // and a renderer that missed the first (a reload) still gets one.
      ask()
      return false
    },
    answer(close) {
      if (!close) {
        quitting = false
        return { close: false, quit: false }
      }
      agreed = true
      return { close: true, quit: quitting }
    },
    onBeforeQuit() {
      quitting = true
    },
    setResponsive(responsive) {
      silent = !responsive
    },
    rendererGone() {
      silent = true
    },
  }
}
