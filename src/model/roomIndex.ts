// The room of every position in a max segment tree, for finding the one with most room fast.

/**
 * The room of each unit (a position) in a max segment tree: the largest room, and the first unit that has it,
 * in constant time; a change in log time. A national GI has ~1,300 positions, and scanning them
 * all at every new case and every freed place was a visible share of a national run.
 */
export class RoomIndex {
  private readonly size: number;
  /** tree[1] is the root; the leaves are tree[size + unit]. Empty leaves hold -Infinity. */
  private readonly tree: Float64Array;

  constructor(readonly units: number) {
    let size = 1;
    while (size < units) size *= 2;
    this.size = size;
    this.tree = new Float64Array(2 * size).fill(-Infinity);
  }

  set(unit: number, room: number): void {
    const tree = this.tree;
    let i = this.size + unit;
    tree[i] = room;
    for (i >>= 1; i >= 1; i >>= 1) tree[i] = Math.max(tree[2 * i]!, tree[2 * i + 1]!); // i < size: both children are in the tree
  }

  /** The largest room (-Infinity with no units). */
  max(): number {
    return this.tree[1]!;
  }

  /** The first unit whose room is the largest. */
  first(): number {
    const tree = this.tree;
    const best = tree[1];
    let i = 1;
    while (i < this.size) i = tree[2 * i] === best ? 2 * i : 2 * i + 1;
    return i - this.size;
  }
}
