// The contract between bench/run.ts and the benchmark modules it runs. A module returns rows
// for the --json output plus the text it wants printed; run.ts only collects and writes them.

/** One line of the --json output. `name` is the benchmark, `engine` what ran it. */
export interface BenchRow {
  name: string;
  engine: string;
  [metric: string]: string | number;
}

export interface BenchOptions {
  /** Timed repetitions per engine; modules report the fastest. */
  reps: number;
}

export interface BenchOutcome {
  rows: BenchRow[];
  /** Printed as is: the module's table and notes. */
  report: string;
  /** Targets the module checks; null when it has none or could not check them. */
  targetsMet: boolean | null;
  /** A hard failure (engines disagree, an engine crashed): makes the run exit non-zero. */
  failed: boolean;
}

export interface Benchmark {
  name: string;
  description: string;
  run(options: BenchOptions): Promise<BenchOutcome>;
}
