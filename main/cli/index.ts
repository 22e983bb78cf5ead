#!/usr/bin/env node
import { main } from './main'

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
  // With nothing left to write, exit at once: a natural exit first tears down the heap and the
  // platform's threads (about 2 ms after a draft). Otherwise Node exits once the output is written.
  const pending = [process.stdout, process.stderr].some(
    (stream) => stream.writableLength > 0 || stream.writableNeedDrain,
  )
  if (!pending) process.exit(code)
})
