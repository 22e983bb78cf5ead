// Prints "N passed, N failed" from the vitest JSON reports in test-output/. A file that failed to
// load counts as one failure, and so does a stage that failed before any test ran (type-check, lint),
// so a red run never reads as green.
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const status = Number(process.argv[2] ?? 0)
let passed = 0
let failed = 0
if (existsSync('test-output')) {
  for (const name of readdirSync('test-output').filter((file) => file.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(`test-output/${name}`, 'utf8'))
    passed += report.numPassedTests ?? 0
    failed += report.numFailedTests ?? 0
    for (const file of report.testResults ?? []) {
      const failedInside = (file.assertionResults ?? []).some((test) => test.status === 'failed')
      if (file.status === 'failed' && !failedInside) failed += 1
    }
  }
}
if (status !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)
