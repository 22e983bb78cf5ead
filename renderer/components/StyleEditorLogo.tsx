import { useId, useRef, useState } from 'react'
import type { Logo } from '../../main/templates/schema'
import { logoUrl, readLogoFile } from '../state/templates-logo'

/** The organization's logo: a PNG or JPEG up to 1 MB, kept in the template itself (never a path). */
export function StyleEditorLogo({
  logo,
  organization,
  onChange,
}: {
  logo: Logo | null
  organization: string
  onChange(logo: Logo | null): void
}) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<string | null>(null)
  return (
    <div className="se-field se-logo">
      <span className="se-label" id={`${id}-label`}>
        Logo
      </span>
      <div className="se-logo-row">
        <div className="se-logo-box">
          {logo ? (
            <img src={logoUrl(logo)} alt={`${organization || 'Organization'} logo`} />
          ) : (
            <span className="tm-muted">None</span>
          )}
        </div>
        <input
          ref={input}
          id={id}
          className="tm-file-input"
          type="file"
          accept="image/png,image/jpeg"
          aria-label="Upload a logo (PNG or JPEG, up to 1 MB)"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0]
            event.currentTarget.value = ''
            if (!file) return
            const read = await readLogoFile(file)
            setError(read.error)
            if (read.logo) onChange(read.logo)
          }}
        />
        <button type="button" onClick={() => input.current?.click()}>
          {logo ? 'Replace logo…' : 'Upload logo…'}
        </button>
        {logo && (
          <button type="button" onClick={() => onChange(null)}>
            Remove logo
          </button>
        )}
      </div>
      <small className="se-hint">PNG or JPEG, up to 1 MB. Printed in the band at the top of page 1.</small>
      {error && (
        <p className="tm-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
