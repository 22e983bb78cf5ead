import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOGO_MAX_BYTES, imageSize, sniffImage } from '../../../main/templates/logo'
import { TemplateStyleSchema } from '../../../main/templates/schema'
import { builtInTemplatesDir, parseTemplateJson } from '../../../main/files/template-store'
import { jpegLogo, logoOf, makePng } from '../../helpers/images'

describe('the template style', () => {
  it('fills new fields with defaults that reproduce the look of format-1 files', () => {
    expect(TemplateStyleSchema.parse({})).toMatchObject({
      bodyFont: 'serif',
      headingFont: 'sans',
      logo: null,
      header: { left: '{title}', center: '', right: '{date}' },
      footer: { left: '{organization}', center: '', right: 'Page {page} of {pages}' },
      firstPage: { header: false, footer: true },
      sectionNumbers: false,
      tableOfContents: false,
    })
  })

  it.each(readdirSync(builtInTemplatesDir()).filter((name) => name.endsWith('.json')))(
    'still reads the built-in %s (written before these fields existed)',
    (name) => {
      const text = readFileSync(path.join(builtInTemplatesDir(), name), 'utf8')
      expect(JSON.parse(text).style.header).toBeUndefined()
      expect(parseTemplateJson(text).style.footer.right).toBe('Page {page} of {pages}')
    },
  )

  it('refuses an unknown style field and a font outside the bundled families', () => {
    expect(TemplateStyleSchema.safeParse({ logoPath: '/etc/passwd' }).success).toBe(false)
    expect(TemplateStyleSchema.safeParse({ bodyFont: 'Comic Sans' }).success).toBe(false)
  })
})

describe('the logo', () => {
  const png = makePng(40, 20)
  const cases = [
    { name: 'a PNG', logo: logoOf(png), problem: null },
    { name: 'a JPEG', logo: logoOf(jpegLogo(), 'image/jpeg'), problem: null },
    {
      name: 'a PNG declared as JPEG',
      logo: logoOf(png, 'image/jpeg'),
      problem: 'the logo is a image/png image, not image/jpeg',
    },
    {
      name: 'a GIF',
      logo: logoOf(Buffer.from('GIF89a\x01\x00\x01\x00')),
      problem: 'neither a PNG nor a JPEG',
    },
    { name: 'a path', logo: { mediaType: 'image/png', data: '/home/me/logo.png' }, problem: 'not base64' },
    { name: 'a truncated PNG', logo: logoOf(png.subarray(0, 12)), problem: 'no readable size' },
    {
      name: 'a logo over 1 MB',
      logo: logoOf(Buffer.concat([png, Buffer.alloc(LOGO_MAX_BYTES)])),
      problem: 'the logo is larger than 1 MB',
    },
  ]
  it.each(cases)('$name: $problem', ({ logo, problem }) => {
    const result = TemplateStyleSchema.safeParse({ logo })
    if (problem === null) expect(result.success).toBe(true)
    else {
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toContain(problem)
      expect(result.error?.issues[0]?.path).toEqual(['logo', 'data'])
    }
  })

  it.each([
    { name: 'PNG', bytes: makePng(123, 45), type: 'image/png', size: { width: 123, height: 45 } },
    { name: 'JPEG', bytes: jpegLogo(), type: 'image/jpeg', size: { width: 240, height: 240 } },
  ])('reads the type and size of a $name from its header', ({ bytes, type, size }) => {
    expect(sniffImage(bytes)).toBe(type)
    expect(imageSize(bytes)).toEqual(size)
  })
})
