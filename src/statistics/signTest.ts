// The sign test: whether k of n signs lean one way more than a fair coin would make them. Used
// where a share of plausible worlds is read as a verdict ("it saves money"): with 13 worlds, 7
// cheaper ones are what a coin gives half the time, 10 are not.

import { normalCdf } from './normal.js';

/**
 * One-sided p-value of k or more heads in n tosses of a fair coin (1 when n is 0): the exact tail,
 * summed term by term (simple-statistics' binomialDistribution stops where the rest is below its
 * epsilon, which is the tail wanted here); beyond 1,000 tosses, where 2^−n underflows, the normal
 * approximation with a continuity correction.
 */
export function signTestP(k: number, n: number): number {
  if (n <= 0 || k <= 0) return 1;
  if (k > n) return 0;
  if (n > 1000) return 1 - normalCdf((k - 0.5 - n / 2) / Math.sqrt(n / 4));
  let term = 2 ** -n; // P(0 heads)
  let tail = 0;
  for (let i = 0; i <= n; i++) {
    if (i >= k) tail += term;
    term = (term * (n - i)) / (i + 1);
  }
  return Math.min(1, tail);
}

/** More than a coin toss: k of n at the one-sided 5% level of the sign test. */
export function clearMajority(k: number, n: number): boolean {
  return signTestP(k, n) <= 0.05;
}
