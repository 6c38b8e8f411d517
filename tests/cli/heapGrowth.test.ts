// bin/jbsim sets two V8 flags before the program loads (src/cli/heapGrowth.ts); someone who gives
// either on node's command line or in NODE_OPTIONS keeps their own value.

import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapFlags, SEMI_SPACE_MB } from '../../src/cli/heapGrowth.js';

const GROWTH = `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
const SEMI = `--max-semi-space-size=${SEMI_SPACE_MB}`;

describe('heapFlags', () => {
  it('sets both when neither is given', () => {
    expect(heapFlags([], undefined)).toEqual([GROWTH, SEMI]);
    expect(heapFlags(['--enable-source-maps'], '--max-old-space-size=4096')).toEqual([GROWTH, SEMI]);
  });

  it("keeps the heap's growth given on node's command line, in either spelling", () => {
    // V8 reads --heap_growing_percent as --heap-growing-percent (node refuses it in NODE_OPTIONS)
    expect(heapFlags(['--heap-growing-percent=50'], undefined)).toEqual([SEMI]);
    expect(heapFlags(['--heap_growing_percent=50'], undefined)).toEqual([SEMI]);
  });

  it('keeps the semi-spaces given on the command line or in NODE_OPTIONS, in either spelling', () => {
    expect(heapFlags(['--max-semi-space-size=64'], undefined)).toEqual([GROWTH]);
    expect(heapFlags(['--max_semi_space_size=64'], undefined)).toEqual([GROWTH]);
    expect(heapFlags([], '--trace-gc  --max-semi-space-size=8')).toEqual([GROWTH]);
  });

  it('does not take flags that only share a word for the two', () => {
    expect(heapFlags(['--semi-space-growth-factor=2', '--min-semi-space-size=1'], '--max-old-space-size=4096')).toEqual([GROWTH, SEMI]);
    expect(heapFlags(['--heap-growing-percent-x=1'], undefined)).toEqual([GROWTH, SEMI]);
  });

  it('sets nothing when both are given', () => {
    expect(heapFlags(['--heap-growing-percent=100'], '--max-semi-space-size=8')).toEqual([]);
  });
});
