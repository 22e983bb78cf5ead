import type { Section } from '../brief/schema'
import type { TemplateSection } from '../templates/schema'
import type { CheckContext, Finding } from './types'
import { wholeSection } from './types'

/** The kinds of section a brief opens with when it puts its bottom line up front. */
const SUMMARY_KINDS = new Set<string>(['summary', 'bluf'])

/** The template's section for a brief's section: by id, else by kind (a renamed or re-added one). */
function templateSectionOf(context: CheckContext, section: Section): TemplateSection | null {
  const sections = context.template?.sections ?? []
  return (
    sections.find((candidate) => candidate.id === section.id) ??
    sections.find((candidate) => candidate.kind === section.kind) ??
    null
  )
}

/** A section with nothing written in it; Sources counts as written while the brief lists a source. */
export function emptySection(context: CheckContext): Finding[] {
  const { brief } = context
  return brief.sections
    .filter(
      (section) => section.body.trim() === '' && !(section.kind === 'sources' && brief.sources.length > 0),
    )
    .map((section) => {
      const required = templateSectionOf(context, section)?.required === true
      return {
        rule: 'empty-section',
        severity: required ? 'error' : 'warning',
        section: section.id,
        message: required
          ? `“${section.heading}” is empty, and the template requires it.`
          : `“${section.heading}” is empty and will be left out of the PDF.`,
        start: 0,
        end: 0,
      }
    })
}

/** Whether the brief should open with its summary: the template says so, or its own first section is one. */
function summaryLeads(context: CheckContext): boolean {
  const { template } = context
  if (!template) return true
  return template.summaryFirst === true || SUMMARY_KINDS.has(template.sections[0]?.kind ?? '')
}

/** The bottom line is not the first section, or (with the layout) runs past page 1. */
export function summaryNotFirst(context: CheckContext): Finding[] {
  const { brief, options } = context
  const index = brief.sections.findIndex((section) => SUMMARY_KINDS.has(section.kind))
  const summary = brief.sections[index]
  if (!summary) return []
  const findings: Finding[] = []
  if (index > 0 && summaryLeads(context)) {
    findings.push({
      rule: 'summary-not-first',
      severity: 'warning',
      section: summary.id,
      message: `“${summary.heading}” comes after “${brief.sections[0]?.heading ?? ''}”: a reader should meet the bottom line first.`,
      start: 0,
      end: 0,
    })
  }
  const placed = options.pages?.sections.find((entry) => entry.id === summary.id)
  if (placed && placed.lastPage > 1) {
    findings.push({
      rule: 'summary-not-first',
      severity: 'warning',
      section: summary.id,
      message: `“${summary.heading}” does not fit on page 1 (it runs to page ${placed.lastPage}).`,
      ...wholeSection(summary),
    })
  }
  return findings
}

/** More pages than the template's budget, from the real layout. */
export function overPageBudget(context: CheckContext): Finding[] {
  const budget = context.template?.pageBudget
  const layout = context.options.pages
  if (budget === undefined || !layout || layout.pages <= budget) return []
  // The finding points at the section that runs past the budget, where cutting starts to pay.
  const over = layout.sections.find((entry) => entry.lastPage > budget) ?? layout.sections.at(-1)
  const section =
    context.brief.sections.find((candidate) => candidate.id === over?.id) ?? context.brief.sections[0]
  if (!section) return []
  return [
    {
      rule: 'over-page-budget',
      severity: 'warning',
      section: section.id,
      message: `The brief prints on ${layout.pages} pages; the template’s budget is ${budget}.`,
      start: 0,
      end: 0,
    },
  ]
}
