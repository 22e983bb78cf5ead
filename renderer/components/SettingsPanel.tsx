import { useEffect, useId, useState } from 'react'
import type { SettingsPatch } from '../../main/files/app-data-schema'
import { SETTINGS_LIMITS, TEMPLATE_LIMITS } from '../../main/common/limits'
import type { Client } from '../api'
import './SettingsPanel.css'

type Fields = { organization: string; author: string }
type Status = { kind: 'idle' | 'saved' | 'error'; text: string }

/**
 * The user's own details, set once for every new brief: the organization (printed in the page-1
 * band and the footer when the template names none) and the author. Each field is saved when the
 * user leaves it or presses Enter; nothing is printed when the organization is left empty.
 */
export function SettingsPanel({ api }: { api: Pick<Client, 'getSettings' | 'setSettings'> }) {
  const headingId = useId()
  const organizationId = useId()
  const authorId = useId()
  const [saved, setSaved] = useState<Fields | null>(null)
  const [fields, setFields] = useState<Fields>({ organization: '', author: '' })
  const [status, setStatus] = useState<Status>({ kind: 'idle', text: '' })
  const checkId = useId()
  const [checkBeforeExport, setCheckBeforeExport] = useState<boolean | null>(null)

  useEffect(() => {
    let live = true
    api.getSettings({}).then(
      (settings) => {
        if (!live) return
        const loaded = { organization: settings.organization, author: settings.author }
        setSaved(loaded)
        setFields(loaded)
        setCheckBeforeExport(settings.checkBeforeExport)
      },
      () => live && setStatus({ kind: 'error', text: 'The settings could not be read.' }),
    )
    return () => {
      live = false
    }
  }, [api])

  const save = async (key: keyof Fields) => {
    if (!saved) return
    const value = fields[key].replace(/\s+/g, ' ').trim()
    if (value === saved[key]) return
    const patch: SettingsPatch = { [key]: value }
    try {
      const next = await api.setSettings({ patch })
      setSaved({ organization: next.organization, author: next.author })
      setFields((current) => ({ ...current, [key]: next[key] }))
      setStatus({ kind: 'saved', text: key === 'organization' ? 'Organization saved.' : 'Author saved.' })
    } catch {
      setStatus({ kind: 'error', text: 'The setting could not be saved; try again.' })
    }
  }

  const saveCheck = async (value: boolean) => {
    setCheckBeforeExport(value)
    try {
      const next = await api.setSettings({ patch: { checkBeforeExport: value } })
      setCheckBeforeExport(next.checkBeforeExport)
      setStatus({ kind: 'saved', text: 'Export setting saved.' })
    } catch {
      setCheckBeforeExport(!value)
      setStatus({ kind: 'error', text: 'The setting could not be saved; try again.' })
    }
  }

  const field = (key: keyof Fields, id: string, label: string, limit: number, hint: string) => (
    <div className="settings-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={fields[key]}
        maxLength={limit}
        disabled={!saved}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const value = event.currentTarget.value
          setFields((current) => ({ ...current, [key]: value }))
        }}
        onBlur={() => void save(key)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save(key)
        }}
      />
      <small id={`${id}-hint`} className="settings-hint">
        {hint}
      </small>
    </div>
  )

  return (
    <section className="settings-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Settings</h2>
      <div className="settings-fields">
        {field(
          'organization',
          organizationId,
          'Organization',
          TEMPLATE_LIMITS.organization,
          'Printed at the top of page 1 and in the footer of new briefs whose template names no organization. Leave it empty to print none.',
        )}
        {field('author', authorId, 'Author', SETTINGS_LIMITS.author, 'The name new briefs are drafted with.')}
        <div className="settings-field">
          <label htmlFor={checkId}>
            <input
              id={checkId}
              type="checkbox"
              checked={checkBeforeExport ?? true}
              disabled={checkBeforeExport === null}
              aria-describedby={`${checkId}-hint`}
              onChange={(event) => void saveCheck(event.currentTarget.checked)}
            />{' '}
            Check before exporting
          </label>
          <small id={`${checkId}-hint`} className="settings-hint">
            Export runs the brief check first and asks before writing a brief it finds errors in.
          </small>
        </div>
      </div>
      <p className={`settings-status settings-status-${status.kind}`} role="status">
        {status.text}
      </p>
    </section>
  )
}
