import { useCallback } from 'react'
import type { Template } from '../../main/templates/schema'
import type { Client } from '../api'
import { useAppState, useServices } from '../state/useAppState'
import { useEditedTemplate } from '../state/useEditedTemplate'
import { StyleEditor } from './StyleEditor'

/**
 * One template's style editor in the Templates view, previewing the open brief (or the sample brief
 * when none is open). A save updates the app's lists; "Duplicate to edit" opens the copy.
 */
export function TemplateStyleScreen({ api, templateId }: { api: Client; templateId: string }) {
  const { templates } = useServices()
  const brief = useAppState((state) => state.doc.brief)
  const { edited, replace } = useEditedTemplate(api, templateId)
  const onSaved = useCallback(
    (saved: Template) => {
      replace(saved)
      templates.styleSaved(saved)
    },
    [replace, templates],
  )
  const onDuplicated = useCallback(
    (copy: Template) => {
      void templates.refreshTemplates()
      void templates.editStyle(copy.id)
    },
    [templates],
  )

  if (edited.status === 'loading')
    return (
      <p className="templates-message muted" role="status">
        Loading the template…
      </p>
    )
  if (edited.status === 'failed')
    return (
      <p className="templates-message notice-error" role="alert">
        The template could not be opened: {edited.error}
      </p>
    )
  return (
    <StyleEditor
      api={api}
      template={edited.template}
      builtIn={edited.builtIn}
      brief={brief}
      onSaved={onSaved}
      onDuplicated={onDuplicated}
      onDirtyChange={templates.setStyleDirty}
    />
  )
}
