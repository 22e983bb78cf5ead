import { useCallback, useEffect, useState } from 'react'
import type { Template } from '../../main/templates/schema'
import type { Client } from '../api'

/** The template the style editor shows: loading, loaded (with whether it is built in), or why not. */
export type EditedTemplate =
  | { status: 'loading' }
  | { status: 'loaded'; template: Template; builtIn: boolean }
  | { status: 'failed'; error: string }

type Loaded = { id: string; state: EditedTemplate }

/**
 * Loads the template with `id` for the style editor, and whether it is built in (read-only). After a
 * save, `replace` shows the saved template without asking the host again.
 */
export function useEditedTemplate(
  api: Pick<Client, 'getTemplate' | 'listTemplates'>,
  id: string,
): { edited: EditedTemplate; replace(template: Template): void } {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  useEffect(() => {
    let current = true
    Promise.all([api.getTemplate({ id }), api.listTemplates({})]).then(
      ([template, listings]) => {
        const builtIn = listings.some((listing) => listing.id === id && listing.builtIn)
        if (current) setLoaded({ id, state: { status: 'loaded', template, builtIn } })
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error)
        if (current) setLoaded({ id, state: { status: 'failed', error: message } })
      },
    )
    return () => {
      current = false
    }
  }, [api, id])
  const replace = useCallback((template: Template) => {
    setLoaded({ id: template.id, state: { status: 'loaded', template, builtIn: false } })
  }, [])
  // An answer for another id (the previous template) is not this one's.
  return { edited: loaded?.id === id ? loaded.state : { status: 'loading' }, replace }
}
