import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The analytic checks simulate a few million customers; generous, but still a bound.
    testTimeout: 60_000,
  },
});
