import { UsageError } from './errors'
import type { CliValues } from './main'
import { templateStoreFor } from './shared'

/** `briefwright templates list [--json]` */
export async function runTemplates(args: string[], values: CliValues): Promise<number> {
  const [subcommand] = args
  if (subcommand !== 'list') throw new UsageError(`unknown templates command "${subcommand ?? ''}" (try: templates list)`)
  const listings = await templateStoreFor(values).list()
  if (values.json) {
    process.stdout.write(`${JSON.stringify(listings, null, 2)}\n`)
    return 0
  }
  const width = Math.max(...listings.map((listing) => listing.id.length), 2)
  for (const listing of listings) {
    const origin = listing.builtIn ? 'built-in' : 'saved'
    const detail = listing.error ? `cannot be used: ${listing.error}` : listing.name
    process.stdout.write(`${listing.id.padEnd(width)}  ${origin.padEnd(8)}  ${detail}\n`)
  }
  return 0
}
