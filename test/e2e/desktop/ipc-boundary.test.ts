import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMMAND_CHANNEL } from '../../../main/electron/channels'
import { decodeCloned, encodeCloned } from './clone-codec'
import { startDesktopSession } from './desktop-session'
import type { DesktopSession } from './desktop-session'
import { INVOKE_BINDING } from './page-globals'

// What crosses the desktop boundary, call by call: the built preload's functions in the page, the
// structured clone on the way, ipcMain's sender checks and the contract's validation in main. The
// page is a blank one at the app's origin, so nothing but these calls reaches the host.

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }
type Bridge = Record<'api' | 'desktop', Record<string, (input: unknown) => Promise<Envelope>>> & {
  onCommand(listener: (command: string) => void): () => void
}

const BLANK = '<!doctype html><meta charset="utf-8"><title>IPC boundary</title>'
const REFUSED = { ok: false, error: { code: 'failed', message: expect.stringMatching(/^Refused/) } }

let session: DesktopSession
let page: Page
let documentsDir = ''

/** Opens `url` in `target` with `html` (no server, no CSP): the preload still runs in its main frame. */
async function openBlank(target: Page, url: string, html = BLANK): Promise<void> {
  await target.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }))
  await target.goto(url)
}

beforeAll(async () => {
  session = await startDesktopSession()
  page = session.page
  documentsDir = path.join(session.workDir, 'documents')
  await openBlank(page, `${session.host.origin}/boundary`)
})

afterAll(async () => {
  await session?.close()
})

describe('the desktop IPC boundary', () => {
  it('sends each preload function on its own channel to a handler that validates the input', async () => {
    const before = session.host.invoked.length
    const results = await page.evaluate(async () => {
      const bridge = (window as unknown as { briefwright: Bridge }).briefwright
      const answers: [string, Envelope][] = []
      for (const group of ['api', 'desktop'] as const)
        for (const [name, call] of Object.entries(bridge[group]))
          answers.push([name, await call({ notAField: true })])
      return answers
    })
    for (const [name, result] of results)
      expect(result, name).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringContaining(`Invalid input for ${name}:`) },
      })
    const sent = session.host.invoked.slice(before)
    expect(sent).toHaveLength(results.length)
    expect(new Set(sent)).toEqual(new Set(session.host.handledChannels()))
  })

  // Structured clone carries these where JSON would drop or flatten them; the contract refuses each.
  it.each([
    ['an extra field set to undefined', 'undefined-field'],
    ['bytes', 'bytes'],
    ['a Date', 'date'],
    ['a Map', 'map'],
    ['an Error', 'error'],
    ['NaN', 'nan'],
    ['a BigInt', 'bigint'],
  ])('carries %s to main, where the contract refuses it', async (_label, kind) => {
    const before = session.host.window.state.edited.length
    const result = await page.evaluate(async (kind) => {
      const values: Record<string, () => unknown> = {
        'undefined-field': () => ({ edited: true, extra: undefined }),
        bytes: () => ({ edited: new Uint8Array([1]) }),
        date: () => ({ edited: new Date(0) }),
        map: () => ({ edited: new Map([[1, true]]) }),
        error: () => ({ edited: new TypeError('not a flag') }),
        nan: () => ({ edited: NaN }),
        bigint: () => ({ edited: 1n }),
      }
      const bridge = (window as unknown as { briefwright: Bridge }).briefwright
      return bridge.desktop.setDocumentEdited(values[kind]())
    }, kind)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(/^Invalid input for setDocumentEdited: (edited|input): /),
      },
    })
    expect(session.host.window.state.edited.length).toBe(before)
  })

  it('answers a valid call, and the handler runs', async () => {
    const result = await page.evaluate(() =>
      (window as unknown as { briefwright: Bridge }).briefwright.desktop.setDocumentEdited({ edited: true }),
    )
    expect(result).toEqual({ ok: true, value: {} })
    expect(session.host.window.state.edited.at(-1)).toBe(true)
  })

  it('refuses a file path the page asks to add to the recent list, and accepts an entry without one', async () => {
    const answers = await page.evaluate(async () => {
      const { api } = (window as unknown as { briefwright: Bridge }).briefwright
      const withPath = await api.addRecent({ name: 'Notes', path: '/etc/passwd.brief' })
      const withoutPath = await api.addRecent({ name: 'Notes', path: null })
      const listed = await api.listRecent({})
      return { withPath, withoutPath, listed }
    })
    expect(answers.withPath).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(answers.withoutPath.ok).toBe(true)
    expect(JSON.stringify(answers.listed)).not.toContain('/etc/passwd.brief')
  })

  // Structured clone cannot carry these: the call fails in the page and nothing reaches main.
  it.each(['function', 'symbol', 'element', 'weakmap'])(
    'fails a call holding a %s before it is sent',
    async (kind) => {
      const before = session.host.invoked.length
      const failure = await page.evaluate(async (kind) => {
        const values: Record<string, () => unknown> = {
          function: () => () => true,
          symbol: () => Symbol('flag'),
          element: () => document.body,
          weakmap: () => new WeakMap(),
        }
        const bridge = (window as unknown as { briefwright: Bridge }).briefwright
        try {
          await bridge.desktop.setDocumentEdited({ edited: values[kind]() })
          return 'sent'
        } catch (error) {
          return (error as Error).name
        }
      }, kind)
      expect(failure).toBe('DataCloneError')
      expect(session.host.invoked.length).toBe(before)
    },
  )

  it('carries a byte view to main as its own bytes only, written where the Save dialog says', async () => {
    const target = path.join(documentsDir, 'bytes.pdf')
    session.host.answerDialog('save', target)
    const result = await page.evaluate(() => {
      const whole = new Uint8Array([9, 9, 37, 80, 68, 70, 45, 9])
      return (window as unknown as { briefwright: Bridge }).briefwright.desktop.savePdf({
        bytes: whole.subarray(2, 7),
        suggestedName: 'bytes.pdf',
      })
    })
    expect(result).toEqual({ ok: true, value: { saved: true, name: 'bytes.pdf' } })
    expect((await readFile(target)).toString('latin1')).toBe('%PDF-')
  })

  it('carries a file’s bytes back to the page as a Uint8Array, byte for byte', async () => {
    const bytes = [0, 255, 128, 10, 13, 0xc3, 0x28]
    const file = path.join(documentsDir, 'raw.txt')
    await writeFile(file, Uint8Array.from(bytes))
    session.host.answerDialog('open', file)
    const opened = await page.evaluate(async () => {
      const result = await (window as unknown as { briefwright: Bridge }).briefwright.desktop.openDocument({})
      if (!result.ok) return result
      const value = result.value as { name: string; kind: string; bytes: unknown }
      return {
        name: value.name,
        kind: value.kind,
        isBytes: value.bytes instanceof Uint8Array,
        bytes: [...(value.bytes as Uint8Array)],
      }
    })
    expect(opened).toEqual({ name: 'raw.txt', kind: 'article', isBytes: true, bytes })
  })

  it('answers a cancelled dialog with nothing opened or saved', async () => {
    session.host.answerDialog('open', null)
    session.host.answerDialog('save', null)
    const results = await page.evaluate(async () => {
      const { desktop } = (window as unknown as { briefwright: Bridge }).briefwright
      return [
        await desktop.openDocument({}),
        await desktop.savePdf({ bytes: new Uint8Array([1]), suggestedName: 'never.pdf' }),
      ]
    })
    expect(results).toEqual([
      { ok: true, value: null },
      { ok: true, value: { saved: false, name: null } },
    ])
  })

  it('answers only the main frame of the app’s origin', async () => {
    const { host, context } = session
    const args = encodeCloned([{ edited: false }])
    const channel = 'briefwright:desktop:setDocumentEdited'
    const other = await context.newPage()
    const framed = await context.newPage()
    try {
      const port = new URL(host.origin).port
      await openBlank(other, `http://localhost:${port}/boundary`)
      await framed.route(`${host.origin}/child`, (route) =>
        route.fulfill({ contentType: 'text/html', body: BLANK }),
      )
      await openBlank(framed, `${host.origin}/parent`, `${BLANK}<iframe src="/child"></iframe>`)
      await expect.poll(() => framed.frames().length).toBe(2)
      const call = (frame: ReturnType<Page['mainFrame']>) =>
        frame
          .evaluate(
            ([name, channel, args]) =>
              (window as unknown as Record<string, (channel: string, args: string) => Promise<unknown>>)[
                name
              ](channel, args),
            [INVOKE_BINDING, channel, args],
          )
          .then((reply) => decodeCloned((reply as { result: string }).result))
      expect(await call(framed.mainFrame())).toEqual({ ok: true, value: {} })
      expect(await call(framed.frames()[1])).toEqual(REFUSED)
      expect(await call(other.mainFrame())).toEqual(REFUSED)
      // Through the preload too: a page of another origin gets the bridge, but no answer.
      expect(
        await other.evaluate(() =>
          (window as unknown as { briefwright: Bridge }).briefwright.desktop.setDocumentEdited({
            edited: true,
          }),
        ),
      ).toEqual(REFUSED)
      expect(session.host.window.state.edited.at(-1)).toBe(false)
    } finally {
      await other.close()
      await framed.close()
    }
  })

  it('passes on only known commands from the shell, until the listener stops', async () => {
    await page.evaluate(() => {
      const bridge = (window as unknown as { briefwright: Bridge }).briefwright
      const seen: string[] = []
      const stop = bridge.onCommand((command) => seen.push(command))
      Object.assign(window, { seen, stop })
    })
    const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen)
    for (const message of ['not-a-command', 42, { id: 'save' }, 'save'])
      session.host.window.webContents.send(COMMAND_CHANNEL, message)
    await expect.poll(seen).toEqual(['save'])
    await page.evaluate(() => (window as unknown as { stop: () => void }).stop())
    session.host.window.webContents.send(COMMAND_CHANNEL, 'export-pdf')
    session.host.window.webContents.send(COMMAND_CHANNEL, 'save')
    // A message sent after those would be seen after them: the listener is called in order.
    await page.evaluate(() => {
      const bridge = (window as unknown as { briefwright: Bridge }).briefwright
      bridge.onCommand((command) => (window as unknown as { seen: string[] }).seen.push(`new:${command}`))
    })
    session.host.window.webContents.send(COMMAND_CHANNEL, 'undo')
    await expect.poll(seen).toEqual(['save', 'new:undo'])
  })

  it('left no dialog answer unused and no page problem', () => {
    expect(session.host.unusedDialogAnswers()).toBe(0)
    expect(session.problems).toEqual([])
  })
})
