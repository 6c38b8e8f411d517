// The yearly review of an OTS (journey.ts, extensionProbability): an extension is more likely when
// the family had less contact in the period than the norm, less likely with more, and days
// without a guardian count as days without contact. The review stream is replaced by one that
// answers just below or just above the probability the test works out by hand from the visits
// the family had, so the probability the model uses is checked by value.

import { describe, expect, it } from 'vitest';
import type { Stream } from '../../src/kernel/index.js';
import { extensionProbability } from '../../src/model/journey.js';
import { pathScenario, runUntil, startOneFamily, type OneFamily, type Plain } from './helpers.js';

const P0 = 0.4;
const MAX = 0.95;
const NORM = 28;
const REVIEW: Plain = {
  gi: { otsExtensionProbability: P0, maxExtensionProbability: MAX, extensionContactElasticity: 0.5 },
  guardians: { normVisitIntervalDays: NORM },
};

interface Review {
  at: number;
  visits: number;
  /** The probability worked out here: p0 × (period ÷ visits ÷ norm)^elasticity, capped. */
  p: number;
}

/** Replaces the review's random numbers: `answer(p)` is the uniform drawn at a review with probability p. */
function steerReviews(run: OneFamily, elasticity: number, answer: (p: number, k: number) => number): Review[] {
  const seen: Review[] = [];
  const { chain, family } = run;
  (chain.s as unknown as { review: Pick<Stream, 'next'> }).review = {
    next: () => {
      const m = family.measure!;
      const period = chain.sim.now - m.periodStart;
      const p = Math.min(MAX, P0 * (period / Math.max(1, m.visitsThisPeriod) / NORM) ** elasticity);
      seen.push({ at: chain.sim.now, visits: m.visitsThisPeriod, p });
      return answer(p, seen.length - 1);
    },
  };
  return seen;
}

/** The path family's first OTS (ruled day 91, review day 456), reviewed once with the uniform just below or above p. */
function firstReview(below: boolean, ...over: Plain[]): { review: Review; measureDays: number; run: OneFamily } {
  const run = startOneFamily(pathScenario(REVIEW, ...over));
  const reviews = steerReviews(run, 0.5, (p, k) => (k > 0 ? 1 : below ? p * (1 - 1e-9) : p * (1 + 1e-9)));
  runUntil(run.chain, () => run.family.measureDays > 0);
  return { review: reviews[0]!, measureDays: run.family.measureDays, run };
}

describe('the extension probability', () => {
  it('is drawn against the probability from the contact the family had: extended just below it, not just above it', () => {
    const yes = firstReview(true);
    const no = firstReview(false);
    expect(yes.measureDays).toBe(730);
    expect(no.measureDays).toBe(365);
    expect(yes.review.at).toBe(456);
  });

  it('more contact than the norm makes an extension less likely', () => {
    // one family: a visit every 7 days (the shortest interval) from day 96: 52 visits before day 456
    const { review } = firstReview(true);
    expect(review.visits).toBe(52);
    expect(review.p).toBeCloseTo(P0 * Math.sqrt(365 / 52 / NORM), 12);
    expect(review.p).toBeLessThan(P0);
  });

  it('less contact than the norm makes it more likely', () => {
    // a visit every 60 days from day 96: 96, 156, …, 396: 6 visits
    const { review } = firstReview(true, { guardians: { shortestVisitIntervalDays: 60 } });
    expect(review.visits).toBe(6);
    expect(review.p).toBeCloseTo(P0 * Math.sqrt(365 / 6 / NORM), 12);
    expect(review.p).toBeGreaterThan(P0);
  });

  it('contact at the norm leaves it as it is, and it never exceeds its cap', () => {
    const atNorm = firstReview(true, { guardians: { shortestVisitIntervalDays: 365 / 13, normVisitIntervalDays: 365 / 13 } });
    expect(atNorm.review.visits).toBe(13);
    const run = startOneFamily(
      pathScenario(REVIEW, { guardians: { shortestVisitIntervalDays: 365 / 13, normVisitIntervalDays: 365 / 13 } }),
    );
    runUntil(run.chain, () => run.chain.sim.now >= 455);
    run.chain.sim.run(456);
    expect(extensionProbability(run.chain, run.family, run.family.measure!)).toBeCloseTo(P0, 9);
    // elasticity 3 and no visits at all: far above the cap
    const capped = startOneFamily(pathScenario(REVIEW, { gi: { extensionContactElasticity: 3 } }));
    runUntil(capped.chain, () => capped.family.measure !== null);
    capped.family.nextVisitAt = Infinity;
    capped.chain.sim.run(400);
    expect(extensionProbability(capped.chain, capped.family, capped.family.measure!)).toBe(MAX);
  });

  it('days without a guardian count as days without contact', () => {
    // the only guardian is ill from day 80 to 280 with nobody to cover: the family, ruled at 91,
    // gets its guardian at 280, a first visit at 285, then one every 7 days: 25 visits before 456
    const ill: Plain = { guardians: { sickDays: { kind: 'deterministic', value: 200 }, replacementPoolShare: 0 } };
    const run = startOneFamily(pathScenario(REVIEW, ill));
    const reviews = steerReviews(run, 0.5, () => 1);
    run.chain.sim.run(80);
    const pos = run.chain.institutions[0]!.positions[0]!;
    pos.team.fallIll(pos);
    runUntil(run.chain, () => run.family.measureDays > 0);
    expect(run.waits().GI).toEqual([280 - 91]);
    expect(reviews[0]!.visits).toBe(25);
    // the whole period counts, from the ruling: 365 days over 25 visits
    expect(reviews[0]!.p).toBeCloseTo(P0 * Math.sqrt(365 / 25 / NORM), 12);
    expect(reviews[0]!.p).toBeGreaterThan(firstReview(true).review.p);
  });

  it('an extended period is reviewed on the contact of that period alone', () => {
    const run = startOneFamily(pathScenario(REVIEW, { guardians: { shortestVisitIntervalDays: 60 } }));
    const reviews = steerReviews(run, 0.5, (_p, k) => (k === 0 ? 0 : 1));
    runUntil(run.chain, () => run.family.measureDays > 0);
    expect(reviews.map((r) => r.at)).toEqual([456, 821]);
    // second period 456 … 821: the visits go on every 60 days from 456: 456, 516, …, 816: 7 visits
    expect(reviews[1]!.visits).toBe(7);
    expect(run.family.contacts).toBe(6 + 7);
  });

  it('with elasticity 0 contact does not matter', () => {
    const run = startOneFamily(
      pathScenario(REVIEW, { gi: { extensionContactElasticity: 0 }, guardians: { shortestVisitIntervalDays: 60 } }),
    );
    runUntil(run.chain, () => run.family.measure !== null);
    run.chain.sim.run(456);
    expect(extensionProbability(run.chain, run.family, run.family.measure!)).toBe(P0);
  });
});
