import { spawnSync } from 'node:child_process'
import { tool } from './cli'

// Reads a PDF's pixels back where its words are: rasterised by pdftoppm, words placed by pdftotext.

const DPI = 144
const SCALE = DPI / 72

type Box = { word: string; xMin: number; yMin: number; xMax: number; yMax: number }

/** The words of `page` and their boxes, in points from the top left (`pdftotext -bbox`). */
function wordBoxes(path: string, page: number): Box[] {
  const html = tool('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-'])
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((match) => ({
    word: match[5] ?? '',
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    yMax: Number(match[4]),
  }))
}

/** `page` in grey levels, one byte a pixel (`pdftoppm -gray`, a binary PGM). */
function greyPage(path: string, page: number): { width: number; pixels: Buffer } {
  const result = spawnSync(
    'pdftoppm',
    ['-gray', '-r', String(DPI), '-f', String(page), '-l', String(page), path],
    {
      maxBuffer: 256 * 1024 * 1024,
    },
  )
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(result.stdout.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error(`pdftoppm drew no page ${page}: ${result.stderr.toString()}`)
  return { width: Number(header[1]), pixels: result.stdout.subarray(header[0].length) }
}

/**
 * Dark pixels in the space between the word `left` and the next word on its line, clear of both
 * words' own ink, on the first page that has `left` followed by `right`: a struck or underlined
 * pair has a line across that space, a plain pair has none.
 */
export function inkBetween(path: string, left: string, right: string): number {
  const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [path]))?.[1] ?? 0)
  for (let page = 1; page <= pages; page++) {
    const boxes = wordBoxes(path, page)
    const at = boxes.findIndex((box, index) => box.word === left && boxes[index + 1]?.word === right)
    const [first, second] = [boxes[at], boxes[at + 1]]
    if (!first || !second) continue
    const { width, pixels } = greyPage(path, page)
    let dark = 0
    for (let y = Math.ceil(first.yMin * SCALE); y < Math.floor(first.yMax * SCALE); y++)
      for (let x = Math.ceil((first.xMax + 0.75) * SCALE); x < Math.floor((second.xMin - 0.75) * SCALE); x++)
        if ((pixels[y * width + x] ?? 255) < 128) dark++
    return dark
  }
  throw new Error(`no page of ${path} has "${left} ${right}"`)
}
