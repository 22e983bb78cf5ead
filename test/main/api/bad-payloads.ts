/** Payloads every transport must refuse before a handler runs: extra keys, wrong types, huge strings. */
export const BAD_PAYLOADS: { name: string; call: string; input: unknown }[] = [
  { name: 'an extra key', call: 'openBrief', input: { text: '{}', extra: 1 } },
  {
    name: 'an extra key in a nested object',
    call: 'openArticle',
    input: { source: { kind: 'text', text: 'x', evil: true } },
  },
  { name: 'a wrong type', call: 'openBrief', input: { text: 42 } },
  { name: 'null instead of an object', call: 'listTemplates', input: null },
  { name: 'a string instead of an object', call: 'listTemplates', input: 'all' },
  { name: 'an array instead of an object', call: 'getTemplate', input: ['policy-brief'] },
  { name: 'a missing field', call: 'getTemplate', input: {} },
  { name: 'an id with a path in it', call: 'getTemplate', input: { id: '../../etc/passwd' } },
  { name: 'a recovery id with a path in it', call: 'takeRecovery', input: { id: '../settings' } },
  {
    name: 'a huge string',
    call: 'openArticle',
    input: { source: { kind: 'text', text: 'a'.repeat(5_000_001) } },
  },
  { name: 'a huge template id', call: 'getTemplate', input: { id: 'a'.repeat(10_000) } },
  {
    name: 'too many articles',
    call: 'draftBrief',
    input: { articleIds: Array.from({ length: 21 }, (_, i) => `a${i}`), templateId: 'x' },
  },
  { name: 'no articles', call: 'draftBrief', input: { articleIds: [], templateId: 'x' } },
  { name: 'a bad date', call: 'draftBrief', input: { articleIds: ['a'], templateId: 'x', date: 'tomorrow' } },
  {
    name: 'a javascript: address',
    call: 'openArticle',
    input: { source: { kind: 'url', url: 'javascript:alert(1)' } },
  },
  {
    name: 'a file: address',
    call: 'openArticle',
    input: { source: { kind: 'url', url: 'file:///etc/passwd' } },
  },
  {
    name: 'an unknown source kind',
    call: 'openArticle',
    input: { source: { kind: 'path', path: '/etc/passwd' } },
  },
  {
    name: 'bytes as a plain array',
    call: 'openArticle',
    input: { source: { kind: 'bytes', name: 'a.txt', bytes: [1, 2, 3] } },
  },
  {
    name: 'a brief missing its sections',
    call: 'renderPdf',
    input: { brief: { schemaVersion: 1, meta: {}, sources: [] } },
  },
  { name: 'a settings patch with an unknown key', call: 'setSettings', input: { patch: { theme: 'dark' } } },
  {
    name: 'a prototype key',
    call: 'setSettings',
    input: JSON.parse('{"patch":{"__proto__":{"polluted":true}}}'),
  },
  { name: 'a call that does not exist', call: 'deleteEverything', input: {} },
  { name: 'an inherited name', call: 'constructor', input: {} },
  { name: 'a prototype name', call: '__proto__', input: {} },
]
