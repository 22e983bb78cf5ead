// Draws the app icon (build/icon.png, 512×512) and the page's favicon (renderer/public/favicon.png)
// with pdfkit and rasterises them with poppler's pdftocairo (transparent corners). Run by hand when the design changes; the
// PNGs are committed.
import { execFileSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, renameSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import PDFDocument from 'pdfkit'

const SIZE = 512
const work = mkdtempSync(path.join(os.tmpdir(), 'bw-icon-'))
const pdf = path.join(work, 'icon.pdf')

const doc = new PDFDocument({ size: [SIZE, SIZE], margin: 0 })
const done = new Promise((resolve) => doc.pipe(createWriteStream(pdf)).on('finish', resolve))
doc.roundedRect(16, 16, SIZE - 32, SIZE - 32, 96).fill('#1f4e79')
// A page with a folded corner.
const [left, top, width, height, fold] = [136, 96, 240, 320, 64]
doc
  .moveTo(left, top)
  .lineTo(left + width - fold, top)
  .lineTo(left + width, top + fold)
  .lineTo(left + width, top + height)
  .lineTo(left, top + height)
  .closePath()
  .fill('#ffffff')
doc
  .moveTo(left + width - fold, top)
  .lineTo(left + width - fold, top + fold)
  .lineTo(left + width, top + fold)
  .closePath()
  .fill('#c9d8e6')
// A heading bar and text lines: a brief.
doc.rect(left + 32, top + 48, 120, 22).fill('#1f4e79')
for (const [index, length] of [176, 176, 140, 176, 110].entries())
  doc.rect(left + 32, top + 104 + index * 36, length, 12).fill('#8aa4bd')
doc.end()
await done

execFileSync('pdftocairo', ['-png', '-transp', '-r', '72', '-singlefile', pdf, path.join(work, 'icon')])
renameSync(path.join(work, 'icon.png'), 'build/icon.png')
execFileSync('pdftocairo', [
  '-png',
  '-transp',
  '-scale-to',
  '64',
  '-singlefile',
  pdf,
  path.join(work, 'favicon'),
])
renameSync(path.join(work, 'favicon.png'), 'renderer/public/favicon.png')
rmSync(work, { recursive: true, force: true })
