import { useRef } from 'react'
import type { KeyboardEvent, PointerEvent } from 'react'

const STEP = 16
const BIG_STEP = 64

/**
 * A drag handle between two panes (the ARIA window-splitter pattern): drag it, or focus it and use
 * the arrow keys (Shift for bigger steps), Home and End.
 */
export function PaneSplitter(props: {
  label: string
  value: number
  limits: { min: number; max: number }
  onChange: (value: number) => void
}) {
  const drag = useRef<{ startX: number; startValue: number } | null>(null)
  const { value, limits, onChange } = props

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP
    const next: Record<string, number> = {
      ArrowLeft: value - step,
      ArrowRight: value + step,
      Home: limits.min,
      End: limits.max,
    }
    if (!(event.key in next)) return
    event.preventDefault()
    onChange(next[event.key])
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault()
    event.currentTarget.setPointerCapture?.(event.pointerId)
    drag.current = { startX: event.clientX, startValue: value }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return
    onChange(drag.current.startValue + event.clientX - drag.current.startX)
  }
  const onPointerUp = () => {
    drag.current = null
  }

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={props.label}
      aria-valuenow={value}
      aria-valuemin={limits.min}
      aria-valuemax={limits.max}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  )
}
