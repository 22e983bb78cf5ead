import { TEMPLATE_LIMITS } from '../../main/common/limits'
import { SLOT_FIELDS as FIELD_NAMES } from '../../main/common/slot-fields'
import type { Slots } from '../../main/templates/schema'
import { TextField } from './StyleEditorFields'

const POSITIONS = [
  { key: 'left', label: 'left' },
  { key: 'center', label: 'centre' },
  { key: 'right', label: 'right' },
] as const

/** The fields a slot may hold; each is filled in per page. */
export const SLOT_FIELDS = FIELD_NAMES.map((field) => `{${field}}`)

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
          maxLength={TEMPLATE_LIMITS.slot}
          placeholder="Empty"
          onChange={(value) => onChange({ ...slots, [position.key]: value })}
        />
      ))}
    </div>
  )
}
