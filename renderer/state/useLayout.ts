import { useCallback, useEffect, useState } from 'react'

/** The widths of the article and editor panes in CSS pixels; the preview takes the rest. */
export type PaneSizes = { article: number; editor: number }

export const PANE_LIMITS = {
  article: { min: 240, max: 720 },
  editor: { min: 360, max: 1000 },
} as const

const KEY = 'briefwright.panes'
export const DEFAULT_SIZES: PaneSizes = { article: 330, editor: 500 }

function clamp(value: number, { min, max }: { min: number; max: number }): number {
  return Math.round(Math.max(min, Math.min(max, value)))
}

/** Sizes read back from storage; anything unusable gives the defaults. */
export function readSizes(storage: Pick<Storage, 'getItem'>): PaneSizes {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<PaneSizes> | null
    if (!saved || typeof saved.article !== 'number' || typeof saved.editor !== 'number') return DEFAULT_SIZES
    return {
      article: clamp(saved.article, PANE_LIMITS.article),
      editor: clamp(saved.editor, PANE_LIMITS.editor),
    }
  } catch {
    return DEFAULT_SIZES
  }
}

/**
 * The pane sizes, remembered across launches in this window's local storage (the app's settings
 * file has no field for them; see the report). Writes wait until resizing pauses.
 */
export function useLayout(storage: Storage | null = safeStorage()) {
  const [sizes, setSizes] = useState<PaneSizes>(() => (storage ? readSizes(storage) : DEFAULT_SIZES))
  useEffect(() => {
    if (!storage) return
    const timer = setTimeout(() => storage.setItem(KEY, JSON.stringify(sizes)), 300)
    return () => clearTimeout(timer)
  }, [sizes, storage])
  const resize = useCallback((pane: keyof PaneSizes, width: number) => {
    setSizes((current) => ({ ...current, [pane]: clamp(width, PANE_LIMITS[pane]) }))
  }, [])
  return { sizes, resize }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
