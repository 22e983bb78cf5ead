import { describe, expect, it } from 'vitest'
import { estimatePages, fitToBudget } from '../../../main/brief/budget'
import type { Section } from '../../../main/brief/schema'

const section = (words: number): Section => ({
  id: `s${words}`,
  kind: 'background',
  heading: 'Background',
  body: Array.from({ length: words }, (_unused, index) => `word${index}`).join(' '),
  provenance: [],
})

describe('the page estimate', () => {
  it('counts the estimative language box when the style prints one', () => {
    const sections = [section(300)]
    expect(estimatePages(sections, true)).toBeGreaterThan(estimatePages(sections, false))
  })

  it('drafts tighter when the box would push a draft over its budget', () => {
    // A draft just under the budget without the box, over it with the box.
    let words = 100
    while (estimatePages([section(words + 10)], false) <= 2) words += 10
    const fullest = [section(words)]
    const limitsAsked: number[] = []
    const draft = () => {
      limitsAsked.push(limitsAsked.length)
      return limitsAsked.length === 1 ? fullest : [section(50)]
    }
    expect(fitToBudget(draft, 2, false)).toBe(fullest)
    limitsAsked.length = 0
    const fitted = fitToBudget(draft, 2, true)
    expect(fitted).not.toBe(fullest)
    expect(estimatePages(fitted, true)).toBeLessThanOrEqual(2)
  })
})
