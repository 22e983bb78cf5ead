import { TEMPLATE_LIMITS } from '../../main/common/limits'
import type { TemplateStyle } from '../../main/templates/schema'
import { CheckField, ColorField, FieldGroup, NumberField, SelectField, TextField } from './StyleEditorFields'
import { StyleEditorLogo } from './StyleEditorLogo'
import { SLOT_FIELDS, StyleEditorSlots } from './StyleEditorSlots'

const FAMILIES = [
  { value: 'serif', label: 'Source Serif 4 (serif)' },
  { value: 'sans', label: 'Inter (sans-serif)' },
] as const
const PAGE_SIZES = [
  { value: 'letter', label: 'US Letter (8.5 × 11 in)' },
  { value: 'a4', label: 'A4 (210 × 297 mm)' },
] as const
const MARGINS = ['top', 'right', 'bottom', 'left'] as const

/** Every field of a template's page style, as a form. */
export function StyleEditorForm({
  style,
  update,
}: {
  style: TemplateStyle
  update(patch: Partial<TemplateStyle>): void
}) {
  return (
    <>
      <FieldGroup title="Page">
        <SelectField
          label="Page size"
          value={style.pageSize}
          options={PAGE_SIZES}
          onChange={(pageSize) => update({ pageSize })}
        />
        <div className="se-row se-row-4">
          {MARGINS.map((side) => (
            <NumberField
              key={side}
              label={`${side[0]?.toUpperCase()}${side.slice(1)} margin`}
              value={style.margins[side]}
              min={0}
              max={288}
              step={1}
              unit="pt"
              onChange={(value) => update({ margins: { ...style.margins, [side]: value } })}
            />
          ))}
        </div>
      </FieldGroup>
      <FieldGroup title="Type">
        <div className="se-row">
          <SelectField
            label="Body font"
            value={style.bodyFont}
            options={FAMILIES}
            onChange={(bodyFont) => update({ bodyFont })}
          />
          <SelectField
            label="Heading font"
            value={style.headingFont}
            options={FAMILIES}
            onChange={(headingFont) => update({ headingFont })}
          />
        </div>
        <div className="se-row">
          <NumberField
            label="Body size"
            value={style.bodySize}
            min={7}
            max={16}
            step={0.5}
            unit="pt"
            onChange={(bodySize) => update({ bodySize })}
          />
          <NumberField
            label="Line spacing"
            value={style.lineSpacing}
            min={1}
            max={2}
            step={0.05}
            unit="×"
            onChange={(lineSpacing) => update({ lineSpacing })}
          />
        </div>
      </FieldGroup>
      <FieldGroup title="Organization">
        <div className="se-row">
          <TextField
            label="Organization"
            value={style.organization}
            maxLength={TEMPLATE_LIMITS.organization}
            onChange={(organization) => update({ organization })}
          />
          <ColorField
            label="Accent colour"
            value={style.accentColor}
            onChange={(accentColor) => update({ accentColor })}
          />
        </div>
        <StyleEditorLogo
          logo={style.logo}
          organization={style.organization}
          onChange={(logo) => update({ logo })}
        />
      </FieldGroup>
      <FieldGroup title="Header and footer">
        <CheckField
          label="Print a header"
          checked={style.runningHeader}
          onChange={(runningHeader) => update({ runningHeader })}
        />
        <StyleEditorSlots name="Header" slots={style.header} onChange={(header) => update({ header })} />
        <StyleEditorSlots name="Footer" slots={style.footer} onChange={(footer) => update({ footer })} />
        <small className="se-hint">Fields filled in on each page: {SLOT_FIELDS.join(' ')}</small>
        <div className="se-row">
          <CheckField
            label="Header on the first page"
            checked={style.firstPage.header}
            onChange={(header) => update({ firstPage: { ...style.firstPage, header } })}
          />
          <CheckField
            label="Footer on the first page"
            checked={style.firstPage.footer}
            onChange={(footer) => update({ firstPage: { ...style.firstPage, footer } })}
          />
        </div>
      </FieldGroup>
      <FieldGroup title="Marking and watermark">
        <div className="se-row">
          <TextField
            label="Marking"
            value={style.marking}
            maxLength={TEMPLATE_LIMITS.marking}
            placeholder="None"
            hint="Printed at the top and bottom of every page of a new brief."
            onChange={(marking) => update({ marking })}
          />
          <ColorField
            label="Marking colour"
            value={style.markingColor}
            onChange={(markingColor) => update({ markingColor })}
          />
        </div>
        <TextField
          label="Watermark"
          value={style.watermark}
          maxLength={TEMPLATE_LIMITS.watermark}
          placeholder="None (e.g. DRAFT)"
          onChange={(watermark) => update({ watermark })}
        />
      </FieldGroup>
      <FieldGroup title="Layout">
        <CheckField
          label="Summary sections in a box"
          checked={style.summaryBox}
          hint="Drawn where the summary stands in the brief."
          onChange={(summaryBox) => update({ summaryBox })}
        />
        <CheckField
          label="Number the sections (1., 2., …)"
          checked={style.sectionNumbers}
          onChange={(sectionNumbers) => update({ sectionNumbers })}
        />
        <CheckField
          label="Table of contents"
          checked={style.tableOfContents}
          hint="Lists the sections with their page numbers, after a summary box that opens the brief, or else after the masthead."
          onChange={(tableOfContents) => update({ tableOfContents })}
        />
        <CheckField
          label="Estimative language box"
          checked={style.estimativeBox}
          hint="ICD 203’s likelihood terms with their ranges and the confidence levels, boxed before the sources."
          onChange={(estimativeBox) => update({ estimativeBox })}
        />
      </FieldGroup>
    </>
  )
}
