// A value a test needs in order to go on: there, or the test fails at this point and says what
// was missing (rather than with a TypeError a few lines further on).

export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}
