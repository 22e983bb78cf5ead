import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleAppRequest, resolveAppUrl } from '../../../main/electron/app-protocol'
import { CONTENT_SECURITY_POLICY, safeRelativePath } from '../../../main/api/static-files'
import { tempDir } from '../../helpers/temp'

let base: string
let root: string

beforeAll(async () => {
  base = await tempDir('app')
  root = path.join(base, 'renderer')
  await mkdir(path.join(root, 'assets'), { recursive: true })
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(path.join(base, 'secret.txt'), 'secret')
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link-out.js'))
  await symlink(base, path.join(root, 'dir-out'))
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('app:// path resolver', () => {
  it.each([
    { url: 'app://briefwright/', file: 'index.html' },
    { url: 'app://briefwright/index.html', file: 'index.html' },
    { url: 'app://briefwright/assets/app.js?v=1#x', file: 'assets/app.js' },
    { url: 'app://briefwright/assets/%61pp.js', file: 'assets/app.js' },
  ])('serves $url', async ({ url, file }) => {
    expect(await resolveAppUrl(url, root)).toBe(path.join(root, file))
  })

  it.each([
    'app://briefwright/../secret.txt',
    'app://briefwright/assets/../../secret.txt',
    'app://briefwright/%2e%2e/secret.txt',
    'app://briefwright/%2E%2E/secret.txt',
    'app://briefwright/..%2fsecret.txt',
    'app://briefwright/assets%2f..%2f..%2fsecret.txt',
    'app://briefwright/..%5csecret.txt',
    'app://briefwright/%00index.html',
    'app://briefwright//etc/passwd',
    'app://briefwright/C:/Windows/win.ini',
    'app://briefwright/%',
    'app://briefwright/assets/link-out.js',
    'app://briefwright/dir-out/secret.txt',
    'app://briefwright/assets',
    'app://briefwright/missing.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://briefwright/index.html',
  ])('refuses %s', async (url) => {
    expect(await resolveAppUrl(url, root)).toBeNull()
  })

  it.each([
    { raw: '/', relative: 'index.html' },
    { raw: '/a/b.js', relative: 'a/b.js' },
    { raw: '/a/', relative: 'a/index.html' },
    { raw: '/../x', relative: null },
    { raw: '/a/./b', relative: null },
    { raw: 'relative', relative: null },
    { raw: '/a\\..\\b', relative: null },
    { raw: `/${'a'.repeat(2000)}`, relative: null },
  ])('raw path $raw → $relative', ({ raw, relative }) => {
    expect(safeRelativePath(raw)).toBe(relative)
  })
})

describe('app:// responses', () => {
  it('serves a file with its type, the CSP and security headers', async () => {
    const response = await handleAppRequest(new Request('app://briefwright/assets/app.js'), root)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers 404 for a refused path and 405 for other methods', async () => {
    expect((await handleAppRequest(new Request('app://briefwright/../secret.txt'), root)).status).toBe(404)
    expect(
      (
        await handleAppRequest(
          new Request('app://briefwright/index.html', { method: 'POST', body: 'x' }),
          root,
        )
      ).status,
    ).toBe(405)
  })

  it('has a CSP without inline script, eval or remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })
})
