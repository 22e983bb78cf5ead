import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { connect } from './api'
import { App } from './components/App'
import { reportCspViolations } from './csp-report'
import './styles.css'

// Installed before anything renders, so that nothing blocked goes unreported.
reportCspViolations(document)

const { api, shell } = connect()
const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <App api={api} shell={shell} />
  </StrictMode>,
)

// The preview's pdf.js (a large module, and a worker that parses a 1.2 MB script) loads while the
// start screen is idle rather than on the way to the first drawn page.
const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 500))
whenIdle(() => void import('./pdf/render-pages').then((pdf) => pdf.startPdfWorker()))
