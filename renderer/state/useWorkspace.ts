import { useCallback, useEffect, useReducer, useRef, useState } from 'react'
import type { Api, CallOutput } from '../../main/api/contract'
import type { Brief } from '../../main/brief/schema'
import type { RecoveryEntry } from '../../main/files/app-data-schema'
import type { Shell } from '../api'
import { documentReducer, EMPTY_DOCUMENT } from './document-history'

export type TemplateListing = CallOutput<'listTemplates'>[number]
/** An article the user opened, summarised for the panel; drafting uses its id. */
export type OpenedArticle = {
  articleId: string
  title: string
  actors: number
  quotes: number
  warnings: string[]
}
/** What the article form holds: a file, pasted text or an address (the first one given is used). */
export type ArticleInput = { file: File | null; text: string; url: string }
export type Notice = { kind: 'info' | 'error'; text: string }

const AUTOSAVE_MS = 4000

/** The workspace: templates, open articles, the document and every action on them. Components only present it. */
export function useWorkspace(api: Api, shell: Shell) {
  const [templates, setTemplates] = useState<TemplateListing[]>([])
  const [templateId, setTemplateId] = useState('')
  const [articles, setArticles] = useState<OpenedArticle[]>([])
  const [document, dispatch] = useReducer(documentReducer, EMPTY_DOCUMENT)
  const [busy, setBusy] = useState<string | null>('Loading templates')
  const [notice, setNotice] = useState<Notice | null>(null)
  const [recovery, setRecovery] = useState<RecoveryEntry[]>([])
  const recoveryId = useRef<string | undefined>(undefined)

  const run = useCallback(async (label: string, task: () => Promise<string | void>) => {
    setBusy(label)
    setNotice(null)
    try {
      const done = await task()
      if (done) setNotice({ kind: 'info', text: done })
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(null)
    }
  }, [])

  // The first load: busy from the start, state set only when the answers arrive.
  useEffect(() => {
    Promise.all([api.listTemplates({}), api.getSettings({}), api.listRecovery({})])
      .then(([listings, settings, copies]) => {
        const usable = listings.filter((listing) => !listing.error)
        const preferred = usable.find((listing) => listing.id === settings.lastTemplateId) ?? usable[0]
        setTemplates(listings)
        setTemplateId(preferred?.id ?? '')
        setRecovery(copies)
      })
      .catch((error: unknown) =>
        setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => setBusy(null))
  }, [api])

  const showBrief = useCallback((brief: Brief, fileName: string | null, dirty: boolean) => {
    dispatch({ type: 'replace', brief, fileName, dirty })
  }, [])

  const openBriefText = useCallback(
    async (name: string, text: string) => {
      showBrief(await api.openBrief({ text }), name, false)
      return `Opened ${name}.`
    },
    [api, showBrief],
  )

  const addArticle = useCallback(
    async (source: Parameters<Api['openArticle']>[0]['source']) => {
      const { articleId, article, analysis } = await api.openArticle({ source })
      const opened: OpenedArticle = {
        articleId,
        title: article.meta.title ?? article.meta.origin,
        actors: analysis.actors.length,
        quotes: analysis.quotes.length,
        warnings: article.warnings,
      }
      setArticles((current) => [...current.filter((item) => item.articleId !== articleId), opened])
      return `Opened “${opened.title}”.`
    },
    [api],
  )

  const openArticle = useCallback(
    (input: ArticleInput) =>
      run('Opening article', async () => {
        if (input.file) {
          const bytes = new Uint8Array(await input.file.arrayBuffer())
          if (input.file.name.toLowerCase().endsWith('.brief'))
            return openBriefText(input.file.name, new TextDecoder().decode(bytes))
          return addArticle({ kind: 'bytes', name: input.file.name, bytes })
        }
        if (input.text.trim()) return addArticle({ kind: 'text', text: input.text })
        if (input.url.trim()) return addArticle({ kind: 'url', url: input.url.trim() })
        throw new Error('Choose a file, paste the text or give the address of an article.')
      }),
    [run, addArticle, openBriefText],
  )

  const openFromDialog = useCallback(async (): Promise<boolean> => {
    if (shell.kind !== 'desktop') return false
    await run('Opening', async () => {
      const picked = await shell.openDocument()
      if (!picked) return
      if (picked.kind === 'brief') return openBriefText(picked.name, new TextDecoder().decode(picked.bytes))
      return addArticle({ kind: 'bytes', name: picked.name, bytes: picked.bytes })
    })
    return true
  }, [shell, run, openBriefText, addArticle])

  const openPending = useCallback(
    () =>
      run('Opening', async () => {
        const pending = await shell.takePendingDocument()
        if (pending) return openBriefText(pending.name, pending.text)
      }),
    [shell, run, openBriefText],
  )

  const draft = useCallback(
    () =>
      run('Drafting brief', async () => {
        if (articles.length === 0) throw new Error('Open an article first.')
        if (!templateId) throw new Error('Choose a template first.')
        const brief = await api.draftBrief({ articleIds: articles.map((item) => item.articleId), templateId })
        showBrief(brief, null, true)
        void api.setSettings({ patch: { lastTemplateId: templateId } })
        return `Drafted “${brief.meta.title}”.`
      }),
    [api, run, articles, templateId, showBrief],
  )

  const newBrief = useCallback(
    () =>
      run('New brief', async () => {
        await shell.resetDocument()
        setArticles([])
        dispatch({ type: 'replace', brief: null, fileName: null, dirty: false })
        recoveryId.current = undefined
      }),
    [shell, run],
  )

  const save = useCallback(
    (saveAs: boolean) =>
      run('Saving', async () => {
        if (!document.brief) throw new Error('There is no brief to save yet.')
        const { text, fileName } = await api.saveBrief({ brief: document.brief })
        const savedAs = await shell.saveDocument({ text, fileName: document.fileName ?? fileName, saveAs })
        if (!savedAs) return
        dispatch({ type: 'saved', fileName: savedAs })
        if (shell.kind === 'browser') void api.addRecent({ name: savedAs, path: null })
        if (recoveryId.current) void api.discardRecovery({ id: recoveryId.current })
        recoveryId.current = undefined
        return `Saved ${savedAs}.`
      }),
    [api, shell, run, document.brief, document.fileName],
  )

  const exportPdf = useCallback(
    () =>
      run('Exporting PDF', async () => {
        if (!document.brief) throw new Error('There is no brief to export yet.')
        const { bytes, fileName, warnings } = await api.exportPdf({ brief: document.brief })
        const savedAs = await shell.savePdf({ bytes, fileName })
        if (savedAs) return [`Exported ${savedAs}.`, ...warnings].join(' ')
      }),
    [api, shell, run, document.brief],
  )

  const recover = useCallback(
    (entry: RecoveryEntry, keep: boolean) =>
      run(keep ? 'Recovering' : 'Discarding', async () => {
        setRecovery((current) => current.filter((item) => item.id !== entry.id))
        if (!keep) {
          await api.discardRecovery({ id: entry.id })
          return
        }
        showBrief(await api.takeRecovery({ id: entry.id }), null, true)
        return `Recovered “${entry.title}”.`
      }),
    [api, run, showBrief],
  )

  // Autosave: an unsaved change is copied to the recovery folder a few seconds after it is made.
  useEffect(() => {
    if (!document.dirty || !document.brief) return
    const brief = document.brief
    const timer = setTimeout(() => {
      void api.saveRecovery({ brief, id: recoveryId.current }).then(
        (entry) => {
          recoveryId.current = entry.id
        },
        () => undefined,
      )
    }, AUTOSAVE_MS)
    return () => clearTimeout(timer)
  }, [api, document.brief, document.dirty])

  return {
    templates,
    templateId,
    setTemplateId,
    articles,
    document,
    busy,
    notice,
    recovery,
    openArticle,
    openFromDialog,
    openPending,
    draft,
    newBrief,
    save,
    exportPdf,
    recover,
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
  }
}

/** The workspace as components receive it. */
export type Workspace = ReturnType<typeof useWorkspace>
