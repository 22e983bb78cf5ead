// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Settings, SettingsPatch } from '../../main/files/app-data-schema'
import { SettingsSchema } from '../../main/files/app-data-schema'
import { SettingsPanel } from '../../renderer/components/SettingsPanel'

afterEach(cleanup)

/** An api holding settings in memory, as the host's settings store does. */
function fakeApi(initial: Partial<Settings> = {}) {
  let settings = SettingsSchema.parse(initial)
  const setSettings = vi.fn(async ({ patch }: { patch: SettingsPatch }) => {
    settings = SettingsSchema.parse({ ...settings, ...patch })
    return settings
  })
  return { api: { getSettings: async () => settings, setSettings }, setSettings, current: () => settings }
}

describe('the settings', () => {
  it('shows the saved organization and saves a new one when the field is left', async () => {
    const { api, setSettings, current } = fakeApi({ organization: 'Old Institute' })
    render(<SettingsPanel api={api} />)
    const field = screen.getByRole('textbox', { name: 'Organization' }) as HTMLInputElement
    await waitFor(() => expect(field.value).toBe('Old Institute'))
    fireEvent.change(field, { target: { value: '  Acme   Policy Lab ' } })
    fireEvent.blur(field)
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Organization saved.'))
    expect(setSettings).toHaveBeenCalledWith({ patch: { organization: 'Acme Policy Lab' } })
    expect(current().organization).toBe('Acme Policy Lab')
    expect(field.value).toBe('Acme Policy Lab')
  })

  it('saves on Enter, saves an empty organization as none, and leaves the other settings alone', async () => {
    const { api, setSettings, current } = fakeApi({ organization: 'Acme', author: 'A. Analyst' })
    render(<SettingsPanel api={api} />)
    const field = screen.getByRole('textbox', { name: 'Organization' }) as HTMLInputElement
    await waitFor(() => expect(field.value).toBe('Acme'))
    fireEvent.change(field, { target: { value: '' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    await waitFor(() => expect(setSettings).toHaveBeenCalledTimes(1))
    expect(current()).toMatchObject({ organization: '', author: 'A. Analyst' })
    // Leaving the field unchanged afterwards saves nothing more.
    fireEvent.blur(field)
    expect(setSettings).toHaveBeenCalledTimes(1)
  })

  it('says so when a setting cannot be saved', async () => {
    const api = {
      getSettings: async () => SettingsSchema.parse({}),
      setSettings: async () => Promise.reject(new Error('disk full')),
    }
    render(<SettingsPanel api={api} />)
    const field = screen.getByRole('textbox', { name: 'Author' }) as HTMLInputElement
    await waitFor(() => expect(field.disabled).toBe(false))
    fireEvent.change(field, { target: { value: 'B. Analyst' } })
    fireEvent.blur(field)
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/could not be saved/))
  })
})
