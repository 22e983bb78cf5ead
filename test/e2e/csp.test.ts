import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSession } from './browser-session'
import type { Session } from './browser-session'

let session: Session

beforeAll(async () => {
  session = await startSession()
})

afterAll(async () => {
  await session?.close()
})

describe('the Content-Security-Policy in browser mode', () => {
  it('blocks an injected inline script and an inline handler, and the app reports both', async () => {
    const page = await session.newPage()
    const reports: string[] = []
    page.on('console', (message) => {
      if (message.text().startsWith('Briefwright CSP report:')) reports.push(message.text())
    })
    await page.goto(session.url)
    await page.getByRole('button', { name: 'Open article' }).waitFor()
    // What a sanitizer bypass would amount to: markup with script reaching the live DOM.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__xss = 1'
      document.body.append(script)
      const image = document.createElement('img')
      image.setAttribute('src', 'data:,x')
      image.setAttribute('onerror', 'window.__xss = 2')
      image.setAttribute('onload', 'window.__xss = 2')
      document.body.append(image)
    })
    await expect.poll(() => reports.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(reports.join('\n')).toMatch(/script-src(-elem)? blocked inline/)
    expect(reports.join('\n')).toMatch(/script-src(-attr)? blocked inline/)
  })
})
