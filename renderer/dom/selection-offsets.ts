// The article pane draws each run of article text in an element with `data-at` (its offset in the
// article's text). A DOM selection maps back to article offsets through those, whatever highlights
// and speaker labels sit between.

function runs(node: Node): HTMLElement[] {
  if (!(node instanceof Element)) return []
  const own = node instanceof HTMLElement && node.dataset.at !== undefined ? [node] : []
  return [...own, ...node.querySelectorAll<HTMLElement>('[data-at]')]
}

function startOf(run: HTMLElement): number {
  return Number(run.dataset.at)
}

function endOf(run: HTMLElement): number {
  return startOf(run) + (run.textContent ?? '').length
}

/** The article offset of a DOM boundary point, or null outside any run. */
export function offsetOfPoint(node: Node, offset: number, side: 'start' | 'end'): number | null {
  const element = node instanceof Element ? node : node.parentElement
  const run = element?.closest<HTMLElement>('[data-at]')
  if (run) {
    // Inside a run: its offset plus the length of its text before the point.
    const before = document.createRange()
    before.setStart(run, 0)
    before.setEnd(node, offset)
    return startOf(run) + before.toString().length
  }
  // A point between children: the run after it (for a start) or before it (for an end).
  const children = [...node.childNodes]
  if (side === 'start') {
    for (const child of children.slice(offset)) {
      const first = runs(child)[0]
      if (first) return startOf(first)
    }
  }
  for (const child of children.slice(0, offset).reverse()) {
    const all = runs(child)
    if (all.length > 0) return endOf(all[all.length - 1])
  }
  if (side === 'end') {
    for (const child of children.slice(offset)) {
      const first = runs(child)[0]
      if (first) return startOf(first)
    }
  }
  return null
}

/** The selection's span in article offsets, when it lies inside `container` and is not empty. */
export function selectionOffsets(
  selection: Selection | null,
  container: HTMLElement | null,
): { start: number; end: number } | null {
  if (!selection || !container || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null
  const start = offsetOfPoint(range.startContainer, range.startOffset, 'start')
  const end = offsetOfPoint(range.endContainer, range.endOffset, 'end')
  if (start === null || end === null || end <= start) return null
  return { start, end }
}
