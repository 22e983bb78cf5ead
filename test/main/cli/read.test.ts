import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../main/article/types'
import { fixtures, runCli } from '../../helpers/cli'

const source = path.join(fixtures, 'article-read.txt')

describe('briefwright read', () => {
  it('lists the metadata and every block with its kind, in order (--text is the default)', () => {
    const result = runCli(['read', source])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('briefwright: warning: Removed 1 boilerplate line\n')
    expect(result.stdout.split('\n')).toEqual([
      'Title:    Harbour Talks Resume After Two Months',
      'Subtitle: Negotiators return to the table with prisoner exchanges first on the agenda',
      'Byline:   Jane Roe',
      'Outlet:   AP',
      'Date:     2025-03-04',
      'URL:      -',
      'Dateline: GENEVA (AP) (place GENEVA, agency AP)',
      'Blocks:   5',
      '',
      '[paragraph] GENEVA (AP) — Negotiators from both sides met for four hours on Tuesday and agreed to meet again next month.',
      '[heading 2] Key points',
      '[list] - The talks resumed after two months.',
      '  - Prisoner exchanges come first.',
      '[heading 2] Background',
      '[paragraph] The talks began in 2023 and stalled in January.',
      '',
    ])
    expect(runCli(['read', source, '--text']).stdout).toBe(result.stdout)
  })

  it('prints the whole Article with --json: offsets and the dateline point into its text', () => {
    const result = runCli(['read', source, '--json'])
    expect(result.code).toBe(0)
    const article = JSON.parse(result.stdout) as Article
    expect(article.meta).toMatchObject({ title: 'Harbour Talks Resume After Two Months', outlet: 'AP' })
    expect(article.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'list',
      'heading',
      'paragraph',
    ])
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).toBe(block.text)
    const dateline = article.meta.dateline
    expect(dateline && article.text.slice(dateline.start, dateline.end)).toBe('GENEVA (AP)')
    expect(article.warnings).toEqual(['Removed 1 boilerplate line'])
  })

  it('says when there is no headline instead of inventing one', () => {
    const result = runCli(['read', '-'], {
      input: 'Officials met on Tuesday.\n\nThey will meet again next month.\n',
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Title: {4}\(no headline found\)$/mu)
    expect(result.stderr).toBe('briefwright: warning: No headline found\n')
  })

  it.each([
    { args: ['read'], message: 'read takes one source' },
    { args: ['read', 'a.txt', 'b.txt'], message: 'read takes one source' },
    { args: ['read', source, '--json', '--text'], message: 'use --json or --text, not both' },
    { args: ['read', path.join(fixtures, 'no-such-article.txt')], message: 'does not exist' },
  ])('$args.1 $args.2: one clear line, exit 2', ({ args, message }) => {
    const result = runCli(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(new RegExp(`^briefwright: error: .*${message}`, 'u'))
  })

  it('is in --help', () => {
    expect(runCli(['--help']).stdout).toMatch(/^ {2}read <source> \[--json \| --text\]$/mu)
  })
})
