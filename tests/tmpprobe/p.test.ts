import { test } from 'vitest';
import { runMMc } from '../helpers/models.js';
import { mmc } from '../helpers/queueing.js';
import { tInterval } from '../helpers/stats.js';
const settings = [
  { l: 0.5, m: 1, c: 1, warm: 500, T: 20000, api: 'process' as const, R: 20 },
  { l: 2.4, m: 1, c: 3, warm: 1000, T: 20000, api: 'callback' as const, R: 20 },
  { l: 4.5, m: 1, c: 5, warm: 2000, T: 40000, api: 'callback' as const, R: 20 },
  { l: 0.9, m: 1, c: 1, warm: 5000, T: 200000, api: 'callback' as const, R: 20 },
];
test('probe', () => {
  for (const s of settings) {
    const t0 = performance.now();
    const rs = [];
    for (let r = 0; r < s.R; r++) rs.push(runMMc({ arrivalRate: s.l, serviceRate: s.m, servers: s.c, seed: 7, replication: r, warmupDays: s.warm, horizonDays: s.T, api: s.api }));
    const th = mmc(s.l, s.m, s.c);
    const f = (k: keyof typeof rs[0], v: number) => { const ci = tInterval(rs.map(x => x[k]), 0.999); return `${k}: th=${v.toFixed(4)} ci=${ci.mean.toFixed(4)}±${ci.halfWidth.toFixed(4)} (${(100*ci.halfWidth/v).toFixed(1)}%) z=${((ci.mean-v)/(ci.halfWidth/3.88)).toFixed(2)}`; };
    console.log(s, (performance.now()-t0).toFixed(0)+'ms', rs[0].customers, '\n ', f('meanWait', th.meanWaitInQueue), '\n ', f('fractionWaited', th.probWait), '\n ', f('utilisation', th.utilisation), '\n ', f('meanQueueLength', th.meanQueueLength));
  }
});
