import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The analytic checks simulate a few million customers; generous, but still a bound.
    testTimeout: 60_000,
    // The same bound for the beforeAll hooks that build a report or run replications for a file's
    // tests: vitest's 10 s default failed them on a busy machine, and a timed-out hook's work
    // carries on after the file's cleanup, leaving its temp folder behind.
    hookTimeout: 60_000,
    // The json report lets .ci/run print one plain "N passed, N failed" line at the end.
    reporters: ['default', 'json'],
    outputFile: { json: 'tests/.artifacts/vitest-results.json' },
  },
});
