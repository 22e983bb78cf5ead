import { describe, expect, it } from 'vitest'
import { STANCE_LABELS } from '../../../main/common/stance-labels'
import { stanceOf, stancePhrase } from '../../../main/brief/stance-verbs'

describe('stanceOf', () => {
  it.each([
    {
      frame: 'The foreign minister welcomed the deal, saying it was',
      quote: 'a first step',
      label: 'welcomes',
    },
    { frame: 'The president warned that', quote: 'any ship will be treated as hostile', label: 'warns' },
    {
      frame: 'The envoy insisted that',
      quote: 'the corridor only works if both share reports',
      label: 'conditions',
    },
    { frame: 'The opposition rejected the terms, calling them', quote: 'a surrender', label: 'rejects' },
    { frame: 'The ministry condemned the strike as', quote: 'reckless', label: 'opposes' },
    { frame: 'The senator backed the bill, calling it', quote: 'overdue', label: 'supports' },
    // A plain "said" is read from the quotation's own words.
    { frame: 'said', quote: 'any settlement must include the northern provinces', label: 'conditions' },
    {
      frame: 'said',
      quote: 'we are on our way with a framework that addresses concerns on both sides',
      label: 'neutral/unclear',
    },
    { frame: 'told reporters', quote: 'the weather was fine', label: 'neutral/unclear' },
    // A cue of several words is whole: "has to", not the start of "has told".
    {
      frame: 'said',
      quote: 'neither government has told us it intends to walk away from the truce',
      label: 'neutral/unclear',
    },
    { frame: 'said', quote: 'the patrol has to stay in the strait', label: 'conditions' },
    // A single cue word still takes its endings.
    { frame: 'said', quote: 'the plan is risky for both fleets', label: 'warns' },
  ])('reads “$frame … $quote” as $label', ({ frame, quote, label }) => {
    expect(stanceOf(frame, quote)).toBe(label)
  })

  it('has a phrase in the drafter’s words for every label', () => {
    const phrases = STANCE_LABELS.map((label) => stancePhrase(label))
    expect(new Set(phrases).size).toBe(STANCE_LABELS.length)
    for (const phrase of phrases) expect(phrase).toMatch(/^\p{Lu}/u)
  })
})
