import { useEffect, useRef } from 'react'
import type { Api } from '../../main/api/contract'
import type { Shell } from '../api'
import { runCommand } from '../commands'
import type { CommandHandlers } from '../commands'
import { usePdfPreview } from '../state/usePdfPreview'
import { useWorkspace } from '../state/useWorkspace'
import { ArticleForm } from './ArticleForm'
import { BriefOutline } from './BriefOutline'
import { NoticeLine } from './NoticeLine'
import { PdfPreview } from './PdfPreview'
import { RecoveryBanner } from './RecoveryBanner'
import { TemplatePicker } from './TemplatePicker'
import { Toolbar } from './Toolbar'

/** The window: toolbar, article and template on the left, the brief's outline, the PDF preview. */
export function App({ api, shell }: { api: Api; shell: Shell }) {
  const workspace = useWorkspace(api, shell)
  const preview = usePdfPreview(api, workspace.document.brief)
  const fileInput = useRef<HTMLInputElement>(null)

  const handlers: CommandHandlers = {
    'new-brief': workspace.newBrief,
    open: async () => {
      if (!(await workspace.openFromDialog())) fileInput.current?.click()
    },
    save: () => workspace.save(false),
    'save-as': () => workspace.save(true),
    'export-pdf': workspace.exportPdf,
    undo: workspace.undo,
    redo: workspace.redo,
    'open-pending': workspace.openPending,
  }
  // Commands arrive from menus or shortcuts at any time; they must run with the latest state.
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(
    () => shell.onCommand((id) => void runCommand(id, latest.current, document.activeElement)),
    [shell],
  )

  const { openPending } = workspace
  useEffect(() => {
    if (shell.kind === 'desktop') void openPending()
  }, [shell, openPending])

  const { brief, fileName, dirty } = workspace.document
  return (
    <div className="app">
      <Toolbar
        title={brief ? `${fileName ?? brief.meta.title}${dirty ? ' •' : ''}` : 'Briefwright'}
        busy={workspace.busy}
        hasBrief={brief !== null}
        onNew={() => void workspace.newBrief()}
        onSave={() => void workspace.save(false)}
        onExport={() => void workspace.exportPdf()}
      />
      <NoticeLine notice={workspace.notice} busy={workspace.busy} />
      <RecoveryBanner
        entries={workspace.recovery}
        onRecover={(entry, keep) => void workspace.recover(entry, keep)}
      />
      <main className="workspace">
        <section className="panel sources" aria-label="Article">
          <ArticleForm
            fileInput={fileInput}
            busy={workspace.busy !== null}
            onOpen={(input) => void workspace.openArticle(input)}
          />
          <TemplatePicker
            templates={workspace.templates}
            templateId={workspace.templateId}
            articles={workspace.articles}
            busy={workspace.busy !== null}
            onChange={workspace.setTemplateId}
            onDraft={() => void workspace.draft()}
          />
        </section>
        <section className="panel outline" aria-label="Brief">
          <BriefOutline brief={brief} />
        </section>
        <section className="panel preview" aria-label="Preview">
          <PdfPreview state={preview} />
        </section>
      </main>
    </div>
  )
}
