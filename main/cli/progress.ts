/** A one-line progress bar on a terminal; silent when the stream is not a TTY (pipes, CI, scripts). */
export function createProgress(total: number, stream: NodeJS.WriteStream) {
  const active = total > 1 && stream.isTTY === true
  let done = 0
  const clear = () => {
    if (active) stream.write('\r\x1b[2K')
  }
  const draw = (label: string) => {
    if (!active) return
    const width = 24
    const filled = Math.round((done / total) * width)
    const name = label.length > 40 ? `…${label.slice(-39)}` : label
    stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}`)
  }
  return {
    tick(label: string) {
      done += 1
      draw(label)
    },
    /** Prints a line above the bar. */
    interrupt(line: string) {
      clear()
      stream.write(`${line}\n`)
    },
    done() {
      if (active) stream.write('\n')
    },
  }
}
