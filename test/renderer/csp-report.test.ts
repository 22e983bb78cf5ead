// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { reportCspViolations } from '../../renderer/csp-report'

describe('reportCspViolations', () => {
  it('reports a blocked inline script with its directive, and stops when removed', () => {
    const reports: unknown[] = []
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const stop = reportCspViolations(document, (report) => reports.push(report))
    const violation = Object.assign(new Event('securitypolicyviolation'), {
      effectiveDirective: 'script-src-elem',
      violatedDirective: 'script-src',
      blockedURI: 'inline',
      sourceFile: '',
      lineNumber: 0,
    })
    document.dispatchEvent(violation)
    expect(reports).toEqual([{ directive: 'script-src-elem', blocked: 'inline', source: '' }])
    expect(warn).toHaveBeenCalledWith('Briefwright CSP report: script-src-elem blocked inline')
    stop()
    document.dispatchEvent(violation)
    expect(reports).toHaveLength(1)
    warn.mockRestore()
  })
})
