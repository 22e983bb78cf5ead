import os from 'node:os'
import path from 'node:path'
import { sweepStaleTempFiles } from './atomic'

/**
 * The app's data folder (user templates, settings, recovery copies), the same one the desktop app
 * uses as Electron's userData, so the CLI and the app see the same templates.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = os.homedir()
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Briefwright')
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Briefwright')
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Briefwright')
}

/**
 * Removes temp files that saves killed before their rename left in the data folder (settings, recent
 * list, saved templates, recovery copies). Run at start, before anything writes there.
 */
export async function sweepDataDir(dataDir: string): Promise<string[]> {
  const folders: [string, string[]][] = [
    [dataDir, ['.json']],
    [path.join(dataDir, 'templates'), ['.brieftemplate']],
    [path.join(dataDir, 'recovery'), ['.brief']],
  ]
  const removed = await Promise.all(
    folders.map(([dir, extensions]) => sweepStaleTempFiles(dir, { extensions })),
  )
  return removed.flat()
}
