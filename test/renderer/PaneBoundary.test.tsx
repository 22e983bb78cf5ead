// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PaneBoundary } from '../../renderer/components/PaneBoundary'

afterEach(cleanup)

let failing = true
function Fragile() {
  if (failing) throw new Error('Cannot read the outline.')
  return <p>Pane content</p>
}

describe('a pane error boundary', () => {
  it('shows the failure in the pane, not a blank window, and Reload pane mounts it again', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    render(
      <>
        <p>Other pane</p>
        <PaneBoundary name="preview">
          <Fragile />
        </PaneBoundary>
      </>,
    )
    expect(screen.getByRole('alert').textContent).toContain('The preview pane stopped working')
    expect(screen.getByRole('alert').textContent).toContain('Cannot read the outline.')
    expect(screen.getByText('Other pane')).toBeTruthy()
    failing = false
    fireEvent.click(screen.getByRole('button', { name: 'Reload pane' }))
    expect(screen.getByText('Pane content')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
    error.mockRestore()
  })
})
