import { useId, useState } from 'react'
import type { ReactNode } from 'react'

// The style editor's controls: each has a visible label tied to its input, so every control has an
// accessible name, and a hint (if any) read as its description.

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <small id={id} className="se-hint">
      {children}
    </small>
  ) : null
}

export function TextField(props: {
  label: string
  value: string
  maxLength: number
  onChange(value: string): void
  hint?: ReactNode
  placeholder?: string
}) {
  const id = useId()
  return (
    <div className="se-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        value={props.value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
      <Hint id={`${id}-hint`}>{props.hint}</Hint>
    </div>
  )
}

/**
 * A number kept as typed until it is a valid value in range (so "1" on the way to "12" is not
 * clamped); leaving the field puts back the last valid value.
 */
export function NumberField(props: {
  label: string
  value: number
  min: number
  max: number
  step: number
  unit?: string
  onChange(value: number): void
}) {
  const id = useId()
  const [text, setText] = useState<string | null>(null)
  const shown = text ?? String(props.value)
  return (
    <div className="se-field se-field-number">
      <label htmlFor={id}>{props.label}</label>
      <span className="se-number">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          value={shown}
          min={props.min}
          max={props.max}
          step={props.step}
          onChange={(event) => {
            const raw = event.currentTarget.value
            setText(raw)
            const value = Number(raw)
            if (raw.trim() !== '' && Number.isFinite(value) && value >= props.min && value <= props.max)
              props.onChange(value)
          }}
          onBlur={() => setText(null)}
        />
        {props.unit && <span className="se-unit">{props.unit}</span>}
      </span>
    </div>
  )
}

export function SelectField<T extends string>(props: {
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange(value: T): void
}) {
  const id = useId()
  return (
    <div className="se-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => {
          const chosen = props.options.find((option) => option.value === event.currentTarget.value)
          if (chosen) props.onChange(chosen.value)
        }}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

export function ColorField(props: { label: string; value: string; onChange(value: string): void }) {
  const id = useId()
  return (
    <div className="se-field">
      <label htmlFor={id}>{props.label}</label>
      <span className="se-color">
        <input
          id={id}
          type="color"
          value={props.value}
          onChange={(event) => props.onChange(event.currentTarget.value)}
        />
        <code aria-hidden="true">{props.value}</code>
      </span>
    </div>
  )
}

export function CheckField(props: {
  label: string
  checked: boolean
  onChange(checked: boolean): void
  hint?: ReactNode
}) {
  const id = useId()
  return (
    <div className="se-check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      <Hint id={`${id}-hint`}>{props.hint}</Hint>
    </div>
  )
}

/** A titled group of fields. */
export function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="se-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  )
}
