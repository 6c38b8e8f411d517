import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The analytic checks simulate a few million customers; generous, but still a bound.
    testTimeout: 60_000,
    // The json report lets .ci/run print one plain "N passed, N failed" line at the end.
    reporters: ['default', 'json'],
    outputFile: { json: 'tests/.artifacts/vitest-results.json' },
  },
});
