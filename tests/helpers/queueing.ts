// Closed forms for the analytic checks: Erlang C for M/M/c and the per-station sums of an
// open Jackson network. Written from the textbook formulas, independent of the kernel.

export interface MMcTheory {
  /** Offered load a = λ/μ (Erlangs). */
  offeredLoad: number;
  /** Server utilisation ρ = λ/(cμ). */
  utilisation: number;
  /** Erlang C: the probability that an arrival waits. */
  probWait: number;
  /** Mean wait in queue. */
  meanWaitInQueue: number;
  /** Mean number waiting. */
  meanQueueLength: number;
  /** Mean time in system (wait + service). */
  meanSojourn: number;
  /** Mean number in system. */
  meanInSystem: number;
}

/** Erlang B by the stable recursion B(k) = a·B(k−1) / (k + a·B(k−1)). */
export function erlangB(servers: number, offeredLoad: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return b;
}

export function erlangC(servers: number, offeredLoad: number): number {
  const rho = offeredLoad / servers;
  if (!(rho < 1)) throw new Error(`unstable queue: ρ = ${rho}`);
  const b = erlangB(servers, offeredLoad);
  return b / (1 - rho * (1 - b));
}

export function mmc(arrivalRate: number, serviceRate: number, servers: number): MMcTheory {
  const a = arrivalRate / serviceRate;
  const probWait = erlangC(servers, a);
  const meanWaitInQueue = probWait / (servers * serviceRate - arrivalRate);
  const meanSojourn = meanWaitInQueue + 1 / serviceRate;
  return {
    offeredLoad: a,
    utilisation: a / servers,
    probWait,
    meanWaitInQueue,
    meanQueueLength: arrivalRate * meanWaitInQueue,
    meanSojourn,
    meanInSystem: arrivalRate * meanSojourn,
  };
}
