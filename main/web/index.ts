import { parseArgs } from 'node:util'
import { runWebCommand } from './cli-command'

// The web host as a program of its own: `briefwright web` starts it as a child process (hosts do not
// import each other), with the port, the data folder and the built renderer it has already checked.
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    'renderer-dir': { type: 'string' },
  },
  strict: true,
})

const dataDir = values['data-dir']
if (dataDir === undefined) {
  process.stderr.write('briefwright web host: error: --data-dir is required\n')
  process.exit(2)
}

// Started by `briefwright web`: stop with it, even when it was killed without a chance to say so.
if (process.connected) process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'))

runWebCommand({ port: Number(values.port), dataDir, rendererDir: values['renderer-dir'] }).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`briefwright: error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
