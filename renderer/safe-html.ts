import DOMPurify from 'dompurify'

// The only way HTML from an article or a section body may reach the DOM. DOMPurify's defaults keep
// forms and remote images, so both are forbidden here (briefs are text); the CSP is the second wall.

const FORBID_TAGS = [
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'style',
  'iframe',
  'object',
  'embed',
  'img',
  'svg',
  'math',
]
const FORBID_ATTR = ['action', 'formaction', 'srcset', 'style', 'ping']

/** Sanitises HTML for display: no script, forms, styles, images or javascript: links. */
export function sanitizeHtml(html: string): string {
  // Fail closed where DOMPurify cannot work (no full DOM): nothing rather than unsanitised markup.
  if (!DOMPurify.isSupported) return ''
  return DOMPurify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
    ALLOW_DATA_ATTR: false,
  })
}
