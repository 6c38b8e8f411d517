// Writes tests/kernel/math-golden.json: the exact bits src/kernel/math.ts gives for inputs that
// reach every branch of exp, log, pow, sin and cos, then inputs at each branch's edges. The point of those functions is that a run
// gives the same bits in every engine and on every version of Node; the test beside the file
// holds them to these bits. Regenerate only after changing the algorithm on purpose (every run's
// results change with it: say so in CHANGELOG.md). Run after `npm run build`.
import { writeFileSync } from 'node:fs';
import { cos, exp, log, pow, sin } from '../dist/src/kernel/math.js';
import { edgeInputs } from './math-edges.mjs';

// a small fixed generator (xorshift), so the inputs are the same wherever this runs
let state = 0x9e3779b9;
const next32 = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return state >>> 0;
};
const unit = () => next32() / 2 ** 32;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const anyDouble = () => {
  u32[0] = next32();
  u32[1] = next32();
  return f64[0];
};
const between = (lo, hi) => () => lo + (hi - lo) * unit();
const hex = (x) => {
  f64[0] = x;
  return u32[1].toString(16).padStart(8, '0') + u32[0].toString(16).padStart(8, '0');
};
const take = (gen, n) => Array.from({ length: n }, gen).filter((x) => !Number.isNaN(x));

const unaryInputs = {
  exp: [anyDouble, between(-1e-8, 1e-8), between(-2, 2), between(700, 712), between(-760, -700), between(-40, 40)],
  log: [
    () => Math.abs(anyDouble()),
    between(1 - 1e-5, 1 + 1e-5),
    between(0.5, 2),
    between(0, 2.2250738585072014e-308),
    between(1e300, 1.7976931348623157e308),
  ],
  sin: [anyDouble, between(-1e-7, 1e-7), between(-4, 4), between(1e5, 1e9), between(1e9, 1e300), between(-1e300, -1e9), between(-100, 100)],
  cos: [anyDouble, between(-1e-7, 1e-7), between(-4, 4), between(1e5, 1e9), between(1e9, 1e300), between(-1e300, -1e9), between(-100, 100)],
};
const fns = { exp, log, sin, cos };
// after the random inputs, the edges of each branch (scripts/math-edges.mjs): appended, so that
// the random inputs above and their order stay as they were
const edges = edgeInputs();
const out = {};
for (const [name, gens] of Object.entries(unaryInputs)) {
  const xs = [...gens.flatMap((g) => take(g, 300)), ...edges[name]];
  out[name] = xs.map((x) => [hex(x), hex(fns[name](x))]);
}
const powPairs = [
  [anyDouble, anyDouble],
  [between(-1e3, 1e3), () => Math.round(between(-1100, 1100)())],
  [between(-10, 10), () => Math.round(between(-1e12, 1e12)()) / 2],
  [between(1 - 1e-6, 1 + 1e-6), between(-1e12, 1e12)],
  [between(0.5, 2), between(-1e20, 1e20)],
  [between(1.5, 3), between(600, 1800)],
  [between(1.5, 3), between(-1800, -600)],
  [between(0, 2.2250738585072014e-308), between(-2, 2)],
  [between(0.001, 1000), between(-5, 5)],
];
out.pow = powPairs.flatMap(([gx, gy]) =>
  Array.from({ length: 300 }, () => [gx(), gy()])
    .filter(([x, y]) => !Number.isNaN(x) && !Number.isNaN(y))
    .map(([x, y]) => [hex(x), hex(y), hex(pow(x, y))]),
);
out.pow.push(...edges.pow.map(([x, y]) => [hex(x), hex(y), hex(pow(x, y))]));
writeFileSync(new URL('../tests/kernel/math-golden.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(
  Object.entries(out)
    .map(([k, v]) => `${k} ${v.length}`)
    .join(', '),
);
