// Named random streams. Each source of randomness (arrivals in Ede, RvdK investigation
// durations, guardian departures, ...) draws from its own stream, seeded from
// (master seed, replication, stream name). Two scenarios therefore draw the same numbers
// wherever their structure agrees: common random numbers by construction, as in JaamSim.

import seedrandom from 'seedrandom';
import { KernelInputError } from './errors.js';

/** A stream of uniform numbers in [0, 1). */
export class Stream {
  readonly name: string;
  private readonly prng: () => number;
  constructor(name: string, seed: string) {
    this.name = name;
    // Alea: fast, passes BigCrush, and seeds from a string.
    this.prng = seedrandom.alea(seed);
  }
  /** Uniform on [0, 1). */
  next(): number {
    return this.prng();
  }
  /** Uniform on (0, 1): safe under a logarithm. */
  nextOpen(): number {
    let u = this.prng();
    while (u === 0) u = this.prng();
    return u;
  }
}

export class RandomStreams {
  readonly masterSeed: number;
  readonly replication: number;
  private readonly streams = new Map<string, Stream>();

  constructor(masterSeed: number, replication: number) {
    if (!Number.isSafeInteger(masterSeed)) throw new KernelInputError('seed', masterSeed, 'a whole number');
    if (!Number.isSafeInteger(replication) || replication < 0) {
      throw new KernelInputError('replication', replication, 'a whole number ≥ 0');
    }
    this.masterSeed = masterSeed;
    this.replication = replication;
  }

  /** The stream called `name`; the same name always gives the same sequence for this seed and replication. */
  stream(name: string): Stream {
    let s = this.streams.get(name);
    if (s === undefined) {
      s = new Stream(name, `jbsim/${this.masterSeed}/${this.replication}/${name}`);
      this.streams.set(name, s);
    }
    return s;
  }
}
