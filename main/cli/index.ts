#!/usr/bin/env node
import { main, outputUsed } from './main'

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
  // With nothing left to write, exit at once: a natural exit first tears down the heap and the
  // platform's threads (about 2 ms after a draft). Otherwise Node exits once the output is written.
  // A run that never used a standard stream has nothing pending, and does not create them to ask.
  const pending =
    outputUsed() &&
    [process.stdout, process.stderr].some((stream) => stream.writableLength > 0 || stream.writableNeedDrain)
  if (!pending) process.exit(code)
})
