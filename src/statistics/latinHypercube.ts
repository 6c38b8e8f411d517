// Latin hypercube sampling: n samples of p parameters such that, for every parameter, each of
// the n equal-probability strata of its distribution holds exactly one sample. The strata are
// paired across parameters at random (independent permutations), so the design covers every
// range evenly with far fewer samples than a plain random sample (McKay, Beckman & Conover 1979).

import type { Marginal } from './marginals.js';

/** Uniform numbers in [0, 1): a named random stream. */
export interface UniformSource {
  next(): number;
}

/**
 * samples[k][j]: sample k's value of parameter j. For each parameter in turn the stream gives
 * a permutation of the strata, then one position inside each stratum, so the design depends on
 * the stream, n and the parameters' order only.
 */
export function latinHypercube(n: number, marginals: readonly Marginal[], stream: UniformSource): number[][] {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`a Latin hypercube needs at least one sample, got ${n}`);
  const samples = Array.from({ length: n }, () => new Array<number>(marginals.length));
  marginals.forEach((marginal, j) => {
    const strata = Array.from({ length: n }, (_, k) => k);
    // Fisher–Yates (k and m are below n)
    for (let k = n - 1; k > 0; k--) {
      const m = Math.floor(stream.next() * (k + 1));
      [strata[k], strata[m]] = [strata[m]!, strata[k]!];
    }
    for (const [k, stratum] of strata.entries()) {
      let u = (stratum + stream.next()) / n;
      // a quantile at exactly 0 is −∞ for unbounded distributions: stay inside the stratum
      if (u <= 0) u = Number.MIN_VALUE;
      samples[k]![j] = marginal.quantile(u);
    }
  });
  return samples;
}
