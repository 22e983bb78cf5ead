import * as z from 'zod'
import type { CallName } from '../common/api-calls'
import { TEMPLATE_LIMITS } from '../common/limits'
import { BriefSchema, IdSchema } from '../brief/schema'
import { TemplateSchema } from '../templates/schema'
import type { CallSpec } from './contract'
import { LIMITS, PdfResultSchema } from './pipeline-schemas'

// The template manager's calls, spread into the contract (main/api/contract.ts). Data in, data out:
// an import is the file's text (the page reads the file), an export is text for the page to save.

const Name = z.string().trim().min(1).max(TEMPLATE_LIMITS.name)

export const templateCalls = {
  /** Creates a user template, or replaces the user template with its id. Built-ins are refused. */
  saveTemplate: { input: z.strictObject({ template: TemplateSchema }), output: TemplateSchema },
  /** Renames a user template; its id stays, so briefs made with it still find it. */
  renameTemplate: { input: z.strictObject({ id: IdSchema, name: Name }), output: TemplateSchema },
  /** Copies any template (built-ins too) as "<name> copy", under a free id. */
  duplicateTemplate: { input: z.strictObject({ id: IdSchema }), output: TemplateSchema },
  /** Deletes a user template and returns it: saving it back (saveTemplate) undoes the delete. */
  deleteTemplate: { input: z.strictObject({ id: IdSchema }), output: TemplateSchema },
  /** Validates a .brieftemplate file's text and saves it as a user template. */
  importTemplate: {
    input: z.strictObject({ text: z.string().min(1).max(TEMPLATE_LIMITS.fileText) }),
    output: TemplateSchema,
  },
  /** The .brieftemplate text of a template, with a file name to suggest. */
  exportTemplate: {
    input: z.strictObject({ id: IdSchema }),
    output: z.strictObject({ text: z.string(), fileName: z.string().min(1).max(LIMITS.fileName) }),
  },
  /** "Save as template": the brief's sections and its template's style, as a new user template. */
  saveBriefAsTemplate: { input: z.strictObject({ brief: BriefSchema, name: Name }), output: TemplateSchema },
  /** The brief restyled with another template, its sections mapped by kind (nothing dropped). */
  changeTemplate: {
    input: z.strictObject({ brief: BriefSchema, templateId: IdSchema }),
    output: BriefSchema,
  },
  /**
   * Page 1 of a template's PDF (an installed one by id, or one being edited), drawn from the sample
   * brief, or from `brief` mapped into the template.
   */
  renderTemplatePreview: {
    input: z
      .strictObject({
        templateId: IdSchema.optional(),
        template: TemplateSchema.optional(),
        brief: BriefSchema.optional(),
      })
      .refine((input) => (input.templateId === undefined) !== (input.template === undefined), {
        message: 'give either templateId or template',
      }),
    output: PdfResultSchema,
  },
} as const satisfies { [K in CallName]?: CallSpec }
