// Every command's entry point. The built command line requires these, with everything they import,
// as one CommonJS bundle through Node's module compile cache (see load-commands-bundled.ts).
import './zod-one-shot'
export { runAnalyze } from './analyze-command'
export { runCheck } from './check-command'
export { runDraft } from './draft-command'
export { runExport } from './export-command'
export { runRead } from './read-command'
export { runTemplates } from './templates-command'
export { runWeb } from './web-command'
export { usedOutput } from './output'
