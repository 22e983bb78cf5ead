// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PdfPages } from '../../renderer/components/PdfPages'

// pdf.js stands in as a document of N pages whose pages are drawn into fresh canvases, counted.
const drawn: number[] = []
const destroyed: number[] = []
let numPages = 4
let loads = 0
/** A page whose drawing waits until the test releases it. */
let heldPage: number | null = null
let release: () => void = () => undefined
vi.mock('../../renderer/pdf/render-pages', () => ({
  openPdf: vi.fn(async () => {
    loads += 1
    const id = loads
    return { numPages, destroy: async () => void destroyed.push(id) }
  }),
  drawPage: vi.fn(async (_document: unknown, number: number, width: number) => {
    if (number === heldPage) await new Promise<void>((resolve) => (release = resolve))
    drawn.push(number)
    const canvas = document.createElement('canvas')
    canvas.dataset.drawnAs = `${number}@${width}`
    return { canvas, width, height: 800 }
  }),
  readOutline: vi.fn(async () => []),
}))

beforeEach(() => {
  drawn.length = 0
  destroyed.length = 0
  numPages = 4
  loads = 0
  heldPage = null
})
afterEach(cleanup)

function Preview({ bytes, hashes, zoom = 1 }: { bytes: Uint8Array; hashes: string[] | null; zoom?: number }) {
  const scroller = useRef<HTMLDivElement>(null)
  return (
    <div ref={scroller}>
      <PdfPages bytes={bytes} pageHashes={hashes} zoom={zoom} scroller={scroller} onDrawn={onDrawn} />
    </div>
  )
}
const onDrawn = () => undefined
const canvases = () => [...document.querySelectorAll<HTMLCanvasElement>('canvas.pdf-page')]

async function shown(view: ReturnType<typeof render>, bytes: number, hashes: string[] | null, zoom = 1) {
  const before = loads
  view.rerender(<Preview bytes={new Uint8Array([bytes])} hashes={hashes} zoom={zoom} />)
  await waitFor(() => expect(loads).toBe(before + 1))
  await waitFor(() => expect(canvases()).toHaveLength(numPages))
  // Let the draw finish swapping.
  await new Promise((resolve) => setTimeout(resolve, 10))
}

describe('the preview redraws only the pages that changed', () => {
  it.each([
    { edited: 'the last page', next: ['a', 'b', 'c', 'D'], redrawn: [4] },
    { edited: 'the third page, reflowing the fourth', next: ['a', 'b', 'C', 'D'], redrawn: [3, 4] },
    { edited: 'nothing visible', next: ['a', 'b', 'c', 'd'], redrawn: [] },
  ])('an edit of $edited redraws pages $redrawn', async ({ next, redrawn }) => {
    const view = render(<Preview bytes={new Uint8Array([0])} hashes={['a', 'b', 'c', 'd']} />)
    await waitFor(() => expect(canvases()).toHaveLength(4))
    expect(drawn).toEqual([1, 2, 3, 4])
    const before = canvases()
    drawn.length = 0
    await shown(view, 1, next)
    expect(drawn).toEqual(redrawn)
    // Unchanged pages are the very same canvases: nothing flashes, the scroll position holds.
    canvases().forEach((canvas, index) => {
      if (!redrawn.includes(index + 1)) expect(canvas).toBe(before[index])
    })
    expect(canvases().map((canvas) => canvas.getAttribute('aria-label'))).toEqual(
      [1, 2, 3, 4].map((page) => `Page ${page} of 4`),
    )
  })

  it('keeps one document loaded: the one it replaces is destroyed', async () => {
    const view = render(<Preview bytes={new Uint8Array([0])} hashes={['a', 'b', 'c', 'd']} />)
    await waitFor(() => expect(canvases()).toHaveLength(4))
    await shown(view, 1, ['a', 'b', 'c', 'D'])
    await shown(view, 2, ['a', 'b', 'c', 'E'])
    expect(destroyed).toEqual([1, 2])
    view.unmount()
    expect(destroyed).toEqual([1, 2, 3])
  })

  it('draws a new zoom from the document on screen, without loading it again', async () => {
    const bytes = new Uint8Array([0])
    const view = render(<Preview bytes={bytes} hashes={['a', 'b', 'c', 'd']} />)
    await waitFor(() => expect(canvases()).toHaveLength(4))
    drawn.length = 0
    view.rerender(<Preview bytes={bytes} hashes={['a', 'b', 'c', 'd']} zoom={1.5} />)
    await waitFor(() => expect(drawn).toEqual([1, 2, 3, 4]))
    await waitFor(() =>
      expect(canvases().every((canvas) => /@\d+$/.test(canvas.dataset.drawnAs ?? ''))).toBe(true),
    )
    expect(loads).toBe(1)
    expect(destroyed).toEqual([])
    // New bytes load a new document and drop the one it replaces.
    await shown(view, 1, ['a', 'b', 'c', 'D'], 1.5)
    expect(destroyed).toEqual([1])
  })

  it('draws every page again without hashes, or at a new zoom, and drops pages that are gone', async () => {
    const view = render(<Preview bytes={new Uint8Array([0])} hashes={['a', 'b', 'c', 'd']} />)
    await waitFor(() => expect(canvases()).toHaveLength(4))
    drawn.length = 0
    await shown(view, 1, null)
    expect(drawn).toEqual([1, 2, 3, 4])
    drawn.length = 0
    await shown(view, 2, ['a', 'b', 'c', 'd'], 1.25)
    expect(drawn).toEqual([1, 2, 3, 4])
    drawn.length = 0
    numPages = 3
    await shown(view, 3, ['a', 'b', 'c'], 1.25)
    expect(drawn).toEqual([])
    expect(canvases().map((canvas) => canvas.getAttribute('aria-label'))).toEqual(
      [1, 2, 3].map((page) => `Page ${page} of 3`),
    )
  })
})

describe('when pages appear', () => {
  it('shows a new document’s pages in order as they are drawn, and swaps an update’s pages all at once', async () => {
    heldPage = 3
    const view = render(<Preview bytes={new Uint8Array([0])} hashes={['a', 'b', 'c', 'd']} />)
    // Page 4 is drawn too, but waits for page 3: pages show in order.
    await waitFor(() => expect(drawn).toEqual([1, 2, 4]))
    expect(canvases().map((canvas) => canvas.getAttribute('aria-label'))).toEqual([
      'Page 1 of 4',
      'Page 2 of 4',
    ])
    release()
    await waitFor(() => expect(canvases()).toHaveLength(4))
    const before = canvases()
    heldPage = 2
    drawn.length = 0
    view.rerender(<Preview bytes={new Uint8Array([1])} hashes={['A', 'B', 'c', 'D']} />)
    await waitFor(() => expect(drawn).toEqual([1, 4]))
    await new Promise((resolve) => setTimeout(resolve, 10))
    // Pages 1 and 4 are ready, page 2 is not: the old pages all stay until it is.
    canvases().forEach((canvas, index) => expect(canvas).toBe(before[index]))
    release()
    await waitFor(() => expect(canvases()[1]).not.toBe(before[1]))
    expect(canvases()[0]).not.toBe(before[0])
    expect(canvases()[2]).toBe(before[2])
  })
})
