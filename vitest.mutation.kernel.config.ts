// The tests `npm run mutate:kernel` uses: the kernel's own tests, which check each mechanism by
// value in milliseconds. The two analytic checks (M/M/c against Erlang C, Little's law on a Jackson
// network) run minutes of simulation for every mutant they cover, so they stay out: they run in
// `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/kernel/**/*.test.ts'],
    exclude: ['tests/kernel/mmc.test.ts', 'tests/kernel/little.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // one module graph for all files: each mutant's run then skips re-importing the kernel per file
    isolate: false,
  },
});
