// The tests `npm run mutate:model` uses: the model's mechanism tests that run in milliseconds to a
// second or two. Stryker runs every test that covers a mutant for each mutant, so whole-chain runs
// over many replications (reproducibility, areas, properties, the statistical comparisons and the
// calibration) stay out: they run in `npm test`.
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// Cheapest per test first. Stryker stops a mutant's run at its first failing test, so a mutant a
// one-family test kills should not first wait for a whole-chain test that would also kill it
// (vitest's own order runs the longest file first).
const files = [
  'tests/model/slots.test.ts',
  'tests/model/area.test.ts',
  'tests/model/providers.test.ts',
  'tests/model/plan.test.ts',
  'tests/model/reformModules.test.ts',
  'tests/model/teamRules.test.ts',
  'tests/model/hiring.test.ts',
  'tests/model/guardianTime.test.ts',
  'tests/model/visitsAndCover.test.ts',
  'tests/model/handovers.test.ts',
  'tests/model/familyRecords.test.ts',
  'tests/model/calibrationTargets.test.ts',
  'tests/model/chainBuild.test.ts',
  'tests/model/inputs.test.ts',
  'tests/model/snapshotValues.test.ts',
  'tests/model/review.test.ts',
  'tests/model/eventLog.test.ts',
  'tests/model/journey.test.ts',
  'tests/model/journeyMechanisms.test.ts',
  'tests/model/lazy.test.ts',
  'tests/model/systemFigures.test.ts',
  'tests/model/observer.test.ts',
  'tests/model/team.test.ts',
  'tests/model/replication.test.ts',
  'tests/model/arrivals.test.ts',
  'tests/model/settledRestore.test.ts',
  'tests/model/settledCover.test.ts',
];

const rank = (spec: TestSpecification) => {
  const i = files.findIndex((f) => spec.moduleId.endsWith(f));
  return i < 0 ? files.length : i;
};

class CheapFirst extends BaseSequencer {
  override async sort(specs: TestSpecification[]): Promise<TestSpecification[]> {
    return [...specs].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: files,
    sequence: { sequencer: CheapFirst },
    environment: 'node',
    testTimeout: 60_000,
    // one module graph for all files: each mutant's run then skips re-importing the model per file
    isolate: false,
  },
});
