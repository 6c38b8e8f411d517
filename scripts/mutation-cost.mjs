// What a mutation run would cost, without running a mutant: a Stryker reporter that takes the dry
// run's time per test and the plan (which tests cover each mutant), prints the cost by file and the
// tests that cost most over all mutants (time × mutants covered), writes them to
// reports/mutation/cost.json and stops the run. A mutant that survives runs every test covering
// it, so a slow test that covers much of the model is paid for again and again.
// Usage: npx stryker run stryker.model.config.json --plugins @stryker-mutator/vitest-runner,./scripts/mutation-cost.mjs --reporters cost
import { mkdirSync, writeFileSync } from 'node:fs';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';

const OUT = 'reports/mutation/cost.json';

class CostReporter {
  timeOf = new Map();

  onDryRunCompleted({ result }) {
    for (const t of result.tests) this.timeOf.set(t.id, t.timeSpentMs);
  }

  onMutationTestingPlanReady({ mutantPlans }) {
    const files = new Map();
    const tests = new Map();
    for (const p of mutantPlans) {
      const file = p.mutant.fileName.replace(/^.*?(src\/)/, '$1');
      const f = files.get(file) ?? { mutants: 0, run: 0, coveringSeconds: 0, coveringTests: 0 };
      files.set(file, f);
      f.mutants++;
      if (p.plan !== 'Run') continue;
      f.run++;
      // no filter: every test runs for this mutant (static, or no per-test coverage)
      const ids = p.runOptions.testFilter ?? [...this.timeOf.keys()];
      f.coveringTests += ids.length;
      for (const id of ids) {
        const ms = this.timeOf.get(id) ?? 0;
        f.coveringSeconds += ms / 1000;
        const t = tests.get(id) ?? { mutants: 0, ms };
        tests.set(id, t);
        t.mutants++;
      }
    }
    const byFile = [...files].map(([file, f]) => ({ file, ...f })).sort((a, b) => b.coveringSeconds - a.coveringSeconds);
    const byTest = [...tests]
      .map(([test, t]) => ({ test, ...t, seconds: (t.mutants * t.ms) / 1000 }))
      .sort((a, b) => b.seconds - a.seconds);
    const total = byFile.reduce((a, f) => a + f.coveringSeconds, 0);
    const out = [`Covering tests' dry-run time summed over mutants (what the survivors cost): ${total.toFixed(0)} s`, '', 'by file:'];
    for (const f of byFile)
      out.push(
        `  ${f.file.padEnd(40)} ${String(f.mutants).padStart(5)} mutants, ${String(f.run).padStart(5)} to run, ${f.coveringSeconds.toFixed(0).padStart(6)} s, ${(f.coveringTests / Math.max(1, f.run)).toFixed(0)} tests each`,
      );
    out.push('', 'tests by time × mutants covered:');
    for (const t of byTest.slice(0, 25))
      out.push(
        `  ${t.seconds.toFixed(0).padStart(6)} s  ${String(Math.round(t.ms)).padStart(5)} ms × ${String(t.mutants).padStart(5)}  ${t.test}`,
      );
    process.stdout.write(`${out.join('\n')}\n`);
    mkdirSync('reports/mutation', { recursive: true });
    writeFileSync(OUT, JSON.stringify({ totalSeconds: total, byFile, byTest }, null, 1));
    // the plan is all this reporter wants: no mutant is run
    process.exit(0);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'cost', CostReporter)];
