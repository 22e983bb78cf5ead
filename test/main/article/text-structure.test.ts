import { describe, expect, it } from 'vitest'
import type { Article } from '../../../main/article/types'
import { articleFromText, NO_HEADLINE_WARNING } from '../../../main/article/text'

const read = (lines: string[]): Article =>
  articleFromText(lines.join('\n\n'), 'test.txt', { retrievedAt: '2025-01-01T00:00:00.000Z' })
const headings = (article: Article): string[] =>
  article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)
const kinds = (article: Article): string[] => article.blocks.map((block) => block.kind)

const LEDE = 'The two delegations met for four hours on Tuesday and agreed to meet again next month.'
const BODY = 'Neither side released a statement after the talks ended late in the evening.'
const MORE = 'Officials on both sides said that the next round would focus on prisoner exchanges.'

type Case = {
  name: string
  lines: string[]
  title?: string | null
  meta?: Partial<Article['meta']>
  headings?: string[]
  kinds?: string[]
  warnings?: string[]
  absent?: RegExp
}

const cases: Case[] = [
  {
    name: 'no headline: title null and a warning, never the first sentence',
    lines: [LEDE, BODY],
    title: null,
    warnings: [NO_HEADLINE_WARNING],
  },
  {
    name: 'a headline that is itself a quotation, full stop included, is the headline',
    lines: ['“We will not leave our homes.”', LEDE, BODY],
    title: '“We will not leave our homes.”',
  },
  {
    name: "a publisher's name over a metadata row is the outlet; the headline comes after",
    lines: [
      'Ministry of Foreign Affairs',
      '03/21/2025 | Press release | Issued 03/21/2025 10:15',
      'Talks Resume in Geneva',
      LEDE,
      BODY,
    ],
    title: 'Talks Resume in Geneva',
    meta: { outlet: 'Ministry of Foreign Affairs', published: '2025-03-21' },
  },
  {
    name: "a publisher's name over a dated dateline: no headline, the dateline gives place and date",
    lines: ['Harbour News, Coastal Media Service', `OSLO, March 3, 2025 — ${LEDE}`, BODY],
    title: null,
    meta: { outlet: 'Harbour News, Coastal Media Service', published: '2025-03-03' },
    warnings: [NO_HEADLINE_WARNING],
  },
  {
    name: 'transcript speaker labels are paragraphs however they end; a question is not a heading',
    lines: [
      'Press Briefing on the Talks',
      'MS LANE: Oh, Ann Smith. Okay. Well, let’s —',
      'QUESTION: Can you say when the next round starts?',
      'MS LANE: Next month —',
      'Q Will the minister attend?',
    ],
    headings: [],
    kinds: ['paragraph', 'paragraph', 'paragraph', 'paragraph'],
  },
  {
    name: 'capital labels used once and naming no speaker are run-in headings',
    lines: [
      'Fact Sheet: The New Trade Rules',
      'PROTECTING WORKERS IN THE PORTS: The order sets new rules for cargo inspections.',
      'OPENING MARKETS FOR SMALL FIRMS: Small firms gain access to public tenders.',
    ],
    headings: ['PROTECTING WORKERS IN THE PORTS', 'OPENING MARKETS FOR SMALL FIRMS'],
    kinds: ['heading', 'paragraph', 'heading', 'paragraph'],
  },
  {
    name: 'a short quoted line between paragraphs is a heading; a quoted sentence is not',
    lines: [
      'Flood Towns Rebuild',
      LEDE,
      '“We will rebuild”',
      BODY,
      '“It was the worst night of my life.”',
      MORE,
    ],
    headings: ['“We will rebuild”'],
  },
  {
    name: 'credit lines are not content',
    lines: [
      'Talks Resume in Geneva',
      LEDE,
      'Photo: CNA',
      'Photo credit: Jane Roe',
      '(Reuters)',
      'Photo By:John Doe, Navy',
      BODY,
    ],
    kinds: ['paragraph', 'paragraph'],
    warnings: ['Removed 4 boilerplate lines'],
    absent: /CNA|Reuters|Jane Roe|John Doe/u,
  },
  {
    name: 'a promotion printed twice is dropped; a caption printed twice is kept once as a caption',
    lines: [
      'Talks Resume in Geneva',
      'Delegates arrive at the lakeside palace for the second day of talks in Geneva.',
      'Delegates arrive at the lakeside palace for the second day of talks in Geneva.',
      LEDE,
      'Read our full coverage of the talks and sign up to the morning briefing today',
      BODY,
      'Read our full coverage of the talks and sign up to the morning briefing today',
      MORE,
    ],
    kinds: ['caption', 'paragraph', 'paragraph', 'paragraph'],
    warnings: ['Removed 3 boilerplate lines'],
  },
  {
    name: 'a key points box stays a list under its label, apart from the body',
    lines: [
      'Talks Resume in Geneva',
      'Key points:\nThe talks resumed after two months.\nPrisoner exchanges are on the agenda.\nA ceasefire is not.',
      LEDE,
      BODY,
    ],
    headings: ['Key points'],
    kinds: ['heading', 'list', 'paragraph', 'paragraph'],
  },
  {
    name: 'share bars and player controls are furniture; the photo title and caption above them are a caption',
    lines: [
      'Talks Resume in Geneva',
      LEDE,
      'Minister Arrives',
      'The foreign minister arrives at the palace in Geneva, March 3, 2025',
      'Share',
      'Copy Link',
      'Email Facebook X',
      'Photo By:John Doe, Navy',
      BODY,
      'please wait',
      '0:00 0:02:00 0:00',
      'Direct link',
      MORE,
    ],
    headings: [],
    kinds: ['paragraph', 'caption', 'caption', 'paragraph', 'paragraph'],
    warnings: ['Removed 7 boilerplate lines'],
  },
  {
    name: 'a bare name under the standfirst is the byline, a time line is header matter',
    lines: ['Talks Resume in Geneva', '12:02 P.M. EDT', LEDE, 'Maria Okonkwo-Bell', BODY],
    meta: { byline: 'Maria Okonkwo-Bell' },
    kinds: ['paragraph', 'paragraph'],
    warnings: ['Removed 1 boilerplate line'],
  },
  {
    name: 'a name with a role over the text is the byline; a venue before the text is not a heading',
    lines: [
      'Remarks Before the Meeting',
      'Jane Q. Doe, Secretary of State',
      'New York, New York',
      LEDE,
      BODY,
    ],
    meta: { byline: 'Jane Q. Doe, Secretary of State' },
    headings: [],
  },
  {
    name: 'after a dateline the story has started: a Title Case line is a heading, not a byline',
    lines: [`GENEVA — ${LEDE}`, 'Longstanding Defense Relationships', BODY, MORE],
    meta: { byline: null },
    headings: ['Longstanding Defense Relationships'],
    warnings: [NO_HEADLINE_WARNING],
  },
  {
    name: 'a comment prompt before the story is not a heading; a section heading before it is',
    lines: ['Talks Resume in Geneva', 'Leave a comment', LEDE, BODY],
    headings: [],
  },
  {
    name: 'a Title Case heading may close a cut-off text',
    lines: ['Talks Resume in Geneva', LEDE, BODY, 'Transformation Must Continue'],
    headings: ['Transformation Must Continue'],
  },
  {
    name: 'dates in parentheses and with a time zone are dates',
    lines: ['Talks Resume in Geneva', 'Posted May 2nd, 2024 at 8:40 am (UTC-5)', LEDE],
    meta: { published: '2024-05-02' },
    kinds: ['paragraph'],
  },
]

describe('plain-text structure', () => {
  it('gives every case something to check besides its warnings', () => {
    for (const test of cases)
      expect(
        [test.title, test.meta, test.headings, test.kinds, test.absent].some((field) => field !== undefined),
        test.name,
      ).toBe(true)
  })

  it.each(cases)('$name', (test) => {
    const article = read(test.lines)
    if (test.title !== undefined) expect(article.meta.title).toBe(test.title)
    if (test.meta) expect(article.meta).toMatchObject(test.meta)
    if (test.headings) expect(headings(article)).toEqual(test.headings)
    if (test.kinds) expect(kinds(article)).toEqual(test.kinds)
    expect(article.warnings).toEqual(test.warnings ?? [])
    if (test.absent) expect(article.text).not.toMatch(test.absent)
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).toBe(block.text)
  })
})

describe('meta.dateline', () => {
  const datelines = [
    {
      opening: 'KYIV, Ukraine (AP) — ',
      want: { text: 'KYIV, Ukraine (AP)', place: 'KYIV', region: 'Ukraine', agency: 'AP', date: null },
    },
    {
      opening: 'WASHINGTON — ',
      want: { text: 'WASHINGTON', place: 'WASHINGTON', region: null, agency: null, date: null },
    },
    {
      opening: 'Nairobi, Kenya, June 25, 2008 - ',
      want: {
        text: 'Nairobi, Kenya, June 25, 2008',
        place: 'Nairobi',
        region: 'Kenya',
        agency: null,
        date: '2008-06-25',
      },
    },
  ]
  it.each(datelines)('$opening', ({ opening, want }) => {
    const article = read(['Talks Resume in Geneva', `${opening}${LEDE}`, BODY])
    expect(article.meta.dateline).toMatchObject(want)
    const dateline = article.meta.dateline
    expect(dateline && article.text.slice(dateline.start, dateline.end)).toBe(want.text)
  })

  it('is absent without a dateline, and a wire photo caption ("FILE - …") is a caption, not a dateline', () => {
    expect(read(['Talks Resume in Geneva', LEDE]).meta.dateline).toBeUndefined()
    const article = read(['Talks Resume in Geneva', 'FILE - The palace in Geneva, March 3, 2024.', LEDE])
    expect(article.meta.dateline).toBeUndefined()
    expect(kinds(article)).toEqual(['caption', 'paragraph'])
  })
})
