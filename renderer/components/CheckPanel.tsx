import { useId } from 'react'
import type { Client } from '../api'
import { editorFor } from '../editor/editor-registry'
import { useAppState, useServices } from '../state/useAppState'
import { useBriefCheck } from '../state/useBriefCheck'
import type { CheckResult } from '../state/useBriefCheck'
import './CheckPanel.css'

type Finding = CheckResult['findings'][number]

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Note' } as const

/** "2 errors, 1 warning, 3 notes" (what the check found, for the panel's status line). */
function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No problems found.'
  const counts = (['error', 'warning', 'info'] as const).flatMap((severity) => {
    const count = findings.filter((finding) => finding.severity === severity).length
    if (count === 0) return []
    const noun = SEVERITY_LABEL[severity].toLowerCase()
    return [`${count} ${noun}${count === 1 ? '' : 's'}`]
  })
  return `${counts.join(', ')}.`
}

/**
 * The brief check (the same rules and findings as `briefwright check`), kept up to date as the
 * analyst writes, off the typing path. A finding jumps to its place: the section's text takes the
 * focus with the finding's words selected.
 */
export function CheckPanel({ api }: { api: Pick<Client, 'checkBrief'> }) {
  const { store } = useServices()
  const brief = useAppState((state) => state.doc.brief)
  const { result, checked, error, stale } = useBriefCheck(api, brief, true)
  const headingId = useId()
  const headings = new Map((brief ?? checked)?.sections.map((section) => [section.id, section.heading]))

  const jump = (finding: Finding) => {
    store.dispatch({ type: 'focus-section', sectionId: finding.section, target: 'editor' })
    // The sections view may be mounting its editors: select once they are there.
    requestAnimationFrame(() => {
      const view = editorFor(finding.section)
      if (!view) return
      const length = view.state.doc.length
      view.dispatch({
        selection: { anchor: Math.min(finding.start, length), head: Math.min(finding.end, length) },
        scrollIntoView: true,
      })
      view.focus()
    })
  }

  const status = error
    ? `The check could not run: ${error}`
    : !result
      ? 'Checking…'
      : `${summary(result.findings)}${stale ? ' Updating…' : ''}`
  return (
    <section className="check-panel" aria-labelledby={headingId}>
      <header className="check-panel-header">
        <h2 id={headingId}>Check</h2>
        <p className="check-panel-status" role="status">
          {status}
        </p>
        <button
          type="button"
          className="check-panel-close"
          aria-label="Close the check"
          onClick={() => store.dispatch({ type: 'check-panel', open: false })}
        >
          ×
        </button>
      </header>
      {result && result.findings.length > 0 && (
        <ul className="check-findings" aria-label="Findings">
          {result.findings.map((finding, index) => (
            <li key={`${finding.rule}-${finding.section}-${finding.start}-${index}`}>
              <button
                type="button"
                className={`check-finding check-${finding.severity}`}
                onClick={() => jump(finding)}
              >
                <span className="check-severity">{SEVERITY_LABEL[finding.severity]}</span>
                <span className="check-where">{headings.get(finding.section) ?? finding.section}</span>
                <span className="check-message">{finding.message}</span>
                <span className="check-rule">{finding.rule}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
