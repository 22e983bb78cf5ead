// Debian's Chromium, headless, with nothing that reaches off this machine: the flags the end-to-end
// tests, the screenshot script and the benchmark's print-to-PDF all start it with.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
