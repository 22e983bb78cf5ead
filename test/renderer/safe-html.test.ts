// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { sanitizeHtml } from '../../renderer/safe-html'

describe('sanitizeHtml', () => {
  it.each([
    { input: '<p>Hi <script>alert(1)</script></p>', expected: '<p>Hi </p>' },
    { input: '<img src="https://tracker.example/x.gif">', expected: '' },
    { input: '<img src=x onerror="alert(1)">', expected: '' },
    { input: '<form action="https://evil.example"><input name="q"></form>', expected: '' },
    { input: '<a href="javascript:alert(1)">x</a>', expected: '<a>x</a>' },
    { input: '<a href="https://example.com">x</a>', expected: '<a href="https://example.com">x</a>' },
    { input: '<p style="position:fixed">x</p>', expected: '<p>x</p>' },
    { input: '<iframe src="https://evil.example"></iframe>', expected: '' },
    { input: '<em>kept</em>', expected: '<em>kept</em>' },
  ])('$input', ({ input, expected }) => {
    expect(sanitizeHtml(input)).toBe(expected)
  })
})
