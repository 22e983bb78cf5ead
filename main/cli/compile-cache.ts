import nodeModule from 'node:module'

/**
 * Turns on Node's module compile cache for the modules loaded after this call: V8 then reads their
 * compiled code from the cache instead of compiling them again in every run. The folder is Node's
 * default, which NODE_COMPILE_CACHE can move and NODE_DISABLE_COMPILE_CACHE=1 turns off: a
 * node-compile-cache folder in the system's temporary folder, one subfolder per Node version.
 * Node reports a folder it cannot make or write by its result, without throwing; then everything
 * compiles from source as it would without a cache. Every Node the project supports (22.12 and
 * later, package.json's engines) has the cache; an older one still drafts, only more slowly, instead
 * of failing before its first line of output.
 */
export function enableCompileCache(): void {
  if ('enableCompileCache' in nodeModule) nodeModule.enableCompileCache()
}
