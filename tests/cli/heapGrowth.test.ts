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

  it("keeps the heap's growth given on node's command line or in NODE_OPTIONS", () => {
    expect(heapFlags(['--heap-growing-percent=50'], undefined)).toEqual([SEMI]);
    expect(heapFlags([], '--heap-growing-percent=50')).toEqual([SEMI]);
  });

  it('keeps the semi-spaces given either way, in either spelling', () => {
    expect(heapFlags(['--max-semi-space-size=64'], undefined)).toEqual([GROWTH]);
    expect(heapFlags([], '--trace-gc --semi-space-growth-factor=2')).toEqual([GROWTH]);
  });

  it('sets nothing when both are given', () => {
    expect(heapFlags(['--max-semi-space-size=8'], '--heap-growing-percent=100')).toEqual([]);
  });
});
