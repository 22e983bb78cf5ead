/** "Bar Test Org" → "bar-test-org"; letters with diacritics lose them, anything else becomes a dash. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '')
  return slug || 'template'
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}

/** The longest template name the schema allows. */
const MAX_NAME = 120

/** "Policy brief" → "Policy brief copy", or "Policy brief copy 2"… when that name is taken. */
export function copyName(name: string, takenNames: ReadonlySet<string>): string {
  const base = `${name.slice(0, MAX_NAME - 8).trimEnd()} copy`
  if (!takenNames.has(base)) return base
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base} ${suffix}`
    if (!takenNames.has(candidate)) return candidate
  }
}
