import { defineConfig } from 'vitest/config'

// End-to-end tests: they use what `npm run build` made (out/, dist/) and build nothing themselves.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/helpers/temp-root.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A journey step that fails is tried once more before it counts: Chromium's timing on a loaded
    // two-core CI machine has failed single steps that pass alone. A real failure fails twice.
    retry: 1,
  },
})
