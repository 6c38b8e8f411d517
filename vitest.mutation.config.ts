// The tests a mutation run uses (stryker.*.config.json): fast, focused ones that check a mechanism
// by value. Stryker runs the tests that cover a mutant for every mutant, so the long analytic,
// calibration, statistical-comparison and command-line tests stay out (they run in `npm test`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/kernel/**/*.test.ts',
      'tests/model/**/*.test.ts',
      'tests/statistics/**/*.test.ts',
      'tests/experiment/statistics.test.ts',
      'tests/experiment/output.test.ts',
      'tests/experiment/shard.test.ts',
      'tests/experiment/size.test.ts',
      'tests/experiment/warmup.test.ts',
    ],
    exclude: [
      // minutes of M/M/c and Jackson-network simulation: theory checks, not mechanism checks
      'tests/kernel/mmc.test.ts',
      'tests/kernel/little.test.ts',
      // whole-chain statistics over many replications (seconds each, for every mutant they cover)
      'tests/model/calibration.test.ts',
      'tests/model/reforms.test.ts',
      'tests/model/settled.test.ts',
      'tests/model/turnover.test.ts',
      'tests/model/memory.test.ts',
      'tests/model/reproducibility.test.ts',
      'tests/model/areas.test.ts',
      'tests/model/properties.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
