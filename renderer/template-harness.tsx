import { StrictMode, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import type { Brief } from '../main/brief/schema'
import type { Template } from '../main/templates/schema'
import { connect } from './api'
import type { Client } from './api'
import { StyleEditor } from './components/StyleEditor'
import { TemplateManager } from './components/TemplateManager'
import './styles.css'

// A dev-only page that mounts the template manager and the style editor against the real api, so
// that they can be looked at (and screenshotted) before the app wires them in. `#gallery` (the
// default) or `#editor=<template id>`; the editor previews a brief drafted from a short article.

const ARTICLE = `Grid talks resume with timetable for interconnectors

Negotiators from the two capitals agreed on Tuesday a timetable for two cross-border power lines, the first concrete step in the energy talks for a year.

"We have a schedule and we have money on the table," the mediator, Anna Keller, told reporters after the meeting. "Now the operators have to deliver."

The two grid operators have run separate control areas for a decade. Loop flows, unpaid balancing energy and frequency deviations are well known to traders in the region.

Officials said tender documents would be published within three months, and that an escrow account would hold disputed payments until a tariff ruling is issued.`

type View = { kind: 'gallery' } | { kind: 'editor'; id: string }

function viewOf(hash: string): View {
  const match = /^#editor=([a-z0-9-]+)$/.exec(hash)
  return match?.[1] ? { kind: 'editor', id: match[1] } : { kind: 'gallery' }
}

function EditorView({ api, id }: { api: Client; id: string }) {
  const [template, setTemplate] = useState<{ template: Template; builtIn: boolean } | null>(null)
  const [brief, setBrief] = useState<Brief | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    Promise.all([api.getTemplate({ id }), api.listTemplates({})])
      .then(async ([found, listings]) => {
        const opened = await api.openArticle({
          source: { kind: 'text', text: ARTICLE, name: 'grid-talks.txt' },
        })
        const drafted = await api.draftBrief({
          articleIds: [opened.articleId],
          templateId: id,
          date: '2025-03-14',
        })
        if (!current) return
        setTemplate({
          template: found,
          builtIn: listings.some((listing) => listing.id === id && listing.builtIn),
        })
        setBrief(drafted)
      })
      .catch((failure: unknown) => {
        if (current) setError(failure instanceof Error ? failure.message : String(failure))
      })
    return () => {
      current = false
    }
  }, [api, id])
  if (error) return <p role="alert">{error}</p>
  if (!template) return <p className="muted">Loading…</p>
  return (
    <StyleEditor
      api={api}
      template={template.template}
      builtIn={template.builtIn}
      brief={brief}
      onSaved={(saved) => setTemplate({ template: saved, builtIn: false })}
      onDuplicated={(copy) => (window.location.hash = `editor=${copy.id}`)}
    />
  )
}

function Harness({ api, initial }: { api: Client; initial: View }) {
  const [view, setView] = useState(initial)
  useEffect(() => {
    const onHash = () => setView(viewOf(window.location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  return (
    <main className="template-harness">
      {view.kind === 'gallery' ? (
        <TemplateManager api={api} onEdit={(id) => (window.location.hash = `editor=${id}`)} />
      ) : (
        <EditorView key={view.id} api={api} id={view.id} />
      )}
    </main>
  )
}

// Read before connect(): it takes the token out of the address, hash and all.
const initial = viewOf(window.location.hash)
const { api } = connect()
const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <Harness api={api} initial={initial} />
  </StrictMode>,
)
