import { describe, expect, it, vi } from 'vitest'
import { checkErrorsMessage } from '../../renderer/state/check-before-export'
import type { CheckResult } from '../../renderer/state/useBriefCheck'
import { testBrief } from './fixtures'

type Finding = CheckResult['findings'][number]

const finding = (rule: Finding['rule'], severity: Finding['severity'], message: string): Finding => ({
  rule,
  severity,
  section: 'background',
  message,
  start: 0,
  end: 1,
})

function fakeApi(findings: Finding[], checkBeforeExport = true) {
  return {
    getSettings: vi.fn(async () => ({
      schemaVersion: 1 as const,
      author: '',
      organization: '',
      lastTemplateId: null,
      window: null,
      recoveryTimeoutSeconds: 150,
      checkBeforeExport,
    })),
    checkBrief: vi.fn(async () => ({ pages: 2, words: 100, findings })),
  }
}

describe('the question Export asks after the check', () => {
  it('names the errors with their sections, and counts those it does not list', async () => {
    const errors = [1, 2, 3, 4].map((n) => finding('quote-not-in-source', 'error', `Misquote ${n}.`))
    const message = await checkErrorsMessage(fakeApi(errors), testBrief())
    expect(message).toBe(
      'The check found 4 errors. Background: Misquote 1. Background: Misquote 2. Background: Misquote 3. And 1 more. Export anyway?',
    )
  })

  it('asks nothing for warnings, for empty sections (their own question asks), or with the setting off', async () => {
    const brief = testBrief()
    expect(await checkErrorsMessage(fakeApi([finding('long-sentence', 'info', 'Long.')]), brief)).toBeNull()
    expect(await checkErrorsMessage(fakeApi([finding('empty-section', 'error', 'Empty.')]), brief)).toBeNull()
    const off = fakeApi([finding('quote-not-in-source', 'error', 'Misquote.')], false)
    expect(await checkErrorsMessage(off, brief)).toBeNull()
    expect(off.checkBrief).not.toHaveBeenCalled()
  })
})
