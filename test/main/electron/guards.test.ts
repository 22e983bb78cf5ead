import { describe, expect, it } from 'vitest'
import {
  appOrigins,
  decidePermission,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSender,
  windowOpenDecision,
} from '../../../main/electron/guards'

const app = appOrigins()
const withDev = appOrigins('http://localhost:5173/')

describe('navigation', () => {
  it.each([
    { url: 'app://briefwright/index.html', origins: app, allowed: true },
    { url: 'app://briefwright/other.html?x#y', origins: app, allowed: true },
    { url: 'APP://BRIEFWRIGHT/index.html', origins: app, allowed: true },
    { url: 'app://evil/index.html', origins: app, allowed: false },
    { url: 'app://briefwright.evil.com/index.html', origins: app, allowed: false },
    { url: 'app://user:pass@briefwright/index.html', origins: app, allowed: false },
    { url: 'https://example.com/', origins: app, allowed: false },
    { url: 'http://localhost:5173/', origins: app, allowed: false },
    { url: 'http://localhost:5173/', origins: withDev, allowed: true },
    { url: 'http://localhost:5174/', origins: withDev, allowed: false },
    { url: 'file:///etc/passwd', origins: app, allowed: false },
    { url: 'javascript:alert(1)', origins: app, allowed: false },
    { url: 'data:text/html,<script>alert(1)</script>', origins: app, allowed: false },
    { url: 'about:blank', origins: app, allowed: false },
    { url: 'not a url', origins: app, allowed: false },
    { url: '', origins: app, allowed: false },
  ])('$url → $allowed', ({ url, origins, allowed }) => {
    expect(isAllowedNavigation(url, origins)).toBe(allowed)
  })

  it('accepts only a loopback http dev server as an extra origin', () => {
    expect(appOrigins('https://evil.example:5173')).toEqual(['app://briefwright'])
    expect(appOrigins('http://127.0.0.1:5173')).toEqual(['app://briefwright', 'http://127.0.0.1:5173'])
  })
})

describe('external links and window.open', () => {
  it.each([
    { url: 'https://www.example.com/news?id=1', safe: true },
    { url: 'http://example.com', safe: true },
    { url: 'https://user:pw@example.com', safe: false },
    { url: 'file:///C:/Windows/system32/calc.exe', safe: false },
    { url: 'smb://server/share', safe: false },
    { url: 'javascript:alert(1)', safe: false },
    { url: 'data:text/html,hi', safe: false },
    { url: 'ms-msdt:/id PCWDiagnostic', safe: false },
    { url: 'mailto:a@b.c', safe: false },
    { url: 'app://briefwright/index.html', safe: false },
    { url: 'https://', safe: false },
    { url: '//example.com', safe: false },
  ])('$url → safe $safe', ({ url, safe }) => {
    expect(isSafeExternalUrl(url)).toBe(safe)
    expect(windowOpenDecision(url)).toEqual({ action: 'deny', openExternally: safe })
  })
})

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'openExternal',
    'fullscreen',
    'unknown',
  ])('denies %s', (permission) => {
    expect(decidePermission(permission)).toBe(false)
  })
})

describe('IPC sender check', () => {
  const mainFrame = { url: 'app://briefwright/index.html', parent: null }
  it.each([
    { name: 'the app main frame', frame: mainFrame, trusted: true },
    {
      name: 'a subframe of the app',
      frame: { url: 'app://briefwright/index.html', parent: mainFrame },
      trusted: false,
    },
    {
      name: 'a frame that navigated away',
      frame: { url: 'https://evil.example/', parent: null },
      trusted: false,
    },
    { name: 'another app:// host', frame: { url: 'app://other/index.html', parent: null }, trusted: false },
    { name: 'a file:// page', frame: { url: 'file:///tmp/x.html', parent: null }, trusted: false },
    { name: 'a destroyed frame', frame: null, trusted: false },
    { name: 'no frame', frame: undefined, trusted: false },
  ])('$name → $trusted', ({ frame, trusted }) => {
    expect(isTrustedSender(frame, app)).toBe(trusted)
  })
})
