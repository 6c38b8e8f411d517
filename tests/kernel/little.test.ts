// Little's law L = λW on a small open network with routing and feedback, written with the
// process API: the time-average number in system (a TimeWeighted level) against the arrival
// rate times the mean sojourn (clock differences per customer). Both are also held against
// the Jackson-network closed form, so a clock that ran consistently wrong would still fail.

import { beforeAll, describe, expect, it } from 'vitest';
import { Bernoulli, Exponential, RandomStreams, Resource, Simulation, Tally, TimeWeighted } from '../../src/kernel/index.js';
import { mmc } from '../helpers/queueing.js';
import { tInterval } from '../helpers/stats.js';

const CONFIDENCE = 0.999;

// External arrivals at rate 1 → intake (1 server, μ = 2) → half go on to the team
// (2 servers, μ = 0.6) → a quarter of those come back to intake.
const ARRIVAL_RATE = 1;
const INTAKE_RATE = 2;
const TEAM_RATE = 0.6;
const TO_TEAM = 0.5;
const BACK_TO_INTAKE = 0.25;
const WARMUP_DAYS = 500;
const HORIZON_DAYS = 12_000;
const REPLICATIONS = 25;

// Traffic equations: λ_intake = λ + 0.25 λ_team, λ_team = 0.5 λ_intake.
const intakeFlow = ARRIVAL_RATE / (1 - TO_TEAM * BACK_TO_INTAKE);
const teamFlow = TO_TEAM * intakeFlow;
const theoryL = mmc(intakeFlow, INTAKE_RATE, 1).meanInSystem + mmc(teamFlow, TEAM_RATE, 2).meanInSystem;
const theoryW = theoryL / ARRIVAL_RATE;

interface Replication {
  /** Time-average number in system over the window. */
  L: number;
  /** Arrivals in the window per day. */
  lambda: number;
  /** Mean sojourn of the customers who arrived in the window. */
  W: number;
  intakeUtilisation: number;
}

function runNetwork(replication: number): Replication {
  const sim = new Simulation();
  const streams = new RandomStreams(77, replication);
  const arrivalStream = streams.stream('arrivals');
  const intakeStream = streams.stream('intake');
  const teamStream = streams.stream('team');
  const routing = streams.stream('routing');
  const interarrival = new Exponential(1 / ARRIVAL_RATE);
  const intakeTime = new Exponential(1 / INTAKE_RATE);
  const teamTime = new Exponential(1 / TEAM_RATE);
  const toTeam = new Bernoulli(TO_TEAM);
  const backToIntake = new Bernoulli(BACK_TO_INTAKE);
  const intake = new Resource(sim, { capacity: 1 });
  const team = new Resource(sim, { capacity: 2 });
  const inSystem = new TimeWeighted(sim, 0);
  const sojourn = new Tally();
  let L = NaN;
  let intakeUtilisation = NaN;
  let outstanding = 0; // window customers still inside
  let windowClosed = false;

  function* family(): Generator<any, void, any> {
    const arrivedAt = sim.now;
    const counted = arrivedAt >= WARMUP_DAYS && arrivedAt < HORIZON_DAYS;
    if (counted) outstanding++;
    inSystem.add(1);
    let atIntake = true;
    for (;;) {
      const station = atIntake ? intake : team;
      const req = station.request();
      yield req;
      yield atIntake ? intakeTime.sample(intakeStream) : teamTime.sample(teamStream);
      station.release(req);
      if (atIntake) {
        if (toTeam.sample(routing) === 1) atIntake = false;
        else break;
      } else if (backToIntake.sample(routing) === 1) atIntake = true;
      else break;
    }
    inSystem.add(-1);
    if (counted) {
      sojourn.add(sim.now - arrivedAt);
      // arrivals go on past the horizon so the last customers see a system in steady state
      if (--outstanding === 0 && windowClosed) sim.stop();
    }
  }

  const arrive = (): void => {
    sim.process(family());
    sim.schedule(interarrival.sample(arrivalStream), arrive);
  };
  sim.schedule(interarrival.sample(arrivalStream), arrive);
  sim.scheduleAt(WARMUP_DAYS, () => {
    inSystem.reset();
    intake.busy.reset();
  });
  sim.scheduleAt(HORIZON_DAYS, () => {
    L = inSystem.mean();
    intakeUtilisation = intake.busy.mean();
    windowClosed = true;
    if (outstanding === 0) sim.stop();
  });
  sim.run();
  expect(windowClosed && outstanding === 0, 'every window customer left').toBe(true);
  return { L, lambda: sojourn.n / (HORIZON_DAYS - WARMUP_DAYS), W: sojourn.mean, intakeUtilisation };
}

describe("Little's law on a network with routing and feedback", () => {
  let runs: Replication[] = [];
  beforeAll(() => {
    runs = Array.from({ length: REPLICATIONS }, (_, r) => runNetwork(r));
  });

  it('time-average number in system equals arrival rate × mean sojourn', () => {
    // Per replication the difference is only the edge terms (the rest of the stays of those
    // present at the warm-up, minus the overhang past the horizon); in steady state they
    // have the same distribution, so the mean difference is 0.
    const diff = tInterval(
      runs.map((r) => r.L - r.lambda * r.W),
      CONFIDENCE,
    );
    expect(diff.lo <= 0 && 0 <= diff.hi, `L − λW: CI [${diff.lo}, ${diff.hi}]`).toBe(true);
    expect(diff.halfWidth).toBeLessThan(0.01 * theoryL);
  });

  it('L and W agree with the Jackson network', () => {
    const L = tInterval(
      runs.map((r) => r.L),
      CONFIDENCE,
    );
    const W = tInterval(
      runs.map((r) => r.W),
      CONFIDENCE,
    );
    const lambda = tInterval(
      runs.map((r) => r.lambda),
      CONFIDENCE,
    );
    const rho = tInterval(
      runs.map((r) => r.intakeUtilisation),
      CONFIDENCE,
    );
    expect(L.lo <= theoryL && theoryL <= L.hi, `L: theory ${theoryL}, CI [${L.lo}, ${L.hi}]`).toBe(true);
    expect(W.lo <= theoryW && theoryW <= W.hi, `W: theory ${theoryW}, CI [${W.lo}, ${W.hi}]`).toBe(true);
    expect(lambda.lo <= ARRIVAL_RATE && ARRIVAL_RATE <= lambda.hi, `λ: CI [${lambda.lo}, ${lambda.hi}]`).toBe(true);
    const rhoIntake = intakeFlow / INTAKE_RATE;
    expect(rho.lo <= rhoIntake && rhoIntake <= rho.hi, `intake ρ: theory ${rhoIntake}, CI [${rho.lo}, ${rho.hi}]`).toBe(true);
    expect(L.halfWidth).toBeLessThan(0.05 * theoryL);
  });
});
