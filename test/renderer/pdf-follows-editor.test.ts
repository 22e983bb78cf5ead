import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { analyzeArticle } from '../../main/analysis/index'
import { readArticleFromPath } from '../../main/article/index'
import { applyTemplate } from '../../main/brief/apply-template'
import { draftBrief } from '../../main/brief/draft'
import type { Brief } from '../../main/brief/schema'
import { renderBriefPdf } from '../../main/pdf/index'
import { TemplateSchema } from '../../main/templates/schema'
import type { Template } from '../../main/templates/schema'
import {
  addSection,
  moveSection,
  removeSection,
  renameSection,
  setSectionBody,
} from '../../renderer/state/brief-edits'
import { documentReducer, EMPTY_DOCUMENT } from '../../renderer/state/document-history'
import type { DocumentState } from '../../renderer/state/document-history'
import { pinnedSection, refusedMove } from '../../renderer/state/section-order'
import { seedArticle } from '../helpers/cli'
import { pageLines } from '../main/pdf/pdf-tools'

/*
 * The editor is the truth: whatever the user does to a brief's sections (add, delete, move, clear,
 * change template, undo, redo), the PDF prints the non-empty sections' headings in the editor's
 * order. The edits are the renderer's own (brief edits, the document history, the pinned-summary
 * rule); Change template is the host's applyTemplate with the seed article drafted again.
 */

const templatesDir = join(import.meta.dirname, '..', '..', 'templates')
const templates: Template[] = readdirSync(templatesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => TemplateSchema.parse(JSON.parse(readFileSync(join(templatesDir, name), 'utf8'))))
const drafts = new Map<string, Brief>()

beforeAll(async () => {
  const article = await readArticleFromPath(seedArticle)
  const analysis = analyzeArticle(article)
  for (const template of templates) {
    drafts.set(
      template.id,
      draftBrief({ articles: [article], analyses: [analysis], template, date: '2025-03-01' }),
    )
  }
})

function templateOf(brief: Brief): Template {
  const template = templates.find((candidate) => candidate.id === brief.meta.templateId)
  if (!template) throw new Error(`No built-in template "${brief.meta.templateId}"`)
  return template
}

function draftOf(template: Template): Brief {
  const draft = drafts.get(template.id)
  if (!draft) throw new Error(`No draft with "${template.id}"`)
  return draft
}

type Operation =
  | { kind: 'add'; after: number; filled: boolean }
  | { kind: 'delete'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'clear'; at: number }
  | { kind: 'template'; index: number }
  | { kind: 'undo' }
  | { kind: 'redo' }

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), after: fc.nat(12), filled: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(12) }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(12), to: fc.nat(12) }),
  fc.record({ kind: fc.constant('clear' as const), at: fc.nat(12) }),
  fc.record({ kind: fc.constant('template' as const), index: fc.nat(templates.length - 1) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
)

/** The brief after one operation, as the editor makes it (null: the editor refuses or nothing changes). */
function edited(brief: Brief, step: Operation, added: number): Brief | null {
  const sections = brief.sections
  const pick = (index: number) => sections[index % Math.max(1, sections.length)]
  switch (step.kind) {
    case 'add': {
      const result = addSection(brief, { afterId: pick(step.after)?.id ?? null })
      const named = renameSection(result.brief, result.id, `Added section ${added}`)
      return step.filled
        ? setSectionBody(named, result.id, `Text the analyst wrote, number ${added}.`)
        : named
    }
    case 'delete': {
      const section = pick(step.at)
      return section && sections.length > 1 ? removeSection(brief, section.id) : null
    }
    case 'move': {
      const section = pick(step.at)
      const to = step.to % Math.max(1, sections.length)
      if (!section || refusedMove(brief, pinnedSection(brief, templateOf(brief)), section.id, to)) return null
      return moveSection(brief, section.id, to)
    }
    case 'clear': {
      const section = pick(step.at)
      return section ? setSectionBody(brief, section.id, '') : null
    }
    case 'template': {
      const next = templates[step.index]
      if (!next) return null
      const previous = templateOf(brief)
      return applyTemplate(brief, next, previous, { next: draftOf(next), before: draftOf(previous) })
    }
    default:
      return null
  }
}

function run(start: Template, steps: readonly Operation[]): DocumentState {
  let state = documentReducer(EMPTY_DOCUMENT, {
    type: 'load',
    brief: draftOf(start),
    fileName: null,
    dirty: false,
  })
  steps.forEach((step, index) => {
    if (step.kind === 'undo' || step.kind === 'redo') {
      state = documentReducer(state, { type: step.kind })
      return
    }
    const brief = state.brief && edited(state.brief, step, index + 1)
    if (brief) state = documentReducer(state, { type: 'edit', brief, label: step.kind })
  })
  return state
}

/** The headings the PDF prints, in order: a boxed summary's heading is set in capitals. */
function expectedHeadings(brief: Brief, template: Template): string[] {
  return brief.sections
    .filter(
      (section) => section.body.trim() !== '' || (section.kind === 'sources' && brief.sources.length > 0),
    )
    .map((section) =>
      template.style.summaryBox && section.kind === 'summary'
        ? section.heading.toUpperCase()
        : section.heading,
    )
}

/** The lines of the PDF's text that are one of the brief's headings (in either case), in reading order. */
async function printedHeadings(bytes: Uint8Array, brief: Brief): Promise<string[]> {
  const candidates = new Set(
    brief.sections.flatMap((section) => [section.heading, section.heading.toUpperCase()]),
  )
  const pages = await pageLines(bytes)
  return pages.flatMap((lines) =>
    lines.map((line) => line.text.trim()).filter((text) => candidates.has(text)),
  )
}

describe('the PDF follows the editor', () => {
  it('prints the non-empty sections’ headings in the editor’s order after any edits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(templates.length - 1),
        fc.array(operation, { minLength: 1, maxLength: 12 }),
        async (startIndex, steps) => {
          const start = templates[startIndex]
          if (!start) throw new Error('No template to start with')
          const { brief } = run(start, steps)
          if (!brief) throw new Error('The document lost its brief')
          const template = templateOf(brief)
          const pdf = await renderBriefPdf(brief, template.style)
          expect(await printedHeadings(pdf.bytes, brief)).toEqual(expectedHeadings(brief, template))
        },
      ),
      { seed: 14_2026, numRuns: 50 },
    )
  })
})
