// Lists whose shape the types carry, so an index read needs no check where it cannot miss: a list
// that is never empty (the scenarios of an experiment, the shards of a merge), and two lists of one
// entry per scenario read side by side.

/** A list with at least one entry: its first is there by type. */
export type NonEmpty<T> = readonly [T, ...T[]];

export function isNonEmpty<T>(xs: readonly T[]): xs is NonEmpty<T> {
  return xs.length > 0;
}

/** `xs.map(f)`, still known to be non-empty. */
export function mapNonEmpty<T, U>(xs: NonEmpty<T>, f: (x: T, i: number) => U): NonEmpty<U> {
  const [first, ...rest] = xs;
  return [f(first, 0), ...rest.map((x, i) => f(x, i + 1))];
}

/** The entries of two lists side by side. They must be as long as each other: anything else is a bug, and throws. */
export function zip<A, B>(as: NonEmpty<A>, bs: readonly B[]): NonEmpty<[A, B]>;
export function zip<A, B>(as: readonly A[], bs: readonly B[]): readonly [A, B][];
export function zip<A, B>(as: readonly A[], bs: readonly B[]): readonly [A, B][] {
  if (as.length !== bs.length) throw new RangeError(`lists read side by side differ in length (${as.length} and ${bs.length})`);
  return as.map((a, i) => [a, bs[i] as B]);
}

/**
 * Removes the entry at `i`, keeping the order of the rest: `xs.splice(i, 1)` without the array of
 * removed entries that splice makes on every call (a national run removes millions of cases from
 * caseloads and waiting lists).
 */
export function removeAt<T>(xs: T[], i: number): void {
  const last = xs.length - 1;
  for (let k = i; k < last; k++) xs[k] = xs[k + 1] as T;
  xs.pop();
}
