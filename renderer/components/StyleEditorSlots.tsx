import type { Slots } from '../../main/templates/schema'
import { TextField } from './StyleEditorFields'

const POSITIONS = [
  { key: 'left', label: 'left' },
  { key: 'center', label: 'centre' },
  { key: 'right', label: 'right' },
] as const

/** The fields a slot may hold; each is filled in per page. */
export const SLOT_FIELDS = ['{title}', '{date}', '{page}', '{pages}', '{marking}', '{organization}'] as const

/** The left, centre and right text of the header or the footer. */
export function StyleEditorSlots({
  name,
  slots,
  onChange,
}: {
  name: 'Header' | 'Footer'
  slots: Slots
  onChange(slots: Slots): void
}) {
  return (
    <div className="se-slots">
      {POSITIONS.map((position) => (
        <TextField
          key={position.key}
          label={`${name} ${position.label}`}
          value={slots[position.key]}
          maxLength={200}
          placeholder="Empty"
          onChange={(value) => onChange({ ...slots, [position.key]: value })}
        />
      ))}
    </div>
  )
}
