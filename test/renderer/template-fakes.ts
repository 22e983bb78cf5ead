import { vi } from 'vitest'
import type { CallInput } from '../../main/api/contract'
import { TemplateSchema } from '../../main/templates/schema'
import type { Template } from '../../main/templates/schema'
import type { StyleEditorApi } from '../../renderer/components/StyleEditor'
import type { TemplateListing, TemplatesApi } from '../../renderer/state/useTemplates'

/** A template with every style default filled in. */
export function makeTemplate(id: string, name: string, style: Partial<Template['style']> = {}): Template {
  return TemplateSchema.parse({
    schemaVersion: 1,
    id,
    name,
    description: `${name} description`,
    sections: [{ id: 'summary', kind: 'summary', heading: 'Key takeaways', rule: 'takeaways' }],
    style,
  })
}

const PDF = new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55])

/**
 * An in-memory host for the template manager and style editor: typed as the client's api (the
 * slices the components take), each call a spy, built-ins read-only as on the real host.
 */
export function fakeTemplatesApi(options: { broken?: boolean } = {}) {
  const builtIn = new Map([
    ['policy-brief', makeTemplate('policy-brief', 'Policy brief')],
    ['decision-memo', makeTemplate('decision-memo', 'Decision memo')],
  ])
  const user = new Map([
    ['house-style', makeTemplate('house-style', 'House style', { organization: 'House' })],
  ])
  const refuseBuiltIn = (id: string) => {
    if (builtIn.has(id))
      throw new Error(`"${id}" is built in and cannot be changed; duplicate it to change it.`)
  }
  const find = (id: string) => {
    const template = builtIn.get(id) ?? user.get(id)
    if (!template) throw new Error(`No template "${id}".`)
    return template
  }
  const api = {
    listTemplates: vi.fn(async () => {
      const listings: TemplateListing[] = [
        ...[...builtIn.values()].map((template) => ({
          id: template.id,
          name: template.name,
          description: template.description,
          builtIn: true,
        })),
        ...[...user.values()].map((template) => ({
          id: template.id,
          name: template.name,
          description: '',
          builtIn: false,
        })),
      ]
      if (options.broken)
        listings.push({
          id: 'broken',
          name: 'broken',
          description: '',
          builtIn: false,
          error: 'This template is not valid JSON.',
        })
      return listings
    }),
    getTemplate: vi.fn(async ({ id }: { id: string }) => find(id)),
    saveTemplate: vi.fn(async (input: CallInput<'saveTemplate'>) => {
      const template = TemplateSchema.parse(input.template)
      refuseBuiltIn(template.id)
      user.set(template.id, template)
      return template
    }),
    renameTemplate: vi.fn(async ({ id, name }: { id: string; name: string }) => {
      refuseBuiltIn(id)
      const renamed = { ...find(id), name }
      user.set(id, renamed)
      return renamed
    }),
    duplicateTemplate: vi.fn(async ({ id }: { id: string }) => {
      const source = find(id)
      const copy = { ...source, id: `${source.id}-copy`, name: `${source.name} copy` }
      user.set(copy.id, copy)
      return copy
    }),
    deleteTemplate: vi.fn(async ({ id }: { id: string }) => {
      refuseBuiltIn(id)
      const template = find(id)
      user.delete(id)
      return template
    }),
    importTemplate: vi.fn(async ({ text }: { text: string }) => {
      const template = TemplateSchema.parse(JSON.parse(text))
      user.set(template.id, template)
      return template
    }),
    exportTemplate: vi.fn(async ({ id }: { id: string }) => ({
      text: JSON.stringify(find(id)),
      fileName: `${id}.brieftemplate`,
    })),
    renderTemplatePreview: vi.fn(async (_input: CallInput<'renderTemplatePreview'>) => ({
      bytes: PDF,
      pages: 1,
      warnings: [],
    })),
    renderPdf: vi.fn(async (_input: CallInput<'renderPdf'>) => ({ bytes: PDF, pages: 3, warnings: [] })),
  } satisfies TemplatesApi & StyleEditorApi
  return { api, user, builtIn }
}
