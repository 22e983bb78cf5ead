import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { applyTemplate } from '../../../main/brief/apply-template'
import { draftBrief } from '../../../main/brief/draft'
import { draftingRule, isGuidanceBody, withoutGuidanceBodies } from '../../../main/brief/plan'
import type { BriefPlan } from '../../../main/brief/plan'
import type { Brief } from '../../../main/brief/schema'
import { createTemplateStore } from '../../../main/files/template-store'
import { seedArticle } from '../../helpers/cli'

const store = createTemplateStore({})
const article = articleFromText(readFileSync(seedArticle, 'utf8'), 'seed-article.txt')
const analysis = analyzeArticle(article)

function draft(template: BriefPlan): Brief {
  return draftBrief({ articles: [article], analyses: [analysis], template, date: '2026-11-29' })
}

/** Change template as the host does it with the article open: both templates drafted again. */
function change(brief: Brief, next: BriefPlan, previous: BriefPlan): Brief {
  return applyTemplate(brief, next, previous, { next: draft(next), before: draft(previous) })
}

const shape = (brief: Brief) => brief.sections.map(({ id, heading, body }) => ({ id, heading, body }))

describe('Change template with the article open', () => {
  it.each([
    ['policy-brief', 'intelligence-assessment'],
    ['intelligence-assessment', 'policy-brief'],
    ['decision-memo', 'situation-report'],
    ['situation-report', 'decision-memo'],
  ])('an untouched %s becomes exactly the %s draft', async (fromId, toId) => {
    const from = await store.get(fromId)
    const to = await store.get(toId)
    const changed = change(draft(from), to, from)
    expect(shape(changed)).toEqual(shape(draft(to)))
    expect(changed.meta.templateId).toBe(toId)
  })

  it('fills the sections the old brief had no kind for (the issue: BLUF, judgments, indicators)', async () => {
    const policy = await store.get('policy-brief')
    const assessment = await store.get('intelligence-assessment')
    const changed = change(draft(policy), assessment, policy)
    for (const kind of ['bluf', 'judgments', 'indicators']) {
      const section = changed.sections.find((candidate) => candidate.kind === kind)
      expect(section?.body.trim(), kind).not.toBe('')
      expect(section?.provenance.length, kind).toBeGreaterThan(0)
    }
  })

  it('keeps what the user wrote or changed, in its place and at the end', async () => {
    const policy = await store.get('policy-brief')
    const assessment = await store.get('intelligence-assessment')
    const drafted = draft(policy)
    const edited: Brief = {
      ...drafted,
      sections: drafted.sections.map((section) =>
        section.kind === 'background'
          ? { ...section, body: `${section.body}\n\nMy own paragraph.` }
          : section.kind === 'summary'
            ? { ...section, body: 'My own takeaways.' }
            : section,
      ),
    }
    const changed = change(edited, assessment, policy)
    const background = changed.sections.find((section) => section.kind === 'background')
    expect(background?.body).toMatch(/My own paragraph\.$/)
    // The assessment has no place for a summary: the user's words follow its sections.
    expect(changed.sections.at(-1)).toMatchObject({ kind: 'summary', body: 'My own takeaways.' })
    expect(changed.sections).toHaveLength(assessment.sections.length + 1)
  })

  it('without the article keeps every body and drafts nothing', async () => {
    const policy = await store.get('policy-brief')
    const assessment = await store.get('intelligence-assessment')
    const drafted = draft(policy)
    const changed = applyTemplate(drafted, assessment, policy)
    expect(changed.sections.find((section) => section.kind === 'bluf')?.body).toBe('')
    expect(
      changed.sections
        .map((section) => section.body)
        .filter(Boolean)
        .sort(),
    ).toEqual(
      drafted.sections
        .map((section) => section.body)
        .filter(Boolean)
        .sort(),
    )
  })
})

describe('guidance is a hint', () => {
  it('drafts a section marked guidance by its kind when the drafter knows the kind', () => {
    expect(draftingRule({ kind: 'implications', rule: 'guidance' })).toBe('implications')
    expect(draftingRule({ kind: 'options', rule: 'guidance' })).toBe('guidance')
    expect(draftingRule({ kind: 'summary', rule: 'bluf' })).toBe('bluf')
  })

  it('fills a saved template whose known kinds are marked guidance', async () => {
    const policy = await store.get('policy-brief')
    const saved: BriefPlan = {
      ...policy,
      id: 'saved',
      sections: policy.sections.map((section) => ({ ...section, rule: 'guidance' as const })),
    }
    const brief = draft(saved)
    for (const kind of ['summary', 'background', 'positions', 'implications'])
      expect(brief.sections.find((section) => section.kind === kind)?.body.trim(), kind).not.toBe('')
  })

  it.each([
    ['*Two to four options\\_*', 'Two to four options_', true],
    ['  *Two to four options\\_*\n', 'Two to four options_', true],
    ['*Two to four options*', 'Two to four options_', false],
    ['Two to four options\\_', 'Two to four options_', false],
    ['**', '', false],
  ])('isGuidanceBody(%j, %j) is %s', (body, guidance, expected) => {
    expect(isGuidanceBody(body, guidance)).toBe(expected)
  })

  it('empties bodies that are only their section’s italic guidance, and nothing else', async () => {
    const memo = await store.get('decision-memo')
    const drafted = draft(memo)
    const old: Brief = {
      ...drafted,
      sections: drafted.sections.map((section) => {
        const guidance = memo.sections.find((planned) => planned.id === section.id)?.guidance ?? ''
        return section.body === '' ? { ...section, body: `*${guidance}*` } : section
      }),
    }
    const cleaned = withoutGuidanceBodies(old, memo)
    expect(shape(cleaned)).toEqual(shape(drafted))
    expect(withoutGuidanceBodies(drafted, memo)).toBe(drafted)
    expect(withoutGuidanceBodies(old, null)).toBe(old)
  })
})
