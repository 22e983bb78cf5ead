import { fireEvent, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { vi } from 'vitest'
import type { CallName } from '../../main/api/contract'
import type { CallResult } from '../../main/api/dispatch'
import type { Brief } from '../../main/brief/schema'
import type { CommandId } from '../../main/common/commands'
import { TemplateStyleSchema } from '../../main/templates/schema'
import type { Template } from '../../main/templates/schema'
import { createApi } from '../../renderer/api'
import { App } from '../../renderer/components/App'
import type { Shell } from '../../renderer/api'
import { appReducer, INITIAL_STATE } from '../../renderer/state/app-state'
import type { AppState, OpenedArticle } from '../../renderer/state/app-state'
import { createServices } from '../../renderer/state/useApp'
import { AppContext } from '../../renderer/state/useAppState'
import { openedArticle, testBrief } from './fixtures'

export const PDF = new Uint8Array([37, 80, 68, 70, 45])
/** The first bytes of a zip, as a .docx starts. */
export const DOCX = new Uint8Array([80, 75, 3, 4])

/** The policy-brief template as getTemplate returns it (its guidance becomes placeholders). */
export const TEST_TEMPLATE: Template = {
  schemaVersion: 1,
  id: 'policy-brief',
  name: 'Policy brief',
  description: 'A think-tank brief.',
  sections: [
    {
      id: 'key-takeaways',
      kind: 'summary',
      heading: 'Key takeaways',
      guidance: 'Three to five bullets.',
      rule: 'takeaways',
      required: true,
    },
    {
      id: 'background',
      kind: 'background',
      heading: 'Background',
      guidance: 'What happened before.',
      rule: 'background',
      required: true,
    },
  ],
  style: TemplateStyleSchema.parse({}),
}

/** Answers of the fake host by call; a function answers from the input. */
export type Answers = Partial<Record<CallName, unknown | ((input: unknown) => unknown)>>

/** A host that answers every call from `answers` and a shell that records what it was asked. */
export function fakeHost(answers: Answers = {}) {
  const opened = openedArticle()
  const defaults: Answers = {
    listTemplates: [
      { id: 'policy-brief', name: 'Policy brief', description: 'Takeaways first.', builtIn: true },
      { id: 'situation-report', name: 'Situation report', description: 'A short sitrep.', builtIn: true },
    ],
    getSettings: { schemaVersion: 1, author: '', organization: '', lastTemplateId: null, window: null },
    listRecent: [],
    listRecovery: [],
    getTemplate: TEST_TEMPLATE,
    openArticle: { articleId: opened.articleId, article: opened.article, analysis: opened.analysis },
    draftBrief: testBrief(),
    openBrief: testBrief(),
    renderPdf: { bytes: PDF, pages: 2, warnings: [] },
    exportPdf: { bytes: PDF, pages: 2, warnings: [], fileName: 'brief.pdf' },
    exportDocx: { bytes: DOCX, fileName: 'brief.docx' },
    saveBrief: { text: '{"schemaVersion":1}', fileName: 'Border-talks-resume.brief' },
    setSettings: {},
    addRecent: [{ name: 'Border-talks-resume.brief', path: null, openedAt: '2025-03-02T10:00:00.000Z' }],
    saveRecovery: {
      id: 'recovery-1',
      title: 'Border talks resume',
      savedAt: '2025-03-02T10:00:00.000Z',
      bytes: 10,
    },
    discardRecovery: { discarded: true },
    takeRecovery: testBrief(),
  }
  const table = { ...defaults, ...answers }
  const transport = vi.fn(async (name: CallName, input: unknown): Promise<CallResult> => {
    const answer = table[name]
    const value = typeof answer === 'function' ? await (answer as (input: unknown) => unknown)(input) : answer
    return { ok: true, value: value ?? {} }
  })
  let listener: ((command: CommandId) => void) | null = null
  const shell: Shell = {
    kind: 'browser',
    saveDocument: vi.fn(async ({ fileName }: { fileName: string }) => fileName),
    savePdf: vi.fn(async ({ fileName }: { fileName: string }) => fileName),
    saveDocx: vi.fn(async ({ fileName }: { fileName: string }) => fileName),
    openDocument: vi.fn(async () => null),
    resetDocument: vi.fn(async () => undefined),
    takePendingDocument: vi.fn(async () => null),
    setDocumentEdited: vi.fn(async () => undefined),
    answerClose: vi.fn(async () => undefined),
    onCommand: (callback) => {
      listener = callback
      return () => {
        listener = null
      }
    },
  }
  return {
    api: createApi(transport),
    transport,
    shell,
    /** A command as the native menu sends it. */
    command: (id: CommandId) => listener?.(id),
    calls: (name: CallName) =>
      transport.mock.calls.filter(([called]) => called === name).map(([, input]) => input),
  }
}

/** An app state with a brief open (and optionally its article), without the first load. */
export function stateWith(options: { brief?: Brief | null; articles?: OpenedArticle[] } = {}): AppState {
  const brief = options.brief === undefined ? testBrief() : options.brief
  let state = appReducer(INITIAL_STATE, { type: 'load', brief, fileName: null, dirty: false })
  for (const opened of options.articles ?? []) state = appReducer(state, { type: 'article-opened', opened })
  return state
}

/** Renders `ui` inside the app's services, with the given state; returns them for assertions. */
export function renderWithServices(
  ui: ReactNode,
  options: { state?: AppState; host?: ReturnType<typeof fakeHost> } = {},
) {
  const host = options.host ?? fakeHost()
  const pickFile = vi.fn()
  const services = createServices(host.api, host.shell, pickFile, options.state ?? stateWith())
  const result = render(<AppContext.Provider value={services}>{ui}</AppContext.Provider>)
  return { ...result, services, host, store: services.store, pickFile }
}

/** The text of a section in the store. */
export function bodyOf(state: AppState, id: string): string {
  return state.doc.brief?.sections.find((section) => section.id === id)?.body ?? ''
}

/** The order of section headings in the store. */
export function headings(state: AppState): string[] {
  return state.doc.brief?.sections.map((section) => section.heading) ?? []
}

// happy-dom's ShadowRoot.activeElement walks past the document when the focus is in another shadow
// root (another section's editor) and throws; browsers answer null. Each CodeMirror view asks its
// root on every selection change, so the tests get the browsers' answer.
if (typeof ShadowRoot !== 'undefined') {
  const original = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'activeElement')
  Object.defineProperty(ShadowRoot.prototype, 'activeElement', {
    configurable: true,
    get(this: ShadowRoot) {
      try {
        return (original?.get?.call(this) as Element | null) ?? null
      } catch {
        return null
      }
    },
  })
}

// happy-dom fires selectionchange synchronously while a selection is being set; browsers queue it.
// CodeMirror sets the DOM selection in the middle of an update and would be re-entered, so the tests
// queue the event as browsers do.
if (typeof document !== 'undefined') {
  const dispatch = document.dispatchEvent.bind(document)
  // happy-dom's dispatch calls dispatchEvent again for each phase: queued events pass straight on.
  const queued = new WeakSet<Event>()
  document.dispatchEvent = (event: Event): boolean => {
    if (event.type !== 'selectionchange' || queued.has(event)) return dispatch(event)
    queued.add(event)
    setTimeout(() => dispatch(event))
    return true
  }
}

type AppHost = { api: ReturnType<typeof createApi>; shell: Shell }

/** The whole app over a fake host (fakeHost() unless another is given); returns the host. */
export function renderApp(): ReturnType<typeof fakeHost>
export function renderApp<H extends AppHost>(host: H): H
export function renderApp(host: AppHost = fakeHost()): AppHost {
  render(<App api={host.api} shell={host.shell} />)
  return host
}

/** From the start screen: paste text, open it, pick Policy brief, draft; returns the host. */
export async function draftPasted<H>(host: H): Promise<H> {
  await screen.findByRole('radio', { name: /Policy brief/ })
  fireEvent.change(screen.getByLabelText('Or paste the article’s text'), {
    target: { value: 'Some article text.' },
  })
  fireEvent.click(screen.getByRole('button', { name: 'Open article' }))
  await screen.findByRole('list', { name: 'Open articles' })
  fireEvent.click(screen.getByRole('radio', { name: /Policy brief/ }))
  fireEvent.click(screen.getByRole('button', { name: 'Draft brief' }))
  await screen.findByRole('list', { name: 'Sections' })
  return host
}
