// Errors raised by the kernel when a caller passes something the simulation cannot use, or asks
// for something the simulation's state does not allow. They are thrown at the call, so a mistake
// is reported where it was made and never flows on into the clock as NaN or into a model as
// `undefined`.

/** A bad argument to the kernel: a negative delay, a NaN time, an invalid distribution parameter. */
export class KernelInputError extends Error {
  readonly parameter: string;
  readonly value: unknown;
  constructor(parameter: string, value: unknown, expected: string) {
    super(`${parameter} = ${formatValue(value)}: expected ${expected}`);
    this.name = 'KernelInputError';
    this.parameter = parameter;
    this.value = value;
  }
}

/**
 * A call the simulation's state does not allow: an event triggered twice, the value of an event
 * that has not happened, a process interrupting itself or one that has ended, a release without a
 * unit in use, a run asked to reach an event that can no longer happen.
 */
export class KernelStateError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KernelStateError';
  }
}

function formatValue(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Throws unless `value` is a finite number (not NaN, not ±Infinity). */
export function requireFinite(parameter: string, value: number): void {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: Number.isFinite is false for every non-number, so the type test only states the intent
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new KernelInputError(parameter, value, 'a finite number');
  }
}

/** Throws unless `value` is a finite number ≥ 0. */
export function requireNonNegative(parameter: string, value: number): void {
  if (typeof value !== 'number' || !(value >= 0) || value === Infinity) {
    throw new KernelInputError(parameter, value, 'a finite number ≥ 0');
  }
}

/** Throws unless `value` is a finite number > 0. */
export function requirePositive(parameter: string, value: number): void {
  if (typeof value !== 'number' || !(value > 0) || value === Infinity) {
    throw new KernelInputError(parameter, value, 'a finite number > 0');
  }
}
