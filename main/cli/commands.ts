// Every command's entry point. The built command line compiles these, with everything they import,
// as one CommonJS bundle through a V8 code cache (see load-commands-bundled.ts).
export { runAnalyze } from './analyze-command'
export { runDraft } from './draft-command'
export { runExport } from './export-command'
export { runTemplates } from './templates-command'
export { runWeb } from './web-command'
