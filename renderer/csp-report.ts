/** What the app records of a blocked load or script: enough to find its source, nothing of the page. */
export type CspReport = { directive: string; blocked: string; source: string }

/**
 * Reports every Content-Security-Policy violation: the policy blocks untrusted content, and a report
 * means something in an article or a section tried to load or run. Reports go to the console (the
 * developer tools, the end-to-end tests) and to `onReport` when given.
 */
export function reportCspViolations(target: Document, onReport?: (report: CspReport) => void): () => void {
  const listener = (event: SecurityPolicyViolationEvent) => {
    const report = {
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI || 'inline',
      source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}` : '',
    }
    console.warn(`Briefwright CSP report: ${report.directive} blocked ${report.blocked}`)
    onReport?.(report)
  }
  target.addEventListener('securitypolicyviolation', listener)
  return () => target.removeEventListener('securitypolicyviolation', listener)
}
