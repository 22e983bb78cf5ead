import type { WindowState } from '../files/app-data-schema'

/** A screen rectangle (Electron's Rectangle). */
export type Rect = { x: number; y: number; width: number; height: number }

const DEFAULT_SIZE = { width: 1280, height: 860 }
const MIN_VISIBLE = 100

/**
 * Where to open the main window: the saved bounds if enough of them (100 px each way) lands on a
 * display that is still connected, else the default size, fitted to the first display and centred.
 */
export function initialWindowBounds(
  saved: WindowState | null,
  workAreas: Rect[],
): { bounds: Rect | { width: number; height: number }; maximized: boolean } {
  if (saved && workAreas.some((area) => overlap(saved, area))) {
    return {
      bounds: { x: saved.x, y: saved.y, width: saved.width, height: saved.height },
      maximized: saved.maximized,
    }
  }
  const area = workAreas[0]
  const width = area ? Math.min(DEFAULT_SIZE.width, area.width) : DEFAULT_SIZE.width
  const height = area ? Math.min(DEFAULT_SIZE.height, area.height) : DEFAULT_SIZE.height
  return { bounds: { width, height }, maximized: saved?.maximized ?? false }
}

/** What to remember of a window: its normal (unmaximized) bounds, rounded, and whether it was maximized. */
export function windowStateOf(normalBounds: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.max(100, Math.round(normalBounds.width)),
    height: Math.max(100, Math.round(normalBounds.height)),
    maximized,
  }
}

function overlap(a: Rect, b: Rect): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width >= MIN_VISIBLE && height >= MIN_VISIBLE
}
