// `npm start`: builds the app (electron-vite build) and launches it with Electron. Where the Electron
// binary is not installed (it is downloaded at install time, which some machines cannot do), says so
// in one line and points to the browser mode instead of trying to download it.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** The Electron executable the `electron` package would run, or null; never triggers its download. */
function electronBinary() {
  let packageDir
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = path.join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist')
  const binary = relative ? path.join(distDir, relative) : null
  return binary && existsSync(binary) ? binary : null
}

/**
 * Electron 45 fetches its binary on first use rather than at install: run its installer once (the
 * same download `require('electron')` would start), quietly, and look again.
 */
function installElectron() {
  // Electron's own switch for machines that must not download it (CI, offline builds).
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return null
  let installer
  try {
    installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js')
  } catch {
    return null
  }
  if (!existsSync(installer)) return null
  console.error('Briefwright: fetching the Electron binary (first start only)…')
  const result = spawnSync(process.execPath, [installer], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 600_000,
  })
  return result.status === 0 ? electronBinary() : null
}

const binary = electronBinary() ?? installElectron()
if (!binary) {
  console.error(
    'Briefwright: the Electron binary is not installed on this machine; run `npm run web` to use Briefwright in your browser.',
  )
  process.exit(1)
}

const electronVite = path.join(
  path.dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
)
const built = spawnSync(process.execPath, [electronVite, 'build'], { stdio: 'inherit' })
if (built.status !== 0) process.exit(built.status ?? 1)

const app = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' })
app.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
