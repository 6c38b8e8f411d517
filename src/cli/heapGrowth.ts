// How far V8 lets a heap grow between full collections, set for the whole process before the
// program loads (bin/jbsim calls this first). After a full collection V8 lets the old
// generation grow to up to 4× what survived before it collects again; a national run keeps
// ~145 MB of families alive, and on that slack it peaked at 660 MB. At 1.75× it peaks at
// 425–446 MB, in the same time within the noise (docs/performance.md).
//
// Set before the command-line code is imported: set only once the modules were loaded (from
// main()), the same value measured ~25–45 MB more at the peak, and 2× ~20 MB more than 1.75×.
// The flag is process-wide, so it holds in the worker threads too. It also replaces V8's lower
// factors for a heap near its limit (1.1–1.5×); the heap limit itself still holds. Someone who
// sets the flag themselves (node option or NODE_OPTIONS) keeps their value.

import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 75;

/**
 * The young generation's semi-spaces, in MB (V8's default here is 16). A family lives for months,
 * so about half of the young generation survives each scavenge and is copied; twice the room
 * copies it half as often. Measured on the national run (docs/performance.md): ~10% less CPU for
 * ~45 MB more at the peak, still under 500 MB; 64 took it over.
 */
export const SEMI_SPACE_MB = 32;

/**
 * The V8 flags to set: each of the two unless node's command line or NODE_OPTIONS already gives
 * it. V8 reads `_` and `-` in a flag's name alike; other flags that merely share a word
 * (`--semi-space-growth-factor`, `--min-semi-space-size`) do not count as given.
 */
export function heapFlags(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const names = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].map((a) => a.split('=')[0]!.replace(/_/g, '-'));
  const given = (name: string) => names.includes(name);
  const flags: string[] = [];
  if (!given('--heap-growing-percent')) flags.push(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  if (!given('--max-semi-space-size')) flags.push(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  return flags;
}

export function limitHeapGrowth(): void {
  for (const flag of heapFlags(process.execArgv, process.env.NODE_OPTIONS)) v8.setFlagsFromString(flag);
}
