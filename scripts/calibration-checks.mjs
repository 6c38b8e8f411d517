// Regenerates the figures of docs/calibration.md that come from runs: for every bundled scenario,
// the settled start against a 20-year warm-up from an empty chain on the headline metrics; the
// first against the last fifth of the observed window (the `settled` check of summary.json); the
// ruling-to-first-visit time beside the inspectorate's figure; and `jbsim calibrate` of the
// baseline as it stands.
//
// Usage: node scripts/calibration-checks.mjs [--replications 30] [--results DIR] [--render-only]
// --results keeps the runs (default: reports/calibration-checks); --render-only writes the page
// from them. A full run is two comparisons of the ten bundled scenarios: ~20 minutes on one core.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  bundledScenarios,
  fail,
  jbsim,
  markdownTable,
  metricOf as metric,
  metrics,
  num,
  readJson,
  replaceBlocks,
  ROOT,
  today,
  withInterval,
} from './lib/generatedDocs.mjs';

const FOLDER = 'scenarios/foodvalley';
const PAGE = 'docs/calibration.md';
const WARMUP_YEARS = 20;

/** The headline metrics compared between the two starts. */
const METRICS = metrics([
  'childrenUnderMeasure',
  'childrenWithoutGuardian',
  'coldHandoversPerFamily',
  'professionalsPerFamily',
  'timeFromRulingToGuardianDays',
  'waitDays.RvdK',
  'waitDays.GI',
  'visitIntervalDays',
  'costPerYearEuro',
]);

const { values: opts } = parseArgs({
  options: {
    replications: { type: 'string', short: 'r', default: '30' },
    results: { type: 'string', default: 'reports/calibration-checks' },
    'render-only': { type: 'boolean', default: false },
  },
});
const replications = Number(opts.replications);
if (!Number.isInteger(replications) || replications < 2)
  fail(`--replications: expected a whole number of at least 2, got ${opts.replications}`);

const dir = (...parts) => path.resolve(ROOT, opts.results, ...parts);
const common = ['-r', String(replications), '--workers', '1', '--no-report', '--quiet', '--force'];
const COMMANDS = {
  settled: ['compare', FOLDER, ...common, '--out', `${opts.results}/settled`],
  empty: [
    'compare',
    FOLDER,
    ...common,
    '--set',
    'simulation.start=empty',
    '--set',
    `simulation.warmupYears=${WARMUP_YEARS}`,
    '--out',
    `${opts.results}/empty-${WARMUP_YEARS}`,
  ],
  calibrate: ['calibrate', `${FOLDER}/baseline.yaml`, '--workers', '1', '--quiet'],
  // the same check on fewer replications, as a quick run would give it
  calibrate10: ['calibrate', `${FOLDER}/baseline.yaml`, '-r', '10', '--workers', '1', '--json', '--quiet'],
  warmup: ['warmup', `${FOLDER}/baseline.yaml`, ...common, '--out', `${opts.results}/warmup`],
};
const shown = (args) => `npx jbsim ${args.join(' ')}`;

if (!opts['render-only']) {
  jbsim(COMMANDS.settled);
  jbsim(COMMANDS.empty);
  jbsim(COMMANDS.warmup);
  // as a user runs it (its defaults: 10 replications, seed 20191), kept as printed
  const text = jbsim(COMMANDS.calibrate);
  writeFileSync(dir('calibrate.txt'), text);
  writeFileSync(dir('calibrate10.json'), jbsim(COMMANDS.calibrate10));
}

const names = bundledScenarios(FOLDER).map((f) => f.replace(/\.ya?ml$/, ''));
const summary = (start, name) => readJson(dir(start === 'settled' ? 'settled' : `empty-${WARMUP_YEARS}`, 'summaries', `${name}.json`));

/** "mean ± half-width" of a summary's metric. */
const level = (e, m) => (e === null ? '–' : `${num(e.mean / m.scale, m.digits)} ± ${num((e.ci95[1] - e.ci95[0]) / 2 / m.scale, m.digits)}`);

/**
 * Settled minus empty, with a 95% interval from the two independent intervals (half-widths added in
 * quadrature: exact for a normal difference with the same replications on both sides, and a little
 * wide against Welch's degrees of freedom).
 */
function difference(a, b) {
  if (a === null || b === null || !Number.isFinite(a.ci95[0]) || !Number.isFinite(b.ci95[0])) return null;
  const half = Math.hypot((a.ci95[1] - a.ci95[0]) / 2, (b.ci95[1] - b.ci95[0]) / 2);
  const d = a.mean - b.mean;
  return { mean: d, ci95: [d - half, d + half], agree: Math.abs(d) <= half };
}

function startsBlock() {
  const detail = [];
  const verdicts = [];
  let agreeing = 0;
  let total = 0;
  for (const name of names) {
    const s = summary('settled', name);
    const e = summary('empty', name);
    const differ = [];
    for (const m of METRICS) {
      const a = metric(s, m.name);
      const b = metric(e, m.name);
      const d = difference(a, b);
      if (d !== null) {
        total++;
        if (d.agree) agreeing++;
        else differ.push(m.label);
      }
      detail.push([
        name,
        m.label,
        level(a, m),
        level(b, m),
        d === null ? '–' : withInterval(d, m.digits, true, m.scale),
        d === null ? '–' : d.agree ? 'agree' : '**differ**',
      ]);
    }
    verdicts.push([
      name,
      differ.length === 0
        ? 'agree within intervals on all'
        : `agree on ${METRICS.length - differ.length} of ${METRICS.length}; differ: ${differ.join(', ')}`,
    ]);
  }
  const first = summary('settled', names[0]);
  return [
    `${first.replications} replications of each start, seed ${first.seed}; run ${first.provenance?.finishedAt?.slice(0, 10) ?? today()}:`,
    '',
    '```sh',
    shown(COMMANDS.settled),
    shown(COMMANDS.empty),
    '```',
    '',
    markdownTable(['scenario', `settled start against a ${WARMUP_YEARS}-year warm-up from empty`], verdicts),
    '',
    `${agreeing} of ${total} comparisons agree within their 95% interval; by chance alone about ${Math.round(total * 0.05)} of ${total} would not.`,
    '',
    '<details><summary>Every scenario and metric: mean ± half the 95% interval per start, and their difference (settled − empty)</summary>',
    '',
    markdownTable(['scenario', 'metric', 'settled start', `empty, ${WARMUP_YEARS}-year warm-up`, 'difference', 'verdict'], detail),
    '',
    '</details>',
  ].join('\n');
}

/** summary.json's `settled` check: first against last fifth of the window, per series. */
function stabilityBlock() {
  const rows = [];
  for (const name of names) {
    const s = summary('settled', name);
    const check = (series) => {
      const c = s.settled.checks.find((x) => x.series === series);
      if (c === undefined) return '–';
      return `${num(c.firstFifth, 1)} → ${num(c.lastFifth, 1)} (${num(c.difference, 1, true)}, ${num(c.ci95[0], 1)} … ${num(c.ci95[1], 1)}; allowed ±${num(c.allowed, 1)})${c.drifts ? ' **drifts**' : ''}`;
    };
    rows.push([
      name,
      check('childrenUnderMeasure'),
      check('childrenWithoutGuardian'),
      s.settled.settled ? 'yes' : `**no**: ${s.settled.reasons.join('; ')}`,
    ]);
  }
  const first = summary('settled', names[0]);
  return [
    `From the settled-start run above (${first.replications} replications, \`summary.json\` → \`settled\`): mean of the first fifth → the last fifth of the observed years, the paired difference with its 95% interval, and the drift that counts as material (3% of the stock; for children without a guardian a quarter of the level, at least 3):`,
    '',
    markdownTable(['scenario', 'children under a measure', 'children without a guardian', 'settled'], rows),
  ].join('\n');
}

function firstVisitBlock() {
  const s = summary('settled', 'baseline');
  const t = metric(s, 'timeFromRulingToGuardianDays');
  const share = metric(s, 'shareGuardianWithinFiveWorkingDays');
  const wait = metric(s, 'waitDays.GI');
  const pct = (e) => `${num(e.mean * 100, 0)}% (${num(e.ci95[0] * 100, 0)}% … ${num(e.ci95[1] * 100, 0)}%)`;
  const days = (e) => `${num(e.mean, 1)} days (${num(e.ci95[0], 1)} … ${num(e.ci95[1], 1)})`;
  return `${markdownTable(
    ['figure', 'baseline (settled start)', 'inspectorate'],
    [
      [
        'share of measures with a first visit within 5 working days (7 calendar days) of the ruling (`shareGuardianWithinFiveWorkingDays`)',
        pct(share),
        '33% (2012); longer since',
      ],
      ['mean time from ruling to first visit (`timeFromRulingToGuardianDays`, Kaplan–Meier, restricted mean)', days(t), 'not published'],
      ['of which the wait on a GI waiting list (`waitDays.GI`)', days(wait), '>3 months at one GI (2025)'],
    ],
  )}\n\n${s.replications} replications, seed ${s.seed} (the settled-start run above).`;
}

/** Decimals for a figure of this size: three significant digits or so. */
const digits = (x) => (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2);

function calibrateBlock() {
  const file = dir('calibrate.txt');
  if (!existsSync(file)) fail(`${file}: missing; run without --render-only first`);
  const more = readJson(dir('calibrate10.json'));
  // a band within 0–1 is a share: shown in percent
  const pct = (x) => `${num(x * 100, 1)}%`;
  const cells = (t) =>
    t.band[1] <= 1
      ? [`${pct(t.model.mean)} (${pct(t.model.ci95[0])} … ${pct(t.model.ci95[1])})`, `${t.band[0] * 100}%–${t.band[1] * 100}%`]
      : [withInterval(t.model, digits(t.model.mean)), `${t.band[0]}–${t.band[1]}`];
  const rows = more.map((t) => [`\`${t.target}\``, ...cells(t), t.verdict === 'inside' ? t.verdict : `**${t.verdict}**`]);
  return [
    '```sh',
    shown(COMMANDS.calibrate),
    '```',
    '',
    '```text',
    readFileSync(file, 'utf8').trimEnd(),
    '```',
    '',
    `The same check on 10 replications (\`${shown(COMMANDS.calibrate10)}\`), where the intervals are wider:`,
    '',
    markdownTable(['target', 'mean (95% interval)', 'band', 'verdict (by the interval)'], rows),
  ].join('\n');
}

/** How the table words a cut's verdict (warmup.json's `mserVerdict`). */
const VERDICTS = { counts: '**bias**', negligible: 'negligible', unclear: 'unclear', nodata: 'no data', none: 'nothing cut' };

/** `jbsim warmup` of the baseline: MSER-5 per series from each start, and its recommendation. */
function warmupBlock() {
  const w = readJson(dir('warmup', 'warmup.json'));
  const years = (r) => `${num(r.mserDays / 365.25, 2)}${r.mserAtLimit ? ' (at its limit)' : ''}`;
  // what the cut removes, across replications: a start-up bias, or noise
  const cut = (r) => {
    const d = r.mserCutDifference;
    if (d === null || d.mean === null) return 'nothing cut';
    const interval = `${num(d.mean, digits(d.mean))} [${num(d.ci95[0], digits(d.ci95[0]))}, ${num(d.ci95[1], digits(d.ci95[1]))}]`;
    const size = d.relative === null ? '' : ` (${num(Math.abs(d.relative) * 100, Math.abs(d.relative) < 0.1 ? 1 : 0)}%)`;
    return `${interval}${size}: ${VERDICTS[r.mserVerdict]}`;
  };
  const rows = Object.entries(w.series).map(([name, r]) => [`\`${name}\``, years(r.empty), cut(r.empty), years(r.settled), cut(r.settled)]);
  return [
    `${w.replications} replications from each start, seed ${w.seed}: ${w.emptyYears} years from an empty chain, ${w.settledYears} from the settled start, both observed from day 0.`,
    '',
    '```sh',
    shown(COMMANDS.warmup),
    '```',
    '',
    markdownTable(
      ['series', 'from empty: MSER-5 (years)', 'cut-off part − rest', 'settled start: MSER-5 (years)', 'cut-off part − rest'],
      rows,
    ),
    '',
    `MSER-5 cuts the series averaged over the replications; "cut-off part − rest" is, per replication, the mean of the months it cuts off minus the mean of the rest, averaged over the replications with its 95% interval; the percentage is that difference against the rest's mean. The threshold is ${num(w.materialShare * 100, 0)}% of the rest's mean and at least ${w.absoluteFloor} in the series' unit. A cut counts when its whole interval lies beyond the threshold (**bias**); when it lies wholly within, the difference is negligible, however far into the run MSER put the cut; when it reaches across the threshold, ${w.replications} replications cannot tell (unclear), also when it holds 0: no sign of a bias is no proof that it is small. "At its limit": the cut fell at half the run; with a bias that counts, the series may not have settled within it.`,
    '',
    `\`warmup.json\`'s recommendation: ${w.recommendation.text}`,
  ].join('\n');
}

replaceBlocks(PAGE, {
  'warm-up': warmupBlock(),
  'settled against warm-up': startsBlock(),
  'first and last fifth': stabilityBlock(),
  'ruling to first visit': firstVisitBlock(),
  'calibrate baseline': calibrateBlock(),
});
