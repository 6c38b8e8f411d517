// Whether a plausible world looks like today's chain: its baseline's mean over the world's
// replications against each band of the calibration (docs/calibration.md). One rule, used where
// `--like-today` decides whether a world's reforms run at all and where the analysis reports
// how many worlds pass, so the two cannot disagree.

import { meanOfFinite } from '../statistics/index.js';
import type { ScreenTarget } from './uncertaintyPlan.js';

/** Per target: inside its band (true), outside (false), or no value to judge (null). */
export type BandVerdicts = (boolean | null)[];

/**
 * A world's baseline against each band. `valueAt(t, j)` is target t's value in the world's
 * replication j (NaN: none); a target is judged on the mean of the replications that have one.
 */
export function bandVerdicts(
  screen: readonly ScreenTarget[],
  replications: number,
  valueAt: (t: number, j: number) => number,
): BandVerdicts {
  return screen.map((target, t) => {
    const v = meanOfFinite(Array.from({ length: replications }, (_, j) => valueAt(t, j)));
    if (!Number.isFinite(v)) return null;
    return v >= target.band[0] && v <= target.band[1];
  });
}

/** Inside every band it has a value for, and judged on at least one: a world like today's chain. */
export function looksLikeToday(verdicts: BandVerdicts): boolean {
  return verdicts.some((v) => v !== null) && verdicts.every((v) => v !== false);
}
