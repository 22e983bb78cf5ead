import { useCallback, useEffect, useRef, useState } from 'react'
import { TEMPLATE_LIMITS } from '../../main/common/limits'
import type { Api, CallOutput } from '../../main/api/contract'
import type { Template } from '../../main/templates/schema'
import { downloadFile } from '../download'

/** One row of the template list; a file that cannot be read carries its error. */
export type TemplateListing = CallOutput<'listTemplates'>[number]

/** The calls the template manager makes (a fake of this shape is enough in tests). */
export type TemplatesApi = Pick<
  Api,
  | 'listTemplates'
  | 'getTemplate'
  | 'saveTemplate'
  | 'renameTemplate'
  | 'duplicateTemplate'
  | 'deleteTemplate'
  | 'importTemplate'
  | 'exportTemplate'
  | 'renderTemplatePreview'
>

/** A message for the user after an action; a delete carries the template, so that it can be undone. */
export type TemplatesNotice = { kind: 'info' | 'error'; text: string; deleted?: Template }

export type TemplatesState = {
  listings: TemplateListing[]
  loading: boolean
  /** An action is running: buttons wait for it. */
  busy: boolean
  notice: TemplatesNotice | null
  /** Bumped when a template's look may have changed, so its thumbnail is drawn again. */
  revision: number
  refresh(): Promise<void>
  rename(id: string, name: string): Promise<boolean>
  duplicate(id: string): Promise<Template | null>
  remove(id: string): Promise<void>
  undoDelete(): Promise<void>
  importFile(file: File): Promise<Template | null>
  exportTemplate(id: string): Promise<void>
  save(template: Template): Promise<Template | null>
  dismissNotice(): void
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The template manager's state: the list (built-ins and the user's, broken files with their
 * errors), and the actions on it. A delete can be undone from its notice by saving the template
 * back (the host restores it under the same id).
 */
export function useTemplates(api: TemplatesApi): TemplatesState {
  const [listings, setListings] = useState<TemplateListing[]>([])
  const [loading, setLoading] = useState(true)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<TemplatesNotice | null>(null)
  const [revision, setRevision] = useState(0)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const list = useCallback(
    (isCurrent: () => boolean) =>
      api.listTemplates({}).then(
        (listed) => {
          if (!isCurrent()) return
          setListings(listed)
          setLoading(false)
        },
        (error: unknown) => {
          if (!isCurrent()) return
          setNotice({ kind: 'error', text: `The templates could not be listed: ${messageOf(error)}` })
          setLoading(false)
        },
      ),
    [api],
  )
  const refresh = useCallback(() => list(() => mounted.current), [list])

  useEffect(() => {
    let current = true
    void list(() => current)
    return () => {
      current = false
    }
  }, [list])

  /** Runs an action, then lists again; a failure becomes the notice. */
  const act = useCallback(
    async <T>(run: () => Promise<T>, done: (value: T) => TemplatesNotice | null): Promise<T | null> => {
      setBusy(true)
      try {
        const value = await run()
        if (mounted.current) setNotice(done(value))
        await refresh()
        return value
      } catch (error) {
        if (mounted.current) setNotice({ kind: 'error', text: messageOf(error) })
        return null
      } finally {
        if (mounted.current) setBusy(false)
      }
    },
    [refresh],
  )

  const rename = useCallback(
    async (id: string, name: string) =>
      (await act(
        () => api.renameTemplate({ id, name }),
        (template) => ({ kind: 'info', text: `Renamed to “${template.name}”.` }),
      )) !== null,
    [act, api],
  )

  const duplicate = useCallback(
    (id: string) =>
      act(
        () => api.duplicateTemplate({ id }),
        (template) => ({ kind: 'info', text: `Made “${template.name}”.` }),
      ),
    [act, api],
  )

  const remove = useCallback(
    async (id: string) => {
      await act(
        () => api.deleteTemplate({ id }),
        (template) => ({ kind: 'info', text: `Deleted “${template.name}”.`, deleted: template }),
      )
    },
    [act, api],
  )

  const undoDelete = useCallback(async () => {
    const deleted = notice?.deleted
    if (!deleted) return
    await act(
      () => api.saveTemplate({ template: deleted }),
      (template) => ({ kind: 'info', text: `Restored “${template.name}”.` }),
    )
  }, [act, api, notice])

  const importFile = useCallback(
    (file: File) =>
      act(
        async () => {
          // The host refuses anything larger anyway.
          if (file.size > TEMPLATE_LIMITS.fileText) throw new Error(`${file.name} is larger than 8 MB.`)
          return api.importTemplate({ text: await file.text() })
        },
        (template) => ({ kind: 'info', text: `Imported “${template.name}”.` }),
      ),
    [act, api],
  )

  const exportTemplate = useCallback(
    async (id: string) => {
      await act(
        async () => {
          const { text, fileName } = await api.exportTemplate({ id })
          downloadFile(new Blob([text], { type: 'application/json' }), fileName)
          return fileName
        },
        (fileName) => ({ kind: 'info', text: `Exported ${fileName}.` }),
      )
    },
    [act, api],
  )

  const save = useCallback(
    (template: Template) =>
      act(
        () => api.saveTemplate({ template }),
        (saved) => {
          setRevision((value) => value + 1)
          return { kind: 'info', text: `Saved “${saved.name}”.` }
        },
      ),
    [act, api],
  )

  const dismissNotice = useCallback(() => setNotice(null), [])
  return {
    listings,
    loading,
    busy,
    notice,
    revision,
    refresh,
    rename,
    duplicate,
    remove,
    undoDelete,
    importFile,
    exportTemplate,
    save,
    dismissNotice,
  }
}
