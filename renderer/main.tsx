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
