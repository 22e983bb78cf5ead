import os from 'node:os'
import path from 'node:path'

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
