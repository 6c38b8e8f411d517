// The kernel's public surface: the model and the benchmarks import from here only.
export { Simulation, Event, Process, Interrupt, MAX_PRIORITY, NORMAL, URGENT } from './simulation.js';
export type { Entry, ProcessGenerator, Yieldable } from './simulation.js';
export { Resource, Request, withUnit } from './resource.js';
export type { ResourceOptions, QueueDiscipline } from './resource.js';
export { Counter, Tally, TimeWeighted } from './monitor.js';
export { RandomStreams, Stream } from './random.js';
export * from './distributions.js';
export { cos, decimalExponent, exp, log, pow, powerOfTen, sin } from './math.js';
export { KernelInputError, KernelStateError, requireFinite, requireNonNegative, requirePositive } from './errors.js';
