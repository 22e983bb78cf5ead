import { useCallback, useEffect, useState } from 'react'

/** The widths of the article and editor panes in CSS pixels; the preview takes the rest. */
export type PaneSizes = { article: number; editor: number }

/** The panes' sizes and whether the article pane is folded away (the preview then takes its room). */
export type PaneLayout = PaneSizes & { articleHidden: boolean }

export const PANE_LIMITS = {
  article: { min: 240, max: 720 },
  editor: { min: 360, max: 1000 },
} as const

const KEY = 'briefwright.panes'
export const DEFAULT_SIZES: PaneSizes = { article: 330, editor: 500 }

/**
 * Below this window width the article pane starts folded: with all three panes at their default
 * widths the preview's page would be about 400 px wide, its body text too small to read (issue seen
 * at 1280×720); folded, the page is about 750 px wide there.
 */
export const FOLD_ARTICLE_BELOW = 1400

function clamp(value: number, { min, max }: { min: number; max: number }): number {
  return Math.round(Math.max(min, Math.min(max, value)))
}

/** Sizes read back from storage; anything unusable gives the defaults. */
export function readSizes(storage: Pick<Storage, 'getItem'>): PaneSizes {
  const { article, editor } = readLayout(storage, Infinity)
  return { article, editor }
}

/**
 * The layout read back from storage. Without a remembered choice the article pane is folded in a
 * window narrower than FOLD_ARTICLE_BELOW; a choice the user made is kept at any width.
 */
export function readLayout(storage: Pick<Storage, 'getItem'> | null, windowWidth: number): PaneLayout {
  const fallback = { ...DEFAULT_SIZES, articleHidden: windowWidth < FOLD_ARTICLE_BELOW }
  try {
    const saved = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<PaneLayout> | null
    if (!saved || typeof saved.article !== 'number' || typeof saved.editor !== 'number') return fallback
    return {
      article: clamp(saved.article, PANE_LIMITS.article),
      editor: clamp(saved.editor, PANE_LIMITS.editor),
      articleHidden: typeof saved.articleHidden === 'boolean' ? saved.articleHidden : fallback.articleHidden,
    }
  } catch {
    return fallback
  }
}

/**
 * The pane sizes and the article pane's fold, remembered across launches in this window's local
 * storage (the app's settings file has no field for them). Writes wait until resizing pauses.
 */
export function useLayout(storage: Storage | null = safeStorage()) {
  const [layout, setLayout] = useState<PaneLayout>(() => readLayout(storage, windowWidth()))
  // Only what the user changed is stored: an untouched fold follows the window width at each launch.
  const [touched, setTouched] = useState(false)
  useEffect(() => {
    if (!storage || !touched) return
    const timer = setTimeout(() => storage.setItem(KEY, JSON.stringify(layout)), 300)
    return () => clearTimeout(timer)
  }, [layout, storage, touched])
  const resize = useCallback((pane: keyof PaneSizes, width: number) => {
    setTouched(true)
    setLayout((current) => ({ ...current, [pane]: clamp(width, PANE_LIMITS[pane]) }))
  }, [])
  const setArticleHidden = useCallback((articleHidden: boolean) => {
    setTouched(true)
    setLayout((current) => ({ ...current, articleHidden }))
  }, [])
  const { article, editor, articleHidden } = layout
  return { sizes: { article, editor }, articleHidden, resize, setArticleHidden }
}

function windowWidth(): number {
  return typeof window === 'undefined' ? Infinity : window.innerWidth
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
