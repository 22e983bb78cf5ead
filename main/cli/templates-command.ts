import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { DocumentError } from '../brief/migrate'
import { writeFileAtomic } from '../files/atomic'
import { describeFsError, readBriefFile } from '../files/brief-file'
import { templateFromBrief } from '../templates/from-brief'
import { serializeTemplate } from '../files/template-store'
import { UsageError } from './errors'
import type { CliValues } from './main'
import { templateStoreFor } from './shared'
import { stdout } from './output'

const USAGE =
  'templates list [--json] | show ID | save FILE.brief --name NAME | import FILE | export ID --out FILE | delete ID | duplicate ID | rename ID --name NAME'

/** `briefwright templates …`: list, show, save, import, export and delete templates. */
export async function runTemplates(args: string[], values: CliValues): Promise<number> {
  const [subcommand, ...rest] = args
  const store = templateStoreFor(values)
  const one = (what: string) => {
    if (rest.length !== 1) throw new UsageError(`templates ${subcommand} takes one ${what} (${USAGE})`)
    return rest[0]
  }
  switch (subcommand) {
    case 'list':
      return list(store, values)
    case 'show':
      stdout().write(serializeTemplate(await store.get(one('template id'))))
      return 0
    case 'save': {
      if (!values.name?.trim()) throw new UsageError('templates save needs --name NAME')
      const brief = await readBriefFile(one('.brief file'))
      const base = await store.find(brief.meta.templateId)
      const saved = await store.save(templateFromBrief(brief, base, values.name.trim()))
      stdout().write(`${saved.id}\n`)
      return 0
    }
    case 'import': {
      const file = one('.brieftemplate file')
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch (error) {
        throw new DocumentError(describeFsError(error, file))
      }
      const saved = await store.importText(text)
      stdout().write(`${saved.id}\n`)
      return 0
    }
    case 'export': {
      if (!values.out) throw new UsageError('templates export needs --out FILE')
      const template = await store.get(one('template id'))
      await writeFileAtomic(path.resolve(values.out), serializeTemplate(template))
      return 0
    }
    case 'delete':
      await store.remove(one('template id'))
      return 0
    case 'duplicate':
      stdout().write(`${(await store.duplicate(one('template id'))).id}\n`)
      return 0
    case 'rename': {
      if (!values.name?.trim()) throw new UsageError('templates rename needs --name NAME')
      await store.rename(one('template id'), values.name)
      return 0
    }
    default:
      throw new UsageError(`unknown templates command "${subcommand ?? ''}" (${USAGE})`)
  }
}

async function list(store: ReturnType<typeof templateStoreFor>, values: CliValues): Promise<number> {
  const listings = await store.list()
  if (values.json) {
    stdout().write(`${JSON.stringify(listings, null, 2)}\n`)
    return 0
  }
  const width = Math.max(...listings.map((listing) => listing.id.length), 2)
  for (const listing of listings) {
    const origin = listing.builtIn ? 'built-in' : 'saved'
    const detail = listing.error ? `cannot be used: ${listing.error}` : listing.name
    stdout().write(`${listing.id.padEnd(width)}  ${origin.padEnd(8)}  ${detail}\n`)
  }
  return 0
}
