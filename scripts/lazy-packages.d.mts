import type { Plugin } from 'esbuild'

/** The packages the CLI bundle loads on first use, with the exports each stand-in provides. */
export declare const LAZY_PACKAGES: Record<string, Record<string, string>>
/** The esbuild plugin that gives the bundle those stand-ins. */
export declare const lazyPackages: Plugin
/** The esbuild plugin that makes the bundle build each Unicode trie on its first lookup. */
export declare const lazyTries: Plugin
