import nodeModule from 'node:module'

/**
 * `env` with Node's module compile cache passed on when this thread has it on
 * (main/cli/compile-cache.ts): a worker thread or a child process started with it reads its
 * modules' compiled code instead of compiling them again. Node's documentation names this variable,
 * set to the folder this thread uses, as the way to pass the cache on.
 */
export function compileCacheEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const directory = nodeModule.getCompileCacheDir?.()
  return directory ? { ...env, NODE_COMPILE_CACHE: directory } : env
}
